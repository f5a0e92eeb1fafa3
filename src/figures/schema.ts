import { z } from 'zod';
import type { Figure, FigureId, Label, ReportMeta, Section, SectionId } from './figure.ts';
import type { Period } from './period.ts';
import type { Provenance } from './provenance.ts';
import type { Quantity } from './quantity.ts';
import { QUALIFIER_IDS, type Qualifier } from './qualifier.ts';
import { UNIT_IDS, type UnitId } from './unit.ts';

/**
 * Runtime schemas for the figure model. Each is pinned to its interface with `satisfies`, so the
 * runtime check cannot drift from the type.
 */

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isoDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const LabelSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) }) satisfies z.ZodType<Label>;

export const FigureIdSchema = z
  .string()
  .regex(kebab, 'figure ids are kebab-case ASCII, e.g. "poor-households-registered"')
  .transform((s) => s as FigureId);

export const SectionIdSchema = z
  .string()
  .regex(kebab, 'section ids are kebab-case ASCII, e.g. "party-building"')
  .transform((s) => s as SectionId);

export const UnitSchema = z.enum(UNIT_IDS as [UnitId, ...UnitId[]]);
export const QualifierSchema = z.enum(QUALIFIER_IDS as [Qualifier, ...Qualifier[]]);

export const QuantitySchema = z.object({
  value: z.number().finite(),
  unit: UnitSchema,
  qualifier: QualifierSchema,
  counted: z.string().min(1).optional(),
}) satisfies z.ZodType<Quantity>;

export const PeriodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: z.number().int() }),
  z.object({ kind: z.literal('cumulative'), through: z.string().regex(isoDate).optional() }),
  z.object({ kind: z.literal('since'), start: z.string().regex(isoDate), through: z.string().regex(isoDate).optional() }),
  z.object({ kind: z.literal('through'), end: z.string().regex(isoDate), start: z.string().regex(isoDate).optional() }),
  z.object({ kind: z.literal('target'), year: z.number().int() }),
  z.object({ kind: z.literal('unspecified') }),
]) satisfies z.ZodType<Period>;

export const ProvenanceSchema = z.object({
  quote: z.string().min(1),
  offset: z.number().int().nonnegative(),
}) satisfies z.ZodType<Provenance>;

export const FigureSchema = z.object({
  id: FigureIdSchema,
  section: SectionIdSchema,
  label: LabelSchema,
  quantity: QuantitySchema,
  period: PeriodSchema,
  provenance: ProvenanceSchema,
  tags: z.array(z.string().min(1)).optional(),
  note: z.string().min(1).optional(),
}) satisfies z.ZodType<Figure, unknown>;

export const SectionSchema = z.object({
  id: SectionIdSchema,
  heading: z.string().min(1),
  label: LabelSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  part: z.enum(['preamble', 'summary', 'plan']),
}) satisfies z.ZodType<Section, unknown>;

export const ReportMetaSchema = z.object({
  id: z.string().regex(kebab),
  title: LabelSchema,
  publisher: LabelSchema,
  published: z.string().regex(isoDate),
  year: z.number().int(),
  place: z.object({ town: z.string(), county: z.string(), city: z.string(), province: z.string() }),
  url: z.string().url(),
  language: z.literal('zh-CN'),
}) satisfies z.ZodType<ReportMeta>;
