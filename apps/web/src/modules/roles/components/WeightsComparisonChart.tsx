import { COMPETENCY_KEYS, type Weights } from '@loopboard/contracts';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { CompetencyNames } from '../utils/competencyNames';
import { formatPercent } from '../utils/weightFormat';

interface WeightsComparisonChartProps {
  current: Weights;
  proposed: Weights;
  currentLabel: string;
  names: CompetencyNames;
}

const CHART_HEIGHT = 360;

const percentLabel = (value: unknown) => (typeof value === 'number' ? formatPercent(value) : '');
const percentTooltip = (value: unknown) => (typeof value === 'number' ? formatPercent(value) : String(value ?? ''));

/** Visual only: the editor rows state each competency's current and proposed weight as text. */
export function WeightsComparisonChart({ current, proposed, currentLabel, names }: WeightsComparisonChartProps) {
  const data = COMPETENCY_KEYS.map((key) => ({ key, name: names[key], current: current[key], proposed: proposed[key] }));
  const largest = Math.max(...data.map((d) => Math.max(d.current, d.proposed)));
  const top = Math.max(0.4, Math.ceil(largest * 10) / 10);
  return (
    <div className="chart" aria-hidden="true">
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height: CHART_HEIGHT }}
        margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
        barGap={2}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#e3e6ee" />
        <XAxis type="number" domain={[0, top]} tickFormatter={percentLabel} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} tickLine={false} />
        <Tooltip formatter={percentTooltip} />
        <Legend verticalAlign="top" height={28} itemSorter={null} />
        <Bar name={currentLabel} dataKey="current" fill="#a9b4d0" radius={[0, 3, 3, 0]} isAnimationActive={false} />
        <Bar name="Proposed" dataKey="proposed" fill="#3451b2" radius={[0, 3, 3, 0]} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
