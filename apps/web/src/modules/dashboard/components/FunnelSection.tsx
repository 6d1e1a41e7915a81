import type { FunnelReport, FunnelStage } from '@loopboard/contracts';
import { CHART_COLORS } from '../utils/chartColors';
import { percent, type ReportColumn } from '../utils/reportColumns';
import { NoApplications } from './NoApplications';
import { ReportSection, type ReportQuery } from './ReportSection';
import { ReportView } from './ReportView';

const COLUMNS: ReportColumn<FunnelStage>[] = [
  { header: 'Stage', value: (s) => s.name },
  { header: 'Entered', value: (s) => s.entered, numeric: true },
  { header: 'Passed', value: (s) => s.passed, numeric: true },
  { header: 'Pass-through', value: (s) => percent(s.passThroughRate), numeric: true },
  { header: 'Rejected', value: (s) => s.rejected, numeric: true },
  { header: 'Withdrawn', value: (s) => s.withdrawn, numeric: true },
  { header: 'Active', value: (s) => s.active, numeric: true },
];

/** How many applications entered each stage and how many of them went on. */
export function FunnelSection({ query }: { query: ReportQuery<FunnelReport> }) {
  return (
    <ReportSection
      title="Funnel"
      description="Applications created in the date range: how many entered each stage and what share went on."
      query={query}
    >
      {(report) =>
        report.applications === 0 ? (
          <NoApplications />
        ) : (
          <ReportView
            name="funnel"
            caption="Funnel"
            columns={COLUMNS}
            rows={report.stages}
            chart={{
              data: report.stages.map((s) => ({ name: s.name, entered: s.entered, passed: s.passed })),
              categoryKey: 'name',
              series: [
                { key: 'entered', label: 'Entered', color: CHART_COLORS.primary },
                { key: 'passed', label: 'Passed', color: CHART_COLORS.secondary },
              ],
            }}
          >
            <p className="report-summary">
              {`${report.applications} ${report.applications === 1 ? 'application' : 'applications'} · `}
              {report.stages
                .filter((s) => s.passThroughRate !== null)
                .map((s) => `${s.name} ${percent(s.passThroughRate)}`)
                .join(' → ')}
            </p>
          </ReportView>
        )
      }
    </ReportSection>
  );
}
