import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface DashboardBarChartProps {
  data: Record<string, string | number | null>[];
  /** The field naming each bar group (stage, channel, interviewer…). */
  categoryKey: string;
  series: ChartSeries[];
  /** 'vertical' draws horizontal bars (long category names read better). */
  layout?: 'horizontal' | 'vertical';
  stacked?: boolean;
  /** A line across the value axis, e.g. the four-fifths threshold. */
  reference?: { value: number; label: string };
  domain?: [number, number | 'auto'];
  formatValue?: (value: number) => string;
  height?: number;
}

const tickStyle = { fontSize: 12 };
/** More categories than this along the horizontal axis get tilted names. */
const TILT_AFTER = 5;
/** Room under the plot for tilted names ("Paper deep dive", "Inbound application"). */
const TILTED_AXIS_HEIGHT = 90;

/**
 * Visual only (loaded on demand, with recharts): every chart sits next to a table with the same
 * numbers, so the chart is hidden from assistive technology and kept out of the tab order.
 */
export default function DashboardBarChart({
  data,
  categoryKey,
  series,
  layout = 'horizontal',
  stacked = false,
  reference,
  domain = [0, 'auto'],
  formatValue = (v) => String(Math.round(v * 100) / 100),
  height,
}: DashboardBarChartProps) {
  const vertical = layout === 'vertical';
  // Upright names of more than a few categories run into each other (every one is shown): tilt them instead.
  const tilted = !vertical && data.length > TILT_AFTER;
  const chartHeight = height ?? (vertical ? Math.max(160, 36 * data.length + 60) : 260 + (tilted ? TILTED_AXIS_HEIGHT - 30 : 0));
  const tickFormatter = (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value));
  return (
    <div className="chart" aria-hidden="true">
      <BarChart
        layout={layout}
        data={data}
        responsive
        style={{ width: '100%', height: chartHeight }}
        // A tilted first name reaches left past the value axis.
        margin={{ top: 8, right: 24, bottom: 4, left: tilted ? 32 : 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={vertical} horizontal={!vertical} stroke="#e3e6ee" />
        {vertical ? (
          <>
            <XAxis type="number" domain={domain} tickFormatter={tickFormatter} tick={tickStyle} />
            <YAxis type="category" dataKey={categoryKey} width={160} tick={tickStyle} tickLine={false} />
          </>
        ) : (
          <>
            <XAxis
              type="category"
              dataKey={categoryKey}
              tick={tickStyle}
              tickLine={false}
              interval={0}
              {...(tilted ? { angle: -35, textAnchor: 'end', height: TILTED_AXIS_HEIGHT } : {})}
            />
            <YAxis type="number" domain={domain} tickFormatter={tickFormatter} tick={tickStyle} width={48} />
          </>
        )}
        <Tooltip formatter={(value) => (typeof value === 'number' ? formatValue(value) : String(value))} />
        {series.length > 1 && <Legend />}
        {reference &&
          (vertical ? (
            <ReferenceLine x={reference.value} stroke="#be123c" strokeDasharray="4 4" label={{ value: reference.label, fontSize: 12 }} />
          ) : (
            <ReferenceLine y={reference.value} stroke="#be123c" strokeDasharray="4 4" label={{ value: reference.label, fontSize: 12 }} />
          ))}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.color}
            stackId={stacked ? 'stack' : undefined}
            radius={stacked ? 0 : vertical ? [0, 4, 4, 0] : [4, 4, 0, 0]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
