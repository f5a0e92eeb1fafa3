import { QUALIFIERS, type Qualifier } from '../figures/qualifier.ts';
import { add, mul, pow10, rational, sub, type Rational } from './rational.ts';

/**
 * What a written number tells of the true one: the interval its digits and qualifier allow.
 * A level written 120.88亿元 lies within ± 0.005亿 (half a unit of its last digit); a rate written
 * 21.1% within ± 0.05%; 突破2000亿元 (more than) has no upper end.
 */

/** Closed interval of exact values; `null` for an open end (no bound on that side). */
export interface Interval {
  lo: Rational | null;
  hi: Rational | null;
}

/** A magnitude word after the last digits of a quote, and its power of ten. */
const MAGNITUDES: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

/** A run of Arabic digits (half- or full-width) with its fraction, not followed by more digits. */
const LAST_DIGITS = /([0-9０-９]+)(?:[.．]([0-9０-９]+))?(?![0-9０-９.．])/gu;

/**
 * Half a unit of the last written digit of `quote`, in the figure's canonical unit:
 * `1102.5亿元` → 0.05 × 10⁸ (5000000), `12%` → 0.5, `1亿8990万元` → 5000, `0.4个百分点` → 0.05.
 * For a quote without Arabic digits (两千, 百分之六十) half the smallest non-zero place of `value`
 * (two thousand → 500).
 * @param quote the figure's words as written (provenance.quote)
 * @param value the figure's value in its canonical unit (after 万/亿)
 */
export function halfUnit(quote: string, value: number): Rational {
  const runs = [...quote.matchAll(LAST_DIGITS)];
  const last = runs.at(-1);
  if (last === undefined) return halfPlace(value);
  const decimals = last[2]?.length ?? 0;
  const after = quote.charAt((last.index ?? 0) + last[0].length);
  const magnitude = MAGNITUDES[after] ?? 0;
  return mul({ num: 1n, den: 2n }, pow10(magnitude - decimals));
}

/** Half the smallest non-zero decimal place of `value` (2000 → 500, 0.6 → 0.05). */
function halfPlace(value: number): Rational {
  const exact = rational(Math.abs(value));
  if (exact.num === 0n) return { num: 1n, den: 2n };
  let place = 0;
  let num = exact.num;
  while (num % 10n === 0n) {
    num /= 10n;
    place += 1;
  }
  const scale = exact.den.toString().length - 1;
  return mul({ num: 1n, den: 2n }, pow10(place - scale));
}

/**
 * The interval of true values a written figure allows.
 * - `exact`: value ± half a unit of the last digit ({@link halfUnit});
 * - `approx` (约, 左右): value ± one unit of the last digit (a reader's 约12% may be 11–13);
 * - `more_than`, `at_least` (突破, 余, 以上): from the value up, no upper end;
 * - `at_most` (不到, 以下): up to the value, no lower end.
 * @example writtenInterval('12%', 12, 'exact') // { lo: { num: 23n, den: 2n }, hi: { num: 25n, den: 2n } } (11.5 to 12.5)
 * @example writtenInterval('突破100亿元', 1e10, 'more_than') // { lo: { num: 10000000000n, den: 1n }, hi: null } (1e10, open)
 */
export function writtenInterval(quote: string, value: number, qualifier: Qualifier): Interval {
  const v = rational(value);
  const half = halfUnit(quote, value);
  // The qualifier's bound (qualifier.ts) says which side of the true value the written one lies.
  switch (QUALIFIERS[qualifier].bound) {
    case 'exact':
      return { lo: sub(v, half), hi: add(v, half) };
    case 'approx': {
      const unit = mul(half, { num: 2n, den: 1n });
      return { lo: sub(v, unit), hi: add(v, unit) };
    }
    case 'lower':
      return { lo: v, hi: null };
    case 'upper':
      return { lo: null, hi: v };
  }
}
