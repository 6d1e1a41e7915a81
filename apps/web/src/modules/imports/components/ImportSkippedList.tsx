import type { ImportSkipReason } from '@loopboard/contracts';
import { formatCount } from '../utils/formatCount';

interface ImportSkippedListProps {
  skipped: ImportSkipReason[];
  /** Open by default when the skipped entries are the whole story (an empty preview). */
  open?: boolean;
}

// Thousands of skipped entries (an error feed, everyone not selected) would make a page nobody reads; show the first ones.
const SHOWN = 200;

/** What was left out of the file, each with its reason, behind a disclosure. */
export function ImportSkippedList({ skipped, open = false }: ImportSkippedListProps) {
  if (skipped.length === 0) return null;
  return (
    <details className="import-skipped" open={open}>
      <summary>{`Skipped: ${formatCount(skipped.length, 'entry', 'entries')}`}</summary>
      <ul className="import-skipped__list" aria-label="Skipped entries">
        {skipped.slice(0, SHOWN).map((skip, index) => (
          <li key={`${skip.sourceRef}:${index}`}>
            <code>{skip.sourceRef}</code>
            {`: ${skip.reason}`}
          </li>
        ))}
      </ul>
      {skipped.length > SHOWN && <p className="muted">{`…and ${formatCount(skipped.length - SHOWN, 'more entry', 'more entries')}.`}</p>}
    </details>
  );
}
