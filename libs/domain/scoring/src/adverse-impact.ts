/**
 * Adverse-impact statistics (DESIGN "Analytics for hiring managers"; the four-fifths rule of the
 * US Uniform Guidelines): selection rate per group, impact ratio against the group with the
 * highest rate, a flag below 0.8, and a two-sided Fisher exact test so a ratio from small groups
 * is not read as evidence on its own. Pure functions.
 */

/** Ratios below this are flagged (the four-fifths rule). */
export const IMPACT_RATIO_THRESHOLD = 0.8;
/** Groups with fewer applicants are not reported: rates of a handful of people say nothing and can identify them. */
export const MIN_REPORTED_GROUP_SIZE = 5;

/**
 * Two-sided Fisher exact test of the 2×2 table [[a, b], [c, d]] (rows: the two groups; columns:
 * selected, not selected). The p-value sums the hypergeometric probabilities of every table with
 * the same margins that is no more likely than the observed one (with a 1e-7 relative tolerance,
 * as R's fisher.test does).
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  for (const v of [a, b, c, d]) if (!Number.isInteger(v) || v < 0) throw new RangeError('cells must be non-negative integers');
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  const lf = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) lf[i] = lf[i - 1]! + Math.log(i);
  const logP = (x: number) =>
    lf[row1]! + lf[row2]! + lf[col1]! + lf[n - col1]! - lf[n]! - lf[x]! - lf[row1 - x]! - lf[col1 - x]! - lf[row2 - col1 + x]!;
  const lo = Math.max(0, col1 - row2);
  const hi = Math.min(row1, col1);
  const observed = logP(a);
  let p = 0;
  for (let x = lo; x <= hi; x++) {
    const lp = logP(x);
    if (lp <= observed + Math.log1p(1e-7)) p += Math.exp(lp);
  }
  return Math.min(1, p);
}

export interface GroupCounts {
  group: string;
  applicants: number;
  selected: number;
  /** Applicants with a raw composite. */
  scored: number;
  /** Of those, with a raw composite ≥ 3 ("meets the bar" on the 1–4 scale). */
  scoredHigh: number;
}

export interface RateComparison {
  rate: number | null;
  /** rate / the highest rate among the reported groups; null when either is undefined or the highest is 0. */
  impactRatio: number | null;
  flagged: boolean;
  /** Fisher exact p-value of this group against the highest-rate group; null for that group itself. */
  pValue: number | null;
}

export interface GroupImpact {
  group: string;
  applicants: number;
  selected: number;
  scored: number;
  scoredHigh: number;
  selection: RateComparison;
  scoring: RateComparison;
}

export interface ImpactReport {
  groups: GroupImpact[];
  /** The reference groups (highest rate), null when no reported group has a rate. */
  selectionReference: string | null;
  scoringReference: string | null;
  /** How many groups were left out as smaller than minGroupSize. */
  omitted: number;
}

function compare(
  groups: readonly GroupCounts[],
  total: (g: GroupCounts) => number,
  hits: (g: GroupCounts) => number,
): { reference: string | null; byGroup: Map<string, RateComparison> } {
  const rate = (g: GroupCounts) => (total(g) > 0 ? hits(g) / total(g) : null);
  let ref: GroupCounts | null = null;
  for (const g of groups) {
    const r = rate(g);
    // Ties go to the larger group, then by name, so the reference does not depend on input order.
    if (
      r !== null &&
      (ref === null || r > rate(ref)! || (r === rate(ref) && (total(g) > total(ref) || (total(g) === total(ref) && g.group < ref.group))))
    )
      ref = g;
  }
  const byGroup = new Map<string, RateComparison>();
  for (const g of groups) {
    const r = rate(g);
    const refRate = ref ? rate(ref)! : null;
    const impactRatio = r === null || refRate === null || refRate === 0 ? null : r / refRate;
    const pValue =
      ref === null || g === ref || r === null ? null : fisherExactTwoSided(hits(g), total(g) - hits(g), hits(ref), total(ref) - hits(ref));
    byGroup.set(g.group, { rate: r, impactRatio, flagged: impactRatio !== null && impactRatio < IMPACT_RATIO_THRESHOLD, pValue });
  }
  return { reference: ref?.group ?? null, byGroup };
}

/**
 * The report over one dimension (e.g. gender): groups smaller than `minGroupSize` are dropped
 * before the reference is chosen, so an unreported group never sets the bar.
 */
export function adverseImpact(counts: readonly GroupCounts[], minGroupSize = MIN_REPORTED_GROUP_SIZE): ImpactReport {
  for (const g of counts) {
    if (
      g.selected > g.applicants ||
      g.scored > g.applicants ||
      g.scoredHigh > g.scored ||
      [g.applicants, g.selected, g.scored, g.scoredHigh].some((v) => !Number.isInteger(v) || v < 0)
    ) {
      throw new RangeError(`inconsistent counts for group ${g.group}`);
    }
  }
  const reported = counts.filter((g) => g.applicants >= minGroupSize);
  const selection = compare(
    reported,
    (g) => g.applicants,
    (g) => g.selected,
  );
  const scoring = compare(
    reported,
    (g) => g.scored,
    (g) => g.scoredHigh,
  );
  return {
    groups: reported.map((g) => ({
      group: g.group,
      applicants: g.applicants,
      selected: g.selected,
      scored: g.scored,
      scoredHigh: g.scoredHigh,
      selection: selection.byGroup.get(g.group)!,
      scoring: scoring.byGroup.get(g.group)!,
    })),
    selectionReference: selection.reference,
    scoringReference: scoring.reference,
    omitted: counts.length - reported.length,
  };
}
