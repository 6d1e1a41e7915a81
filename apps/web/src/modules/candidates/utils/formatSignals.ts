/** "1st of 5": the candidate's place in the author list, which decides first-author credit. */
export function formatAuthorPosition(position: number, count: number, truncated = false): string {
  return `${ordinal(position)} of ${count}${truncated ? '+' : ''}`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Credit-adjusted counts are fractions (Σ 1/authors); one decimal is enough to rank by. */
export function formatCredit(value: number): string {
  return value.toFixed(1);
}

export function formatShare(credit: number): string {
  return credit.toFixed(2);
}
