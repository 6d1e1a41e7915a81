import type { InterviewerLoad, InterviewerLoadReport } from '@loopboard/contracts';
import { EmptyState } from '../../ui/components/EmptyState';
import { CHART_COLORS } from '../utils/chartColors';
import { fixed, type ReportColumn } from '../utils/reportColumns';
import { ReportSection, type ReportQuery } from './ReportSection';
import { ReportView } from './ReportView';

function columnsFor(weeks: string[]): ReportColumn<InterviewerLoad>[] {
  return [
    { header: 'Interviewer', value: (r) => r.name },
    { header: 'Interviews', value: (r) => r.total, numeric: true },
    { header: 'Per week (mean)', value: (r) => fixed(weeks.length ? r.total / weeks.length : null, 1), numeric: true },
    { header: 'Busiest week', value: (r) => Math.max(0, ...r.weekly), numeric: true },
    { header: 'Overdue scorecards', value: (r) => r.overdueScorecards, numeric: true },
    ...weeks.map((week, index) => ({ header: week, value: (r: InterviewerLoad) => r.weekly[index] ?? 0, numeric: true })),
  ];
}

/** Who carries the interviews, week by week, and whose scorecards are overdue. */
export function InterviewerLoadSection({ query }: { query: ReportQuery<InterviewerLoadReport> }) {
  return (
    <ReportSection
      title="Interviewer load"
      description="Scheduled interviews in the date range per interviewer and ISO week, and scorecards past their due time (any date)."
      query={query}
    >
      {(report) =>
        report.interviewers.length === 0 ? (
          <EmptyState title="No interviews in this range">
            <p>Schedule interviews from an application, or widen the dates.</p>
          </EmptyState>
        ) : (
          <ReportView
            name="interviewer-load"
            caption="Interviewer load"
            columns={columnsFor(report.weeks)}
            rows={report.interviewers}
            chart={{
              data: report.interviewers.map((r) => ({
                name: r.name,
                perWeek: report.weeks.length ? Math.round((r.total / report.weeks.length) * 10) / 10 : 0,
                overdue: r.overdueScorecards,
              })),
              categoryKey: 'name',
              layout: 'vertical',
              series: [
                { key: 'perWeek', label: 'Interviews per week', color: CHART_COLORS.primary },
                { key: 'overdue', label: 'Overdue scorecards', color: CHART_COLORS.danger },
              ],
            }}
          />
        )
      }
    </ReportSection>
  );
}
