import type { ImportPersonPreview } from '@loopboard/contracts';
import { useId, useMemo, useState } from 'react';
import { filterPeople } from '../utils/filterPeople';
import { formatCount, formatNumber } from '../utils/formatCount';
import { ImportPersonRow } from './ImportPersonRow';

interface ImportPeopleTableProps {
  people: ImportPersonPreview[];
  /** Present in "Choose…" mode. */
  selection?: { chosen: ReadonlySet<string>; onChange: (keys: string[], chosen: boolean) => void };
}

/**
 * Pages of people rather than a virtualized list: rows grow when their papers are expanded,
 * and a file of thousands of people still renders one page at a time.
 */
export const PEOPLE_PAGE_SIZE = 50;

export function ImportPeopleTable({ people, selection }: ImportPeopleTableProps) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const shown = useMemo(() => filterPeople(people, filter), [people, filter]);
  const namesByKey = useMemo(() => new Map(people.map((p) => [p.key, p.displayName])), [people]);
  const pages = Math.max(1, Math.ceil(shown.length / PEOPLE_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * PEOPLE_PAGE_SIZE, (current + 1) * PEOPLE_PAGE_SIZE);
  const first = shown.length === 0 ? 0 : current * PEOPLE_PAGE_SIZE + 1;
  const last = current * PEOPLE_PAGE_SIZE + rows.length;

  return (
    <div className="import-people">
      <div className="import-people__toolbar">
        <div className="field">
          <label htmlFor={`${id}-filter`}>Filter people</label>
          <input
            id={`${id}-filter`}
            type="search"
            value={filter}
            placeholder="Name or paper title"
            onChange={(event) => {
              setFilter(event.target.value);
              setPage(0);
            }}
          />
        </div>
        {selection && (
          <div className="import-people__bulk" role="group" aria-label="Choose people">
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                selection.onChange(
                  // People in conflict cannot be imported: choosing them would make the whole commit fail.
                  shown.filter((p) => p.action !== 'conflict').map((p) => p.key),
                  true,
                )
              }
            >
              {filter ? 'Select all shown' : 'Select all'}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                selection.onChange(
                  shown.map((p) => p.key),
                  false,
                )
              }
            >
              {filter ? 'Select none shown' : 'Select none'}
            </button>
          </div>
        )}
      </div>
      <div className="table-scroll">
        <table className="data-table import-people__table">
          <caption className="visually-hidden">People in the file</caption>
          <thead>
            <tr>
              {selection && (
                <th scope="col">
                  <span className="visually-hidden">Import</span>
                </th>
              )}
              <th scope="col">Name</th>
              <th scope="col">First author</th>
              <th scope="col">Papers</th>
              <th scope="col">What happens</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((person) => (
              <ImportPersonRow
                key={person.key}
                person={person}
                similarNames={person.similarInFile.map((key) => namesByKey.get(key) ?? key)}
                choice={
                  selection && {
                    chosen: selection.chosen.has(person.key),
                    onChange: (chosen) => selection.onChange([person.key], chosen),
                  }
                }
              />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="muted">{`Nobody matches “${filter}”.`}</p>}
      <nav className="import-people__pages" aria-label="People pages">
        <p className="muted" aria-live="polite">
          {shown.length === 0
            ? `No people shown of ${formatCount(people.length, 'person', 'people')}`
            : `Showing ${formatNumber(first)}–${formatNumber(last)} of ${formatCount(shown.length, 'person', 'people')}${filter ? ` matching the filter` : ''}`}
        </p>
        {pages > 1 && (
          <>
            <button type="button" className="button button--small" disabled={current === 0} onClick={() => setPage(current - 1)}>
              Previous page
            </button>
            <button type="button" className="button button--small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              Next page
            </button>
          </>
        )}
      </nav>
    </div>
  );
}
