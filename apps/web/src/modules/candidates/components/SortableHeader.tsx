import type { CandidateSort, SortOrder } from '@loopboard/contracts';

interface SortableHeaderProps {
  label: string;
  sort: CandidateSort;
  current: CandidateSort;
  order: SortOrder;
  onSort: (sort: CandidateSort) => void;
  className?: string;
}

export function SortableHeader({ label, sort, current, order, onSort, className }: SortableHeaderProps) {
  const active = sort === current;
  return (
    <th scope="col" className={className} aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(sort)}>
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
