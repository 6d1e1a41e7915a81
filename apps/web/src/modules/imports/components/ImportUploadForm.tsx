import { IMPORT_FILE_FORMATS, IMPORT_MAX_BYTES, type ImportFileFormat, type ImportPreview } from '@loopboard/contracts';
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { useImportPreview } from '../hooks/useImportPreview';
import { buildImportRequest } from '../utils/buildImportRequest';
import { formatBytes } from '../utils/formatBytes';
import { IMPORT_FORMAT_LABELS } from '../utils/importFormats';
import { ImportErrorAlert } from './ImportErrorAlert';
import { UploadStatus } from './UploadStatus';

interface ImportUploadFormProps {
  onPreviewed: (preview: ImportPreview) => void;
}

/** Step 1: choose (or drop) a file, optionally its format and BibTeX macros, and upload it for a preview. */
export function ImportUploadForm({ onPreviewed }: ImportUploadFormProps) {
  const id = useId();
  const preview = useImportPreview();
  const [file, setFile] = useState<File | null>(null);
  const [macros, setMacros] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFileFormat | ''>('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);
  const busy = reading || preview.isPending;

  function choose(next: File | null) {
    preview.reset();
    setFile(next);
    setRefusal(
      next && next.size > IMPORT_MAX_BYTES
        ? `${next.name} is ${formatBytes(next.size)}; imports are limited to ${formatBytes(IMPORT_MAX_BYTES)}. Split the file and import the parts.`
        : null,
    );
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    const dropped = event.dataTransfer.files[0];
    if (dropped) choose(dropped);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setRefusal('Choose a file to import first.');
      return;
    }
    preview.reset();
    setReading(true);
    let checked: Awaited<ReturnType<typeof buildImportRequest>>;
    try {
      checked = await buildImportRequest(file, format, macros);
    } catch {
      checked = { ok: false, message: `${file.name} could not be read; choose it again.` };
    } finally {
      setReading(false);
    }
    if (!checked.ok) {
      setRefusal(checked.message);
      return;
    }
    setRefusal(null);
    preview.mutate({ json: checked.json, bytes: checked.bytes }, { onSuccess: onPreviewed });
  }

  return (
    <form className="import-upload" onSubmit={submit} noValidate>
      <div
        className={`import-dropzone${dragging ? ' import-dropzone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={`${id}-file`} className="import-dropzone__label">
          File to import
        </label>
        <input
          id={`${id}-file`}
          type="file"
          aria-describedby={`${id}-file-hint`}
          disabled={busy}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        <p id={`${id}-file-hint`} className="hint">
          {`Drop a file here or choose one: BibTeX, arXiv Atom XML, OpenReview or Papers with Code lists, ReScience, Semantic Scholar or OpenAlex JSON, or a CSV of candidates. Up to ${formatBytes(IMPORT_MAX_BYTES)}.`}
        </p>
        {file && <p className="import-dropzone__file">{`Chosen: ${file.name} (${formatBytes(file.size)})`}</p>}
      </div>

      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select
            id={`${id}-format`}
            value={format}
            disabled={busy}
            onChange={(event) => setFormat(event.target.value as ImportFileFormat | '')}
          >
            <option value="">Detect automatically</option>
            {IMPORT_FILE_FORMATS.map((key) => (
              <option key={key} value={key}>
                {IMPORT_FORMAT_LABELS[key]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-macros`}>BibTeX macros file (optional)</label>
          <input
            id={`${id}-macros`}
            type="file"
            accept=".bib,.txt,text/plain"
            aria-describedby={`${id}-macros-hint`}
            disabled={busy}
            onChange={(event) => setMacros(event.target.files?.[0] ?? null)}
          />
          <p id={`${id}-macros-hint`} className="hint">
            Extra @string definitions the file uses, such as a proceedings&apos; standardstrings.bib.
          </p>
        </div>
      </div>

      {refusal && (
        <ErrorAlert title="This file cannot be imported">
          <p>{refusal}</p>
        </ErrorAlert>
      )}
      {preview.isError && <ImportErrorAlert title={`Could not preview ${file?.name ?? 'the file'}`} error={preview.error} />}
      <UploadStatus fileName={file?.name ?? ''} stage={preview.stage} />

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Previewing…' : 'Upload and preview'}
        </button>
        {preview.isPending && (
          <button type="button" className="button" onClick={preview.cancel}>
            Cancel upload
          </button>
        )}
      </div>
    </form>
  );
}
