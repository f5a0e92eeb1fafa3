import type { z } from 'zod';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
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
  const invalid = (what: string): never => {
    throw new WorkreportError(message('INDICATOR_INVALID', 'inputs', { id: def.id, what }), { input: def });
  };
  const references = formulaReferences(def.formula);
  const declared = def.inputs.map((input) => input.id);
  const duplicate = declared.find((id, i) => declared.indexOf(id) !== i);
  if (duplicate) invalid(`input "${duplicate}" is listed twice; list each figure once`);
  const referenced = references.map((r) => r.id);
  const undeclared = referenced.filter((id) => !declared.includes(id));
  if (undeclared.length > 0)
    invalid(
      `the formula references ${undeclared.join(', ')}, which \`inputs\` does not declare; add them with their unit and direction`,
    );
  const unused = declared.filter((id) => !referenced.includes(id));
  if (unused.length > 0)
    invalid(`inputs ${unused.join(', ')} are not used by the formula "${def.formula}"; remove them or use them`);
  for (const input of def.inputs) {
    const structural = references.find((r) => r.id === input.id)?.direction;
    if (structural !== 'mixed' && structural !== input.direction) {
      invalid(
        `input "${input.id}" is declared ${input.direction} but the formula "${def.formula}" makes it ${structural}`,
      );
    }
  }
}
