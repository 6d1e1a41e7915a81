import type { UploadStage } from '../hooks/useImportPreview';
import { formatBytes } from '../utils/formatBytes';

interface UploadStatusProps {
  fileName: string;
  stage: UploadStage;
}

/** How often the live region speaks during the upload: at 0, 25, 50 and 75%. */
const ANNOUNCE_STEP = 25;

/**
 * The upload's progress bar, then an indeterminate one while the server parses the file and
 * matches the people. The bar and the exact byte count stay outside the live region, which
 * announces only the phase and every quarter of the upload.
 */
export function UploadStatus({ fileName, stage }: UploadStatusProps) {
  if (stage.kind === 'idle') return null;
  const uploading = stage.kind === 'uploading';
  const percent = uploading ? Math.floor((stage.sent / Math.max(stage.total, 1)) * 100) : 0;
  const announcement = uploading
    ? `Uploading ${fileName}: ${Math.floor(percent / ANNOUNCE_STEP) * ANNOUNCE_STEP}% sent`
    : `Parsing and matching ${fileName}…`;
  return (
    <div className="import-progress">
      <p role="status" className={uploading ? 'visually-hidden' : undefined}>
        {announcement}
      </p>
      {uploading ? (
        <>
          <p>{`Uploading ${fileName}: ${formatBytes(stage.sent)} of ${formatBytes(stage.total)}`}</p>
          <progress aria-label="Upload progress" max={Math.max(stage.total, 1)} value={stage.sent} />
        </>
      ) : (
        // No value: an indeterminate bar, since the server cannot tell how long parsing will take.
        <progress aria-label="Parsing and matching" />
      )}
    </div>
  );
}
