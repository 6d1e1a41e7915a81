import { ErrorCode, type Interview } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { fieldErrorsOf, reasonsFor } from '../../interviews/utils/fieldErrors';
import { InlineFieldError } from '../../interviews/components/InlineFieldError';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { ModalDialog } from '../../ui/components/ModalDialog';
import { formatWhen, fromLocalInput, toLocalInput } from '../utils/formatWhen';
import { inviteHref, schedulingApi } from '../utils/schedulingApi';
import { schedulingQueryKeys } from '../utils/schedulingQueries';

interface InterviewItemProps {
  interview: Interview;
  canEdit: boolean;
}

const isVersionConflict = (error: unknown) => isApiRequestError(error) && error.code === ErrorCode.INTERVIEW_VERSION_CONFLICT;

/** One interview of the application: what, when, who; recruiters and admins reschedule or cancel it. */
export function InterviewItem({ interview, canEdit }: InterviewItemProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [startsAt, setStartsAt] = useState(toLocalInput(interview.startsAt));
  const [duration, setDuration] = useState(String(interview.durationMinutes));
  const [clientError, setClientError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const reload = () => queryClient.invalidateQueries({ queryKey: schedulingQueryKeys.interviews(interview.applicationId) });

  const onConflictOrDone = {
    onSuccess: async () => {
      setConflict(false);
      setEditing(false);
      setConfirming(false);
      await reload();
    },
    onError: async (error: unknown) => {
      if (!isVersionConflict(error) && !(isApiRequestError(error) && error.code === ErrorCode.INTERVIEW_CLOSED)) return;
      setConflict(true);
      setEditing(false);
      setConfirming(false);
      await reload();
    },
  };
  const reschedule = useMutation({
    mutationFn: (body: { startsAt: string; durationMinutes: number }) =>
      schedulingApi.update(interview.id, { version: interview.version, ...body }),
    ...onConflictOrDone,
  });
  const cancel = useMutation({ mutationFn: () => schedulingApi.cancel(interview.id, interview.version), ...onConflictOrDone });

  function submit(event: FormEvent) {
    event.preventDefault();
    const start = fromLocalInput(startsAt);
    const minutes = Number(duration);
    if (!start || Date.parse(start) <= Date.now()) return setClientError('must be in the future');
    setClientError(null);
    reschedule.mutate({ startsAt: start, durationMinutes: Number.isInteger(minutes) && minutes > 0 ? minutes : interview.durationMinutes });
  }

  const server = fieldErrorsOf(reschedule.error);
  const startReasons = clientError ? [clientError] : reasonsFor(server, 'startsAt');
  const cancelled = interview.status === 'cancelled';
  const label = `${interview.interviewType.name}, ${formatWhen(interview.startsAt)}`;

  return (
    <li className="interview-item" aria-label={label}>
      <p>
        <strong>{interview.interviewType.name}</strong> · <time dateTime={interview.startsAt}>{formatWhen(interview.startsAt)}</time> ·{' '}
        {interview.durationMinutes} min{' '}
        {cancelled ? <span className="badge badge--danger">Cancelled</span> : <span className="badge">Scheduled</span>}
      </p>
      <p className="hint">
        Interviewers: {interview.interviewers.map((u) => u.name).join(', ') || '—'} · Scorecard due {formatWhen(interview.scorecardDueAt)} ·
        Stage {interview.stage.name}
      </p>
      {conflict && (
        <ErrorAlert title="This interview was changed meanwhile" tone="warning">
          <p>Someone else edited or cancelled it while you were looking. The latest version is shown; check it and try again.</p>
        </ErrorAlert>
      )}
      {(reschedule.isError && !isVersionConflict(reschedule.error) && server.size === 0) ||
      (cancel.isError && !isVersionConflict(cancel.error)) ? (
        <ErrorAlert title="The change was not saved">
          <p>{[reschedule.error, cancel.error].find((e): e is Error => e instanceof Error)?.message}</p>
        </ErrorAlert>
      ) : null}
      {!cancelled && (
        <div className="interview-item__actions">
          <a href={inviteHref(interview.id)} download>
            Calendar invite (.ics)
          </a>
          {canEdit && !editing && (
            <>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setStartsAt(toLocalInput(interview.startsAt));
                  setDuration(String(interview.durationMinutes));
                  setClientError(null);
                  reschedule.reset();
                  setEditing(true);
                }}
              >
                Reschedule
              </button>
              <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
                Cancel interview
              </button>
            </>
          )}
        </div>
      )}
      {editing && (
        <form onSubmit={submit} noValidate aria-label={`Reschedule ${interview.interviewType.name}`}>
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`${id}-start`}>New start</label>
              <input
                id={`${id}-start`}
                type="datetime-local"
                value={startsAt}
                onChange={(e) => setStartsAt(e.target.value)}
                aria-invalid={startReasons.length > 0}
                aria-describedby={startReasons.length ? `${id}-start-error` : undefined}
              />
              <InlineFieldError id={`${id}-start-error`} label="Start" reasons={startReasons} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-duration`}>Duration (minutes)</label>
              <input id={`${id}-duration`} type="number" min={5} step={5} value={duration} onChange={(e) => setDuration(e.target.value)} />
            </div>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={reschedule.isPending}>
              {reschedule.isPending ? 'Saving…' : 'Save new time'}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setEditing(false)}>
              Keep the current time
            </button>
          </div>
        </form>
      )}
      {confirming && (
        <ModalDialog title="Cancel this interview?" onClose={() => setConfirming(false)} busy={cancel.isPending}>
          <p>
            {label} with {interview.interviewers.map((u) => u.name).join(', ')} will be cancelled. It stays in the list as cancelled.
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => cancel.mutate()}
              disabled={cancel.isPending}
              data-autofocus
            >
              {cancel.isPending ? 'Cancelling…' : 'Yes, cancel it'}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)} disabled={cancel.isPending}>
              Keep it
            </button>
          </div>
        </ModalDialog>
      )}
    </li>
  );
}
