import { z } from 'zod';
import { WorkreportError } from '../errors.ts';
import type { Figure, Label, ReportMeta } from '../figures/figure.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import type { Chart, Lang } from './chart.ts';
import type { ChartKindEntry } from './chart-kind.ts';
import { isIndicatorResult, type ChartItem } from './item.ts';
import type { ChartOptions } from './options.ts';
import { CHART_KINDS, type KindSchema } from './registry.ts';
import type { ThemeMode } from './theme.ts';
import { message } from '../messages.ts';

/**
 * Chart definitions (DESIGN.md "Chart"): what a dataset's `charts.json` says about a chart — its
 * kind, the figure or indicator ids it shows, its texts — as data. The schema of each kind and the
 * adapter from a definition to its builder are in the kind's file; {@link buildChart} dispatches
 * through {@link CHART_KINDS}, the one registry of chart kinds. `workreport init` writes
 * definitions; the site, the CLI and the notebooks build them.
 */

/** Schema of one chart definition, by kind: the union of every registered kind's schema, in registry order. */
export const ChartDefinitionSchema = z.discriminatedUnion(
  'kind',
  Object.values(CHART_KINDS).map((entry) => entry.schema) as unknown as [KindSchema, ...KindSchema[]],
);

/** One chart definition, as validated (labels with both languages). */
export type ChartDefinition = z.output<typeof ChartDefinitionSchema>;

/** The registry entry of `definition`'s kind, typed for any definition. */
const entryOf = (definition: ChartDefinition): ChartKindEntry<z.ZodType<ChartDefinition>> =>
  CHART_KINDS[definition.kind];

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

/** Every figure or indicator id a definition names, in the order it names them. */
export function definitionRefs(definition: ChartDefinition): string[] {
  return entryOf(definition).refs(definition);
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
  return entryOf(definition).fromDefinition(definition, options, { figure, item });
}
