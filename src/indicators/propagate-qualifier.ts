import { QUALIFIERS, type Qualifier } from '../figures/qualifier.ts';
import type { Direction } from './formula.ts';
import type { ResultQualifier } from './result.ts';

/**
 * The qualifier of a result from its inputs' qualifiers and directions.
 *
 * A lower bound (余, 多, 以上) in an increasing position makes the result a lower bound, in a
 * decreasing position an upper bound; an upper bound (不到, 以下) the reverse. Then:
 * both a lower and an upper bound → `unknown`; else any `approx` input (近, 约) → `approx`;
 * else `at_least`, `at_most` or `exact`.
 *
 * Example (Yangshahu 2019): 600余万元 ÷ (101 + 142 + 183) events → `at_least`.
 */
export function propagateQualifier(inputs: readonly { qualifier: Qualifier; direction: Direction }[]): ResultQualifier {
  let lower = false;
  let upper = false;
  let approx = false;
  for (const { qualifier, direction } of inputs) {
    // Which side of the true value the input's qualifier puts the stated number (qualifier.ts).
    const { bound } = QUALIFIERS[qualifier];
    if (bound === 'approx') approx = true;
    if (bound === 'lower' || bound === 'upper') {
      const isLower = (bound === 'lower') === (direction === 'increasing');
      if (isLower) lower = true;
      else upper = true;
    }
  }
  if (lower && upper) return 'unknown';
  if (approx) return 'approx';
  if (lower) return 'at_least';
  if (upper) return 'at_most';
  return 'exact';
}
