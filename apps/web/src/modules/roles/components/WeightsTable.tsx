import { COMPETENCY_KEYS, type Weights } from '@loopboard/contracts';
import type { CompetencyNames } from '../utils/competencyNames';
import { formatPercent } from '../utils/weightFormat';

interface WeightsTableProps {
  weights: Weights;
  names: CompetencyNames;
  caption: string;
}

export function WeightsTable({ weights, names, caption }: WeightsTableProps) {
  return (
    <table className="weights-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Competency</th>
          <th scope="col" className="numeric">
            Weight
          </th>
        </tr>
      </thead>
      <tbody>
        {COMPETENCY_KEYS.map((key) => (
          <tr key={key}>
            <th scope="row">{names[key]}</th>
            <td className="numeric">{formatPercent(weights[key])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
