import type { z } from 'zod';
import { WorkreportError } from '../errors.ts';
import { message, type Message } from '../messages.ts';
import { formulaReferences } from './formula.ts';
import { IndicatorDefSchema, type IndicatorDef } from './indicator.ts';

/** What a dataset author writes: an `IndicatorDef` with ids as plain strings. */
export type IndicatorDefInput = z.input<typeof IndicatorDefSchema>;

/**
 * Validate indicator definitions once, when their module loads, and return them typed.
 *
 * Checks each definition against `IndicatorDefSchema`, that ids are unique, that the formula parses
 * (formula.ts) and references exactly the declared inputs, each once in `inputs`, and that every
 * declared `direction` agrees with the formula wherever its structure decides it (`d['a'] / d['b']`:
 * a increasing, b decreasing). Where a figure occurs with both signs (`d['a'] / (d['a'] + d['b'])`)
 * the declared direction is taken as written. It does not look at any report: a figure missing from
 * a report is a `INPUT_MISSING` problem of the result, not a definition error.
 *
 * @throws WorkreportError `INDICATOR_INVALID` (names the indicator and what is wrong),
 *   `INDICATOR_DUPLICATE_ID`, `FORMULA_INVALID` (quotes the failing snippet of the formula).
 */
export function defineIndicators(inputs: readonly IndicatorDefInput[]): IndicatorDef[] {
  const seen = new Set<string>();
  return inputs.map((input, i) => {
    const result = IndicatorDefSchema.safeParse(input);
    if (!result.success) {
      const issues = result.error.issues
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ');
      throw new WorkreportError(message('INDICATOR_INVALID', 'schema', { index: i, id: input.id, issues }), {
        input,
        cause: result.error,
      });
    }
    const def = result.data;
    if (seen.has(def.id)) {
      throw new WorkreportError(message('INDICATOR_DUPLICATE_ID', 'twice', { id: def.id }), { input: def.id });
    }
    seen.add(def.id);
    checkInputs(def);
    return def;
  });
}

function checkInputs(def: IndicatorDef): void {
  const { id, formula } = def;
  const invalid = (error: Message<'INDICATOR_INVALID'>): never => {
    throw new WorkreportError(error, { input: def });
  };
  const references = formulaReferences(formula);
  const declared = def.inputs.map((input) => input.id);
  const duplicate = declared.find((input, i) => declared.indexOf(input) !== i);
  if (duplicate) invalid(message('INDICATOR_INVALID', 'inputTwice', { id, input: duplicate }));
  const referenced = references.map((r) => r.id);
  const undeclared = referenced.filter((input) => !declared.includes(input));
  if (undeclared.length > 0) invalid(message('INDICATOR_INVALID', 'undeclared', { id, inputs: undeclared }));
  const unused = declared.filter((input) => !referenced.includes(input));
  if (unused.length > 0) invalid(message('INDICATOR_INVALID', 'unused', { id, inputs: unused, formula }));
  for (const input of def.inputs) {
    const structural = references.find((r) => r.id === input.id)?.direction;
    if (structural !== 'mixed' && structural !== input.direction) {
      const params = { id, input: input.id, declared: input.direction, formula, structural: String(structural) };
      invalid(message('INDICATOR_INVALID', 'direction', params));
    }
  }
}
