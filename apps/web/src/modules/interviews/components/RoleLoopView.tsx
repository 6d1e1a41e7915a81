import type { InterviewTypeSummary, RoleLoop } from '@loopboard/contracts';
import { Link } from 'react-router';

interface RoleLoopViewProps {
  loop: RoleLoop;
  types: InterviewTypeSummary[];
}

/** The loop's stages in order, each with its interview types linking to their kits. */
export function RoleLoopView({ loop, types }: RoleLoopViewProps) {
  if (loop.stages.length === 0) return <p className="hint">This role has no interview loop yet.</p>;
  const nameOf = (key: string) => types.find((t) => t.key === key)?.name ?? key;
  return (
    <ol className="loop-stages" aria-label="Loop stages">
      {loop.stages.map((stage) => (
        <li key={stage.name} className="loop-stage">
          <strong>{stage.name}</strong>
          <ul className="loop-stage__types">
            {stage.interviewTypes.map((key) => (
              <li key={key}>
                <Link to={`/interviews/${encodeURIComponent(key)}`}>{nameOf(key)}</Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
