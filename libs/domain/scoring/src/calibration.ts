import { clamp } from './composite.js';

/** k in the shrinkage factor n / (n + k): with few comparisons a leniency is pulled toward 0. */
export const LENIENCY_SHRINKAGE = 5;

/** One submitted rating, as calibration sees it. */
export interface PanelRating {
  applicationId: string;
  competency: string;
  interviewerId: string;
  rating: number;
}

export interface Leniency {
  /** Mean of (rating − mean of the other interviewers' ratings on the same application and competency), × n/(n+k); 0 with none. */
  leniency: number;
  /** The unshrunk mean difference (0 with no comparisons). */
  meanDifference: number;
  /** How many of the interviewer's ratings had at least one other rating to compare with. */
  comparisons: number;
}

/** Shrinks a mean difference over n comparisons toward 0: × n / (n + k). */
export function shrink(meanDifference: number, comparisons: number, k = LENIENCY_SHRINKAGE): number {
  if (comparisons <= 0) return 0;
  return (meanDifference * comparisons) / (comparisons + k);
}

/**
 * The differences between each rating and the panel mean on the same application and
 * competency: the mean of the *other* interviewers' ratings there (a rating alone has no panel).
 * Summed per interviewer: { sum, n }. The API keeps these sums per application, so it can
 * update them when one application's scorecards change.
 */
export function panelDifferences(ratings: readonly PanelRating[]): Map<string, { sum: number; n: number }> {
  const cells = new Map<string, PanelRating[]>();
  for (const r of ratings) {
    const key = `${r.applicationId}\u0000${r.competency}`;
    const cell = cells.get(key);
    if (cell) cell.push(r);
    else cells.set(key, [r]);
  }
  const out = new Map<string, { sum: number; n: number }>();
  for (const cell of cells.values()) {
    if (cell.length < 2) continue;
    // An interviewer can rate the same competency twice on one application (two interviews of a
    // loop); their own other rating is not the panel, so each interviewer's ratings are left out
    // of the mean they are compared with, and a cell rated by one interviewer compares nothing.
    let total = 0;
    const own = new Map<string, { sum: number; n: number }>();
    for (const r of cell) {
      total += r.rating;
      const acc = own.get(r.interviewerId) ?? { sum: 0, n: 0 };
      acc.sum += r.rating;
      acc.n += 1;
      own.set(r.interviewerId, acc);
    }
    if (own.size < 2) continue;
    for (const r of cell) {
      const mine = own.get(r.interviewerId);
      if (!mine) continue;
      const others = (total - mine.sum) / (cell.length - mine.n);
      const acc = out.get(r.interviewerId) ?? { sum: 0, n: 0 };
      acc.sum += r.rating - others;
      acc.n += 1;
      out.set(r.interviewerId, acc);
    }
  }
  return out;
}

/** Every interviewer's leniency from all submitted ratings (DESIGN "Calibration"). */
export function leniencies(ratings: readonly PanelRating[], k = LENIENCY_SHRINKAGE): Map<string, Leniency> {
  const out = new Map<string, Leniency>();
  for (const r of ratings) if (!out.has(r.interviewerId)) out.set(r.interviewerId, { leniency: 0, meanDifference: 0, comparisons: 0 });
  for (const [interviewerId, { sum, n }] of panelDifferences(ratings)) {
    const meanDifference = sum / n;
    out.set(interviewerId, { leniency: shrink(meanDifference, n, k), meanDifference, comparisons: n });
  }
  return out;
}

/** A calibrated rating subtracts the interviewer's leniency, kept on the 1–4 scale. */
export function calibrate(rating: number, leniency: number): number {
  return clamp(rating - leniency, 1, 4);
}
