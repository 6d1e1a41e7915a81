import type { Leaderboard, LeaderboardSort } from '@loopboard/contracts';
import { Link } from 'react-router';
import { CHANNEL_LABELS } from '../../candidates/utils/candidateVocabulary';
import type { CompetencyNames } from '../../roles/utils/competencyNames';
import { formatScore, formatShare } from '../utils/scorecardVocabulary';
import { ContributionBar } from './ContributionBar';
import { SortHeader } from './SortHeader';

interface LeaderboardTableProps {
  board: Leaderboard;
  names: CompetencyNames;
  sort: LeaderboardSort;
  order: 'asc' | 'desc';
  onSort: (sort: LeaderboardSort) => void;
}

/** One row per application, in the requested order; rank counts across pages. */
export function LeaderboardTable({ board, names, sort, order, onSort }: LeaderboardTableProps) {
  const header = { current: sort, order, onSort };
  const first = (board.page - 1) * board.pageSize;
  return (
    <div className="table-scroll">
      <table className="data-table leaderboard-table">
        <caption className="visually-hidden">{`Leaderboard (${board.view === 'raw' ? 'raw' : 'calibrated'} scores)`}</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <SortHeader label="Candidate" sort="name" {...header} />
            <th scope="col">Stage</th>
            <SortHeader label="Composite" sort="composite" {...header} />
            <th scope="col">Contributions</th>
            <SortHeader label="Coverage" sort="coverage" {...header} />
            <SortHeader label="Dissent" sort="dissent" {...header} />
            <SortHeader label="Scorecards" sort="scorecards" {...header} />
          </tr>
        </thead>
        <tbody>
          {board.rows.map((row, index) => (
            <tr key={row.applicationId} aria-label={row.candidate.name}>
              <td>{first + index + 1}</td>
              <td>
                <Link to={`/applications/${row.applicationId}`}>{row.candidate.name}</Link>
                <span className="hint">
                  {row.candidate.channel ? ` · ${CHANNEL_LABELS[row.candidate.channel]}` : ''}
                  {board.scope.kind === 'role' ? ` · ${row.opening.title}` : ''}
                </span>
              </td>
              <td>{row.stage.name}</td>
              <td className="numeric">{formatScore(row.composite)}</td>
              <td className="leaderboard-table__bar">
                <ContributionBar contributions={row.contributions} names={names} />
              </td>
              <td className="numeric">{formatShare(row.coverage)}</td>
              <td className="numeric">{row.dissent === null ? '—' : row.dissent.toFixed(2)}</td>
              <td className="numeric">{row.submittedScorecards}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
