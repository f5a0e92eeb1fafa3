import type { z } from 'zod';
import { WorkreportError } from '../../errors.ts';
import { message } from '../../messages.ts';
import { CheckDefSchema, type CheckDef } from './check.ts';

/** What a dataset author writes: a `CheckDef` with ids as plain strings. */
export type CheckDefInput = z.input<typeof CheckDefSchema>;

/**
 * Validate consistency-check definitions once, when their module loads, and return them typed.
 * Checks each against `CheckDefSchema`, that ids are unique and that no check names a figure twice.
 * Figures missing from a report are findings when the checks run, not definition errors.
 *
 * @throws WorkreportError `CHECK_INVALID`, naming the check and the field or figure at fault.
 */
export function defineChecks(inputs: readonly CheckDefInput[]): CheckDef[] {
  const seen = new Set<string>();
  return inputs.map((input, i) => {
    const result = CheckDefSchema.safeParse(input);
    if (!result.success) {
      const issues = result.error.issues
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ');
      throw new WorkreportError(message('CHECK_INVALID', 'schema', { index: i, id: input.id, issues }), {
        input,
        cause: result.error,
      });
    }
    const check = result.data;
    if (seen.has(check.id))
      throw new WorkreportError(message('CHECK_INVALID', 'idTwice', { id: check.id }), { input: check.id });
    seen.add(check.id);
    const ids = figureIds(check);
    const twice = ids.find((id, j) => ids.indexOf(id) !== j);
    if (twice)
      throw new WorkreportError(message('CHECK_INVALID', 'figureTwice', { id: check.id, figure: twice }), {
        input: check,
      });
    return check;
  });
}

/** Every figure a check reads, in the order the definition names them. */
export function figureIds(check: CheckDef): string[] {
  switch (check.kind) {
    case 'part-of':
      return [check.whole, ...check.parts];
    case 'rate':
      return check.denominator ? [check.rate, check.numerator, check.denominator] : [check.rate, check.numerator];
    case 'overlap':
      return check.figures;
  }
}
