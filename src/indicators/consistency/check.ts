import { z } from 'zod';
import type { FigureId, Label } from '../../figures/figure.ts';
import { FigureIdSchema, LabelSchema } from '../../figures/schema.ts';
import type { FindingCode } from '../../messages.ts';
import type { Problem } from '../../problem.ts';
import type { StatedFigure } from '../result.ts';

/**
 * Consistency checks as data: relations between a report's figures that a fact-checker should
 * verify. A dataset lists them (datasets/<id>/indicators.ts); `checkConsistency` runs them and
 * reports findings, which are warnings, never failures.
 */

/** A check id, unique within its set: kebab-case, e.g. `cremations-within-funerals`. */
export type CheckId = string & { readonly __brand: 'CheckId' };

/**
 * `parts` (added up, converted to the whole's unit) should not exceed `whole`.
 * `stated: true` when the report itself says so (其中: 丧事简办142起,其中劝导火化67起) and a breach is
 * `PART_EXCEEDS_WHOLE`; `stated: false` when the relation follows from the meaning (every person
 * detained was among the persons targeted) and a breach is `COUNT_EXCEEDS_TOTAL`.
 */
export interface PartOfCheck {
  kind: 'part-of';
  id: CheckId;
  whole: FigureId;
  parts: FigureId[];
  stated: boolean;
  note: Label;
}

/**
 * A stated rate next to its parts: `numerator / denominator` should round to `rate`. Without a
 * `denominator` (回复12345信访件413件,回复率达98%) the check reports the base the rate implies and
 * the whole numbers that fit it (`RATE_VS_PARTS`).
 */
export interface RateCheck {
  kind: 'rate';
  id: CheckId;
  rate: FigureId;
  numerator: FigureId;
  denominator?: FigureId;
  note: Label;
}

/**
 * Figures of one dimension that may count the same things twice (药材500亩 and 油菜1200亩 on the same
 * plots): always reported as `POSSIBLE_DOUBLE_COUNT`, with the range their union lies in
 * (the largest figure to the sum).
 */
export interface OverlapCheck {
  kind: 'overlap';
  id: CheckId;
  figures: FigureId[];
  note: Label;
}

export type CheckDef = PartOfCheck | RateCheck | OverlapCheck;
export type CheckKind = CheckDef['kind'];

export type { FindingCode } from '../../messages.ts';

/**
 * What a fact-checker should look at, with every figure involved and its quote: a {@link Problem} whose `ids`
 * are the figures involved.
 */
export interface Finding extends Problem<FindingCode> {
  /** The check or indicator that raised it. */
  source: { kind: 'check' | 'indicator'; id: string };
  figures: ({ id: FigureId } & StatedFigure)[];
  /** The definition's note (why the relation should hold, or why it may not), when there is one. */
  note?: Label;
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CheckIdSchema = z
  .string()
  .regex(kebab, 'check ids are kebab-case ASCII, e.g. "cremations-within-funerals"')
  .transform((s) => s as CheckId);

export const CheckDefSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('part-of'),
    id: CheckIdSchema,
    whole: FigureIdSchema,
    parts: z.array(FigureIdSchema).min(1),
    stated: z.boolean(),
    note: LabelSchema,
  }),
  z.object({
    kind: z.literal('rate'),
    id: CheckIdSchema,
    rate: FigureIdSchema,
    numerator: FigureIdSchema,
    denominator: FigureIdSchema.optional(),
    note: LabelSchema,
  }),
  z.object({
    kind: z.literal('overlap'),
    id: CheckIdSchema,
    figures: z.array(FigureIdSchema).min(2),
    note: LabelSchema,
  }),
]) satisfies z.ZodType<CheckDef, unknown>;
