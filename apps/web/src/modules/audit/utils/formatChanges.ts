type Plain = Record<string, unknown>;

/** Items of a list shown in one line; longer lists end in "and N more". */
const MAX_LISTED = 10;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The API's shape for a changed field: `{ from, to }` and nothing else. */
const isFromTo = (value: unknown): value is { from: unknown; to: unknown } =>
  isPlain(value) && 'from' in value && 'to' in value && Object.keys(value).length === 2;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One readable line per changed field or recorded fact:
 * `{ role: { from: 'recruiter', to: 'hiring_manager' } }` → "role: recruiter → hiring_manager";
 * weights (objects on both sides) list only the keys that changed: "weights: ml 0.25 → 0.3, research 0.3 → 0.25".
 */
export function formatChanges(changes: Record<string, unknown> | null | undefined): string[] {
  if (!isPlain(changes)) return [];
  return Object.entries(changes).map(([field, value]) => `${field}: ${formatChange(value)}`);
}

function formatChange(value: unknown): string {
  if (isFromTo(value)) return formatDiff(value.from, value.to);
  if (isPlain(value)) {
    const parts = Object.entries(value).map(([key, inner]) =>
      isFromTo(inner) ? `${key} ${formatDiff(inner.from, inner.to)}` : `${key} ${formatValue(inner)}`,
    );
    return parts.length > 0 ? parts.join(', ') : 'none';
  }
  return formatValue(value);
}

function formatDiff(from: unknown, to: unknown): string {
  if (isPlain(from) && isPlain(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
    const changed = keys.filter((key) => !same(from[key], to[key]));
    if (changed.length === 0) return 'no change';
    return changed.map((key) => `${key} ${formatValue(from[key])} → ${formatValue(to[key])}`).join(', ');
  }
  return `${formatValue(from)} → ${formatValue(to)}`;
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    const shown = value.slice(0, MAX_LISTED).map(formatValue).join(', ');
    return value.length > MAX_LISTED ? `${shown} and ${value.length - MAX_LISTED} more` : shown;
  }
  if (isPlain(value)) {
    const parts = Object.entries(value).map(([key, inner]) => `${key} ${formatValue(inner)}`);
    return parts.length > 0 ? parts.join(', ') : 'none';
  }
  return String(value);
}
