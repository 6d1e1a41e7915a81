import { COMPETENCY_KEYS, type Weights } from '@loopboard/contracts';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { CompetencyNames } from '../utils/competencyNames';
import { formatPercent } from '../utils/weightFormat';

interface WeightsBarChartProps {
  weights: Weights;
  names: CompetencyNames;
}

const CHART_HEIGHT = 248;

const percentLabel = (value: unknown) => (typeof value === 'number' ? formatPercent(value) : '');

/**
 * Visual only: every chart sits next to a table with the same numbers, so the
 * chart is hidden from assistive technology and kept out of the tab order.
 */
export function WeightsBarChart({ weights, names }: WeightsBarChartProps) {
  const data = COMPETENCY_KEYS.map((key) => ({ key, name: names[key], weight: weights[key] }));
  const top = Math.max(0.4, Math.ceil(Math.max(...data.map((d) => d.weight)) * 10) / 10);
  return (
    <div className="chart" aria-hidden="true">
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height: CHART_HEIGHT }}
        margin={{ top: 4, right: 48, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#e3e6ee" />
        <XAxis type="number" domain={[0, top]} tickFormatter={percentLabel} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} tickLine={false} />
        <Bar dataKey="weight" fill="#3451b2" radius={[0, 4, 4, 0]} isAnimationActive={false}>
          <LabelList dataKey="weight" position="right" formatter={percentLabel} style={{ fontSize: 12, fill: '#30364a' }} />
        </Bar>
      </BarChart>
    </div>
  );
}
