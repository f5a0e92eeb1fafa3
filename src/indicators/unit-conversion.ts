import { INPUT_UNITS, INPUT_UNIT_IDS, type InputUnit } from './indicator-unit.ts';

/** One exact conversion: a value in `from` times `num / den` is the value in `to`. */
export interface Conversion {
  from: InputUnit;
  to: InputUnit;
  num: number;
  den: number;
}

/**
 * Every conversion between input units of one dimension, as a table (one row per ordered pair,
 * identity included), the factor reduced to lowest terms from the `toBase` fractions of
 * src/figures/unit.ts: mu → ha is 1/15, percent → ratio is 1/100, m2 → m2 is 1/1.
 *
 * Multiplying by `num` then dividing by `den` rounds at most twice (once for an integer value);
 * an identity conversion leaves the value bit for bit. Units of different dimensions have no row:
 * 亩 and 户, or `count` and `m`, never convert.
 */
export function conversionTable(): Conversion[] {
  const rows: Conversion[] = [];
  for (const from of INPUT_UNIT_IDS) {
    for (const to of INPUT_UNIT_IDS) {
      const a = INPUT_UNITS[from];
      const b = INPUT_UNITS[to];
      if (a.dimension !== b.dimension) continue;
      const num = a.toBase.num * b.toBase.den;
      const den = a.toBase.den * b.toBase.num;
      const divisor = gcd(num, den);
      rows.push({ from, to, num: num / divisor, den: den / divisor });
    }
  }
  return rows;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
