import type { ChannelSource, SourcesReport } from '@loopboard/contracts';
import { CHANNEL_LABELS } from '../../candidates/utils/candidateVocabulary';
import { CHART_COLORS } from '../utils/chartColors';
import { fixed, type ReportColumn } from '../utils/reportColumns';
import { NoApplications } from './NoApplications';
import { ReportSection, type ReportQuery } from './ReportSection';
import { ReportView } from './ReportView';

const COLUMNS: ReportColumn<ChannelSource>[] = [
  { header: 'Channel', value: (c) => CHANNEL_LABELS[c.channel] },
  { header: 'Applications', value: (c) => c.applications, numeric: true },
  { header: 'Candidates', value: (c) => c.candidates, numeric: true },
  { header: 'Reached onsite', value: (c) => c.reachedOnsite, numeric: true },
  { header: 'Offers', value: (c) => c.offers, numeric: true },
  { header: 'Hires', value: (c) => c.hires, numeric: true },
  { header: 'Scored', value: (c) => c.scored, numeric: true },
  { header: 'Mean composite', value: (c) => fixed(c.meanComposite), numeric: true },
];

/** Which channels bring candidates who get far, and how well they score. */
export function ChannelSourcesSection({ query }: { query: ReportQuery<SourcesReport> }) {
  return (
    <ReportSection
      title="Source effectiveness"
      description="By the candidate's primary channel: how many reached onsite (the second half of the loop), an offer (the final stage) and a hire, and their mean composite (1–4)."
      query={query}
    >
      {(report) =>
        report.channels.every((c) => c.applications === 0) ? (
          <NoApplications />
        ) : (
          <ReportView
            name="sources"
            caption="Source effectiveness"
            columns={COLUMNS}
            rows={report.channels}
            chart={{
              data: report.channels.map((c) => ({
                channel: CHANNEL_LABELS[c.channel],
                onsite: c.reachedOnsite,
                offers: c.offers,
                hires: c.hires,
              })),
              categoryKey: 'channel',
              series: [
                { key: 'onsite', label: 'Reached onsite', color: CHART_COLORS.primary },
                { key: 'offers', label: 'Offers', color: CHART_COLORS.tertiary },
                { key: 'hires', label: 'Hires', color: CHART_COLORS.secondary },
              ],
            }}
          />
        )
      }
    </ReportSection>
  );
}
