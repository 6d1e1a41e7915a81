import { COMPETENCY_KEYS, type LeaderboardRow, type LeaderboardSort } from '@loopboard/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { CHANNEL_LABELS } from '../../candidates/utils/candidateVocabulary';
import { useCompetencies } from '../../roles/hooks/useCompetencies';
import { toCompetencyNames } from '../../roles/utils/competencyNames';
import { CompetencyLegend } from '../../scorecards/components/ContributionBar';
import { LeaderboardTable } from '../../scorecards/components/LeaderboardTable';
import { defaultOrder, readLeaderboardParams, toApiSearch } from '../../scorecards/utils/leaderboardParams';
import { scorecardQueries } from '../../scorecards/utils/scorecardQueries';
import { leaderboardPath, type LeaderboardScope } from '../../scorecards/utils/scorecardsApi';
import { EmptyState } from '../../ui/components/EmptyState';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { csvFileName } from '../utils/csv';
import type { DashboardFilters } from '../utils/dashboardFilters';
import { downloadCsv } from '../utils/downloadCsv';
import { fixed, percent, reportCsv, type ReportColumn } from '../utils/reportColumns';

const TITLE = 'Best candidates';

const csvColumns = (first: number): ReportColumn<LeaderboardRow & { index: number }>[] => [
  { header: 'Rank', value: (r) => first + r.index + 1 },
  { header: 'Candidate', value: (r) => r.candidate.name },
  { header: 'Source channel', value: (r) => (r.candidate.channel ? CHANNEL_LABELS[r.candidate.channel] : null) },
  { header: 'Opening', value: (r) => r.opening.title },
  { header: 'Stage', value: (r) => r.stage.name },
  { header: 'Composite', value: (r) => fixed(r.composite) },
  { header: 'Coverage', value: (r) => percent(r.coverage) },
  { header: 'Dissent', value: (r) => fixed(r.dissent) },
  { header: 'Scorecards', value: (r) => r.submittedScorecards },
];

/** The centre of the dashboard: the scorecards module's role-weighted leaderboard for the chosen opening or role. */
export function DashboardLeaderboard({ filters }: { filters: DashboardFilters }) {
  const scope: LeaderboardScope | null = filters.openingId
    ? { kind: 'opening', id: filters.openingId }
    : filters.roleId
      ? { kind: 'role', id: filters.roleId }
      : null;
  const [sort, setSort] = useState<{ sort: LeaderboardSort; order: 'asc' | 'desc' }>({ sort: 'composite', order: 'desc' });
  const params = { ...readLeaderboardParams(new URLSearchParams()), channel: filters.channel, ...sort };
  const board = useQuery({
    ...scorecardQueries.leaderboard(scope ?? { kind: 'role', id: '' }, toApiSearch(params)),
    placeholderData: keepPreviousData,
    enabled: scope !== null,
  });
  const competencies = useCompetencies();

  let body;
  if (!scope)
    body = (
      <EmptyState title="Choose an opening or a role to rank its candidates">
        <p>Pick one in the filters above: its candidates are ranked by their role-weighted composite from submitted scorecards.</p>
      </EmptyState>
    );
  else if (board.isPending || competencies.isPending) body = <LoadingState label="Loading the leaderboard…" />;
  else if (board.isError || competencies.isError)
    body = (
      <ErrorState title="Could not load the leaderboard" error={board.error ?? competencies.error} onRetry={() => void board.refetch()} />
    );
  else {
    const data = board.data;
    const names = toCompetencyNames(competencies.data);
    const first = (data.page - 1) * data.pageSize;
    body =
      data.total === 0 ? (
        <EmptyState title="No candidates to rank yet">
          <p>
            {filters.channel
              ? 'Nobody from this source channel has been scored: clear the source filter, or '
              : 'Add candidates to the opening and '}
            schedule their interviews; they are ranked once interviewers submit scorecards.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="hint">
            {`${data.total} ${data.total === 1 ? 'candidate' : 'candidates'} on ${data.scope.title} · raw scores on the 1–4 scale, weighted by the role's weights (version ${data.weightsVersion})${data.total > data.rows.length ? `; the top ${data.rows.length} shown` : ''}.`}
          </p>
          <CompetencyLegend competencies={COMPETENCY_KEYS.filter((k) => data.weights[k] > 0)} names={names} />
          <LeaderboardTable
            board={data}
            names={names}
            sort={sort.sort}
            order={sort.order}
            onSort={(next) =>
              setSort((s) => ({ sort: next, order: next === s.sort ? (s.order === 'asc' ? 'desc' : 'asc') : defaultOrder(next) }))
            }
          />
          <div className="report-view__actions">
            <Link to={`${leaderboardPath(scope)}${filters.channel ? `?channel=${filters.channel}` : ''}`}>
              The full leaderboard (calibrated scores, coverage and stage filters)
            </Link>
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                downloadCsv(
                  csvFileName('leaderboard'),
                  reportCsv(
                    csvColumns(first),
                    data.rows.map((row, index) => ({ ...row, index })),
                  ),
                )
              }
            >
              Export the leaderboard as CSV
            </button>
          </div>
        </>
      );
  }
  return (
    <section className="card report report--centre" aria-label={TITLE} aria-busy={board.isFetching}>
      <h2>{TITLE}</h2>
      {body}
    </section>
  );
}
