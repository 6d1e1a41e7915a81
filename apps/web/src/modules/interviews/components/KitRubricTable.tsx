import { RUBRIC_LEVELS, type CompetencyKey, type InterviewKit } from '@loopboard/contracts';
import type { CompetencyNames } from '../../roles/utils/competencyNames';
import { RUBRIC_LEVEL_LABELS } from '../utils/rubricLevels';

interface KitRubricTableProps {
  focus: CompetencyKey[];
  rubric: InterviewKit['rubric'];
  names: CompetencyNames;
}

/** Focus competencies × levels 1–4: what each rating looks like. */
export function KitRubricTable({ focus, rubric, names }: KitRubricTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table kit-rubric">
        <caption>Rubric: what a 1, 2, 3 and 4 look like</caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            {RUBRIC_LEVELS.map((level) => (
              <th scope="col" key={level}>
                {`${level} · ${RUBRIC_LEVEL_LABELS[level]}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {focus.map((key) => (
            <tr key={key}>
              <th scope="row">{names[key]}</th>
              {RUBRIC_LEVELS.map((level) => (
                <td key={level}>{rubric[key]?.[level] ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
