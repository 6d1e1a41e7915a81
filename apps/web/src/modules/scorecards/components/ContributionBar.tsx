import type { CompetencyKey } from '@loopboard/contracts';
import type { CompetencyNames } from '../../roles/utils/competencyNames';
import { COMPETENCY_COLORS, formatScore } from '../utils/scorecardVocabulary';

interface ContributionBarProps {
  contributions: { competency: CompetencyKey; contribution: number }[];
  names: CompetencyNames;
  /** The whole bar's width stands for this much (the top of the 1–4 scale). */
  max?: number;
}

/** A stacked bar, one segment per competency's contribution to the composite; its text alternative names each. */
export function ContributionBar({ contributions, names, max = 4 }: ContributionBarProps) {
  const parts = contributions.filter((c) => c.contribution > 0);
  const label =
    parts.length === 0
      ? 'No contributions yet'
      : `Contributions: ${parts.map((c) => `${names[c.competency]} ${formatScore(c.contribution)}`).join(', ')}`;
  return (
    <div className="contribution-bar" role="img" aria-label={label}>
      {parts.map((c) => (
        <span
          key={c.competency}
          className="contribution-bar__segment"
          style={{ width: `${(c.contribution / max) * 100}%`, background: COMPETENCY_COLORS[c.competency] }}
          title={`${names[c.competency]}: ${formatScore(c.contribution)}`}
        />
      ))}
    </div>
  );
}

interface CompetencyLegendProps {
  competencies: CompetencyKey[];
  names: CompetencyNames;
}

export function CompetencyLegend({ competencies, names }: CompetencyLegendProps) {
  return (
    <ul className="competency-legend" aria-label="Colours of the contribution bars">
      {competencies.map((key) => (
        <li key={key}>
          <span className="competency-legend__swatch" style={{ background: COMPETENCY_COLORS[key] }} aria-hidden="true" />
          {names[key]}
        </li>
      ))}
    </ul>
  );
}
