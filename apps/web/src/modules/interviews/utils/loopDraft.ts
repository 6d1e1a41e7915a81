import type { LoopStage, UpdateRoleLoopRequest } from '@loopboard/contracts';

export interface StageDraft extends LoopStage {
  /** A local key so React keeps each stage's inputs while stages move. */
  id: string;
}

let nextId = 0;
export const newStageId = () => `s${++nextId}`;

export const toStageDrafts = (stages: LoopStage[]): StageDraft[] =>
  stages.map((stage) => ({ id: newStageId(), name: stage.name, interviewTypes: [...stage.interviewTypes] }));

export const toLoopRequest = (stages: StageDraft[], version: number): UpdateRoleLoopRequest => ({
  version,
  stages: stages.map(({ name, interviewTypes }) => ({ name, interviewTypes })),
});

/** Checks or unchecks a type: a new one runs after those already in the stage. */
export function toggleType(selected: string[], key: string, on: boolean): string[] {
  if (on) return selected.includes(key) ? selected : [...selected, key];
  return selected.filter((k) => k !== key);
}
