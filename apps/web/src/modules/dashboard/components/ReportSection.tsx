import type { ReactNode } from 'react';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';

/** The parts of a TanStack Query result a report needs. */
export interface ReportQuery<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

interface ReportSectionProps<T> {
  title: string;
  description?: ReactNode;
  query: ReportQuery<T>;
  children: (data: T) => ReactNode;
  className?: string;
}

/**
 * One report of the dashboard: its own loading and error states, so a report that fails leaves
 * the others on the page.
 */
export function ReportSection<T>({ title, description, query, children, className }: ReportSectionProps<T>) {
  let body: ReactNode;
  if (query.isPending) body = <LoadingState label={`Loading ${title.toLowerCase()}…`} />;
  else if (query.isError || query.data === undefined)
    body = <ErrorState title={`Could not load ${title.toLowerCase()}`} error={query.error} onRetry={() => void query.refetch()} />;
  else body = children(query.data);
  return (
    <section className={`card report${className ? ` ${className}` : ''}`} aria-label={title} aria-busy={query.isFetching}>
      <h2>{title}</h2>
      {description && <p className="hint">{description}</p>}
      {body}
    </section>
  );
}
