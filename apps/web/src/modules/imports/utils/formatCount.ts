const numbers = new Intl.NumberFormat('en-GB');

/** "1,234 people", "1 paper": a count with its noun, singular or plural. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${numbers.format(count)} ${count === 1 ? singular : plural}`;
}

export function formatNumber(count: number): string {
  return numbers.format(count);
}
