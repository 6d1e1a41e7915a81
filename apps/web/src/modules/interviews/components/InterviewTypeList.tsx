import type { InterviewTypeSummary } from '@loopboard/contracts';
import { Link } from 'react-router';
import type { CompetencyNames } from '../../roles/utils/competencyNames';
import './interviews.css';

interface InterviewTypeListProps {
  types: InterviewTypeSummary[];
  names: CompetencyNames;
}

export function InterviewTypeList({ types, names }: InterviewTypeListProps) {
  return (
    <ul className="interview-type-list" aria-label="Interview types">
      {types.map((type) => (
        <li key={type.key} className="card interview-type-card">
          <h2>
            <Link to={`/interviews/${encodeURIComponent(type.key)}`}>{type.name}</Link>
          </h2>
          <p className="interview-type-card__meta">
            <span className="badge">{`${type.durationMinutes} min`}</span>{' '}
            <span className="hint">{`Focus: ${type.focusCompetencies.map((key) => names[key]).join(', ')}`}</span>
          </p>
          <p>{type.description}</p>
        </li>
      ))}
    </ul>
  );
}
