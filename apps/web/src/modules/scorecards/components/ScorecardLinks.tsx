import type { MyInterview } from '@loopboard/contracts';
import { Link } from 'react-router';
import { scorecardPath } from './ApplicationScorecardsSection';

interface ScorecardLinksProps {
  interviews: MyInterview[];
}

/** One "Scorecard" link per interview whose scorecard is due, beside the interviewer's list. */
export function ScorecardLinks({ interviews }: ScorecardLinksProps) {
  return (
    <ul className="plain-list scorecard-links" aria-label="File a scorecard">
      {interviews.map((i) => (
        <li key={i.id}>
          <Link to={scorecardPath(i.applicationId, i.id)}>{`Scorecard: ${i.interviewType.name} with ${i.candidate.name}`}</Link>
        </li>
      ))}
    </ul>
  );
}
