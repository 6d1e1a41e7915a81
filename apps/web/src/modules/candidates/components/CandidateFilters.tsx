import { CANDIDATE_CHANNELS, VENUE_TIERS, type CandidateChannel, type VenueTier } from '@loopboard/contracts';
import { useId } from 'react';
import { useVenues } from '../hooks/useVenues';
import type { CandidateListView } from '../utils/candidateListParams';
import { CHANNEL_LABELS, TIER_LABELS } from '../utils/candidateVocabulary';

interface CandidateFiltersProps {
  view: CandidateListView;
  onChange: (change: Partial<CandidateListView>) => void;
}

export function CandidateFilters({ view, onChange }: CandidateFiltersProps) {
  const id = useId();
  const venues = useVenues();
  // A venue from a shared link stays selectable even before (or without) the venue list.
  const venueNames = [...new Set([...(venues.data ?? []).map((v) => v.venue), ...(view.venue ? [view.venue] : [])])];

  return (
    <fieldset className="candidate-filters">
      <legend className="visually-hidden">Filters</legend>
      <div className="field">
        <label htmlFor={`${id}-channel`}>Channel</label>
        <select
          id={`${id}-channel`}
          value={view.channel ?? ''}
          onChange={(event) => onChange({ channel: (event.target.value || null) as CandidateChannel | null })}
        >
          <option value="">Any channel</option>
          {CANDIDATE_CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {CHANNEL_LABELS[channel]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-venue`}>Venue</label>
        <select id={`${id}-venue`} value={view.venue ?? ''} onChange={(event) => onChange({ venue: event.target.value || null })}>
          <option value="">Any venue</option>
          {venueNames.map((venue) => (
            <option key={venue} value={venue}>
              {venue}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tier`}>Best tier</label>
        <select
          id={`${id}-tier`}
          value={view.tier ?? ''}
          onChange={(event) => onChange({ tier: event.target.value ? (Number(event.target.value) as VenueTier) : null })}
        >
          <option value="">Any tier</option>
          {VENUE_TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {tier === 1 ? TIER_LABELS[tier] : `${TIER_LABELS[tier]} or better`}
            </option>
          ))}
        </select>
      </div>
      <div className="candidate-filters__checks">
        <label className="check">
          <input
            type="checkbox"
            checked={view.hasFirstAuthorTopTier}
            onChange={(event) => onChange({ hasFirstAuthorTopTier: event.target.checked })}
          />
          Has a first-author top-tier paper
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={view.hasReproducedReimplementation}
            onChange={(event) => onChange({ hasReproducedReimplementation: event.target.checked })}
          />
          Has a reproduced re-implementation
        </label>
        <label className="check">
          <input type="checkbox" checked={view.archived} onChange={(event) => onChange({ archived: event.target.checked })} />
          Show archived
        </label>
      </div>
    </fieldset>
  );
}
