import { ErrorCode, type InterviewType, type Recommendation, type Scorecard } from '@loopboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import type { CompetencyNames } from '../../roles/utils/competencyNames';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { formatDateTime } from '../../ui/utils/formatDateTime';
import { placeFieldErrors, type ScorecardFieldErrors } from '../utils/fieldErrors';
import { toRequestRatings, valuesOf, type ScorecardValues } from '../utils/scorecardDraft';
import { scorecardQueryKeys } from '../utils/scorecardQueries';
import { scorecardsApi } from '../utils/scorecardsApi';
import { AmendmentList } from './AmendmentList';
import { RatingFields } from './RatingFields';
import { RecommendationField } from './RecommendationField';
import { ScorecardAnswers } from './ScorecardAnswers';

interface SubmittedScorecardProps {
  scorecard: Scorecard;
  type: InterviewType;
  names: CompetencyNames;
}

const NO_ERRORS: ScorecardFieldErrors = { ratings: {}, other: [] };

/** The locked scorecard, read-only, with its amendments; "Amend" corrects it with a reason. */
export function SubmittedScorecard({ scorecard, type, names }: SubmittedScorecardProps) {
  const [amending, setAmending] = useState(false);
  return (
    <section className="card" aria-labelledby="submitted-heading">
      <h2 id="submitted-heading">Your scorecard</h2>
      <p className="notice">
        {`Submitted ${scorecard.submittedAt ? formatDateTime(scorecard.submittedAt) : ''} and locked. `}
        Corrections are amendments with a reason; hiring managers see the original too.
      </p>
      {amending ? (
        <AmendForm scorecard={scorecard} type={type} names={names} onDone={() => setAmending(false)} />
      ) : (
        <>
          <ScorecardAnswers ratings={scorecard.ratings} recommendation={scorecard.recommendation} names={names} />
          <button type="button" className="button" onClick={() => setAmending(true)}>
            Amend
          </button>
        </>
      )}
      {scorecard.amendments.length > 0 && (
        <>
          <h3 className="subheading">Amendments</h3>
          <AmendmentList amendments={scorecard.amendments} names={names} />
        </>
      )}
    </section>
  );
}

interface AmendFormProps extends SubmittedScorecardProps {
  onDone: () => void;
}

function AmendForm({ scorecard, type, names, onDone }: AmendFormProps) {
  const queryClient = useQueryClient();
  const id = useId();
  const focus = type.focusCompetencies;
  const [values, setValues] = useState<ScorecardValues>(() => valuesOf(scorecard, focus, { draft: false }));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<ScorecardFieldErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors({ ...NO_ERRORS, reason: 'Reason is required: say what you are correcting and why.' });
      setFailure(null);
      return;
    }
    setBusy(true);
    try {
      const amended = await scorecardsApi.amend(scorecard.id, {
        version: scorecard.version,
        reason: reason.trim(),
        ratings: toRequestRatings(values.ratings),
        recommendation: values.recommendation ?? undefined,
      });
      queryClient.setQueryData(scorecardQueryKeys.mine(scorecard.interviewId), amended);
      void queryClient.invalidateQueries({ queryKey: ['applications', scorecard.applicationId] });
      void queryClient.invalidateQueries({ queryKey: scorecardQueryKeys.leaderboards });
      onDone();
    } catch (error) {
      if (isApiRequestError(error) && error.code === ErrorCode.VALIDATION_FAILED) {
        setErrors(placeFieldErrors(error.fields, focus, (key) => names[key]));
        setFailure('Fix the fields marked below, then save the amendment again.');
      } else if (isApiRequestError(error) && error.code === ErrorCode.SCORECARD_VERSION_CONFLICT) {
        setErrors(NO_ERRORS);
        setFailure('This scorecard was amended elsewhere meanwhile. Copy your reason, cancel, and amend the latest version.');
        void queryClient.invalidateQueries({ queryKey: scorecardQueryKeys.mine(scorecard.interviewId) });
      } else {
        setErrors(NO_ERRORS);
        setFailure(error instanceof Error ? error.message : 'Please try again.');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="scorecard-form" aria-label="Amend scorecard" noValidate onSubmit={(e) => void onSubmit(e)}>
      {failure && <ErrorAlert title="The amendment was not saved.">{<p>{failure}</p>}</ErrorAlert>}
      {values.ratings.map((rating, index) => (
        <RatingFields
          key={rating.competency}
          name={names[rating.competency]}
          value={rating}
          anchors={type.kit.rubric[rating.competency]}
          ratingError={errors.ratings[`${rating.competency}.rating`]}
          evidenceError={errors.ratings[`${rating.competency}.evidence`]}
          onChange={(next) => setValues({ ...values, ratings: values.ratings.map((r, i) => (i === index ? next : r)) })}
        />
      ))}
      <RecommendationField
        value={values.recommendation}
        error={errors.recommendation}
        onChange={(recommendation: Recommendation) => setValues({ ...values, recommendation })}
      />
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason for the amendment (required)</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          value={reason}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {errors.reason && (
          <p className="field-error" id={`${id}-reason-error`}>
            {errors.reason}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save amendment'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
