import { ErrorCode, type TakeHome, type UserRef } from '@loopboard/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { FieldErrorList } from '../../ui/components/FieldErrorList';
import { LoadingState } from '../../ui/components/LoadingState';
import { formatWhen, fromLocalInput, GRADE_LABELS } from '../utils/formatWhen';
import { schedulingApi } from '../utils/schedulingApi';
import { schedulingQueries, schedulingQueryKeys } from '../utils/schedulingQueries';

interface TakeHomePanelProps {
  applicationId: string;
  canEdit: boolean;
  /** The opening's team interviewers, who may grade. */
  graders: UserRef[];
}

const STATE_LABELS: Record<TakeHome['state'], string> = {
  to_send: 'To send',
  sent: 'Sent',
  submitted: 'Submitted',
  graded: 'Graded',
};

/** The application's take-home: to send → sent (due date) → submitted (link or note) → graded. */
export function TakeHomePanel({ applicationId, canEdit, graders }: TakeHomePanelProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const takeHome = useQuery(schedulingQueries.takeHome(applicationId));
  const [dueAt, setDueAt] = useState('');
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const [grades, setGrades] = useState<Record<string, string>>({});
  const [clientError, setClientError] = useState<string | null>(null);

  const step = useMutation({
    mutationFn: (run: () => Promise<TakeHome>) => run(),
    onSuccess: (data) => queryClient.setQueryData(schedulingQueryKeys.takeHome(applicationId), data),
    onError: (error) => {
      if (isApiRequestError(error) && error.code === ErrorCode.TAKE_HOME_STATE_CONFLICT) {
        void queryClient.invalidateQueries({ queryKey: schedulingQueryKeys.takeHome(applicationId) });
      }
    },
  });

  // No take-home sent and the current stage doesn't run one: nothing to show.
  if (takeHome.isError && isApiRequestError(takeHome.error) && takeHome.error.code === ErrorCode.TAKE_HOME_NOT_FOUND) return null;
  if (takeHome.isPending) return <LoadingState label="Loading the take-home…" />;
  if (takeHome.isError) return null;
  const current = takeHome.data;

  function run(event: FormEvent, action: () => Promise<TakeHome> | string) {
    event.preventDefault();
    const result = action();
    if (typeof result === 'string') return setClientError(result);
    setClientError(null);
  }

  const send = (event: FormEvent) =>
    run(event, () => {
      const due = fromLocalInput(dueAt);
      if (!due || Date.parse(due) <= Date.now()) return 'Due date must be in the future.';
      step.mutate(() => schedulingApi.sendTakeHome(applicationId, { dueAt: due }));
      return Promise.resolve(current);
    });
  const submit = (event: FormEvent) =>
    run(event, () => {
      if (!url.trim() && !note.trim()) return 'Give a link to the work, a note, or both.';
      step.mutate(() =>
        schedulingApi.submitTakeHome(applicationId, {
          ...(url.trim() ? { url: url.trim() } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      );
      return Promise.resolve(current);
    });
  const grade = (event: FormEvent) =>
    run(event, () => {
      const chosen = Object.entries(grades)
        .filter(([, value]) => value !== '')
        .map(([graderId, value]) => ({ graderId, grade: Number(value) }));
      if (chosen.length === 0) return 'Choose a grade from at least one grader.';
      step.mutate(() => schedulingApi.gradeTakeHome(applicationId, { grades: chosen }));
      return Promise.resolve(current);
    });

  const error = step.isError && isApiRequestError(step.error) ? step.error : null;

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Take-home</h2>
      <dl className="scheduling-facts">
        <dt>State</dt>
        <dd>
          <span className="badge">{STATE_LABELS[current.state]}</span>{' '}
          {current.overdue && <span className="badge badge--danger">Overdue</span>}
        </dd>
        <dt>Due</dt>
        <dd>{formatWhen(current.dueAt)}</dd>
        {current.sentAt && (
          <>
            <dt>Sent</dt>
            <dd>{formatWhen(current.sentAt)}</dd>
          </>
        )}
        {current.submittedAt && (
          <>
            <dt>Submitted</dt>
            <dd>
              {formatWhen(current.submittedAt)}
              {current.submissionUrl && (
                <>
                  {' · '}
                  <a href={current.submissionUrl} target="_blank" rel="noreferrer">
                    Submission link
                  </a>
                </>
              )}
              {current.submissionNote && <p>{current.submissionNote}</p>}
            </dd>
          </>
        )}
        {current.grades.length > 0 && (
          <>
            <dt>Grades</dt>
            <dd>
              <ul className="plain-list" aria-label="Grades">
                {current.grades.map((g) => (
                  <li key={g.grader.id}>
                    {g.grader.name}: {GRADE_LABELS[g.grade] ?? g.grade}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {clientError && <ErrorAlert title="Not saved">{<p>{clientError}</p>}</ErrorAlert>}
      {error &&
        (error.code === ErrorCode.TAKE_HOME_STATE_CONFLICT ? (
          <ErrorAlert title="The take-home changed meanwhile" tone="warning">
            <p>{error.message}. Its current state is shown above.</p>
          </ErrorAlert>
        ) : (
          <ErrorAlert title="Not saved">
            <FieldErrorList fields={error.fields} fallback={error.message} />
          </ErrorAlert>
        ))}
      {canEdit && current.state === 'to_send' && (
        <form onSubmit={send} noValidate aria-label="Send take-home">
          <div className="field">
            <label htmlFor={`${id}-due`}>Due date</label>
            <input id={`${id}-due`} type="datetime-local" value={dueAt} onChange={(e) => setDueAt(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={step.isPending}>
              Send take-home
            </button>
          </div>
        </form>
      )}
      {canEdit && current.state === 'sent' && (
        <form onSubmit={submit} noValidate aria-label="Record submission">
          <div className="field">
            <label htmlFor={`${id}-url`}>Link to the work</label>
            <input id={`${id}-url`} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>Note</label>
            <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={step.isPending}>
              Record submission
            </button>
          </div>
        </form>
      )}
      {canEdit && current.state === 'submitted' && (
        <form onSubmit={grade} noValidate aria-label="Grade take-home">
          {graders.length === 0 && <p className="hint">The opening has no interviewers on its team to grade.</p>}
          <div className="form-grid">
            {graders.map((grader) => (
              <div className="field" key={grader.id}>
                <label htmlFor={`${id}-grade-${grader.id}`}>{`Grade from ${grader.name}`}</label>
                <select
                  id={`${id}-grade-${grader.id}`}
                  value={grades[grader.id] ?? ''}
                  onChange={(e) => setGrades((all) => ({ ...all, [grader.id]: e.target.value }))}
                >
                  <option value="">Not grading</option>
                  {[1, 2, 3, 4].map((n) => (
                    <option key={n} value={n}>
                      {GRADE_LABELS[n]}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={step.isPending}>
              Save grades
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
