import { ErrorCode, type InterviewType } from '@loopboard/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiRequestError } from '../modules/api/ApiRequestError';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { isAdmin } from '../modules/auth/utils/isAdmin';
import { KitEditor } from '../modules/interviews/components/KitEditor';
import { KitView } from '../modules/interviews/components/KitView';
import { useInterviewType } from '../modules/interviews/hooks/useInterviewType';
import { useCompetencies } from '../modules/roles/hooks/useCompetencies';
import { toCompetencyNames } from '../modules/roles/utils/competencyNames';
import { BackLink } from '../modules/ui/components/BackLink';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';
import { formatDateTime } from '../modules/ui/utils/formatDateTime';

function isTypeMissing(error: unknown): boolean {
  if (!isApiRequestError(error)) return false;
  return (
    error.code === ErrorCode.INTERVIEW_TYPE_NOT_FOUND ||
    (error.code === ErrorCode.VALIDATION_FAILED && error.fields.some((f) => f.field === 'key'))
  );
}

export function InterviewKitPage() {
  const { key = '' } = useParams();
  const type = useInterviewType(key);
  const competencies = useCompetencies();
  const canEdit = isAdmin(useCurrentUser());
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');

  if (isTypeMissing(type.error)) {
    return (
      <>
        <title>Interview kit not found · Loopboard</title>
        <div className="page-header">
          <h1>Interview kit not found</h1>
          <p className="lead">There is no interview type at this address. The link may be mistyped.</p>
        </div>
        <Link className="button" to="/interviews">
          Back to interview kits
        </Link>
      </>
    );
  }

  if (type.isError || competencies.isError) {
    return (
      <>
        <BackLink to="/interviews" label="All interview kits" />
        <ErrorState
          title="This interview kit could not be loaded."
          error={type.error ?? competencies.error}
          onRetry={() => {
            if (type.isError) void type.refetch();
            if (competencies.isError) void competencies.refetch();
          }}
          retrying={type.isFetching || competencies.isFetching}
        />
      </>
    );
  }

  if (!type.data || !competencies.data) {
    return (
      <>
        <BackLink to="/interviews" label="All interview kits" />
        <LoadingState label="Loading interview kit…" />
      </>
    );
  }

  const current = type.data;
  const names = toCompetencyNames(competencies.data);

  function saved(kit: InterviewType) {
    setEditing(false);
    setStatus(`Saved kit version ${kit.kitVersion}.`);
  }

  return (
    <>
      <title>{`${current.name} · Interview kit · Loopboard`}</title>
      <BackLink to="/interviews" label="All interview kits" />
      <div className="page-header">
        <div className="page-header__title">
          <h1>{current.name}</h1>
          <p className="badge">{`Kit version ${current.kitVersion}`}</p>
        </div>
        <p className="lead">{current.description}</p>
        <p className="hint">
          {`${current.durationMinutes} minutes · Focus: ${current.focusCompetencies.map((k) => names[k]).join(', ')} · Updated ${formatDateTime(current.kitUpdatedAt)}`}
        </p>
      </div>
      <p className="page-status kit-actions" aria-live="polite">
        {status}
      </p>
      {editing ? (
        <section className="card" aria-labelledby="edit-kit-heading">
          <h2 id="edit-kit-heading">Edit kit</h2>
          <KitEditor
            key={current.key}
            type={current}
            names={names}
            onSaved={saved}
            onCancel={() => {
              setEditing(false);
              setStatus('');
            }}
          />
        </section>
      ) : (
        <>
          {canEdit && (
            <div className="kit-actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setEditing(true);
                  setStatus('');
                }}
              >
                Edit kit
              </button>
            </div>
          )}
          <KitView type={current} names={names} />
        </>
      )}
    </>
  );
}
