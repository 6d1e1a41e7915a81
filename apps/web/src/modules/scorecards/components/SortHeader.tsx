import type { LeaderboardSort } from '@loopboard/contracts';

interface SortHeaderProps {
  label: string;
  sort: LeaderboardSort;
  current: LeaderboardSort;
  order: 'asc' | 'desc';
  onSort: (sort: LeaderboardSort) => void;
}

/** A column header that sorts by its column (again: the other way round). */
export function SortHeader({ label, sort, current, order, onSort }: SortHeaderProps) {
  const active = sort === current;
  return (
    <th scope="col" aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(sort)}>
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
