import { z } from 'zod';
import { ChartDefinitionSchema } from '../charts/definition.ts';
import { FigureSchema, ProvenanceSchema, ReportMetaSchema, SectionSchema } from '../figures/schema.ts';
import { CheckDefSchema } from '../indicators/consistency/check.ts';
import { IndicatorDefSchema } from '../indicators/indicator.ts';
import type { JsonFileRole } from './files.ts';
import { StorySchema } from './story.ts';

/**
 * The schema of every JSON file of a dataset folder, one per file role (files.ts). Derived from the
 * zod schemas of the figure model, indicators, checks, chart definitions and stories, so a dataset
 * file and the library cannot disagree; `datasetJsonSchemas` publishes them as JSON Schema for editors.
 */

const $schema = z.string().optional();

export const ExclusionSchema = z
  .object({
    ...ProvenanceSchema.shape,
    reason: z.enum([
      'date',
      'year-as-name',
      'hotline',
      'congress-name',
      'slogan',
      'ordinal',
      'named-set',
      'page-metadata',
      'idiom',
    ]),
  })
  .strict();

/** `report.json`: the report's metadata and its sections, which tile the source text. */
export const ReportFileSchema = ReportMetaSchema.extend({ $schema, sections: z.array(SectionSchema).min(1) }).strict();

/** `figures.json`: every figure, and the numbers of the text left out on purpose. */
export const FiguresFileSchema = z
  .object({ $schema, figures: z.array(FigureSchema), exclusions: z.array(ExclusionSchema).optional() })
  .strict();

/** `indicators.json`: derived indicators, arquero expressions over figure ids. */
export const IndicatorsFileSchema = z.object({ $schema, indicators: z.array(IndicatorDefSchema) }).strict();

/** `checks.json`: consistency checks a fact-checker should review. */
export const ChecksFileSchema = z.object({ $schema, checks: z.array(CheckDefSchema) }).strict();

/** `charts.json`: chart definitions, in reading order. */
export const ChartsFileSchema = z.object({ $schema, charts: z.array(ChartDefinitionSchema) }).strict();

/** Every JSON file's schema, by role. */
export const FILE_SCHEMAS = {
  report: ReportFileSchema,
  figures: FiguresFileSchema,
  indicators: IndicatorsFileSchema,
  checks: ChecksFileSchema,
  charts: ChartsFileSchema,
  story: StorySchema,
} as const satisfies Record<JsonFileRole, z.ZodType>;

/** What a JSON file of each role holds once validated. */
export type FileContents = { [R in JsonFileRole]: z.output<(typeof FILE_SCHEMAS)[R]> };

/** What a dataset author writes in each file (labels may lack `en`, figures may lack `review`). */
export type FileInput = { [R in JsonFileRole]: z.input<(typeof FILE_SCHEMAS)[R]> };

/**
 * The JSON Schema (draft 2020-12) of every dataset file, by role, describing what an author
 * writes (`io: 'input'`: optional English labels, a default review state).
 *
 * @example datasetJsonSchemas().figures.properties.figures.type // 'array'
 */
export function datasetJsonSchemas(): Record<JsonFileRole, Record<string, unknown>> {
  const entries = Object.entries(FILE_SCHEMAS).map(([role, schema]) => [
    role,
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>,
  ]);
  return Object.fromEntries(entries) as Record<JsonFileRole, Record<string, unknown>>;
}
