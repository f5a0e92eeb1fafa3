import { z } from 'zod';
import type { FigureId, Label } from '../figures/figure.ts';
import { FigureIdSchema, LabelSchema, UnitSchema } from '../figures/schema.ts';
import type { Direction } from './formula.ts';
import { INPUT_UNIT_IDS, type IndicatorUnit, type InputUnit } from './indicator-unit.ts';

/**
 * Derived indicators as data (DESIGN.md "Indicator"): what to compute from a report's figures,
 * never the computed number itself. `computeIndicators` turns these into results with arquero.
 */

/** An indicator id, unique within its set: kebab-case, e.g. `poor-persons-lifted-share`. */
export type IndicatorId = string & { readonly __brand: 'IndicatorId' };

/** One figure an indicator reads. */
export interface IndicatorInput {
  id: FigureId;
  /**
   * The unit the figure is converted to before the formula runs (exactly, with the `toBase`
   * fractions of src/figures/unit.ts: 430 mu as `ha` is 430·10000/(15·10000)). A figure of another
   * dimension is a `UNIT_INCOMPATIBLE` problem, not a number.
   */
  unit: InputUnit;
  /** For `count` inputs: what must be counted (`funerals`); another `counted` is `UNIT_INCOMPATIBLE`. */
  counted?: string;
  /**
   * How the result moves when this figure grows: a lower bound (20余) in a `decreasing` position
   * gives an upper bound. Must agree with the formula wherever its structure decides it.
   */
  direction: Direction;
}

/** An indicator definition. */
export interface IndicatorDef {
  id: IndicatorId;
  label: Label;
  /** Unit of the value; ratios are fractions (`ratio`, 0..1), see indicator-unit.ts. */
  unit: IndicatorUnit;
  /** An arquero expression over the inputs, e.g. `d['poor-persons-lifted'] / d['poor-persons-registered']` (grammar in formula.ts). */
  formula: string;
  /** Every figure the formula references, each once. */
  inputs: IndicatorInput[];
  /** How the indicator is read and its caveats (overlaps, inferred periods), in both languages. */
  method: Label;
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IndicatorIdSchema = z
  .string()
  .regex(kebab, 'indicator ids are kebab-case ASCII, e.g. "poor-persons-lifted-share"')
  .transform((s) => s as IndicatorId);

export const InputUnitSchema = z.enum(INPUT_UNIT_IDS as [InputUnit, ...InputUnit[]]);

export const IndicatorUnitSchema = z.union([
  InputUnitSchema,
  z.templateLiteral([UnitSchema, '/', UnitSchema]),
]) satisfies z.ZodType<IndicatorUnit>;

export const IndicatorInputSchema = z.object({
  id: FigureIdSchema,
  unit: InputUnitSchema,
  counted: z.string().min(1).optional(),
  direction: z.enum(['increasing', 'decreasing']),
}) satisfies z.ZodType<IndicatorInput, unknown>;

export const IndicatorDefSchema = z.object({
  id: IndicatorIdSchema,
  label: LabelSchema,
  unit: IndicatorUnitSchema,
  formula: z.string().min(1),
  inputs: z.array(IndicatorInputSchema).min(1),
  method: LabelSchema,
}) satisfies z.ZodType<IndicatorDef, unknown>;
