import type { FunnelReport, StaleApplication } from '@loopboard/contracts';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/components/EmptyState';
import type { ReportColumn } from '../utils/reportColumns';
import { ReportSection, type ReportQuery } from './ReportSection';
import { ReportView } from './ReportView';

const COLUMNS: ReportColumn<StaleApplication>[] = [
  {
    header: 'Candidate',
    value: (a) => a.candidateName,
    render: (a) => <Link to={`/applications/${a.applicationId}`}>{a.candidateName}</Link>,
  },
  { header: 'Opening', value: (a) => a.openingTitle },
  { header: 'Stage', value: (a) => a.stageName },
  { header: 'Days without a move', value: (a) => a.days, numeric: true },
];

/** Active applications nobody has moved for a while, stalest first, linked to act on them. */
export function StaleApplicationsSection({ query }: { query: ReportQuery<FunnelReport> }) {
  return (
    <ReportSection
      title="Stale applications"
      description="Active applications with no move for a while, over the filters whatever their date."
      query={query}
    >
      {({ stale }) =>
        stale.count === 0 ? (
          <EmptyState title={`Nothing stale: every active application moved in the last ${stale.staleDays} days`} />
        ) : (
          <ReportView name="stale-applications" caption="Stale applications" columns={COLUMNS} rows={stale.stalest} tableOnly>
            <p className="report-summary">
              {`${stale.count} active ${stale.count === 1 ? 'application has' : 'applications have'} not moved for ${stale.staleDays} days or more`}
              {stale.count > stale.stalest.length ? ` (the ${stale.stalest.length} stalest listed)` : ''}.
            </p>
          </ReportView>
        )
      }
    </ReportSection>
  );
}
