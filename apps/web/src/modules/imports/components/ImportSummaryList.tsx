import type { ImportSummary } from '@loopboard/contracts';
import { formatNumber } from '../utils/formatCount';

const ITEMS: { key: keyof ImportSummary; label: string }[] = [
  { key: 'people', label: 'People' },
  { key: 'papers', label: 'Papers' },
  { key: 'reimplementations', label: 'Re-implementations' },
  { key: 'toCreate', label: 'To create' },
  { key: 'toMerge', label: 'To merge' },
  { key: 'conflicts', label: 'Conflicts' },
  { key: 'skipped', label: 'Skipped' },
];

/** The preview's counts, as a description list so each number keeps its label for screen readers. */
export function ImportSummaryList({ summary }: { summary: ImportSummary }) {
  return (
    <dl className="import-summary" aria-label="Summary">
      {ITEMS.map(({ key, label }) => (
        <div
          key={key}
          className={`import-summary__item${key === 'conflicts' && summary.conflicts > 0 ? ' import-summary__item--bad' : ''}`}
        >
          <dt>{label}</dt>
          <dd>{formatNumber(summary[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
