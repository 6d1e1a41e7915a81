import { COMPETENCY_KEYS, type Competency, type CompetencyKey } from '@loopboard/contracts';

export type CompetencyNames = Record<CompetencyKey, string>;

/** Display names by key; a competency the API did not describe falls back to its key. */
export function toCompetencyNames(competencies: readonly Competency[]): CompetencyNames {
  const names = {} as CompetencyNames;
  for (const key of COMPETENCY_KEYS) names[key] = competencies.find((c) => c.key === key)?.name ?? key;
  return names;
}
