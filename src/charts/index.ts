/**
 * Chart builders: figures in, Vega-Lite spec out (pure, no DOM). One builder per kind, each in its
 * own file; `BUILDERS` maps every `ChartKind` to its builder, so a kind without one does not compile.
 */
import { barChart } from './bar.ts';
import { changeTable } from './change-table.ts';
import type { Chart, ChartKind } from './chart.ts';
import { dotPlot } from './dot-plot.ts';
import { dumbbellChart } from './dumbbell.ts';
import { groupedBarChart } from './grouped-bar.ts';
import { kpiChart } from './kpi.ts';
import { lineChart } from './line.ts';
import { progressChart } from './progress.ts';
import { slopeChart } from './slope.ts';
import { smallMultiples } from './small-multiples.ts';
import { waffleChart } from './waffle.ts';

/** Every chart kind's builder. */
export const BUILDERS = {
  bar: barChart,
  'grouped-bar': groupedBarChart,
  progress: progressChart,
  kpi: kpiChart,
  waffle: waffleChart,
  'dot-plot': dotPlot,
  dumbbell: dumbbellChart,
  'small-multiples': smallMultiples,
  slope: slopeChart,
  line: lineChart,
  'change-table': changeTable,
} as const satisfies Record<ChartKind, (input: never, options: never) => Chart>;

/** The builder of one kind, with its own input and options types. */
export type ChartBuilder<K extends ChartKind> = (typeof BUILDERS)[K];

export type { Chart, ChartKind, Lang } from './chart.ts';
export { barChart, type BarOptions } from './bar.ts';
export { groupedBarChart, type BarGroup, type GroupedBarOptions } from './grouped-bar.ts';
export { progressChart, type ProgressOptions } from './progress.ts';
export type { PartOfWhole } from './part-whole.ts';
export { kpiChart, type KpiOptions } from './kpi.ts';
export { waffleChart, type WaffleOptions } from './waffle.ts';
export { dotPlot, type DotPlotOptions } from './dot-plot.ts';
export { dumbbellChart, type DumbbellInput, type DumbbellOptions, type DumbbellRow } from './dumbbell.ts';
export { smallMultiples, type Panel, type SmallMultiplesOptions } from './small-multiples.ts';
export { slopeChart, type SlopeOptions } from './slope.ts';
export { lineChart, type LineOptions } from './line.ts';
export { changeTable, type ChangeTableOptions } from './change-table.ts';
export { isIndicatorResult, type ChartItem } from './item.ts';
export type { ChartOptions } from './options.ts';
export type { ChartDatum } from './datum.ts';
export {
  formatNumber,
  formatQuantity,
  formatRatio,
  formatShare,
  qualifierText,
  unitLabel,
  WORDS,
  type QuantityWords,
  type ValueQualifier,
} from './locale.ts';
export { roundDecimal } from './decimal.ts';
export { figureWords, formatFigure } from './words.ts';
export { sourceLine } from './source-line.ts';
export { assertSingleUnit, type ChartUnit } from './units.ts';
export {
  FONT_FAMILY,
  PALETTE,
  THEME,
  THEME_COLORS,
  themeFor,
  type Palette,
  type ThemeColors,
  type ThemeMode,
} from './theme.ts';
export { NUMBER_FORMAT_TYPE, registerNumberFormat } from './vega-format.ts';
export { emWidth } from './wrap.ts';
