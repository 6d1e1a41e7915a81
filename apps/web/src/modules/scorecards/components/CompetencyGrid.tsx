import { COMPETENCY_KEYS, type Scorecard } from '@loopboard/contracts';
import type { CompetencyNames } from '../../roles/utils/competencyNames';

interface CompetencyGridProps {
  scorecards: Scorecard[];
  names: CompetencyNames;
}

/** Rows competencies, columns interviewers (one column per scorecard): the rating each gave, or "—". */
export function CompetencyGrid({ scorecards, names }: CompetencyGridProps) {
  const rated = COMPETENCY_KEYS.filter((key) => scorecards.some((s) => s.ratings.some((r) => r.competency === key)));
  return (
    <div className="table-scroll">
      <table className="data-table competency-grid">
        <caption className="visually-hidden">Ratings by competency and interviewer</caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            {scorecards.map((s) => (
              <th scope="col" key={s.id}>
                {s.interviewer.name}
                <span className="hint">{` · ${s.interviewType.name}`}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rated.map((key) => (
            <tr key={key}>
              <th scope="row">{names[key]}</th>
              {scorecards.map((s) => {
                const r = s.ratings.find((x) => x.competency === key);
                return (
                  <td key={s.id} className={r?.rating ? `rating-cell rating-cell--${r.rating}` : 'rating-cell'}>
                    {!r ? '—' : r.rating === null ? 'n/a' : r.rating}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
