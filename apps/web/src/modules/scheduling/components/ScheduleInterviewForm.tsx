import type { CreateInterviewRequest, FieldError, InterviewTypeSummary, UserRef } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { InlineFieldError } from '../../interviews/components/InlineFieldError';
import { fieldErrorsOf, reasonsFor } from '../../interviews/utils/fieldErrors';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { FieldErrorList } from '../../ui/components/FieldErrorList';
import { fromLocalInput } from '../utils/formatWhen';
import { schedulingApi } from '../utils/schedulingApi';
import { schedulingQueryKeys } from '../utils/schedulingQueries';

interface ScheduleInterviewFormProps {
  applicationId: string;
  /** The interview types the application's current stage runs. */
  types: InterviewTypeSummary[];
  /** The opening's team interviewers. */
  interviewers: UserRef[];
}

const FIELD_LABELS: Record<string, string> = {
  interviewTypeKey: 'Interview type',
  interviewerIds: 'Interviewers',
  startsAt: 'Start',
  durationMinutes: 'Duration',
  scorecardDueAt: 'Scorecard due',
};

/** "Interviewer 1 is not an active interviewer…": the server counts from 0 and names request keys. */
function describeField({ field, reason }: FieldError): string {
  const [name, index] = field.split('.');
  if (name === 'interviewerIds' && index !== undefined) return `Interviewer ${Number(index) + 1} ${reason}`;
  return `${FIELD_LABELS[name ?? ''] ?? field} ${reason}`;
}

/** Schedules an interview for the application's current stage (recruiters and admins). */
export function ScheduleInterviewForm({ applicationId, types, interviewers }: ScheduleInterviewFormProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const [typeKey, setTypeKey] = useState(types[0]?.key ?? '');
  const [chosen, setChosen] = useState<string[]>([]);
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState(String(types[0]?.durationMinutes ?? 60));
  const [dueAt, setDueAt] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [scheduled, setScheduled] = useState(false);

  const schedule = useMutation({
    mutationFn: (body: CreateInterviewRequest) => schedulingApi.schedule(applicationId, body),
    onSuccess: async () => {
      setScheduled(true);
      setStartsAt('');
      setDueAt('');
      setChosen([]);
      await queryClient.invalidateQueries({ queryKey: schedulingQueryKeys.interviews(applicationId) });
    },
  });
  const server = fieldErrorsOf(schedule.error);
  const reasons = (field: string, nested = false) => (clientErrors[field] ? [clientErrors[field]] : reasonsFor(server, field, nested));

  function chooseType(key: string) {
    setTypeKey(key);
    const type = types.find((t) => t.key === key);
    if (type) setDuration(String(type.durationMinutes));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setScheduled(false);
    const errors: Record<string, string> = {};
    const start = fromLocalInput(startsAt);
    if (!start) errors.startsAt = 'is required';
    else if (Date.parse(start) <= Date.now()) errors.startsAt = 'must be in the future';
    if (chosen.length === 0) errors.interviewerIds = 'need at least one interviewer';
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 5) errors.durationMinutes = 'must be a whole number of minutes, at least 5';
    const due = fromLocalInput(dueAt);
    if (due && start && Date.parse(due) <= Date.parse(start)) errors.scorecardDueAt = 'must be after the start';
    setClientErrors(errors);
    if (Object.keys(errors).length > 0 || !start) return;
    schedule.mutate({
      interviewTypeKey: typeKey,
      interviewerIds: chosen,
      startsAt: start,
      durationMinutes: minutes,
      ...(due ? { scorecardDueAt: due } : {}),
    });
  }

  const errorId = (field: string) => `${id}-${field}-error`;
  const describedBy = (field: string, nested = false) => (reasons(field, nested).length ? errorId(field) : undefined);
  const apiError = schedule.isError && isApiRequestError(schedule.error) ? schedule.error : null;

  return (
    <form onSubmit={submit} noValidate aria-label="Schedule interview">
      <h3>Schedule interview</h3>
      {schedule.isError && (
        <ErrorAlert title="The interview was not scheduled">
          {apiError ? (
            <FieldErrorList fields={apiError.fields} fallback={apiError.message} describe={describeField} />
          ) : (
            <p>Something went wrong. Try again.</p>
          )}
        </ErrorAlert>
      )}
      {scheduled && !schedule.isError && (
        <p role="status" className="hint">
          Interview scheduled.
        </p>
      )}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-type`}>Interview type</label>
          <select
            id={`${id}-type`}
            value={typeKey}
            onChange={(e) => chooseType(e.target.value)}
            aria-invalid={reasons('interviewTypeKey').length > 0}
            aria-describedby={describedBy('interviewTypeKey')}
          >
            {types.map((type) => (
              <option key={type.key} value={type.key}>
                {type.name}
              </option>
            ))}
          </select>
          <InlineFieldError id={errorId('interviewTypeKey')} label="Interview type" reasons={reasons('interviewTypeKey')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-start`}>Start</label>
          <input
            id={`${id}-start`}
            type="datetime-local"
            value={startsAt}
            onChange={(e) => setStartsAt(e.target.value)}
            aria-invalid={reasons('startsAt').length > 0}
            aria-describedby={describedBy('startsAt')}
          />
          <InlineFieldError id={errorId('startsAt')} label="Start" reasons={reasons('startsAt')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-duration`}>Duration (minutes)</label>
          <input
            id={`${id}-duration`}
            type="number"
            min={5}
            step={5}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            aria-invalid={reasons('durationMinutes').length > 0}
            aria-describedby={describedBy('durationMinutes')}
          />
          <InlineFieldError id={errorId('durationMinutes')} label="Duration" reasons={reasons('durationMinutes')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Scorecard due (optional)</label>
          <input
            id={`${id}-due`}
            type="datetime-local"
            value={dueAt}
            onChange={(e) => setDueAt(e.target.value)}
            aria-invalid={reasons('scorecardDueAt').length > 0}
            aria-describedby={describedBy('scorecardDueAt') ?? `${id}-due-hint`}
          />
          <p id={`${id}-due-hint`} className="hint">
            Defaults to one day after the start.
          </p>
          <InlineFieldError id={errorId('scorecardDueAt')} label="Scorecard due" reasons={reasons('scorecardDueAt')} />
        </div>
      </div>
      <fieldset className="field" aria-describedby={describedBy('interviewerIds', true)}>
        <legend>Interviewers</legend>
        {interviewers.length === 0 && <p className="hint">The opening has no interviewers on its team yet; an admin adds them.</p>}
        {interviewers.map((person) => (
          <label key={person.id} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(person.id)}
              onChange={(e) => setChosen((list) => (e.target.checked ? [...list, person.id] : list.filter((x) => x !== person.id)))}
            />
            {person.name}
          </label>
        ))}
        {reasons('interviewerIds', true).length > 0 && (
          <p id={errorId('interviewerIds')} className="field-error">
            {clientErrors.interviewerIds
              ? `Interviewers ${clientErrors.interviewerIds}`
              : apiError?.fields
                  .filter((f) => f.field.startsWith('interviewerIds'))
                  .map(describeField)
                  .join('; ')}
          </p>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={schedule.isPending || types.length === 0}>
          {schedule.isPending ? 'Scheduling…' : 'Schedule interview'}
        </button>
      </div>
    </form>
  );
}
