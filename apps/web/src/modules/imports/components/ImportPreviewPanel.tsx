import type { CommitImportRequest, ImportCommitResult, ImportPreview, ImportSelection } from '@loopboard/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { EmptyState } from '../../ui/components/EmptyState';
import { mayStillCommit, useCommitRecovery } from '../hooks/useCommitRecovery';
import { useCommitImport } from '../hooks/useCommitImport';
import { formatCount } from '../utils/formatCount';
import { IMPORT_FORMAT_LABELS } from '../utils/importFormats';
import { CommitProgress } from './CommitProgress';
import { ImportErrorAlert } from './ImportErrorAlert';
import { ImportPeopleTable } from './ImportPeopleTable';
import { ImportSelectionFieldset } from './ImportSelectionFieldset';
import { ImportSkippedList } from './ImportSkippedList';
import { ImportSummaryList } from './ImportSummaryList';
import { LeaveGuard } from './LeaveGuard';

interface ImportPreviewPanelProps {
  preview: ImportPreview;
  onCommitted: (result: ImportCommitResult) => void;
  onStartOver: () => void;
}

/** Step 2 and 3: what the file holds and what the import would do; choose who to import and commit. */
export function ImportPreviewPanel({ preview, onCommitted, onStartOver }: ImportPreviewPanelProps) {
  const commit = useCommitImport(preview.id);
  const recovery = useCommitRecovery(preview.id, commit.isPending, onCommitted);
  // Set before React re-renders, so a second click (or Enter) in the same tick does not send a second commit.
  const submitting = useRef(false);
  // A failure that says nothing about the outcome (lost answer, 5xx, already committed) is followed by
  // asking the server; derived from the mutation's state rather than its callback, so no render shows
  // it as a plain failure in between.
  const recoverable = commit.isError && mayStillCommit(commit.error);
  const { check } = recovery;
  useEffect(() => {
    if (recoverable) check();
  }, [recoverable, commit.error, check]);
  const busy = commit.isPending || recovery.state === 'checking' || (recoverable && recovery.state === 'off');
  const [mode, setMode] = useState<ImportSelection>('all');
  // "Choose…" starts from everyone who can be imported: people in conflict would make the whole commit fail.
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(preview.people.filter((p) => p.action !== 'conflict').map((p) => p.key)),
  );
  const { people } = preview;

  const selected = useMemo(() => {
    if (mode === 'all') return people;
    if (mode === 'first-authors') return people.filter((p) => p.firstAuthor);
    return people.filter((p) => chosen.has(p.key));
  }, [mode, people, chosen]);
  const conflicts = selected.filter((p) => p.action === 'conflict');

  function choose(keys: string[], on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  }

  function submit() {
    if (submitting.current || busy || selected.length === 0 || conflicts.length > 0) return;
    submitting.current = true;
    recovery.reset();
    const request: CommitImportRequest = mode === 'selected' ? { select: 'selected', personKeys: [...chosen] } : { select: mode };
    commit.mutate(request, {
      onSuccess: onCommitted,
      onSettled: () => {
        submitting.current = false;
      },
    });
  }

  return (
    <section className="card import-step" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" tabIndex={-1}>{`Preview of ${preview.fileName}`}</h2>
      <p className="muted">{`Read as ${IMPORT_FORMAT_LABELS[preview.format]}. Nothing has been written yet.`}</p>
      <ImportSummaryList summary={preview.summary} />
      {preview.warnings.length > 0 && (
        <ErrorAlert tone="warning" title={formatCount(preview.warnings.length, 'warning')}>
          <ul>
            {preview.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </ErrorAlert>
      )}

      {people.length === 0 ? (
        <>
          <EmptyState title={`No people found in ${preview.fileName}`}>
            <p>There is nobody to import from this file. The skipped entries below say why.</p>
          </EmptyState>
          <ImportSkippedList skipped={preview.skipped} open />
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={onStartOver}>
              Import another file
            </button>
          </div>
        </>
      ) : (
        <>
          <ImportSelectionFieldset
            value={mode}
            onChange={setMode}
            counts={{ all: people.length, firstAuthors: people.filter((p) => p.firstAuthor).length }}
            disabled={busy}
          />
          <h3>People</h3>
          <ImportPeopleTable people={people} selection={mode === 'selected' ? { chosen, onChange: choose } : undefined} />
          <ImportSkippedList skipped={preview.skipped} />

          {conflicts.length > 0 && (
            <ErrorAlert tone="warning" title={`${formatCount(conflicts.length, 'person', 'people')} cannot be imported yet`}>
              <p>
                {`${conflicts.map((p) => p.displayName).join(', ')} ${conflicts.length === 1 ? 'matches' : 'match'} several existing candidates. `}
                Merge those candidates first, or choose the people to import and leave these out.
              </p>
            </ErrorAlert>
          )}
          {commit.isError && ((recovery.state === 'off' && !recoverable) || recovery.state === 'not-committed') && (
            <ImportErrorAlert title={`Could not import ${preview.fileName}`} error={commit.error} />
          )}
          {recovery.state === 'checking' && (
            <p className="muted">The answer to the import did not arrive; checking with the server whether it went through…</p>
          )}
          {(busy || recovery.state === 'failed') && <CommitProgress progress={recovery.progress} />}
          <LeaveGuard when={busy} message="The import is still running. If you leave, it goes on, but you will not see its result here." />
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy || selected.length === 0 || conflicts.length > 0}
              onClick={submit}
            >
              {busy ? 'Importing…' : `Import ${formatCount(selected.length, 'person', 'people')}`}
            </button>
            <button type="button" className="button" disabled={busy} onClick={onStartOver}>
              Start over with another file
            </button>
          </div>
        </>
      )}
    </section>
  );
}
