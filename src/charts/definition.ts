import { z } from 'zod';
import { WorkreportError } from '../errors.ts';
import type { Figure, Label, ReportMeta } from '../figures/figure.ts';
import { FigureIdSchema, LabelSchema, SectionIdSchema } from '../figures/schema.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import { rowOfFigures } from '../compare/row-of-figures.ts';
import { barChart } from './bar.ts';
import { changeTable } from './change-table.ts';
import type { Chart, ChartKind, Lang } from './chart.ts';
import { dotPlot } from './dot-plot.ts';
import { dumbbellChart } from './dumbbell.ts';
import { groupedBarChart } from './grouped-bar.ts';
import { isIndicatorResult, type ChartItem } from './item.ts';
import { kpiChart } from './kpi.ts';
import { lineChart } from './line.ts';
import type { ChartOptions } from './options.ts';
import { progressChart } from './progress.ts';
import { slopeChart } from './slope.ts';
import { smallMultiples } from './small-multiples.ts';
import type { ThemeMode } from './theme.ts';
import { waffleChart } from './waffle.ts';
import { message } from '../messages.ts';

/**
 * Chart definitions (DESIGN.md "Chart"): what a dataset's `charts.json` says about a chart — its
 * kind, the figure or indicator ids it shows, its texts — as data. {@link buildChart} turns one into
 * a `Chart` through {@link CHART_KINDS}, the one registry of chart kinds (a kind without an entry
 * does not compile). `workreport init` writes definitions; the site, the CLI and the notebooks
 * build them.
 */

/** A chart slug, unique within its dataset: kebab-case ASCII (`land-and-compensation`). */
const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chart ids are kebab-case ASCII, e.g. "land-and-compensation"');

/** What every definition carries, whatever its kind. */
const base = {
  /** The chart's id within its dataset; the full chart id is `<dataset-id>/<id>`. */
  id: SlugSchema,
  /** The report section the chart illustrates. */
  section: SectionIdSchema,
  title: LabelSchema,
  subtitle: LabelSchema.optional(),
  notes: z.array(LabelSchema).optional(),
};

/** A figure or indicator id. */
const Ref = FigureIdSchema;
const Refs = z.array(Ref).min(1);
/** A year a figure stands for in a comparison chart. */
const Year = z.number().int().min(1900).max(2200);
/** One indicator of a comparison chart: its figures of this report, each with the year it stands for. */
const YearRow = z
  .object({ label: LabelSchema, values: z.array(z.object({ year: Year, figure: Ref }).strict()).min(2) })
  .strict();

/** Schema of one chart definition, by kind. */
export const ChartDefinitionSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('bar'), figures: Refs, sort: z.enum(['input', 'value']).optional() }).strict(),
  z
    .object({
      ...base,
      kind: z.literal('grouped-bar'),
      groups: z.array(z.object({ group: LabelSchema, figures: Refs }).strict()).min(1),
    })
    .strict(),
  z.object({ ...base, kind: z.literal('progress'), part: Ref, whole: Ref }).strict(),
  z.object({ ...base, kind: z.literal('kpi'), figure: Ref }).strict(),
  z.object({ ...base, kind: z.literal('waffle'), part: Ref, whole: Ref }).strict(),
  z.object({ ...base, kind: z.literal('dot-plot'), figures: Refs, stems: z.boolean().optional() }).strict(),
  z
    .object({
      ...base,
      kind: z.literal('dumbbell'),
      ends: z.object({ from: LabelSchema, to: LabelSchema }).strict(),
      rows: z.array(z.object({ label: LabelSchema, from: Ref, to: Ref }).strict()).min(1),
    })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('small-multiples'),
      panels: z.array(z.object({ title: LabelSchema, figures: Refs }).strict()).min(1),
    })
    .strict(),
  z.object({ ...base, kind: z.literal('slope'), rows: z.array(YearRow).min(1) }).strict(),
  z.object({ ...base, kind: z.literal('line'), rows: z.array(YearRow).min(1) }).strict(),
  z.object({ ...base, kind: z.literal('change-table'), rows: z.array(YearRow).min(1) }).strict(),
]);

/** One chart definition, as validated (labels with both languages). */
export type ChartDefinition = z.output<typeof ChartDefinitionSchema>;

/** The figures and computed indicators a definition may name, by id. */
export interface ChartSources {
  report: ReportMeta;
  figures: ReadonlyMap<string, Figure>;
  indicators: ReadonlyMap<string, IndicatorResult>;
}

/** Layout of a built chart. */
export interface ChartLayout {
  /** Overall width in pixels (at least 200). Default: the builder's own. */
  width?: number;
  /** Colour variant. Default: `'light'`. */
  theme?: ThemeMode;
}

/** How one kind of definition becomes a chart: look up its ids with `pick`, call its builder. */
type KindAdapter<K extends ChartKind> = (
  definition: Extract<ChartDefinition, { kind: K }>,
  options: ChartOptions,
  pick: { figure: (id: string) => Figure; item: (id: string) => ChartItem },
) => Chart;

/** The comparison rows of a definition's year rows, built from this report's figures. */
const yearRows = (
  rows: readonly z.output<typeof YearRow>[],
  report: string,
  pick: { figure: (id: string) => Figure },
) =>
  rows.map((row) =>
    rowOfFigures(
      row.label,
      row.values.map((v) => ({ year: v.year, figure: pick.figure(v.figure) })),
      report,
    ),
  );

/** Every chart kind's adapter from a definition to its builder. */
export const CHART_KINDS: { readonly [K in ChartKind]: KindAdapter<K> } = {
  bar: (d, options, pick) =>
    barChart(d.figures.map(pick.figure), d.sort === undefined ? options : { ...options, sort: d.sort }),
  'grouped-bar': (d, options, pick) =>
    groupedBarChart(
      d.groups.map((g) => ({ group: g.group, figures: g.figures.map(pick.figure) })),
      options,
    ),
  progress: (d, options, pick) => progressChart({ part: pick.figure(d.part), whole: pick.figure(d.whole) }, options),
  kpi: (d, options, pick) => kpiChart(pick.figure(d.figure), options),
  waffle: (d, options, pick) => waffleChart({ part: pick.figure(d.part), whole: pick.figure(d.whole) }, options),
  'dot-plot': (d, options, pick) =>
    dotPlot(d.figures.map(pick.item), d.stems === undefined ? options : { ...options, stems: d.stems }),
  dumbbell: (d, options, pick) =>
    dumbbellChart(
      {
        ends: d.ends,
        rows: d.rows.map((row) => ({ label: row.label, from: pick.figure(row.from), to: pick.figure(row.to) })),
      },
      options,
    ),
  'small-multiples': (d, options, pick) =>
    smallMultiples(
      d.panels.map((p) => ({ title: p.title, items: p.figures.map(pick.item) })),
      options,
    ),
  slope: (d, options, pick) => slopeChart(yearRows(d.rows, options.report.id, pick), options),
  line: (d, options, pick) => lineChart(yearRows(d.rows, options.report.id, pick), options),
  'change-table': (d, options, pick) => changeTable(yearRows(d.rows, options.report.id, pick), options),
};

/** Every figure or indicator id a definition names, in the order it names them. */
export function definitionRefs(definition: ChartDefinition): string[] {
  switch (definition.kind) {
    case 'bar':
    case 'dot-plot':
      return [...definition.figures];
    case 'grouped-bar':
      return definition.groups.flatMap((g) => g.figures);
    case 'progress':
    case 'waffle':
      return [definition.part, definition.whole];
    case 'kpi':
      return [definition.figure];
    case 'dumbbell':
      return definition.rows.flatMap((row) => [row.from, row.to]);
    case 'small-multiples':
      return definition.panels.flatMap((p) => p.figures);
    case 'slope':
    case 'line':
    case 'change-table':
      return definition.rows.flatMap((row) => row.values.map((v) => v.figure));
  }
}

/** The text of `label` in `lang`. */
const text = (label: Label, lang: Lang): string => label[lang];

/**
 * Build chart `definition` of the report `sources.report` in `lang`, with id
 * `<report id>/<definition id>`.
 *
 * @example buildChart({ id: 'land', section: 'projects', kind: 'kpi', figure: 'land-acquired', title: { zh: '征地', en: 'Land acquired' } }, sources, 'en').id
 *   // 'yangshahu-2019/land'
 * @throws WorkreportError `FIGURE_NOT_FOUND` naming the chart and the id when a definition names
 *   neither a figure nor an indicator of the report; `CHART_UNKNOWN` when a kind that takes
 *   figures names an indicator; the builders' `CHART_MIXED_UNITS`, `CHART_EMPTY`, `OPTION_INVALID`.
 */
export function buildChart(
  definition: ChartDefinition,
  sources: ChartSources,
  lang: Lang,
  layout: ChartLayout = {},
): Chart {
  const id = `${sources.report.id}/${definition.id}`;
  const options: ChartOptions = { report: sources.report, id, lang, title: text(definition.title, lang) };
  if (definition.subtitle !== undefined) options.subtitle = text(definition.subtitle, lang);
  if (definition.notes !== undefined) options.notes = definition.notes.map((note) => text(note, lang));
  if (layout.width !== undefined) options.width = layout.width;
  if (layout.theme !== undefined) options.theme = layout.theme;
  const item = (ref: string): ChartItem => {
    const found = sources.figures.get(ref) ?? sources.indicators.get(ref);
    if (found === undefined) {
      const params = { chart: id, ref, report: sources.report.id };
      throw new WorkreportError(message('FIGURE_NOT_FOUND', 'ofChart', params), { input: ref });
    }
    return found;
  };
  const figure = (ref: string): Figure => {
    const found = item(ref);
    if (isIndicatorResult(found)) {
      const params = { chart: id, kind: definition.kind, ref };
      throw new WorkreportError(message('CHART_UNKNOWN', 'figuresOnly', params), { input: ref });
    }
    return found;
  };
  const adapter = CHART_KINDS[definition.kind] as KindAdapter<ChartKind>;
  return adapter(definition, options, { figure, item });
}
