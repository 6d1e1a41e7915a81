import { RECOMMENDATIONS, type Recommendation } from '@loopboard/contracts';
import { useId } from 'react';
import { RECOMMENDATION_LABELS } from '../utils/scorecardVocabulary';

interface RecommendationFieldProps {
  value: Recommendation | null;
  onChange: (value: Recommendation) => void;
  error?: string;
}

/** The overall recommendation, as native radios. */
export function RecommendationField({ value, onChange, error }: RecommendationFieldProps) {
  const id = useId();
  return (
    <fieldset className="scorecard-competency" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="scorecard-competency__legend">Overall recommendation</legend>
      <div className="recommendation-options">
        {RECOMMENDATIONS.map((r) => (
          <label key={r} className="rating-option rating-option--inline">
            <input type="radio" name={`${id}-recommendation`} value={r} checked={value === r} onChange={() => onChange(r)} />
            <span className="rating-option__label">{RECOMMENDATION_LABELS[r]}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
