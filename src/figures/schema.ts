import { z } from 'zod';
import { isIsoDate } from './iso-date.ts';
import type { Figure, FigureId, Label, ReportMeta, ReviewState, Section, SectionId } from './figure.ts';
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
const ISO_DATE_MESSAGE = 'dates are ISO 8601 and exist: "2019-12-16", "2019-12" or "2019"';
/** An ISO date that exists (2021-02-30 does not); the pattern also goes into the JSON Schema. */
const IsoDateSchema = z.string().regex(isoDate, ISO_DATE_MESSAGE).refine(isIsoDate, ISO_DATE_MESSAGE);

/** Control characters (C0, DEL, C1, line/paragraph separators): never valid in a label, title or note. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * One line of text a dataset shows to readers (label, title, note): non-empty, no control
 * characters (Word's manual line break U+000B is common in pasted text and breaks SVG).
 */
export const TextSchema = z
  .string()
  .min(1)
  .superRefine((text, context) => {
    const control = CONTROL.exec(text)?.[0];
    if (control === undefined) return;
    const code = (control.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    context.addIssue({
      code: 'custom',
      message: `contains the control character U+${code}; remove it or replace it by a space`,
    });
  });

/** `{zh, en?}` as written in a dataset file; an absent `en` becomes the zh text (pages say it is untranslated). */
export const LabelSchema = z
  .object({ zh: TextSchema, en: TextSchema.optional() })
  .transform((label): Label => ({ zh: label.zh, en: label.en ?? label.zh })) satisfies z.ZodType<Label, unknown>;

/** An http(s) URL; `javascript:`, `data:` and other schemes are refused. */
export const HttpUrlSchema = z
  .string()
  .url()
  .refine((s) => /^https?:\/\//i.test(s), 'only http and https URLs are allowed');

/** Review state of a figure; a figure in a dataset file without one is a `draft`. */
export const ReviewStateSchema = z.enum(['draft', 'reviewed']).default('draft') satisfies z.ZodType<
  ReviewState,
  unknown
>;

export const FigureIdSchema = z
  .string()
  .regex(kebab, 'figure ids are kebab-case ASCII, e.g. "poor-households-registered"')
  .transform((s) => s as FigureId);

export const SectionIdSchema = z
  .string()
  .regex(kebab, 'section ids are kebab-case ASCII, e.g. "party-building"')
  .transform((s) => s as SectionId);

export const UnitSchema = z.enum(UNIT_IDS as [UnitId, ...UnitId[]], {
  error: () => `is not a known unit; known: ${UNIT_IDS.join(', ')}`,
});
export const QualifierSchema = z.enum(QUALIFIER_IDS as [Qualifier, ...Qualifier[]], {
  error: () => `is not a known qualifier; known: ${QUALIFIER_IDS.join(', ')}`,
});

export const QuantitySchema = z
  .object({
    value: z
      .number()
      .finite()
      .refine(
        (v) => !Number.isInteger(v) || Number.isSafeInteger(v),
        'is beyond 2^53 (9007199254740991), which a JavaScript number cannot hold exactly; such a figure cannot be proven',
      ),
    unit: UnitSchema,
    qualifier: QualifierSchema,
    counted: z.string().min(1).optional(),
    valueMax: z.number().finite().optional(),
  })
  .refine((q) => q.valueMax === undefined || q.valueMax > q.value, {
    message:
      'valueMax is the upper end of a range: it must be above value (3-5亿元: value 300000000, valueMax 500000000)',
    path: ['valueMax'],
  }) satisfies z.ZodType<Quantity>;

export const PeriodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: z.number().int() }),
  z.object({ kind: z.literal('cumulative'), through: IsoDateSchema.optional() }),
  z.object({ kind: z.literal('since'), start: IsoDateSchema, through: IsoDateSchema.optional() }),
  z.object({ kind: z.literal('through'), end: IsoDateSchema, start: IsoDateSchema.optional() }),
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
  note: TextSchema.optional(),
  review: ReviewStateSchema,
}) satisfies z.ZodType<Figure, unknown>;

export const SectionSchema = z.object({
  id: SectionIdSchema,
  heading: TextSchema,
  label: LabelSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  part: z.enum(['preamble', 'review', 'plan']),
}) satisfies z.ZodType<Section, unknown>;

/** Dataset ids: kebab-case ASCII, and never a name `Object.prototype` has. */
export const DatasetIdSchema = z
  .string()
  .regex(kebab, 'dataset ids are kebab-case ASCII, e.g. "yangshahu-2019"')
  .refine((s) => !(s in Object.prototype), 'this id is a reserved JavaScript name; choose another');

const placePart = TextSchema.optional();

export const ReportMetaSchema = z.object({
  id: DatasetIdSchema,
  title: LabelSchema,
  publisher: LabelSchema.optional(),
  published: IsoDateSchema.optional(),
  year: z.number().int().min(1949).max(2100),
  place: z.object({ province: placePart, city: placePart, county: placePart, town: placePart }),
  url: HttpUrlSchema.optional(),
  language: z.literal('zh-CN'),
  toFill: z.array(z.string().min(1)).optional(),
}) satisfies z.ZodType<ReportMeta, unknown>;
