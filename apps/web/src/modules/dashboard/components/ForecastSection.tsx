import type { ForecastAvailable, ForecastReport, ForecastStageReport, ForecastUnavailable } from '@loopboard/contracts';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/components/EmptyState';
import { CHART_COLORS } from '../utils/chartColors';
import { fixed, percent, type ReportColumn } from '../utils/reportColumns';
import { ReportSection, type ReportQuery } from './ReportSection';
import { ReportView } from './ReportView';

const TITLE = 'Forecast';

const COLUMNS: ReportColumn<ForecastStageReport>[] = [
  { header: 'Stage', value: (s) => s.name },
  { header: 'Active now', value: (s) => s.active, numeric: true },
  { header: 'Pass-through (mean)', value: (s) => percent(s.passThrough.mean), numeric: true },
  {
    header: 'Pass-through (90% interval)',
    value: (s) => `${percent(s.passThrough.low)} – ${percent(s.passThrough.high)}`,
    numeric: true,
  },
  { header: 'History passed / failed', value: (s) => `${s.passed} / ${s.failed}`, numeric: true },
  { header: 'Mean days in stage', value: (s) => fixed(s.meanDaysInStage, 1), numeric: true },
  { header: 'Days to a hire', value: (s) => fixed(s.daysToHire, 0), numeric: true },
  { header: 'Done by the target date', value: (s) => (s.inTime ? 'yes' : 'no') },
  { header: 'Hire probability', value: (s) => percent(s.hireProbability, 1), numeric: true },
  { header: 'Needed per week', value: (s) => (s.neededPerWeek === null ? 'too late' : fixed(s.neededPerWeek, 1)), numeric: true },
];

interface ForecastSectionProps {
  openingId: string;
  query: ReportQuery<ForecastReport>;
}

/** Will the opening be filled in time: expected hires with an interval, and what each stage needs per week. */
export function ForecastSection({ openingId, query }: ForecastSectionProps) {
  if (!openingId)
    return (
      <section className="card report" aria-label={TITLE}>
        <h2>{TITLE}</h2>
        <EmptyState title="Choose an opening to see its forecast">
          <p>The forecast needs one opening's headcount and target date; pick it in the filters above.</p>
        </EmptyState>
      </section>
    );
  return (
    <ReportSection
      title={TITLE}
      description="Expected hires by the target date from today's pipeline and the role's historical pass-through rates."
      query={query}
    >
      {(report) => (report.enoughData ? <ForecastNumbers report={report} /> : <NotEnoughData report={report} />)}
    </ReportSection>
  );
}

const NEXT_STEP: Record<ForecastUnavailable['reason'], (r: ForecastUnavailable) => string> = {
  no_target_date: () => 'Set a target date on the opening to get a forecast.',
  target_date_passed: () => 'The target date has passed: set a new target date on the opening to plan the rest of the hiring.',
  too_little_history: (r) =>
    `Only ${r.history.applications} ${r.history.applications === 1 ? 'application of this role has' : 'applications of this role have'} left a stage; a forecast needs at least ${r.history.minimum}. It appears once more candidates have gone through the loop — until then, plan from the pipeline below.`,
};

function NotEnoughData({ report }: { report: ForecastUnavailable }) {
  return (
    <div className="forecast">
      <div className="state state--empty forecast__unavailable" role="status">
        <p className="state__title">{`Not enough data to forecast ${report.openingTitle}`}</p>
        <p>{report.message}</p>
        <p>{NEXT_STEP[report.reason](report)}</p>
        {report.reason !== 'too_little_history' && <Link to={`/openings/${report.openingId}`}>Edit the opening</Link>}
      </div>
      <p className="report-summary">
        {`Headcount ${report.headcount}, hired so far ${report.hiredSoFar}; active now: `}
        {report.activeByStage.length === 0 ? 'nobody' : report.activeByStage.map((s) => `${s.name} ${s.active}`).join(', ')}.
      </p>
    </div>
  );
}

function ForecastNumbers({ report }: { report: ForecastAvailable }) {
  const { expectedHires: hires } = report;
  return (
    <div className="forecast">
      <dl className="forecast__facts">
        <div>
          <dt>Expected new hires by {report.targetDate}</dt>
          <dd>
            <strong>{hires.mean.toFixed(1)}</strong>
            <span className="hint">{` 90% interval ${hires.low}–${hires.high}`}</span>
          </dd>
        </div>
        <div>
          <dt>Chance of reaching the headcount</dt>
          <dd>
            <strong>{percent(report.probabilityOfReachingHeadcount)}</strong>
            <span className="hint">{` headcount ${report.headcount}, ${report.hiredSoFar} hired so far`}</span>
          </dd>
        </div>
        <div>
          <dt>Expected gap</dt>
          <dd>
            <strong>{report.expectedGap.toFixed(1)}</strong>
            <span className="hint">{` hires short, ${report.daysToTarget} days to go`}</span>
          </dd>
        </div>
      </dl>
      <ReportView
        name="forecast"
        caption="Forecast by stage"
        columns={COLUMNS}
        rows={report.stages}
        chart={{
          data: report.stages.map((s) => ({ name: s.name, needed: s.neededPerWeek ?? 0 })),
          categoryKey: 'name',
          series: [{ key: 'needed', label: 'More candidates needed per week', color: CHART_COLORS.tertiary }],
        }}
      />
      <details className="forecast__inputs">
        <summary>Inputs: how this forecast is made</summary>
        <ul>
          <li>
            {`Today's pipeline: ${report.stages.map((s) => `${s.active} in ${s.name}`).join(', ')}. Only applications expected to finish before the target date count.`}
          </li>
          <li>
            {`Pass-through per stage from the role's history (${report.history.applications} applications that left a stage): each rate is a Beta(1 + passed, 1 + failed) distribution, so a stage with little history is uncertain, not guessed.`}
          </li>
          <li>{`Time: each stage's historical mean days in stage, added up to the days from the stage to a hire.`}</li>
          <li>
            {`${report.method.draws.toLocaleString('en')} Monte Carlo draws (seed ${report.method.seed}, prior ${report.method.prior}); the interval is the 5th to 95th percentile of the draws.`}
          </li>
          <li>
            "Needed per week": how many more candidates a stage needs each week from now to reach the headcount by the target date, given
            the rates after it; "too late" when a candidate entering now would not finish in time.
          </li>
        </ul>
      </details>
    </div>
  );
}
