/** 0.25 → "25%", 0.125 → "12.5%". */
export function formatPercent(weight: number): string {
  return `${Number((weight * 100).toFixed(1))}%`;
}

/** A change in weight as percentage points: "+5 pts", "−2.5 pts", "no change". */
export function formatChange(delta: number): string {
  const points = Number((delta * 100).toFixed(1));
  if (points === 0) return 'no change';
  return `${points > 0 ? '+' : '\u2212'}${Math.abs(points)} pts`;
}

/**
 * Two decimals ("1.05"), unless that would hide why the sum is not 1
 * (0.999 would read "1.00"), in which case as many digits as it takes.
 */
export function formatSum(total: number): string {
  if (!Number.isFinite(total)) return '—';
  const twoDecimals = total.toFixed(2);
  const precise = Number(total.toPrecision(12));
  return Number(twoDecimals) === precise ? twoDecimals : String(Number(total.toPrecision(6)));
}
