import type { Rating, Recommendation } from '@loopboard/contracts';

export const RATING_LABELS: Record<Rating, string> = { 1: '1 strong no', 2: '2 no', 3: '3 yes', 4: '4 strong yes' };
export const NOT_ASSESSED = 'Not assessed';

/** In the order the form offers them (most negative first, "no decision" last). */
export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  definitely_not: 'Definitely not',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
  no_decision: 'No decision',
};

export const formatRating = (rating: number | null | undefined) =>
  rating === undefined ? 'Not rated yet' : rating === null ? NOT_ASSESSED : RATING_LABELS[rating as Rating];
export const formatRecommendation = (r: Recommendation | null) => (r === null ? 'Not chosen' : RECOMMENDATION_LABELS[r]);

/** A score on the 1–4 scale, 2 decimals; an em dash when there is none. */
export const formatScore = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(2));
export const formatShare = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${Math.round(value * 100)} %`;
/** A signed difference, e.g. "+0.25" or "−0.10". */
export const formatSigned = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(2)}`;

export function formatClock(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** A fixed palette, one colour per competency in COMPETENCY_KEYS order (bars, legends, radar). */
export const COMPETENCY_COLORS: Record<string, string> = {
  ml: '#3451b2',
  math: '#7c3aed',
  swe: '#0f766e',
  data: '#b45309',
  ops: '#be123c',
  research: '#4d7c0f',
  comms: '#0369a1',
  product: '#a21caf',
};

/** The user's words for a field the server named, e.g. "ratings.1.evidence" → "Evidence for Software engineering". */
export function describeScorecardField(field: string, competencyName: (index: number) => string): string {
  const match = /^ratings\.(\d+)\.(\w+)$/.exec(field);
  if (match) return `${match[2] === 'evidence' ? 'Evidence' : 'Rating'} for ${competencyName(Number(match[1]))}`;
  if (field === 'recommendation') return 'Overall recommendation';
  if (field === 'reason') return 'Reason';
  return field;
}
