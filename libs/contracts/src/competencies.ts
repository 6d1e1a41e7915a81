/** Stable competency keys (see DESIGN.md "Roles and competencies"). Order is the display order. */
export const COMPETENCY_KEYS = ['ml', 'math', 'swe', 'data', 'ops', 'research', 'comms', 'product'] as const;

export type CompetencyKey = (typeof COMPETENCY_KEYS)[number];

export interface Competency {
  key: CompetencyKey;
  name: string;
  description: string;
}

/** One weight per competency, each in 0..1, summing to 1. */
export type Weights = Record<CompetencyKey, number>;
