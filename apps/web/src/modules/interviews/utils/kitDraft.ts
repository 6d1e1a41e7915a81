import {
  RUBRIC_LEVELS,
  type CompetencyKey,
  type InterviewKit,
  type RubricLevel,
  type UpdateInterviewKitRequest,
} from '@loopboard/contracts';

export interface QuestionDraft {
  /** A local key so React keeps each row's inputs while questions move. */
  id: string;
  prompt: string;
  goodAnswer: string;
}

export interface KitDraft {
  instructions: string;
  questions: QuestionDraft[];
  rubric: Partial<Record<CompetencyKey, Record<RubricLevel, string>>>;
}

let nextId = 0;
export const newQuestionId = () => `q${++nextId}`;

/** The editable copy of a kit; every focus competency gets all four levels (blank if the kit lacked one). */
export function toKitDraft(kit: InterviewKit, focus: CompetencyKey[]): KitDraft {
  const rubric: KitDraft['rubric'] = {};
  for (const key of focus) {
    rubric[key] = Object.fromEntries(RUBRIC_LEVELS.map((level) => [level, kit.rubric[key]?.[level] ?? ''])) as Record<RubricLevel, string>;
  }
  return {
    instructions: kit.instructions,
    questions: kit.questions.map((q) => ({ id: newQuestionId(), prompt: q.prompt, goodAnswer: q.goodAnswer })),
    rubric,
  };
}

export function toKitRequest(draft: KitDraft, version: number): UpdateInterviewKitRequest {
  return {
    version,
    instructions: draft.instructions,
    questions: draft.questions.map(({ prompt, goodAnswer }) => ({ prompt, goodAnswer })),
    rubric: draft.rubric,
  };
}

export function sameKit(draft: KitDraft, other: KitDraft): boolean {
  const plain = (d: KitDraft) => JSON.stringify(toKitRequest(d, 0));
  return plain(draft) === plain(other);
}

/** Moves item `index` by `delta` places (−1 up, +1 down); out of range leaves the list as it is. */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  copy.splice(target, 0, ...copy.splice(index, 1));
  return copy;
}
