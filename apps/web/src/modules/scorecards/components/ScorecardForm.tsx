import { ErrorCode, type InterviewType, type Scorecard } from '@loopboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import type { CompetencyNames } from '../../roles/utils/competencyNames';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { ModalDialog } from '../../ui/components/ModalDialog';
import { useScorecardDraft, type SaveStatus } from '../hooks/useScorecardDraft';
import { countFieldErrors, placeFieldErrors, type ScorecardFieldErrors } from '../utils/fieldErrors';
import { changedBetween, valuesOf, type ScorecardValues } from '../utils/scorecardDraft';
import { scorecardQueryKeys } from '../utils/scorecardQueries';
import { scorecardsApi } from '../utils/scorecardsApi';
import { formatClock, formatRating, formatRecommendation } from '../utils/scorecardVocabulary';
import { RatingFields } from './RatingFields';
import { RecommendationField } from './RecommendationField';

interface ScorecardFormProps {
  interviewId: string;
  applicationId: string;
  scorecard: Scorecard | null;
  type: InterviewType;
  names: CompetencyNames;
}

const NO_ERRORS: ScorecardFieldErrors = { ratings: {}, other: [] };
const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The draft scorecard: autosaved while typing, submitted (locked) after a confirmation. */
export function ScorecardForm({ interviewId, applicationId, scorecard, type, names }: ScorecardFormProps) {
  const queryClient = useQueryClient();
  const focus = type.focusCompetencies;
  const draft = useScorecardDraft(interviewId, scorecard, focus);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<ScorecardFieldErrors>(NO_ERRORS);
  const { values } = draft;

  function edit(next: ScorecardValues) {
    draft.change(next);
    // A field the user has just changed no longer shows the error it had.
    const changed = changedBetween(values, next);
    if (changed.competencies.length > 0 || changed.recommendation) {
      setFieldErrors((errors) => ({
        ...errors,
        ratings: Object.fromEntries(
          Object.entries(errors.ratings).filter(([key]) => !changed.competencies.some((c) => key.startsWith(`${c}.`))),
        ),
        recommendation: changed.recommendation ? undefined : errors.recommendation,
      }));
    }
  }

  async function submit() {
    setSubmitting(true);
    setSubmitError(null);
    try {
      const savedOk = await draft.flush();
      if (!savedOk) {
        setConfirming(false);
        return;
      }
      const submitted = await scorecardsApi.submit(interviewId, { version: draft.version() });
      setFieldErrors(NO_ERRORS);
      setConfirming(false);
      queryClient.setQueryData(scorecardQueryKeys.mine(interviewId), submitted);
      void queryClient.invalidateQueries({ queryKey: ['applications', applicationId] });
      void queryClient.invalidateQueries({ queryKey: scorecardQueryKeys.leaderboards });
    } catch (error) {
      setConfirming(false);
      if (isApiRequestError(error) && error.code === ErrorCode.VALIDATION_FAILED) {
        setFieldErrors(placeFieldErrors(error.fields, focus, (key) => names[key]));
      } else setFieldErrors(NO_ERRORS);
      setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  }

  /** Every competency needs an explicit choice (a level or "Not assessed") before the confirmation opens. */
  function askToSubmit() {
    const unchosen = values.ratings.filter((r) => r.rating === undefined);
    if (unchosen.length > 0) {
      const ratings: Record<string, string> = {};
      for (const r of unchosen) ratings[`${r.competency}.rating`] = `Rating for ${names[r.competency]}: choose 1–4 or Not assessed`;
      setFieldErrors({ ratings, other: [] });
      setSubmitError(new Error('Choose a rating for every competency.'));
      return;
    }
    setConfirming(true);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      askToSubmit();
    }
  }

  const errorCount = countFieldErrors(fieldErrors);
  return (
    <form
      className="scorecard-form"
      aria-label="Scorecard"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        askToSubmit();
      }}
    >
      <SaveStatusLine status={draft.status} />
      {draft.status.kind === 'conflict' && (
        <ConflictAlert
          status={draft.status}
          unsaved={values}
          saved={valuesOf(draft.saved(), focus)}
          names={names}
          onLoadLatest={() => void draft.loadLatest()}
        />
      )}
      {draft.status.kind === 'error' && (
        <ErrorAlert title="Your last change was not saved.">
          <p>{draft.status.error instanceof Error ? draft.status.error.message : 'Please try again.'}</p>
          <button type="button" className="button button--small" onClick={() => void draft.flush()}>
            Save again
          </button>
        </ErrorAlert>
      )}
      {submitError !== null && (
        <ErrorAlert title="The scorecard was not submitted.">
          {errorCount > 0 ? (
            <>
              <p>{`Fix ${errorCount === 1 ? 'the field' : `the ${errorCount} fields`} marked below, then submit again.`}</p>
              {fieldErrors.other.length > 0 && (
                <ul>
                  {fieldErrors.other.map((f) => (
                    <li key={f.field}>{`${f.field} ${f.reason}`}</li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p>{submitError instanceof Error ? submitError.message : 'Please try again.'}</p>
          )}
        </ErrorAlert>
      )}
      {values.ratings.map((rating, index) => (
        <RatingFields
          key={rating.competency}
          name={names[rating.competency]}
          value={rating}
          anchors={type.kit.rubric[rating.competency]}
          ratingError={fieldErrors.ratings[`${rating.competency}.rating`]}
          evidenceError={fieldErrors.ratings[`${rating.competency}.evidence`]}
          onChange={(next) => edit({ ...values, ratings: values.ratings.map((r, i) => (i === index ? next : r)) })}
        />
      ))}
      <RecommendationField
        value={values.recommendation}
        error={fieldErrors.recommendation}
        onChange={(recommendation) => edit({ ...values, recommendation })}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={draft.status.kind === 'conflict'}>
          Submit scorecard…
        </button>
        <span className="form-actions__hint">{`Drafts save as you type. ${isMac() ? '⌘' : 'Ctrl'}+Enter submits.`}</span>
      </div>
      {confirming && (
        <ModalDialog title="Submit this scorecard?" onClose={() => setConfirming(false)} busy={submitting}>
          <p>
            Submitting locks the scorecard. After that you can only correct it with an amendment that gives a reason, and hiring managers
            see both the original and the correction.
          </p>
          <p>{`Recommendation: ${formatRecommendation(values.recommendation)}.`}</p>
          <div className="form-actions">
            <button type="button" className="button button--primary" data-autofocus disabled={submitting} onClick={() => void submit()}>
              {submitting ? 'Submitting…' : 'Submit and lock'}
            </button>
            <button type="button" className="button" disabled={submitting} onClick={() => setConfirming(false)}>
              Keep editing
            </button>
          </div>
        </ModalDialog>
      )}
    </form>
  );
}

function SaveStatusLine({ status }: { status: SaveStatus }) {
  const text =
    status.kind === 'saving'
      ? 'Saving…'
      : status.kind === 'saved'
        ? `Saved at ${formatClock(status.at)}`
        : status.kind === 'conflict'
          ? 'Not saved: this scorecard changed elsewhere'
          : status.kind === 'error'
            ? 'Not saved'
            : '';
  return (
    <p role="status" className="form-status scorecard-save-status">
      {text}
    </p>
  );
}

interface ConflictAlertProps {
  status: Extract<SaveStatus, { kind: 'conflict' }>;
  /** What the form holds now (the server has not got it). */
  unsaved: ScorecardValues;
  saved: ScorecardValues;
  names: CompetencyNames;
  onLoadLatest: () => void;
}

/** A 409: saving stops; the user sees what did not save (to copy it) before taking the latest copy. */
function ConflictAlert({ status, unsaved, saved, names, onLoadLatest }: ConflictAlertProps) {
  const changed = changedBetween(unsaved, saved);
  return (
    <ErrorAlert title="This scorecard was saved elsewhere (another tab or window), so your latest changes were not saved.">
      {changed.competencies.length > 0 || changed.recommendation ? (
        <>
          <p>Copy anything you want to keep, then load the latest version and add it again:</p>
          <ul>
            {changed.competencies.map((key) => {
              const r = unsaved.ratings.find((x) => x.competency === key) ?? { rating: null, evidence: '' };
              return <li key={key}>{`${names[key]}: ${formatRating(r.rating)}${r.evidence ? ` — “${r.evidence}”` : ''}`}</li>;
            })}
            {changed.recommendation && <li>{`Overall recommendation: ${formatRecommendation(unsaved.recommendation)}`}</li>}
          </ul>
        </>
      ) : (
        <p>Load the latest version to go on.</p>
      )}
      {status.currentVersion !== undefined && <p className="hint">{`The saved copy is at version ${status.currentVersion}.`}</p>}
      <button type="button" className="button button--small" onClick={onLoadLatest}>
        Load the latest version
      </button>
    </ErrorAlert>
  );
}
