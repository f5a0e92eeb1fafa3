import { z } from 'zod';
import { rowOfFigures } from '../compare/row-of-figures.ts';
import type { Figure } from '../figures/figure.ts';
import { FigureIdSchema, LabelSchema, SectionIdSchema } from '../figures/schema.ts';
import type { Chart, ChartKind } from './chart.ts';
import type { ChartItem } from './item.ts';
import type { ChartOptions } from './options.ts';

/**
 * What a chart kind is, as its file declares it for the registry (registry.ts): the schema of its
 * definition in `charts.json`, its builder, the adapter from a definition to the builder, and the
 * ids a definition names. The kind's alt text and key number are written by its builder, in the
 * same file. Also the parts every kind's definition schema shares.
 */

/** A chart slug, unique within its dataset: kebab-case ASCII (`land-and-compensation`). */
const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chart ids are kebab-case ASCII, e.g. "land-and-compensation"');

/** What every definition carries, whatever its kind. */
export const DEFINITION_BASE = {
  /** The chart's id within its dataset; the full chart id is `<dataset-id>/<id>`. */
  id: SlugSchema,
  /** The report section the chart illustrates. */
  section: SectionIdSchema,
  title: LabelSchema,
  subtitle: LabelSchema.optional(),
  notes: z.array(LabelSchema).optional(),
};

/** A figure or indicator id. */
export const RefSchema = FigureIdSchema;
/** One or more figure or indicator ids. */
export const RefsSchema = z.array(RefSchema).min(1);
/** A year a figure stands for in a comparison chart. */
const YearSchema = z.number().int().min(1900).max(2200);
/** One indicator of a comparison chart: its figures of this report, each with the year it stands for. */
export const YearRowSchema = z
  .object({ label: LabelSchema, values: z.array(z.object({ year: YearSchema, figure: RefSchema }).strict()).min(2) })
  .strict();

/** How an adapter looks up the ids of a definition: as figures only, or as figures or indicators. */
export interface DefinitionPick {
  /** The figure of `id`; throws `FIGURE_NOT_FOUND`, or `CHART_UNKNOWN` for an indicator. */
  figure: (id: string) => Figure;
  /** The figure or indicator of `id`; throws `FIGURE_NOT_FOUND`. */
  item: (id: string) => ChartItem;
}

/** The comparison rows of a definition's year rows, built from this report's figures. */
export function yearRows(
  rows: readonly z.output<typeof YearRowSchema>[],
  report: string,
  pick: Pick<DefinitionPick, 'figure'>,
) {
  return rows.map((row) =>
    rowOfFigures(
      row.label,
      row.values.map((v) => ({ year: v.year, figure: pick.figure(v.figure) })),
      report,
    ),
  );
}

/**
 * One kind of chart, as the registry holds it. `S` is the schema of its definitions, `B` its builder.
 * The adapter and the id list are methods, so the registry can hold every kind under one type.
 */
export interface ChartKindEntry<
  S extends z.ZodType<{ kind: ChartKind }> = z.ZodType<{ kind: ChartKind }>,
  B extends (input: never, options: never) => Chart = (input: never, options: never) => Chart,
> {
  /** The schema of a definition of this kind in `charts.json` (with `kind` its literal). */
  schema: S;
  /** The builder: the kind's input and options in, a `Chart` out. */
  build: B;
  /** The chart of `definition`: its ids looked up with `pick`, then the builder called. */
  fromDefinition(definition: z.output<S>, options: ChartOptions, pick: DefinitionPick): Chart;
  /** Every figure or indicator id `definition` names, in the order it names them. */
  refs(definition: z.output<S>): string[];
}

/** A kind's registry entry, its types inferred from its schema and builder. */
export function chartKind<S extends z.ZodType<{ kind: ChartKind }>, B extends (input: never, options: never) => Chart>(
  entry: ChartKindEntry<S, B>,
): ChartKindEntry<S, B> {
  return entry;
}
