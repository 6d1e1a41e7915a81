import './scheduling.css';
import type { MyInterview } from '@loopboard/contracts';
import { Link } from 'react-router';
import { inviteHref } from '../utils/schedulingApi';
import { formatWhen } from '../utils/formatWhen';

interface MyInterviewsTableProps {
  caption: string;
  interviews: MyInterview[];
  kind: 'upcoming' | 'scorecards';
}

/** One of the interviewer's lists: what to prepare (upcoming) or which scorecards to file (due). */
export function MyInterviewsTable({ caption, interviews, kind }: MyInterviewsTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{kind === 'upcoming' ? 'When' : 'Scorecard due'}</th>
            <th scope="col">Candidate</th>
            <th scope="col">Opening</th>
            <th scope="col">Interview</th>
            <th scope="col">{kind === 'upcoming' ? 'Invite' : 'Status'}</th>
          </tr>
        </thead>
        <tbody>
          {interviews.map((interview) => (
            <tr key={interview.id} aria-label={`${interview.interviewType.name} with ${interview.candidate.name}`}>
              <td>
                {kind === 'upcoming' ? (
                  <>
                    <time dateTime={interview.startsAt}>{formatWhen(interview.startsAt)}</time>
                    <span className="hint"> · {interview.durationMinutes} min</span>
                  </>
                ) : (
                  <time dateTime={interview.scorecardDueAt}>{formatWhen(interview.scorecardDueAt)}</time>
                )}
              </td>
              <td>
                <Link to={`/applications/${interview.applicationId}`}>{interview.candidate.name}</Link>
              </td>
              <td>{interview.opening.title}</td>
              <td>
                <Link to={`/interviews/${encodeURIComponent(interview.interviewType.key)}`}>{interview.interviewType.name}</Link>
              </td>
              <td>
                {kind === 'upcoming' ? (
                  <a href={inviteHref(interview.id)} download>
                    Calendar invite (.ics)
                  </a>
                ) : interview.when === 'overdue' ? (
                  <span className="badge badge--danger">Overdue</span>
                ) : (
                  <span className="badge">Due</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
