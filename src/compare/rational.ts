/**
 * Exact rational arithmetic for growth rates and precision intervals (STACK.md "Floats and 万"):
 * a figure's value is read back as the decimal it was written as (the shortest decimal string of
 * the double, 110250000000 or 12.5), and every sum, difference, product and quotient is kept as a
 * fraction of BigInts. A `number` is made once, at the end, from a decimal string.
 */

/** `num / den`, `den > 0`, not necessarily in lowest terms. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The decimal a finite number prints as, exactly: `rational(1102.5)` is 11025/10,
 * `rational(1.13e4)` is 11300/1 (`1.13 * 1e4` would be 11299.999999999998).
 * @throws RangeError for NaN and ±Infinity (figures never carry them).
 */
export function rational(value: number): Rational {
  const match = NUMBER_TEXT.exec(String(value));
  if (!match || !Number.isFinite(value))
    throw new RangeError(`cannot read ${String(value)} as a decimal: not a finite number`);
  const [, sign = '', int = '', frac = '', exp = '0'] = match;
  const mantissa = BigInt(`${sign}${int}${frac}`);
  const scale = frac.length - Number(exp);
  return scale >= 0 ? { num: mantissa, den: 10n ** BigInt(scale) } : { num: mantissa * 10n ** BigInt(-scale), den: 1n };
}

/** `10^exp` for any integer `exp`: `pow10(-2)` is 1/100. */
export function pow10(exp: number): Rational {
  return exp >= 0 ? { num: 10n ** BigInt(exp), den: 1n } : { num: 1n, den: 10n ** BigInt(-exp) };
}

export const ZERO: Rational = { num: 0n, den: 1n };
export const HUNDRED: Rational = { num: 100n, den: 1n };

export function add(a: Rational, b: Rational): Rational {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

export function sub(a: Rational, b: Rational): Rational {
  return { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

export function mul(a: Rational, b: Rational): Rational {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** `a / b`; `b` must not be zero (callers check with {@link isZero}). */
export function div(a: Rational, b: Rational): Rational {
  const sign = b.num < 0n ? -1n : 1n;
  return { num: a.num * b.den * sign, den: a.den * b.num * sign };
}

export function isZero(a: Rational): boolean {
  return a.num === 0n;
}

/** Negative, zero or positive as `a` is below, equal to or above `b`. */
export function compare(a: Rational, b: Rational): number {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** Significant decimal digits computed before the one conversion to a double. */
const DIGITS = 24n;

/**
 * The double nearest `a`: digits are produced by long division to 24 places and the decimal
 * string converted once (so 21/614 × 100 reads 3.420195439739414, and 1/10 is exactly `0.1`).
 */
export function toNumber(a: Rational): number {
  const negative = a.num < 0n !== a.den < 0n;
  const num = a.num < 0n ? -a.num : a.num;
  const den = a.den < 0n ? -a.den : a.den;
  const int = num / den;
  const frac = ((num % den) * 10n ** DIGITS) / den;
  const text = `${int}.${frac.toString().padStart(Number(DIGITS), '0')}`;
  const value = Number(text);
  return negative && value !== 0 ? -value : value;
}
