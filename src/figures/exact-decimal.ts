/**
 * Exact decimal arithmetic for the number parser (STACK.md "Floats and 万"): `1.13 * 1e4` is
 * 11299.999999999998 in floats, so digits are kept as a BigInt mantissa and a decimal scale, shifted
 * by powers of ten without rounding, and converted to a `number` once, from a decimal string.
 */

/** `mantissa × 10^-scale`, both non-negative: 185.31 is `{ mantissa: 18531n, scale: 2 }`. */
export interface ExactDecimal {
  readonly mantissa: bigint;
  readonly scale: number;
}

/**
 * The decimal written by ASCII digit strings: `exactDecimal('1', '13')` is 1.13.
 * @param integer digits before the point, at least one (`'0'` for 0.9)
 * @param fraction digits after the point, `''` for an integer
 */
export function exactDecimal(integer: string, fraction = ''): ExactDecimal {
  return { mantissa: BigInt(integer + fraction), scale: fraction.length };
}

/** `d × 10^exp`, exactly: 1.13 × 10⁴ is `{ mantissa: 11300n, scale: 0 }`; a negative `exp` divides (3 角 = 3 × 10⁻¹ 元). */
export function timesPow10(d: ExactDecimal, exp: number): ExactDecimal {
  if (d.scale >= exp) return { mantissa: d.mantissa, scale: d.scale - exp };
  return { mantissa: d.mantissa * 10n ** BigInt(exp - d.scale), scale: 0 };
}

/**
 * `d × num / den`, exactly, for a `den` that divides a power of ten (1, 2, 4, 5, 8, 10 …): 1200 斤 ×
 * 1/2 is 600 kg, 3 成 × 10 is 30 %. Throws `RangeError` for another `den` (1/3 has no decimal).
 */
export function timesRatio(d: ExactDecimal, num: number, den: number): ExactDecimal {
  for (let k = 0; k <= 20; k++) {
    const pow = 10n ** BigInt(k);
    if (pow % BigInt(den) === 0n)
      return { mantissa: d.mantissa * BigInt(num) * (pow / BigInt(den)), scale: d.scale + k };
  }
  throw new RangeError(`timesRatio: ${num}/${den} has no exact decimal`);
}

/** `a + b`, exactly. */
export function plus(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const scale = Math.max(a.scale, b.scale);
  return { mantissa: align(a, scale) + align(b, scale), scale };
}

/** True when `a < b`. */
export function lessThan(a: ExactDecimal, b: ExactDecimal): boolean {
  const scale = Math.max(a.scale, b.scale);
  return align(a, scale) < align(b, scale);
}

/** True when `d < 10^exp` (a part written after 万 must be below 10⁴). */
export function belowPow10(d: ExactDecimal, exp: number): boolean {
  return d.mantissa < 10n ** BigInt(exp + d.scale);
}

/**
 * The nearest `number`, converted once from the decimal string: `{ 11300n, 0 }` → 11300,
 * `{ 18531n, 2 }` → 185.31 (the same double as the literal `185.31`).
 */
export function toNumber(d: ExactDecimal): number {
  if (d.scale === 0) return Number(d.mantissa);
  const digits = d.mantissa.toString().padStart(d.scale + 1, '0');
  return Number(`${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`);
}

function align(d: ExactDecimal, scale: number): bigint {
  return d.mantissa * 10n ** BigInt(scale - d.scale);
}
