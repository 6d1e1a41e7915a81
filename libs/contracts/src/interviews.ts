import type { CompetencyKey } from './competencies.js';

/** The four rubric levels, keyed "1".."4": what a 1, 2, 3 and 4 look like for one competency. */
export const RUBRIC_LEVELS = ['1', '2', '3', '4'] as const;
export type RubricLevel = (typeof RUBRIC_LEVELS)[number];
export type RubricLevels = Record<RubricLevel, string>;

/** One kit question, in the order the interviewer asks it. */
export interface InterviewQuestion {
  prompt: string;
  /** What a good answer shows: the signals the interviewer listens for. */
  goodAnswer: string;
}

/** What an interviewer reads before the interview. */
export interface InterviewKit {
  instructions: string;
  questions: InterviewQuestion[];
  /** One entry per focus competency of the type, each with all four levels. */
  rubric: Partial<Record<CompetencyKey, RubricLevels>>;
}

export interface InterviewTypeSummary {
  /** Stable key, e.g. `pair-debugging`. */
  key: string;
  name: string;
  description: string;
  durationMinutes: number;
  /** Keys of the competencies this interview scores, in display order. */
  focusCompetencies: CompetencyKey[];
  /** Version of the kit; a kit edit names the version it started from. */
  kitVersion: number;
}

export interface InterviewType extends InterviewTypeSummary {
  kit: InterviewKit;
  kitUpdatedAt: string;
}

/**
 * Replaces a type's whole kit. `version` is the kit version the editor started
 * from: if someone saved a newer one meanwhile the server answers 409
 * (INTERVIEW_KIT_VERSION_CONFLICT) and writes nothing.
 */
export interface UpdateInterviewKitRequest extends InterviewKit {
  version: number;
}

/** One stage of a loop: a name and the interview types run in it. */
export interface LoopStage {
  name: string;
  /** Interview type keys, at least one. */
  interviewTypes: string[];
}

/** A role's loop template: its ordered stages. Version 0 means the role has no loop yet. */
export interface RoleLoop {
  roleId: string;
  version: number;
  stages: LoopStage[];
  /** Null while the role has no loop (version 0). */
  updatedAt: string | null;
}

/** Replaces a role's loop template; `version` as for kits (409 LOOP_VERSION_CONFLICT when stale). */
export interface UpdateRoleLoopRequest {
  version: number;
  stages: LoopStage[];
}
