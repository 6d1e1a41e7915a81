import type { FilterProblem } from '../utils/dashboardFilters';

interface FilterProblemsAlertProps {
  problems: FilterProblem[];
  /** Keeps the filters that are fine and drops the others from the address. */
  onDrop: () => void;
}

/** A shared or hand-edited address with a filter the dashboard cannot use: which one, and why. */
export function FilterProblemsAlert({ problems, onDrop }: FilterProblemsAlertProps) {
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">
        {problems.length === 1 ? 'A filter in the address is invalid' : 'Some filters in the address are invalid'}
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p.key}>{`${p.label} (${p.key}=${p.value}) ${p.reason}.`}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onDrop}>
        Drop the invalid filters
      </button>
    </div>
  );
}
