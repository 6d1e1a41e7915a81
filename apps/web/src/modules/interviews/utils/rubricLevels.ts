import type { RubricLevel } from '@loopboard/contracts';

/** The scorecard meaning of each rating (DESIGN: 1 strong no … 4 strong yes). */
export const RUBRIC_LEVEL_LABELS: Record<RubricLevel, string> = {
  '1': 'Strong no',
  '2': 'No',
  '3': 'Yes',
  '4': 'Strong yes',
};
