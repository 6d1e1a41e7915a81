import type { FunnelReport, RejectionReasonCount } from '@loopboard/contracts';
import { EmptyState } from '../../ui/components/EmptyState';
import { CHART_COLORS } from '../utils/chartColors';
import type { ReportColumn } from '../utils/reportColumns';
import { ReportSection, type ReportQuery } from './ReportSection';
import { ReportView } from './ReportView';

const COLUMNS: ReportColumn<RejectionReasonCount>[] = [
  { header: 'Reason', value: (r) => r.label },
  { header: 'Applications', value: (r) => r.count, numeric: true },
];

export function RejectionReasonsSection({ query }: { query: ReportQuery<FunnelReport> }) {
  return (
    <ReportSection title="Rejection reasons" description="Why applications of the range were rejected." query={query}>
      {(report) =>
        report.rejectionReasons.length === 0 ? (
          <EmptyState title="No rejections in this range">
            <p>Rejections show here with their reason once applications are closed; widen the dates to see earlier ones.</p>
          </EmptyState>
        ) : (
          <ReportView
            name="rejection-reasons"
            caption="Rejection reasons"
            columns={COLUMNS}
            rows={report.rejectionReasons}
            chart={{
              data: report.rejectionReasons.map((r) => ({ label: r.label, count: r.count })),
              categoryKey: 'label',
              layout: 'vertical',
              series: [{ key: 'count', label: 'Applications', color: CHART_COLORS.danger }],
            }}
          />
        )
      }
    </ReportSection>
  );
}
