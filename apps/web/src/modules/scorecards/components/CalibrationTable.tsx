import type { InterviewerCalibration } from '@loopboard/contracts';
import { formatShare, formatSigned, RATING_LABELS } from '../utils/scorecardVocabulary';

interface CalibrationTableProps {
  interviewers: InterviewerCalibration[];
  shrinkage: number;
}

const LEVELS = ['1', '2', '3', '4'] as const;

function leniencyWords(leniency: number) {
  if (Math.abs(leniency) < 0.005) return 'in line with the panel';
  return leniency > 0 ? 'more lenient' : 'harsher';
}

/** Per interviewer: volume, how they spread their ratings, how far they sit from the panel, and what is overdue. */
export function CalibrationTable({ interviewers, shrinkage }: CalibrationTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table calibration-table">
        <caption className="visually-hidden">Interviewer calibration</caption>
        <thead>
          <tr>
            <th scope="col">Interviewer</th>
            <th scope="col">Scorecards</th>
            <th scope="col">Rating distribution</th>
            <th scope="col">Leniency</th>
            <th scope="col">Comparisons</th>
            <th scope="col">No-decision rate</th>
            <th scope="col">Overdue scorecards</th>
          </tr>
        </thead>
        <tbody>
          {interviewers.map((row) => {
            const total = LEVELS.reduce((sum, l) => sum + row.distribution[l], 0);
            const most = Math.max(1, ...LEVELS.map((l) => row.distribution[l]));
            return (
              <tr key={row.interviewer.id} aria-label={row.interviewer.name}>
                <th scope="row">{row.interviewer.name}</th>
                <td className="numeric">{row.scorecards}</td>
                <td>
                  <ul className="distribution" aria-label={`${row.interviewer.name}'s ratings (${total} in all)`}>
                    {LEVELS.map((level) => (
                      <li key={level} className="distribution__level">
                        <span className="distribution__label">{RATING_LABELS[Number(level) as 1]}</span>
                        <span className="distribution__track" aria-hidden="true">
                          <span className="distribution__bar" style={{ width: `${(row.distribution[level] / most) * 100}%` }} />
                        </span>
                        <span className="distribution__count">{row.distribution[level]}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {row.leniency === null ? (
                    <span className="hint">no comparisons yet</span>
                  ) : (
                    <>
                      <strong>{formatSigned(row.leniency)}</strong> <span className="hint">{leniencyWords(row.leniency)}</span>
                    </>
                  )}
                </td>
                <td className="numeric">{row.comparisons}</td>
                <td className="numeric">{formatShare(row.noDecisionRate)}</td>
                <td className="numeric">
                  {row.overdueScorecards > 0 ? <span className="badge badge--danger">{row.overdueScorecards}</span> : row.overdueScorecards}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">
        {`Leniency is the interviewer's mean rating minus the rest of the panel's on the same candidates and competencies, shrunk toward 0 by n/(n+${shrinkage}) so a few comparisons count for little. Positive: more lenient; negative: harsher.`}
      </p>
    </div>
  );
}
