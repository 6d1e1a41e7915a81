import type { AdverseImpactDimension, AdverseImpactGroup, AdverseImpactReport, RateComparison } from '@loopboard/contracts';
import { EmptyState } from '../../ui/components/EmptyState';
import { CHART_COLORS } from '../utils/chartColors';
import { fixed, percent, type ReportColumn } from '../utils/reportColumns';
import { ReportSection, type ReportQuery } from './ReportSection';
import { ReportView } from './ReportView';

const DIMENSION_LABELS: Record<AdverseImpactDimension['dimension'], string> = { gender: 'Gender', ethnicity: 'Ethnicity' };

/** "non_binary" → "Non binary". */
const groupLabel = (group: string) => {
  const words = group.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const flag = (c: RateComparison, threshold: number) => (c.flagged ? `below ${threshold}` : c.impactRatio === null ? null : 'no');
const pValue = (c: RateComparison) => (c.pValue === null ? null : c.pValue < 0.001 ? '< 0.001' : c.pValue.toFixed(3));

function columnsFor(threshold: number): ReportColumn<AdverseImpactGroup>[] {
  return [
    { header: 'Group', value: (g) => groupLabel(g.group) },
    { header: 'Applicants', value: (g) => g.applicants, numeric: true },
    { header: 'Selected', value: (g) => g.selected, numeric: true },
    { header: 'Selection rate', value: (g) => percent(g.selection.rate, 1), numeric: true },
    { header: 'Selection impact ratio', value: (g) => fixed(g.selection.impactRatio), numeric: true },
    {
      header: 'Selection flagged',
      value: (g) => flag(g.selection, threshold),
      render: (g) =>
        g.selection.flagged ? <span className="badge badge--danger">{`Below ${threshold}`}</span> : (flag(g.selection, threshold) ?? '—'),
    },
    { header: 'Selection p-value', value: (g) => pValue(g.selection), numeric: true },
    { header: 'Scored', value: (g) => g.scored, numeric: true },
    { header: 'Scored high', value: (g) => g.scoredHigh, numeric: true },
    { header: 'Scoring rate', value: (g) => percent(g.scoring.rate, 1), numeric: true },
    { header: 'Scoring impact ratio', value: (g) => fixed(g.scoring.impactRatio), numeric: true },
    {
      header: 'Scoring flagged',
      value: (g) => flag(g.scoring, threshold),
      render: (g) =>
        g.scoring.flagged ? <span className="badge badge--danger">{`Below ${threshold}`}</span> : (flag(g.scoring, threshold) ?? '—'),
    },
    { header: 'Scoring p-value', value: (g) => pValue(g.scoring), numeric: true },
  ];
}

/**
 * Admins only (the page does not even ask for it otherwise): selection and scoring rates per
 * volunteered demographic group, with the four-fifths rule and a significance test.
 */
export function AdverseImpactSection({ query }: { query: ReportQuery<AdverseImpactReport> }) {
  return (
    <ReportSection
      title="Adverse impact"
      className="report--admin"
      description="Admins only. From demographics candidates volunteered; never shown on a candidate or to hiring managers, recruiters or interviewers."
      query={query}
    >
      {(report) => (
        <div className="adverse-impact">
          <ul className="adverse-impact__definitions">
            <li>{`Selected: ${report.definitions.selected}`}</li>
            <li>{`Scored high: ${report.definitions.scored}`}</li>
            <li>{`Test: ${report.definitions.test}`}</li>
            <li>{`Groups with fewer than ${report.minGroupSize} applicants are not reported. An impact ratio below ${report.threshold} (four-fifths rule) is flagged.`}</li>
          </ul>
          {report.dimensions.map((d) => (
            <AdverseImpactDimensionView key={d.dimension} dimension={d} threshold={report.threshold} />
          ))}
        </div>
      )}
    </ReportSection>
  );
}

function AdverseImpactDimensionView({ dimension: d, threshold }: { dimension: AdverseImpactDimension; threshold: number }) {
  const label = DIMENSION_LABELS[d.dimension];
  const flagged = d.groups.filter((g) => g.selection.flagged || g.scoring.flagged);
  return (
    <div className="adverse-impact__dimension">
      <h3>{label}</h3>
      {d.groups.length === 0 ? (
        <EmptyState title={`No ${label.toLowerCase()} group is large enough to report`}>
          <p>{d.omittedNote ?? 'Too few candidates have answered in this range.'}</p>
        </EmptyState>
      ) : (
        <ReportView
          name={`adverse-impact-${d.dimension}`}
          caption={`Adverse impact by ${label.toLowerCase()}`}
          columns={columnsFor(threshold)}
          rows={d.groups}
          chart={{
            data: d.groups.map((g) => ({
              group: groupLabel(g.group),
              selection: g.selection.impactRatio,
              scoring: g.scoring.impactRatio,
            })),
            categoryKey: 'group',
            layout: 'vertical',
            domain: [0, 1],
            reference: { value: threshold, label: String(threshold) },
            series: [
              { key: 'selection', label: 'Selection impact ratio', color: CHART_COLORS.primary },
              { key: 'scoring', label: 'Scoring impact ratio', color: CHART_COLORS.secondary },
            ],
          }}
        >
          <p className="report-summary">
            {flagged.length === 0
              ? `No ${label.toLowerCase()} group is below ${threshold} of the highest rate.`
              : `Flagged: ${flagged
                  .map(
                    (g) =>
                      `${groupLabel(g.group)} (${g.applicants} applicants; selection ratio ${fixed(g.selection.impactRatio)}, p ${pValue(g.selection) ?? '—'})`,
                  )
                  .join('; ')}.`}
          </p>
        </ReportView>
      )}
      <p className="hint">
        {[
          d.selectionReference && `Compared with ${groupLabel(d.selectionReference)} (highest selection rate).`,
          d.omittedNote && `${d.omittedNote.charAt(0).toUpperCase()}${d.omittedNote.slice(1)}.`,
          `${d.notDisclosed} ${d.notDisclosed === 1 ? 'application' : 'applications'} without an answer.`,
        ]
          .filter(Boolean)
          .join(' ')}
      </p>
    </div>
  );
}
