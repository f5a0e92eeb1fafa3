/**
 * Chart builders: figures in, Vega-Lite spec out (pure, no DOM). One kind per file (builder, alt
 * text, key number, definition schema and adapter), registered in `CHART_KINDS` (registry.ts);
 * `BUILDERS` is every kind's builder, read from the registry.
 */
import type { ChartKind } from './chart.ts';
import { CHART_KINDS, type ChartBuilder } from './registry.ts';

/** Every chart kind's builder. */
export const BUILDERS = Object.fromEntries(Object.entries(CHART_KINDS).map(([kind, entry]) => [kind, entry.build])) as {
  readonly [K in ChartKind]: ChartBuilder<K>;
};

export { CHART_KINDS, type ChartBuilder } from './registry.ts';
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
  type ValueQualifier,
} from './locale.ts';
export { formatFigure } from './words.ts';
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
