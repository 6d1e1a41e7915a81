import type { CompetencyKey, Rating, Recommendation, Scorecard, ScorecardRating } from '@loopboard/contracts';

/** A rating as the form holds it: undefined until the interviewer picks a level or "Not assessed". */
export interface DraftRating {
  competency: CompetencyKey;
  rating: Rating | null | undefined;
  evidence: string;
}

/** What the form edits: one rating per focus competency (in the kit's order) and the recommendation. */
export interface ScorecardValues {
  ratings: DraftRating[];
  recommendation: Recommendation | null;
}

/**
 * The form's values from a scorecard. On a draft, a null rating reads as "not chosen yet" (the
 * contract does not tell "not assessed" from "never chosen"), so the interviewer picks it explicitly
 * before submitting; on a submitted scorecard null is "Not assessed".
 */
export function valuesOf(card: Scorecard | null, focus: readonly CompetencyKey[], { draft = true } = {}): ScorecardValues {
  return {
    ratings: focus.map((competency) => {
      const found = card?.ratings.find((r) => r.competency === competency);
      return {
        competency,
        rating: found ? (found.rating === null && draft ? undefined : found.rating) : undefined,
        evidence: found?.evidence ?? '',
      };
    }),
    recommendation: card?.recommendation ?? null,
  };
}

/** What the API is sent: an unchosen rating goes as null, the way a draft stores it. */
export const toRequestRatings = (ratings: DraftRating[]): ScorecardRating[] =>
  ratings.map((r) => ({ competency: r.competency, rating: r.rating ?? null, evidence: r.evidence }));

/** The competencies (and the recommendation) whose values differ between two copies. */
export function changedBetween(a: ScorecardValues, b: ScorecardValues): { competencies: CompetencyKey[]; recommendation: boolean } {
  return {
    competencies: a.ratings
      .filter((r) => {
        const other = b.ratings.find((o) => o.competency === r.competency);
        return !other || other.rating !== r.rating || other.evidence !== r.evidence;
      })
      .map((r) => r.competency),
    recommendation: a.recommendation !== b.recommendation,
  };
}
