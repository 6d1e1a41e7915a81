import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { NoAccess } from '../modules/auth/components/NoAccess';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { isAdmin } from '../modules/auth/utils/isAdmin';
import { isForbidden } from '../modules/auth/utils/isForbidden';
import { CandidateActionErrorAlert } from '../modules/candidates/components/CandidateActionErrorAlert';
import { CandidateEncountersList } from '../modules/candidates/components/CandidateEncountersList';
import { CandidateHistory } from '../modules/candidates/components/CandidateHistory';
import { CandidatePapersTable } from '../modules/candidates/components/CandidatePapersTable';
import { CandidateReimplementationsTable } from '../modules/candidates/components/CandidateReimplementationsTable';
import { CandidateSignalsPanel } from '../modules/candidates/components/CandidateSignalsPanel';
import { CandidateTagsNotesEditor } from '../modules/candidates/components/CandidateTagsNotesEditor';
import { EraseCandidateDialog } from '../modules/candidates/components/EraseCandidateDialog';
import { useCandidate } from '../modules/candidates/hooks/useCandidate';
import { useEraseCandidate } from '../modules/candidates/hooks/useEraseCandidate';
import { useSetCandidateArchived } from '../modules/candidates/hooks/useSetCandidateArchived';
import { useUpdateCandidate } from '../modules/candidates/hooks/useUpdateCandidate';
import { canEditCandidates } from '../modules/candidates/utils/candidateAccess';
import { candidateQueryKeys } from '../modules/candidates/utils/candidateQueries';
import { CHANNEL_LABELS, IDENTITY_LABELS } from '../modules/candidates/utils/candidateVocabulary';
import { isCandidateErased } from '../modules/candidates/utils/isCandidateErased';
import { isCandidateMissing } from '../modules/candidates/utils/isCandidateMissing';
import { BackLink } from '../modules/ui/components/BackLink';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';
import { formatDateTime } from '../modules/ui/utils/formatDateTime';

export function CandidatePage() {
  const { candidateId = '' } = useParams();
  const candidate = useCandidate(candidateId);
  const user = useCurrentUser();
  const canEdit = canEditCandidates(user);
  const archive = useSetCandidateArchived(candidateId);
  const update = useUpdateCandidate(candidateId);
  const erase = useEraseCandidate(candidateId);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [status, setStatus] = useState('');

  if (isForbidden(candidate.error)) return <NoAccess audience="recruiters, hiring managers and admins" />;
  if (isCandidateMissing(candidate.error)) {
    return (
      <>
        <title>Candidate not found · Loopboard</title>
        <div className="page-header">
          <h1>Candidate not found</h1>
          <p className="lead">There is no candidate at this address. They may have been merged into another, or the link is mistyped.</p>
        </div>
        <Link className="button" to="/candidates">
          Back to candidates
        </Link>
      </>
    );
  }
  if (isCandidateErased(candidate.error)) {
    return (
      <>
        <title>Candidate erased · Loopboard</title>
        <div className="page-header">
          <h1>This candidate's data was erased</h1>
          <p className="lead">
            Their personal data was removed on request and cannot be shown or restored. Anonymous counts remain in the analytics, and the
            audit log records when the erasure happened.
          </p>
        </div>
        <Link className="button" to="/candidates">
          Back to candidates
        </Link>
      </>
    );
  }
  if (candidate.isError && !candidate.data) {
    return (
      <>
        <BackLink to="/candidates" label="All candidates" />
        <ErrorState
          title="This candidate could not be loaded."
          error={candidate.error}
          onRetry={() => void candidate.refetch()}
          retrying={candidate.isFetching}
        />
      </>
    );
  }
  if (!candidate.data) {
    return (
      <>
        <BackLink to="/candidates" label="All candidates" />
        <LoadingState label="Loading candidate…" />
      </>
    );
  }

  const current = candidate.data;
  const actionError = archive.error ?? update.error;

  function reload() {
    archive.reset();
    update.reset();
    setEditing(false);
    void candidate.refetch().then(() => setStatus('Reloaded the latest version.'));
  }

  function eraseCandidate(request: { version: number; reason: string }) {
    erase.mutate(request, {
      onSuccess: () => {
        navigate('/candidates', { state: { notice: `Erased the personal data of ${current.displayName}.` } });
        // Dropped only once the page is left: while shown, a removed query would be fetched again (and answer 410).
        queryClient.removeQueries({ queryKey: candidateQueryKeys.detail(candidateId) });
      },
    });
  }

  function toggleArchived() {
    setStatus('');
    update.reset();
    const archiving = !current.archivedAt;
    archive.mutate(
      { archived: archiving, version: current.version },
      {
        onSuccess: (saved) => setStatus(archiving ? `Archived ${saved.displayName}.` : `Restored ${saved.displayName}.`),
      },
    );
  }

  return (
    <>
      <title>{`${current.displayName} · Loopboard`}</title>
      <BackLink to="/candidates" label="All candidates" />
      <div className="page-header page-header--with-action">
        <div>
          <div className="page-header__title">
            <h1>{current.displayName}</h1>
            {current.archivedAt && <p className="badge">Archived</p>}
          </div>
          <p className="lead">{current.affiliations.join(' · ') || 'No affiliation recorded'}</p>
        </div>
        {(canEdit || isAdmin(user)) && (
          <div className="form-actions" style={{ marginTop: 0 }}>
            {canEdit && (
              <button type="button" className="button" onClick={toggleArchived} disabled={archive.isPending}>
                {current.archivedAt ? 'Unarchive' : 'Archive'}
              </button>
            )}
            {isAdmin(user) && (
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  erase.reset();
                  setErasing(true);
                }}
              >
                Erase personal data…
              </button>
            )}
          </div>
        )}
      </div>
      {erasing && (
        <EraseCandidateDialog
          candidate={current}
          erasing={erase.isPending}
          error={erase.error}
          onErase={eraseCandidate}
          onReload={() => {
            erase.reset();
            void candidate.refetch();
          }}
          onCancel={() => setErasing(false)}
        />
      )}
      <p role="status" className="page-status">
        {status}
      </p>
      {actionError !== null && <CandidateActionErrorAlert error={actionError} onReload={reload} reloading={candidate.isFetching} />}

      <div className="candidate-layout">
        <section className="card" aria-labelledby="about-heading">
          <h2 id="about-heading">About</h2>
          <dl className="facts">
            <dt>Primary source</dt>
            <dd>
              {CHANNEL_LABELS[current.primaryChannel]}
              {current.primaryCredit && ` · credit: ${current.primaryCredit}`}
            </dd>
            {current.location && (
              <>
                <dt>Location</dt>
                <dd>{current.location}</dd>
              </>
            )}
            <dt>Identities</dt>
            <dd>
              {current.identities.length === 0 ? (
                <span className="muted">None recorded</span>
              ) : (
                <ul className="plain-list">
                  {current.identities.map((identity) => (
                    <li key={`${identity.kind}:${identity.value}`}>{`${IDENTITY_LABELS[identity.kind]}: ${identity.value}`}</li>
                  ))}
                </ul>
              )}
            </dd>
            {current.links.length > 0 && (
              <>
                <dt>Links</dt>
                <dd>
                  <ul className="plain-list">
                    {current.links.map((link) => (
                      <li key={link.url}>
                        <a href={link.url} target="_blank" rel="noreferrer noopener">
                          {link.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            <dt>Added</dt>
            <dd>{formatDateTime(current.createdAt)}</dd>
          </dl>

          {editing ? (
            <CandidateTagsNotesEditor
              candidate={current}
              saving={update.isPending}
              onCancel={() => setEditing(false)}
              onSave={(request) => {
                setStatus('');
                archive.reset();
                update.mutate(request, {
                  onSuccess: () => {
                    setEditing(false);
                    setStatus('Saved tags and notes.');
                  },
                });
              }}
            />
          ) : (
            <>
              <h3 className="subheading">Tags</h3>
              {current.tags.length === 0 ? (
                <p className="muted">No tags.</p>
              ) : (
                <ul className="tag-list" aria-label="Tags">
                  {current.tags.map((tag) => (
                    <li key={tag} className="tag tag--muted">
                      {tag}
                    </li>
                  ))}
                </ul>
              )}
              <h3 className="subheading">Notes</h3>
              {current.notes ? <p className="notes">{current.notes}</p> : <p className="muted">No notes.</p>}
              {canEdit && (
                <div className="form-actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      update.reset();
                      setEditing(true);
                    }}
                  >
                    Edit tags and notes
                  </button>
                </div>
              )}
            </>
          )}
        </section>
        <CandidateSignalsPanel signals={current.signals} explanation={current.explanation} />
      </div>

      <section className="card" aria-labelledby="papers-heading">
        <h2 id="papers-heading">Papers</h2>
        <CandidatePapersTable papers={current.papers} />
      </section>
      <section className="card" aria-labelledby="reimplementations-heading">
        <h2 id="reimplementations-heading">Re-implementations</h2>
        <CandidateReimplementationsTable reimplementations={current.reimplementations} />
      </section>
      <section className="card" aria-labelledby="encounters-heading">
        <h2 id="encounters-heading">Encounters</h2>
        <CandidateEncountersList encounters={current.encounters} />
      </section>
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <CandidateHistory candidateId={current.id} />
      </section>
    </>
  );
}
