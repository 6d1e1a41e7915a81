import { RATINGS, type Rating, type RubricLevels } from '@loopboard/contracts';
import type { DraftRating } from '../utils/scorecardDraft';
import { useId } from 'react';
import { NOT_ASSESSED, RATING_LABELS } from '../utils/scorecardVocabulary';

interface RatingFieldsProps {
  name: string;
  description?: string;
  value: DraftRating;
  anchors: RubricLevels | undefined;
  onChange: (value: DraftRating) => void;
  /** The server's words for this competency's rating / evidence, if it refused them. */
  ratingError?: string;
  evidenceError?: string;
  disabled?: boolean;
}

/**
 * One focus competency: native radios (arrow keys move between them) for 1–4 and "Not assessed",
 * each with the kit's anchor for that level, and the written evidence.
 */
export function RatingFields({ name, description, value, anchors, onChange, ratingError, evidenceError, disabled }: RatingFieldsProps) {
  const id = useId();
  const options: { rating: Rating | null; label: string; anchor: string | undefined }[] = [
    ...RATINGS.map((rating) => ({ rating, label: RATING_LABELS[rating], anchor: anchors?.[String(rating) as keyof RubricLevels] })),
    { rating: null, label: NOT_ASSESSED, anchor: 'No evidence for this competency in the interview.' },
  ];
  return (
    <fieldset className="scorecard-competency" aria-describedby={ratingError ? `${id}-rating-error` : undefined} disabled={disabled}>
      <legend className="scorecard-competency__legend">{name}</legend>
      {description && <p className="hint">{description}</p>}
      <div className="rating-options">
        {options.map((option) => (
          <label key={option.label} className="rating-option">
            <input
              type="radio"
              name={`${id}-rating`}
              value={option.rating ?? 'not-assessed'}
              checked={value.rating === option.rating}
              onChange={() => onChange({ ...value, rating: option.rating })}
            />
            <span className="rating-option__text">
              <span className="rating-option__label">{option.label}</span>
              {option.anchor && <span className="rating-option__anchor">{option.anchor}</span>}
            </span>
          </label>
        ))}
      </div>
      {ratingError && (
        <p className="field-error" id={`${id}-rating-error`}>
          {ratingError}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-evidence`}>{`Evidence for ${name}`}</label>
        <textarea
          id={`${id}-evidence`}
          rows={3}
          value={value.evidence}
          aria-invalid={evidenceError ? true : undefined}
          aria-describedby={evidenceError ? `${id}-evidence-error` : undefined}
          onChange={(event) => onChange({ ...value, evidence: event.target.value })}
        />
        {evidenceError && (
          <p className="field-error" id={`${id}-evidence-error`}>
            {evidenceError}
          </p>
        )}
      </div>
    </fieldset>
  );
}
