/** The dashboard's chart colours (AA contrast on white, told apart by position and legend too). */
export const CHART_COLORS = {
  primary: '#3451b2',
  secondary: '#0f766e',
  tertiary: '#b45309',
  muted: '#8a93a8',
  danger: '#be123c',
} as const;
