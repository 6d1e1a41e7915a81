import type { InterviewType } from '@loopboard/contracts';
import type { CompetencyNames } from '../../roles/utils/competencyNames';
import { KitInstructions } from './KitInstructions';
import { KitQuestion } from './KitQuestion';
import { KitRubricTable } from './KitRubricTable';
import './interviews.css';

interface KitViewProps {
  type: InterviewType;
  names: CompetencyNames;
}

/** The kit as an interviewer reads it before the interview. */
export function KitView({ type, names }: KitViewProps) {
  const { kit } = type;
  return (
    <div className="kit">
      <section className="card" aria-labelledby="kit-instructions-heading">
        <h2 id="kit-instructions-heading">Instructions</h2>
        <KitInstructions text={kit.instructions} />
      </section>
      <section className="card" aria-labelledby="kit-questions-heading">
        <h2 id="kit-questions-heading">Questions</h2>
        <ol className="kit-questions">
          {kit.questions.map((question, index) => (
            <KitQuestion key={index} question={question} number={index + 1} />
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby="kit-rubric-heading">
        <h2 id="kit-rubric-heading">Rubric</h2>
        <KitRubricTable focus={type.focusCompetencies} rubric={kit.rubric} names={names} />
      </section>
    </div>
  );
}
