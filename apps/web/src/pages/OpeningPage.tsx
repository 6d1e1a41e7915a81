import type { ApplicationSummary } from '@loopboard/contracts';
import { ErrorCode } from '@loopboard/contracts';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiRequestError } from '../modules/api/ApiRequestError';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { AddCandidateToOpening } from '../modules/openings/components/AddCandidateToOpening';
import type { CloseKindOrReject } from '../modules/openings/components/ApplicationActions';
import { ApplicationsTable } from '../modules/openings/components/ApplicationsTable';
import { BulkActionBar } from '../modules/openings/components/BulkActionBar';
import { CloseApplicationDialog } from '../modules/openings/components/CloseApplicationDialog';
import { EditOpeningForm } from '../modules/openings/components/EditOpeningForm';
import { OpeningFacts } from '../modules/openings/components/OpeningFacts';
import { OpeningLoopSection } from '../modules/openings/components/OpeningLoopSection';
import { PipelineBoard } from '../modules/openings/components/PipelineBoard';
import { useBulkAction } from '../modules/openings/hooks/useBulkAction';
import { useCloseApplication } from '../modules/openings/hooks/useCloseApplication';
import { useMoveApplication } from '../modules/openings/hooks/useMoveApplication';
import { useOpening } from '../modules/openings/hooks/useOpening';
import { useOpeningApplications } from '../modules/openings/hooks/useOpeningApplications';
import { describeActionError, describeConflict, describeState, stageConflictOf } from '../modules/openings/utils/applicationConflict';
import { canEditPipeline } from '../modules/openings/utils/openingAccess';
import { BackLink } from '../modules/ui/components/BackLink';
import { ErrorAlert } from '../modules/ui/components/ErrorAlert';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';
import '../modules/openings/components/openings.css';

type Notice = { tone: 'error' | 'warning'; title: string; lines: string[]; asList?: boolean } | null;
type Dialog = { kind: CloseKindOrReject; applications: ApplicationSummary[]; bulk: boolean } | null;

const PAST: Record<CloseKindOrReject, string> = { reject: 'Rejected', withdraw: 'Withdrew', hire: 'Hired' };

export function OpeningPage() {
  const { openingId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = searchParams.get('view') === 'list' ? 'list' : 'board';
  const canEdit = canEditPipeline(useCurrentUser());
  const opening = useOpening(openingId);
  const applications = useOpeningApplications(openingId);
  const move = useMoveApplication(openingId);
  const close = useCloseApplication(openingId);
  const bulk = useBulkAction(openingId);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice>(null);
  const [status, setStatus] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [editingOpening, setEditingOpening] = useState(false);

  const stages = useMemo(() => opening.data?.loop.stages ?? [], [opening.data]);
  const rows = useMemo(() => applications.data ?? [], [applications.data]);
  const nameOf = (applicationId: string) => rows.find((a) => a.id === applicationId)?.candidate.name ?? 'An application';
  // Only what is still on screen and active can be acted on together.
  const selection = rows.filter((a) => selected.has(a.id) && a.status === 'active');

  function track(ids: string[], busy: boolean) {
    setPending((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (busy) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  function fail(title: string, error: unknown, name: string) {
    const conflict = describeConflict(name, error);
    setStatus('');
    setNotice(
      conflict
        ? { tone: 'warning', title: 'Changed meanwhile', lines: [conflict] }
        : { tone: 'error', title, lines: [describeActionError(error, '')] },
    );
  }

  async function moveOne(application: ApplicationSummary, toStageId: string) {
    const toStage = stages.find((s) => s.id === toStageId);
    if (!toStage) return;
    const name = application.candidate.name;
    setNotice(null);
    track([application.id], true);
    try {
      await move.mutateAsync({ application, toStage: { id: toStage.id, name: toStage.name } });
      setStatus(`Moved ${name} to ${toStage.name}.`);
    } catch (error) {
      fail(`${name} could not be moved.`, error, name);
    } finally {
      track([application.id], false);
    }
  }

  async function closeOne(application: ApplicationSummary, kind: CloseKindOrReject, reasonKey: string, note: string) {
    const name = application.candidate.name;
    setNotice(null);
    track([application.id], true);
    try {
      await close.mutateAsync(kind === 'reject' ? { kind, application, reasonKey, note } : { kind, application, note });
      setStatus(`${PAST[kind]} ${name}.`);
      setDialog(null);
    } catch (error) {
      setDialog(null);
      fail(`${name} could not be updated.`, error, name);
    } finally {
      track([application.id], false);
    }
  }

  async function runBulk(variables: Parameters<typeof bulk.mutateAsync>[0], done: string) {
    const ids = variables.applications.map((a) => a.id);
    setNotice(null);
    track(ids, true);
    try {
      await bulk.mutateAsync(variables);
      setStatus(done);
      setSelected(new Set());
      setDialog(null);
    } catch (error) {
      setDialog(null);
      setStatus('');
      const stale = stageConflictOf(error)?.stale;
      if (stale) {
        setNotice({
          tone: 'warning',
          title: 'Some selected candidates changed meanwhile, so nothing was changed:',
          lines: stale.map((item) => `${nameOf(item.applicationId)}: now ${describeState(item.current)}`),
          asList: true,
        });
      } else {
        setNotice({ tone: 'error', title: 'The selection could not be updated.', lines: [describeActionError(error, '')] });
      }
    } finally {
      track(ids, false);
    }
  }

  function select(applicationId: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(applicationId);
      else next.delete(applicationId);
      return next;
    });
  }

  if (opening.isPending) return <LoadingState label="Loading opening…" />;
  if (opening.isError) {
    // A malformed id (400 naming openingId) is as missing as an unknown one.
    const missing =
      isApiRequestError(opening.error) &&
      (opening.error.code === ErrorCode.OPENING_NOT_FOUND || opening.error.code === ErrorCode.VALIDATION_FAILED);
    return (
      <>
        <BackLink to="/openings" label="All openings" />
        <ErrorState
          title={missing ? 'There is no such opening.' : 'The opening could not be loaded.'}
          error={opening.error}
          onRetry={missing ? undefined : () => void opening.refetch()}
        />
      </>
    );
  }
  const detail = opening.data;
  const shared = { stages, applications: rows, canEdit, selected, pending, onSelect: select, onMove: moveOne };
  const onClose = (application: ApplicationSummary, kind: CloseKindOrReject) =>
    setDialog({ kind, applications: [application], bulk: false });

  return (
    <>
      <title>{`${detail.title} · Openings · Loopboard`}</title>
      <BackLink to="/openings" label="All openings" />
      <div className="page-header">
        <h1>{detail.title}</h1>
        <OpeningFacts opening={detail} />
        <p>
          <Link to={`/openings/${detail.id}/leaderboard`}>Leaderboard</Link>
        </p>
        {!canEdit && <p className="hint">You can review this pipeline; recruiters and admins move candidates.</p>}
        {canEdit && !editingOpening && (
          <button type="button" className="button" aria-controls="edit-opening" onClick={() => setEditingOpening(true)}>
            Edit opening
          </button>
        )}
      </div>
      <p role="status" className="page-status">
        {status}
      </p>
      {notice && (
        <ErrorAlert tone={notice.tone} title={notice.title}>
          {!notice.asList ? (
            notice.lines.map((line) => <p key={line}>{line}</p>)
          ) : (
            <ul>
              {notice.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
      {canEdit && editingOpening && (
        <section className="card" id="edit-opening" aria-labelledby="edit-opening-heading">
          <h2 id="edit-opening-heading">Edit opening</h2>
          <EditOpeningForm
            key={detail.id}
            opening={detail}
            onSaved={(saved) => {
              setEditingOpening(false);
              setNotice(null);
              setStatus(`Saved ${saved.title} (version ${saved.version}).`);
            }}
            onCancel={() => setEditingOpening(false)}
          />
        </section>
      )}
      {canEdit && (
        <section className="card" aria-labelledby="add-candidate-heading">
          <h2 id="add-candidate-heading">Add a candidate to this opening</h2>
          <AddCandidateToOpening
            openingId={detail.id}
            appliedCandidateIds={new Set(rows.map((a) => a.candidate.id))}
            onAdded={(name) => {
              setNotice(null);
              setStatus(`Added ${name} to ${stages[0]?.name ?? 'the first stage'}.`);
            }}
          />
        </section>
      )}
      <section className="card" aria-labelledby="pipeline-heading">
        <div className="pipeline-toolbar">
          <h2 id="pipeline-heading">Pipeline</h2>
          <div role="group" aria-label="View" className="view-toggle">
            <button
              type="button"
              className="button button--small"
              aria-pressed={view === 'board'}
              onClick={() => setSearchParams({}, { replace: true })}
            >
              Board
            </button>
            <button
              type="button"
              className="button button--small"
              aria-pressed={view === 'list'}
              onClick={() => setSearchParams({ view: 'list' }, { replace: true })}
            >
              List
            </button>
          </div>
        </div>
        {canEdit && (
          <BulkActionBar
            count={selection.length}
            stages={stages}
            busy={bulk.isPending}
            onMove={(toStageId) =>
              void runBulk(
                { kind: 'move', applications: selection, toStageId },
                `Moved ${selection.length} to ${stages.find((s) => s.id === toStageId)?.name ?? 'the stage'}.`,
              )
            }
            onReject={() => setDialog({ kind: 'reject', applications: selection, bulk: true })}
            onClear={() => setSelected(new Set())}
          />
        )}
        {applications.isPending ? (
          <LoadingState label="Loading applications…" />
        ) : applications.isError ? (
          <ErrorState
            title="The applications could not be loaded."
            error={applications.error}
            onRetry={() => void applications.refetch()}
          />
        ) : stages.length === 0 ? (
          <p className="muted">This opening has no loop stages yet.</p>
        ) : view === 'board' ? (
          <PipelineBoard {...shared} onClose={onClose} />
        ) : rows.length === 0 ? (
          <p className="muted">No applications yet.</p>
        ) : (
          <ApplicationsTable {...shared} onClose={onClose} />
        )}
      </section>
      <OpeningLoopSection
        key={detail.id}
        opening={detail}
        canEdit={canEdit}
        onSaved={(saved) => {
          setNotice(null);
          setStatus(`Saved loop version ${saved.loop.version}: the board now has ${saved.loop.stages.length} stages.`);
        }}
      />
      {dialog && (
        <CloseApplicationDialog
          kind={dialog.kind}
          subject={dialog.bulk ? `${dialog.applications.length} selected` : (dialog.applications[0]?.candidate.name ?? '')}
          busy={close.isPending || bulk.isPending}
          onCancel={() => setDialog(null)}
          onConfirm={({ reasonKey, note }) => {
            if (dialog.bulk)
              void runBulk(
                { kind: 'reject', applications: dialog.applications, reasonKey, note },
                `Rejected ${dialog.applications.length}.`,
              );
            else if (dialog.applications[0]) void closeOne(dialog.applications[0], dialog.kind, reasonKey, note);
          }}
        />
      )}
    </>
  );
}
