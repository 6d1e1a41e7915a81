import { CANDIDATE_CHANNELS, COMPETENCY_KEYS, type CandidateChannel, type LeaderboardSort } from '@loopboard/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { NoAccess } from '../modules/auth/components/NoAccess';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { isForbidden } from '../modules/auth/utils/isForbidden';
import { CHANNEL_LABELS } from '../modules/candidates/utils/candidateVocabulary';
import { interviewQueries } from '../modules/interviews/utils/interviewQueries';
import { openingQueries } from '../modules/openings/utils/openingQueries';
import { useCompetencies } from '../modules/roles/hooks/useCompetencies';
import { toCompetencyNames } from '../modules/roles/utils/competencyNames';
import { roleQueries } from '../modules/roles/utils/roleQueries';
import { CompetencyLegend } from '../modules/scorecards/components/ContributionBar';
import { LeaderboardTable } from '../modules/scorecards/components/LeaderboardTable';
import { canReadScores } from '../modules/scorecards/utils/scorecardAccess';
import {
  defaultOrder,
  hasFilters,
  readLeaderboardParams,
  toApiSearch,
  toLeaderboardSearch,
  type LeaderboardParams,
} from '../modules/scorecards/utils/leaderboardParams';
import { scorecardQueries } from '../modules/scorecards/utils/scorecardQueries';
import type { LeaderboardScope } from '../modules/scorecards/utils/scorecardsApi';
import { BackLink } from '../modules/ui/components/BackLink';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';

const COVERAGE_OPTIONS = [0, 0.25, 0.5, 0.75, 1];

/** The role-weighted leaderboard of one opening (or of every opening of a role). */
export function LeaderboardPage() {
  const { openingId, roleId } = useParams();
  const scope: LeaderboardScope = openingId ? { kind: 'opening', id: openingId } : { kind: 'role', id: roleId ?? '' };
  const user = useCurrentUser();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readLeaderboardParams(searchParams);
  const board = useQuery({
    ...scorecardQueries.leaderboard(scope, toApiSearch(params)),
    placeholderData: keepPreviousData,
    enabled: canReadScores(user),
  });
  const opening = useQuery({ ...openingQueries.detail(scope.id), enabled: scope.kind === 'opening' });
  const role = useQuery({ ...roleQueries.detail(scope.id), enabled: scope.kind === 'role' });
  const loop = useQuery({ ...interviewQueries.loop(scope.id), enabled: scope.kind === 'role' });
  const competencies = useCompetencies();

  if (!canReadScores(user) || isForbidden(board.error)) return <NoAccess audience="admins, recruiters and hiring managers" />;

  const update = (change: Partial<LeaderboardParams>) => {
    // A new filter or order starts again on the first page.
    setSearchParams(toLeaderboardSearch({ ...params, page: 1, ...change }), { replace: change.page === undefined });
  };
  const onSort = (sort: LeaderboardSort) =>
    update({ sort, order: sort === params.sort ? (params.order === 'asc' ? 'desc' : 'asc') : defaultOrder(sort) });
  const stages =
    scope.kind === 'opening' ? (opening.data?.loop.stages.map((s) => s.name) ?? []) : (loop.data?.stages.map((s) => s.name) ?? []);
  if (params.stage && !stages.includes(params.stage)) stages.push(params.stage);
  const title =
    scope.kind === 'opening'
      ? (opening.data?.title ?? board.data?.scope.title ?? 'Opening')
      : (role.data?.name ?? board.data?.scope.title ?? 'Role');
  const back =
    scope.kind === 'opening' ? (
      <BackLink to={`/openings/${scope.id}`} label={`Back to ${title}`} />
    ) : (
      <BackLink to={`/roles/${scope.id}`} label={`Back to ${title}`} />
    );

  let body;
  if (board.isPending || competencies.isPending) body = <LoadingState label="Loading the leaderboard…" />;
  else if (board.isError || competencies.isError)
    body = (
      <ErrorState title="Could not load the leaderboard" error={board.error ?? competencies.error} onRetry={() => void board.refetch()} />
    );
  else {
    const data = board.data;
    const names = toCompetencyNames(competencies.data);
    const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
    const weighted = COMPETENCY_KEYS.filter((k) => data.weights[k] > 0);
    body =
      data.total === 0 ? (
        hasFilters(params) ? (
          <EmptyState title="No candidates match these filters">
            <p>Lower the minimum coverage or pick another stage or source.</p>
            <button type="button" className="button" onClick={() => update({ minCoverage: 0, stage: '', channel: '' })}>
              Clear the filters
            </button>
          </EmptyState>
        ) : (
          <EmptyState title="No candidates to rank yet">
            <p>
              Add candidates to {scope.kind === 'opening' ? 'this opening' : "this role's openings"} and schedule their interviews; they are
              ranked once interviewers submit scorecards.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          <p className="hint">
            {`${data.total} ${data.total === 1 ? 'candidate' : 'candidates'} · ${data.view === 'raw' ? 'raw' : 'calibrated'} scores on the 1–4 scale, weighted by the role's weights (version ${data.weightsVersion}). Each bar shows what every competency adds to the composite.`}
          </p>
          <CompetencyLegend competencies={weighted} names={names} />
          <LeaderboardTable board={data} names={names} sort={params.sort} order={params.order} onSort={onSort} />
          <nav className="pager" aria-label="Leaderboard pages">
            <button type="button" className="button" disabled={params.page <= 1} onClick={() => update({ page: params.page - 1 })}>
              Previous page
            </button>
            <span>{`Page ${data.page} of ${pages}`}</span>
            <button type="button" className="button" disabled={params.page >= pages} onClick={() => update({ page: params.page + 1 })}>
              Next page
            </button>
          </nav>
        </>
      );
  }

  return (
    <>
      <title>{`Leaderboard · ${title} · Loopboard`}</title>
      {back}
      <div className="page-header">
        <h1>{`Leaderboard: ${title}`}</h1>
        <p className="lead">
          {scope.kind === 'opening' ? 'Candidates on this opening' : 'Candidates on every opening of this role'}, ranked by their
          role-weighted composite from submitted scorecards.
        </p>
        {scope.kind === 'opening' && opening.data && (
          <Link to={`/roles/${opening.data.roleId}/leaderboard`}>Across every opening of this role</Link>
        )}
      </div>
      <section className="card leaderboard-controls" aria-label="Leaderboard options">
        <fieldset className="segmented">
          <legend>Scores</legend>
          {(['raw', 'calibrated'] as const).map((view) => (
            <label key={view} className="segmented__option">
              <input type="radio" name={`${id}-view`} value={view} checked={params.view === view} onChange={() => update({ view })} />
              {view === 'raw' ? 'Raw' : 'Calibrated (interviewer leniency removed)'}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-coverage`}>Minimum coverage</label>
          <select
            id={`${id}-coverage`}
            value={String(params.minCoverage)}
            onChange={(e) => update({ minCoverage: Number(e.target.value) })}
          >
            {COVERAGE_OPTIONS.map((c) => (
              <option key={c} value={String(c)}>
                {c === 0 ? 'Any' : `${c * 100} %`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-stage`}>Stage</label>
          <select id={`${id}-stage`} value={params.stage} onChange={(e) => update({ stage: e.target.value })}>
            <option value="">Any stage</option>
            {stages.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`}>Source channel</label>
          <select
            id={`${id}-channel`}
            value={params.channel}
            onChange={(e) => update({ channel: e.target.value as CandidateChannel | '' })}
          >
            <option value="">Any source</option>
            {CANDIDATE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
      </section>
      <section className="card" aria-label="Ranked candidates" aria-busy={board.isFetching}>
        {body}
      </section>
    </>
  );
}
