import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Legend } from 'recharts';

export interface RadarPoint {
  name: string;
  /** The candidate's mean rating, 0 when not covered. */
  candidate: number;
  /** The role's weight scaled to 1–4. */
  weight: number;
}

/**
 * Visual only (loaded on demand, with recharts): the table next to it has the same numbers,
 * so the chart is hidden from assistive technology.
 */
export default function CompetencyRadar({ data }: { data: RadarPoint[] }) {
  return (
    <div className="chart competency-radar" aria-hidden="true">
      <RadarChart data={data} responsive style={{ width: '100%', height: 320 }} outerRadius="70%" accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="name" />
        <PolarRadiusAxis domain={[0, 4]} tickCount={5} angle={90} />
        <Radar name="Role weight (scaled to 1–4)" dataKey="weight" stroke="#8a93a8" fill="#8a93a8" fillOpacity={0.2} />
        <Radar name="Candidate mean" dataKey="candidate" stroke="#3451b2" fill="#3451b2" fillOpacity={0.35} />
        <Legend />
      </RadarChart>
    </div>
  );
}
