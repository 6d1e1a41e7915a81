import { COMPETENCY_KEYS, type ApplicationScore, type CompetencyKey, type ScoreViewKind } from '@loopboard/contracts';
import { lazy, Suspense, useId, useState } from 'react';
import type { CompetencyNames } from '../../roles/utils/competencyNames';
import { COMPETENCY_COLORS, formatScore, formatShare, RECOMMENDATION_LABELS } from '../utils/scorecardVocabulary';
import type { RadarPoint } from './CompetencyRadar';

// recharts loads only when a score is shown.
const CompetencyRadar = lazy(() => import('./CompetencyRadar'));

interface ScoreBreakdownProps {
  score: ApplicationScore;
  names: CompetencyNames;
}

/** Composite (raw and calibrated), coverage, dissent, the weights version, each competency's contribution, and the profile. */
export function ScoreBreakdown({ score, names }: ScoreBreakdownProps) {
  const id = useId();
  const [view, setView] = useState<ScoreViewKind>('raw');
  const shown = score[view];
  const maxWeight = Math.max(...COMPETENCY_KEYS.map((k) => score.weights[k]), 0);
  const scaled = (w: number) => (maxWeight > 0 ? 1 + (3 * w) / maxWeight : 1);
  const radar: (RadarPoint & { key: CompetencyKey })[] = COMPETENCY_KEYS.map((key) => {
    const c = shown.competencies.find((x) => x.competency === key);
    return { key, name: names[key], candidate: c?.mean ?? 0, weight: scaled(score.weights[key]) };
  });
  const recommendations = Object.entries(score.recommendations).filter(([, n]) => n > 0);
  return (
    <div className="score-breakdown">
      <dl className="score-facts">
        <div>
          <dt>Composite (raw)</dt>
          <dd className="score-facts__value">{formatScore(score.raw.composite)}</dd>
        </div>
        <div>
          <dt>Composite (calibrated)</dt>
          <dd className="score-facts__value">{formatScore(score.calibrated.composite)}</dd>
        </div>
        <div>
          <dt>Coverage</dt>
          <dd className="score-facts__value">{formatShare(score.raw.coverage)}</dd>
        </div>
        <div>
          <dt>Dissent</dt>
          <dd className="score-facts__value">{score.dissent === null ? '—' : score.dissent.toFixed(2)}</dd>
        </div>
        <div>
          <dt>Submitted scorecards</dt>
          <dd className="score-facts__value">{score.submittedScorecards}</dd>
        </div>
        <div>
          <dt>Role weights</dt>
          <dd className="score-facts__value">{`version ${score.weightsVersion}`}</dd>
        </div>
      </dl>
      {recommendations.length > 0 && (
        <p>{`Recommendations: ${recommendations.map(([r, n]) => `${RECOMMENDATION_LABELS[r as keyof typeof RECOMMENDATION_LABELS]} ${n}`).join(' · ')}`}</p>
      )}
      <fieldset className="segmented">
        <legend>Breakdown</legend>
        {(['raw', 'calibrated'] as const).map((v) => (
          <label key={v} className="segmented__option">
            <input type="radio" name={`${id}-view`} value={v} checked={view === v} onChange={() => setView(v)} />
            {v === 'raw' ? 'Raw' : 'Calibrated'}
          </label>
        ))}
      </fieldset>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{`Score breakdown (${view})`}</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Weight</th>
              <th scope="col">Mean</th>
              <th scope="col">Ratings</th>
              <th scope="col">Contribution</th>
              <th scope="col">
                <span className="visually-hidden">Contribution bar</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.competencies
              .filter((c) => c.weight > 0 || c.mean !== null)
              .map((c) => (
                <tr key={c.competency}>
                  <th scope="row">{names[c.competency]}</th>
                  <td>{formatShare(c.weight)}</td>
                  <td>{c.mean === null ? 'not covered' : formatScore(c.mean)}</td>
                  <td>{c.ratings}</td>
                  <td>{formatScore(c.contribution)}</td>
                  <td className="bar-cell" aria-hidden="true">
                    <span
                      className="inline-bar"
                      style={{ width: `${(c.contribution / 4) * 100}%`, background: COMPETENCY_COLORS[c.competency] }}
                    />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <h3 className="subheading">Competency profile</h3>
      <p className="hint">
        The candidate’s mean rating per competency (1–4; 0 where not covered) against the role’s weights, scaled to the same 1–4 axis: the
        heaviest competency sits at 4 and a zero weight at 1.
      </p>
      <Suspense fallback={<p className="hint">Loading the chart…</p>}>
        <CompetencyRadar data={radar} />
      </Suspense>
      <table className="data-table">
        <caption className="visually-hidden">{`Competency profile (${view})`}</caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">Candidate mean</th>
            <th scope="col">Role weight</th>
            <th scope="col">Weight on the 1–4 axis</th>
          </tr>
        </thead>
        <tbody>
          {radar.map((point) => (
            <tr key={point.name}>
              <th scope="row">{point.name}</th>
              <td>{point.candidate === 0 ? 'not covered' : formatScore(point.candidate)}</td>
              <td>{formatShare(score.weights[point.key])}</td>
              <td>{formatScore(point.weight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
