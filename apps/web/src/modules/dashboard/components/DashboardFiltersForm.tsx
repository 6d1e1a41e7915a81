import { CANDIDATE_CHANNELS, type CandidateChannel, type OpeningSummary, type Role } from '@loopboard/contracts';
import { useId, useState, type FormEvent } from 'react';
import { CHANNEL_LABELS } from '../../candidates/utils/candidateVocabulary';
import { EMPTY_FILTERS, type DashboardFilters } from '../utils/dashboardFilters';

interface DashboardFiltersFormProps {
  filters: DashboardFilters;
  openings: OpeningSummary[];
  roles: Role[];
  onApply: (filters: DashboardFilters) => void;
}

/**
 * The filters as a plain form: every control labelled, Enter or "Apply" sends them all at once
 * (no request per keystroke while a date is typed). The page re-mounts it when the address changes.
 */
export function DashboardFiltersForm({ filters, openings, roles, onApply }: DashboardFiltersFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<DashboardFilters>(filters);
  const set = (change: Partial<DashboardFilters>) => setDraft((d) => ({ ...d, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  // An opening implies its role: keep the role only when it is the opening's, so the API never gets two that disagree.
  const chooseOpening = (openingId: string) => {
    const opening = openings.find((o) => o.id === openingId);
    set({ openingId, roleId: opening && draft.roleId && opening.roleId !== draft.roleId ? '' : draft.roleId });
  };
  const chooseRole = (roleId: string) => {
    const opening = openings.find((o) => o.id === draft.openingId);
    set({ roleId, openingId: opening && roleId && opening.roleId !== roleId ? '' : draft.openingId });
  };
  const shownOpenings = draft.roleId ? openings.filter((o) => o.roleId === draft.roleId) : openings;
  const known = (value: string, list: { id: string }[]) => !value || list.some((x) => x.id === value);

  return (
    <form className="card dashboard-filters" aria-label="Dashboard filters" onSubmit={submit}>
      <div className="dashboard-filters__fields">
        <div className="field">
          <label htmlFor={`${id}-opening`}>Opening</label>
          <select id={`${id}-opening`} value={draft.openingId} onChange={(e) => chooseOpening(e.target.value)}>
            <option value="">All openings</option>
            {!known(draft.openingId, openings) && <option value={draft.openingId}>The opening in the address</option>}
            {shownOpenings.map((o) => (
              <option key={o.id} value={o.id}>
                {`${o.title} (${o.roleName})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={draft.roleId} onChange={(e) => chooseRole(e.target.value)}>
            <option value="">All roles</option>
            {!known(draft.roleId, roles) && <option value={draft.roleId}>The role in the address</option>}
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={draft.from}
            max={draft.to || undefined}
            onChange={(e) => set({ from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input id={`${id}-to`} type="date" value={draft.to} min={draft.from || undefined} onChange={(e) => set({ to: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`}>Source channel</label>
          <select id={`${id}-channel`} value={draft.channel} onChange={(e) => set({ channel: e.target.value as CandidateChannel | '' })}>
            <option value="">Any source</option>
            {CANDIDATE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="hint" id={`${id}-dates`}>
        Without dates, the reports cover the last 180 days. Applications are counted by the day they were created.
      </p>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setDraft(EMPTY_FILTERS);
            onApply(EMPTY_FILTERS);
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
