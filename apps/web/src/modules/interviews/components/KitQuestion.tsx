import type { InterviewQuestion } from '@loopboard/contracts';
import { useId, useState } from 'react';

interface KitQuestionProps {
  question: InterviewQuestion;
  number: number;
}

/**
 * One question; "what a good answer shows" opens on demand so the interviewer is
 * not reading the answer aloud by accident. A button (not <details>) so print can show every answer.
 */
export function KitQuestion({ question, number }: KitQuestionProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <li className="kit-question">
      <p className="kit-question__prompt">
        <span className="kit-question__number">{`Q${number}. `}</span>
        {question.prompt}
      </p>
      <button
        type="button"
        className="button button--quiet button--small kit-question__toggle"
        aria-expanded={open}
        aria-controls={`${id}-answer`}
        onClick={() => setOpen((value) => !value)}
      >
        {`What a good answer shows (question ${number})`}
      </button>
      <div id={`${id}-answer`} className="kit-question__answer" hidden={!open}>
        <p>{question.goodAnswer}</p>
      </div>
    </li>
  );
}
