import type { SourcesReport, VenueSource } from '@loopboard/contracts';
import { EmptyState } from '../../ui/components/EmptyState';
import { CHART_COLORS } from '../utils/chartColors';
import { fixed, type ReportColumn } from '../utils/reportColumns';
import { ReportSection, type ReportQuery } from './ReportSection';
import { ReportView } from './ReportView';

const COLUMNS: ReportColumn<VenueSource>[] = [
  { header: 'Venue or event', value: (v) => v.name },
  { header: 'Kind', value: (v) => (v.kind === 'venue' ? 'Paper venue' : 'Event') },
  { header: 'Candidates', value: (v) => v.candidates, numeric: true },
  { header: 'Reached onsite', value: (v) => v.reachedOnsite, numeric: true },
  { header: 'Offers', value: (v) => v.offers, numeric: true },
  { header: 'Hires', value: (v) => v.hires, numeric: true },
  { header: 'Mean composite', value: (v) => fixed(v.meanComposite), numeric: true },
];

export function VenueSourcesSection({ query }: { query: ReportQuery<SourcesReport> }) {
  return (
    <ReportSection
      title="Top venues and events"
      description="The venues of candidates' papers and the events where we met them, most candidates first; a candidate counts under each of theirs."
      query={query}
    >
      {(report) =>
        report.venues.length === 0 ? (
          <EmptyState title="No venues or events for these candidates">
            <p>Import candidates' papers or record the conferences where you met them to see which ones bring hires.</p>
          </EmptyState>
        ) : (
          <ReportView
            name="venues"
            caption="Top venues and events"
            columns={COLUMNS}
            rows={report.venues}
            chart={{
              data: report.venues.map((v) => ({ name: v.name, candidates: v.candidates, hires: v.hires })),
              categoryKey: 'name',
              layout: 'vertical',
              series: [
                { key: 'candidates', label: 'Candidates', color: CHART_COLORS.muted },
                { key: 'hires', label: 'Hires', color: CHART_COLORS.secondary },
              ],
            }}
          />
        )
      }
    </ReportSection>
  );
}
