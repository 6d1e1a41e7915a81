import type { FunnelReport, FunnelStage } from '@loopboard/contracts';
import { CHART_COLORS } from '../utils/chartColors';
import { fixed, type ReportColumn } from '../utils/reportColumns';
import { NoApplications } from './NoApplications';
import { ReportSection, type ReportQuery } from './ReportSection';
import { ReportView } from './ReportView';

const COLUMNS: ReportColumn<FunnelStage>[] = [
  { header: 'Stage', value: (s) => s.name },
  { header: 'Median days', value: (s) => fixed(s.timeInStage.medianDays, 1), numeric: true },
  { header: 'p90 days', value: (s) => fixed(s.timeInStage.p90Days, 1), numeric: true },
  { header: 'Completed stays', value: (s) => s.timeInStage.completed, numeric: true },
  { header: 'Still in stage', value: (s) => s.timeInStage.open, numeric: true },
];

/** Where applications wait: median and 90th percentile of the finished stays per stage. */
export function TimeInStageSection({ query }: { query: ReportQuery<FunnelReport> }) {
  return (
    <ReportSection
      title="Time in stage"
      description="Days per stage over the stays that have ended (median and 90th percentile); stays still open are counted apart."
      query={query}
    >
      {(report) =>
        report.applications === 0 ? (
          <NoApplications />
        ) : (
          <ReportView
            name="time-in-stage"
            caption="Time in stage"
            columns={COLUMNS}
            rows={report.stages}
            chart={{
              data: report.stages.map((s) => ({ name: s.name, median: s.timeInStage.medianDays, p90: s.timeInStage.p90Days })),
              categoryKey: 'name',
              series: [
                { key: 'median', label: 'Median days', color: CHART_COLORS.primary },
                { key: 'p90', label: 'p90 days', color: CHART_COLORS.tertiary },
              ],
              formatValue: (v) => `${Math.round(v * 10) / 10} d`,
            }}
          />
        )
      }
    </ReportSection>
  );
}
