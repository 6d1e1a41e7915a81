import { VENUE_TIERS, type Venue, type VenueTier } from '@loopboard/contracts';
import { useState } from 'react';
import { useSetVenueTier } from '../hooks/useSetVenueTier';
import { venueErrorFields } from '../utils/venueErrors';
import { VenueErrorAlert } from './VenueErrorAlert';

interface VenueRowProps {
  venue: Venue;
  onSaved: (venue: Venue) => void;
}

/** One venue, editable in place; nothing is sent until Save, and only when something changed. */
export function VenueRow({ venue, onSaved }: VenueRowProps) {
  const save = useSetVenueTier();
  const [tier, setTier] = useState<VenueTier>(venue.tier);
  const [fullName, setFullName] = useState(venue.fullName);
  const [shown, setShown] = useState(venue);
  const dirty = tier !== venue.tier || fullName !== venue.fullName;

  // Someone saved the venue (here or elsewhere): show the new values unless an edit is under way.
  if (shown !== venue) {
    setShown(venue);
    if (tier === shown.tier && fullName === shown.fullName) {
      setTier(venue.tier);
      setFullName(venue.fullName);
    }
  }

  const invalid = venueErrorFields(save.error);

  function submit() {
    if (!dirty || save.isPending) return;
    save.mutate(
      { venue: venue.venue, request: { tier, fullName: fullName.trim() } },
      {
        onSuccess: (saved) => {
          setTier(saved.tier);
          setFullName(saved.fullName);
          onSaved(saved);
        },
      },
    );
  }

  return (
    <>
      <tr>
        <th scope="row">{venue.venue}</th>
        <td>
          <input
            aria-label={`Full name of ${venue.venue}`}
            value={fullName}
            maxLength={300}
            onChange={(event) => setFullName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') submit();
            }}
            aria-invalid={invalid.has('fullName') ? true : undefined}
          />
        </td>
        <td>
          <select
            aria-label={`Tier of ${venue.venue}`}
            value={tier}
            onChange={(event) => setTier(Number(event.target.value) as VenueTier)}
            aria-invalid={invalid.has('tier') ? true : undefined}
          >
            {VENUE_TIERS.map((option) => (
              <option key={option} value={option}>
                {`Tier ${option}`}
              </option>
            ))}
          </select>
        </td>
        <td className="venue-actions">
          <button type="button" className="button button--small" onClick={submit} disabled={!dirty || save.isPending}>
            {save.isPending ? 'Saving…' : 'Save'}
            <span className="visually-hidden">{` ${venue.venue}`}</span>
          </button>
          {dirty && !save.isPending && (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                setTier(venue.tier);
                setFullName(venue.fullName);
                save.reset();
              }}
            >
              Undo
              <span className="visually-hidden">{` changes to ${venue.venue}`}</span>
            </button>
          )}
        </td>
      </tr>
      {save.isError && (
        <tr className="venue-error-row">
          <td colSpan={4}>
            <VenueErrorAlert error={save.error} title={`${venue.venue} was not saved.`} />
          </td>
        </tr>
      )}
    </>
  );
}
