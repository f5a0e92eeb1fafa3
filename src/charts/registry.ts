import { BAR_KIND } from './bar.ts';
import { CHANGE_TABLE_KIND } from './change-table.ts';
import type { Chart, ChartKind } from './chart.ts';
import type { ChartKindEntry } from './chart-kind.ts';
import { DOT_PLOT_KIND } from './dot-plot.ts';
import { DUMBBELL_KIND } from './dumbbell.ts';
import { GROUPED_BAR_KIND } from './grouped-bar.ts';
import { KPI_KIND } from './kpi.ts';
import { LINE_KIND } from './line.ts';
import { PROGRESS_KIND } from './progress.ts';
import { SLOPE_KIND } from './slope.ts';
import { SMALL_MULTIPLES_KIND } from './small-multiples.ts';
import { WAFFLE_KIND } from './waffle.ts';
import type { z } from 'zod';

/**
 * The one registry of chart kinds (DESIGN.md `src/charts/`): every `ChartKind` to the entry its file
 * exports (schema of its definition, builder, adapter from a definition, the ids it names). Chart
 * definitions (definition.ts), the dataset schema and the public `BUILDERS` dispatch through it.
 * A kind of `ChartKind` without an entry, an entry under a name that is no `ChartKind`, and an entry
 * whose schema has another `kind` do not compile. The order is the order of the dataset schema's kinds.
 */
export const CHART_KINDS = {
  bar: BAR_KIND,
  'grouped-bar': GROUPED_BAR_KIND,
  progress: PROGRESS_KIND,
  kpi: KPI_KIND,
  waffle: WAFFLE_KIND,
  'dot-plot': DOT_PLOT_KIND,
  dumbbell: DUMBBELL_KIND,
  'small-multiples': SMALL_MULTIPLES_KIND,
  slope: SLOPE_KIND,
  line: LINE_KIND,
  'change-table': CHANGE_TABLE_KIND,
} as const satisfies {
  readonly [K in ChartKind]: ChartKindEntry<z.ZodType<{ kind: K }>, (input: never, options: never) => Chart>;
};

/** The builder of one kind, with its own input and options types. */
export type ChartBuilder<K extends ChartKind> = (typeof CHART_KINDS)[K]['build'];

/** The schema of a definition of any kind. */
export type KindSchema = (typeof CHART_KINDS)[ChartKind]['schema'];
