import { EmptyState } from '../../ui/components/EmptyState';

/** The reports' empty state: says what to do next. */
export function NoApplications() {
  return (
    <EmptyState title="No applications in this range">
      <p>Widen the dates, clear the source filter, or add candidates to an opening.</p>
    </EmptyState>
  );
}
