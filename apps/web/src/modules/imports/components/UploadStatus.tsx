import type { UploadStage } from '../hooks/useImportPreview';
import { formatBytes } from '../utils/formatBytes';

interface UploadStatusProps {
  fileName: string;
  stage: UploadStage;
}

/** The upload's progress bar, then an indeterminate one while the server parses the file and matches the people. */
export function UploadStatus({ fileName, stage }: UploadStatusProps) {
  if (stage.kind === 'idle') return null;
  const label =
    stage.kind === 'uploading'
      ? `Uploading ${fileName}: ${formatBytes(stage.sent)} of ${formatBytes(stage.total)}`
      : `Parsing and matching ${fileName}…`;
  return (
    <div className="import-progress" role="status">
      <p>{label}</p>
      {stage.kind === 'uploading' ? (
        <progress aria-label="Upload progress" max={Math.max(stage.total, 1)} value={stage.sent} />
      ) : (
        // No value: an indeterminate bar, since the server cannot tell how long parsing will take.
        <progress aria-label="Parsing and matching" />
      )}
    </div>
  );
}
