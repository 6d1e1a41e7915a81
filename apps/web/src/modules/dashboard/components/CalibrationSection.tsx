import type { CalibrationReport, InterviewerCalibration } from '@loopboard/contracts';
import { EmptyState } from '../../ui/components/EmptyState';
import { formatSigned } from '../../scorecards/utils/scorecardVocabulary';
import { CHART_COLORS } from '../utils/chartColors';
import { percent, type ReportColumn } from '../utils/reportColumns';
import { ReportSection, type ReportQuery } from './ReportSection';
import { ReportView } from './ReportView';

const COLUMNS: ReportColumn<InterviewerCalibration>[] = [
  { header: 'Interviewer', value: (r) => r.interviewer.name },
  { header: 'Scorecards', value: (r) => r.scorecards, numeric: true },
  { header: 'Leniency', value: (r) => (r.leniency === null ? null : formatSigned(r.leniency)), numeric: true },
  { header: 'Comparisons', value: (r) => r.comparisons, numeric: true },
  { header: 'Ratings of 1', value: (r) => r.distribution['1'], numeric: true },
  { header: 'Ratings of 2', value: (r) => r.distribution['2'], numeric: true },
  { header: 'Ratings of 3', value: (r) => r.distribution['3'], numeric: true },
  { header: 'Ratings of 4', value: (r) => r.distribution['4'], numeric: true },
  { header: 'No-decision rate', value: (r) => percent(r.noDecisionRate), numeric: true },
  { header: 'Overdue scorecards', value: (r) => r.overdueScorecards, numeric: true },
];

/** Are we scoring fairly: each interviewer's leniency against their panels (the scorecards' calibration report). */
export function CalibrationSection({ query }: { query: ReportQuery<CalibrationReport> }) {
  return (
    <ReportSection
      title="Interviewer calibration"
      description="Leniency: an interviewer's mean rating minus the rest of the panel's on the same candidates and competencies, shrunk toward 0 when there are few comparisons. Right of 0 is more lenient, left is harsher."
      query={query}
    >
      {(report) => {
        if (report.interviewers.length === 0)
          return (
            <EmptyState title="No submitted scorecards yet">
              <p>Calibration fills in as interviewers submit scorecards for this role.</p>
            </EmptyState>
          );
        const widest = Math.max(0.5, ...report.interviewers.map((r) => Math.abs(r.leniency ?? 0)));
        const bound = Math.ceil(widest * 4) / 4;
        return (
          <ReportView
            name="calibration"
            caption="Interviewer calibration"
            columns={COLUMNS}
            rows={report.interviewers}
            chart={{
              data: report.interviewers.map((r) => ({ name: r.interviewer.name, leniency: r.leniency ?? 0 })),
              categoryKey: 'name',
              layout: 'vertical',
              domain: [-bound, bound],
              reference: { value: 0, label: '' },
              formatValue: (v) => formatSigned(v),
              series: [{ key: 'leniency', label: 'Leniency', color: CHART_COLORS.primary }],
            }}
          />
        );
      }}
    </ReportSection>
  );
}
