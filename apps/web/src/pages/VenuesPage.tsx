import type { Venue } from '@loopboard/contracts';
import { useState } from 'react';
import { NoAccess } from '../modules/auth/components/NoAccess';
import { isForbidden } from '../modules/auth/utils/isForbidden';
import { useVenues } from '../modules/candidates/hooks/useVenues';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';
import { NewVenueForm } from '../modules/venues/components/NewVenueForm';
import { VenuesTable } from '../modules/venues/components/VenuesTable';

export function VenuesPage() {
  const venues = useVenues();
  const [status, setStatus] = useState('');

  if (isForbidden(venues.error)) return <NoAccess />;

  let table;
  if (venues.isError && !venues.data) {
    table = (
      <ErrorState
        title="The venues could not be loaded."
        error={venues.error}
        onRetry={() => void venues.refetch()}
        retrying={venues.isFetching}
      />
    );
  } else if (!venues.data) {
    table = <LoadingState label="Loading venues…" />;
  } else {
    table = <VenuesTable venues={venues.data} onSaved={(saved: Venue) => setStatus(`Saved ${saved.venue}: tier ${saved.tier}.`)} />;
  }

  return (
    <>
      <title>Venues · Loopboard</title>
      <div className="page-header">
        <h1>Venue tiers</h1>
        <p className="lead">
          Which conferences and journals count as top venues. A candidate's “first-author top-tier papers” and best venue tier are read from
          this table, so a change here shows in every profile at once.
        </p>
      </div>
      <div className="admin-layout">
        <section className="card" aria-label="Venues">
          <p role="status" className="page-status">
            {status}
          </p>
          {table}
        </section>
        <section className="card" aria-labelledby="add-venue-heading">
          <h2 id="add-venue-heading">Add a venue</h2>
          <NewVenueForm existing={venues.data} onAdded={(added) => setStatus(`Added ${added.venue} as tier ${added.tier}.`)} />
        </section>
      </div>
    </>
  );
}
