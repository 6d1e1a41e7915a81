import type { Venue } from '@loopboard/contracts';
import { useId, useState } from 'react';
import { EmptyState } from '../../ui/components/EmptyState';
import { filterVenues } from '../utils/filterVenues';
import { VenueRow } from './VenueRow';
import './venues.css';

type VenueSortKey = 'venue' | 'fullName' | 'tier';
type Order = 'asc' | 'desc';

const COLUMNS: { key: VenueSortKey; label: string }[] = [
  { key: 'venue', label: 'Short name' },
  { key: 'fullName', label: 'Full name' },
  { key: 'tier', label: 'Tier' },
];

interface VenuesTableProps {
  venues: Venue[];
  onSaved: (venue: Venue) => void;
}

function compare(a: Venue, b: Venue, key: VenueSortKey): number {
  if (key === 'tier') return a.tier - b.tier || a.venue.localeCompare(b.venue);
  return a[key].localeCompare(b[key], undefined, { sensitivity: 'base' });
}

export function VenuesTable({ venues, onSaved }: VenuesTableProps) {
  const filterId = useId();
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ key: VenueSortKey; order: Order }>({ key: 'tier', order: 'asc' });

  const shown = filterVenues(venues, text).sort((a, b) => (sort.order === 'asc' ? 1 : -1) * compare(a, b, sort.key));

  function sortBy(key: VenueSortKey) {
    setSort((current) => ({ key, order: current.key === key && current.order === 'asc' ? 'desc' : 'asc' }));
  }

  return (
    <>
      <div className="field venue-filter">
        <label htmlFor={filterId}>Filter venues</label>
        <input
          id={filterId}
          type="search"
          value={text}
          maxLength={100}
          placeholder="Short or full name"
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {shown.length === 0 ? (
        <EmptyState title={venues.length === 0 ? 'No venues yet.' : 'No venues match this filter.'} />
      ) : (
        <div className="table-scroll">
          <table className="data-table venue-table">
            <caption className="visually-hidden">Venues and their tiers</caption>
            <thead>
              <tr>
                {COLUMNS.map(({ key, label }) => {
                  const active = sort.key === key;
                  return (
                    <th key={key} scope="col" aria-sort={active ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
                      <button type="button" className="sort-button" onClick={() => sortBy(key)}>
                        {label}
                        <span aria-hidden="true" className="sort-button__arrow">
                          {active ? (sort.order === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((venue) => (
                <VenueRow key={venue.venue} venue={venue} onSaved={onSaved} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
