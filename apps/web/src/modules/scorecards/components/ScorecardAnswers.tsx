import type { ScorecardRating, Recommendation } from '@loopboard/contracts';
import type { CompetencyNames } from '../../roles/utils/competencyNames';
import { formatRating, formatRecommendation } from '../utils/scorecardVocabulary';

interface ScorecardAnswersProps {
  ratings: ScorecardRating[];
  recommendation: Recommendation | null;
  names: CompetencyNames;
}

/** A filed scorecard's answers: per competency the rating and the evidence, then the recommendation. */
export function ScorecardAnswers({ ratings, recommendation, names }: ScorecardAnswersProps) {
  return (
    <dl className="scorecard-answers">
      {ratings.map((r) => (
        <div key={r.competency} className="scorecard-answers__item">
          <dt>{names[r.competency]}</dt>
          <dd>
            <span className="scorecard-answers__rating">{formatRating(r.rating)}</span>
            {r.evidence ? (
              <span className="scorecard-answers__evidence">{r.evidence}</span>
            ) : (
              <span className="hint"> · no evidence written</span>
            )}
          </dd>
        </div>
      ))}
      <div className="scorecard-answers__item">
        <dt>Overall recommendation</dt>
        <dd>
          <strong>{formatRecommendation(recommendation)}</strong>
        </dd>
      </div>
    </dl>
  );
}
