import type { ImportCommitResult, ImportPreview } from '@loopboard/contracts';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ImportPreviewPanel } from '../modules/imports/components/ImportPreviewPanel';
import { ImportResultPanel } from '../modules/imports/components/ImportResultPanel';
import { ImportUploadForm } from '../modules/imports/components/ImportUploadForm';
import { StoredImport } from '../modules/imports/components/StoredImport';
import { BackLink } from '../modules/ui/components/BackLink';
import '../modules/imports/components/imports.css';

type Step = 'upload' | 'preview' | 'result' | 'stored';

const STEPS: { key: Step; label: string }[] = [
  { key: 'upload', label: 'Upload' },
  { key: 'preview', label: 'Preview and choose' },
  { key: 'result', label: 'Result' },
];

/**
 * The import wizard: upload → preview (choose who) → commit → result. The preview lives in this
 * page's memory (the API stores the file, not the people it found); the address carries the
 * import's id, so a reload or a link shows what the server still knows of it.
 */
export function ImportPage() {
  const { importId } = useParams();
  const navigate = useNavigate();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const stepsRef = useRef<HTMLDivElement>(null);

  const step: Step = !importId ? 'upload' : result?.id === importId ? 'result' : preview?.id === importId ? 'preview' : 'stored';

  // Each step replaces the last one; move focus to its heading so keyboard and screen-reader users start there.
  const previousStep = useRef(step);
  useEffect(() => {
    if (previousStep.current === step) return;
    previousStep.current = step;
    stepsRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [step]);

  function startOver() {
    setPreview(null);
    setResult(null);
    void navigate('/candidates/import');
  }

  return (
    <>
      <title>Import candidates · Loopboard</title>
      <BackLink to="/candidates" label="Candidates" />
      <div className="page-header">
        <h1>Import candidates</h1>
        <p className="lead">
          Bring in authors from a paper list, a bibliography or a re-implementation list. You see who is in the file and what would happen
          to each person before anything is written.
        </p>
      </div>
      <ol className="import-steps" aria-label="Import steps">
        {STEPS.map(({ key, label }) => (
          <li key={key} aria-current={key === step || (key === 'result' && step === 'stored') ? 'step' : undefined}>
            {label}
          </li>
        ))}
      </ol>
      <div ref={stepsRef}>
        {step === 'upload' && (
          <section className="card import-step" aria-labelledby="import-upload-heading">
            <h2 id="import-upload-heading" tabIndex={-1}>
              Choose a file
            </h2>
            <ImportUploadForm
              onPreviewed={(shown) => {
                setPreview(shown);
                setResult(null);
                void navigate(`/candidates/import/${shown.id}`);
              }}
            />
          </section>
        )}
        {step === 'preview' && preview && (
          <ImportPreviewPanel key={preview.id} preview={preview} onCommitted={setResult} onStartOver={startOver} />
        )}
        {step === 'result' && result && (
          <ImportResultPanel fileName={preview?.fileName ?? 'the file'} result={result} onImportAnother={startOver} />
        )}
        {step === 'stored' && importId && <StoredImport importId={importId} onImportAnother={startOver} />}
      </div>
    </>
  );
}
