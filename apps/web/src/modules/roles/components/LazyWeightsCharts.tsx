import { lazy, Suspense, type ComponentProps } from 'react';

// recharts loads on its own, after the role page (and its weights tables) are shown: it would more than
// double the roles routes' JavaScript otherwise (scripts/web-budget.ts).
const BarChartView = lazy(() => import('./WeightsBarChart').then((m) => ({ default: m.WeightsBarChart })));
const ComparisonChartView = lazy(() => import('./WeightsComparisonChart').then((m) => ({ default: m.WeightsComparisonChart })));

/** Space held for a chart while recharts loads (the charts' own heights), so nothing below jumps. */
const placeholder = (height: number) => <div className="chart chart--loading" aria-hidden="true" style={{ height }} />;

export function WeightsBarChart(props: ComponentProps<typeof BarChartView>) {
  return (
    <Suspense fallback={placeholder(248)}>
      <BarChartView {...props} />
    </Suspense>
  );
}

export function WeightsComparisonChart(props: ComponentProps<typeof ComparisonChartView>) {
  return (
    <Suspense fallback={placeholder(360)}>
      <ComparisonChartView {...props} />
    </Suspense>
  );
}
