/**
 * Chart builders: figures in, Vega-Lite spec out (pure, no DOM). One builder per kind, each in its
 * own file; `BUILDERS` maps every `ChartKind` to its builder, so a kind without one does not compile.
 */
import { barChart } from './bar.ts';
import type { Chart, ChartKind } from './chart.ts';
import { groupedBarChart } from './grouped-bar.ts';
import { kpiChart } from './kpi.ts';
import { progressChart } from './progress.ts';

/** Every chart kind's builder. */
export const BUILDERS = {
  bar: barChart,
  'grouped-bar': groupedBarChart,
  progress: progressChart,
  kpi: kpiChart,
} as const satisfies Record<ChartKind, (input: never, options: never) => Chart>;

/** The builder of one kind, with its own input and options types. */
export type ChartBuilder<K extends ChartKind> = (typeof BUILDERS)[K];

export type { Chart, ChartKind, Lang } from './chart.ts';
export { barChart, type BarOptions } from './bar.ts';
export { groupedBarChart, type BarGroup, type GroupedBarOptions } from './grouped-bar.ts';
export { progressChart, type PartOfWhole, type ProgressOptions } from './progress.ts';
export { kpiChart, type KpiOptions } from './kpi.ts';
export type { ChartOptions } from './options.ts';
export { formatNumber, formatQuantity, formatShare, unitLabel, WORDS, type QuantityWords } from './locale.ts';
export { figureWords, formatFigure } from './words.ts';
export { sourceLine } from './source-line.ts';
export { assertSingleUnit, type ChartUnit } from './units.ts';
export { FONT_FAMILY, PALETTE, THEME } from './theme.ts';
export { emWidth } from './wrap.ts';
