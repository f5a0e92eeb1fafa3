/**
 * Exact decimal arithmetic for the number parser (STACK.md "Floats and 万"): `1.13 * 1e4` is
 * 11299.999999999998 in floats, so digits are kept as an integer mantissa and a decimal scale, shifted
 * by powers of ten without rounding, and converted to a `number` once. The mantissa is a `number`
 * while it is a safe integer (up to 2^53 − 1, where every operation on it is exact) and a `bigint`
 * beyond: almost every figure of a report stays on the fast path, with no BigInt allocated.
 */

/**
 * `mantissa × 10^-scale`, both non-negative: 185.31 is `{ mantissa: 18531, scale: 2 }`. The mantissa
 * is a `number` exactly when it is at most `Number.MAX_SAFE_INTEGER`, else a `bigint`.
 */
export interface ExactDecimal {
  readonly mantissa: number | bigint;
  readonly scale: number;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);
/** Powers of ten exact as doubles: 10^0 … 10^22. */
const EXACT_POW10 = 22;
/** Digits that always make a safe integer (10^15 − 1 < 2^53). */
const SAFE_DIGITS = 15;

/**
 * The decimal written by ASCII digit strings: `exactDecimal('1', '13')` is 1.13.
 * @param integer digits before the point, at least one (`'0'` for 0.9)
 * @param fraction digits after the point, `''` for an integer
 */
export function exactDecimal(integer: string, fraction = ''): ExactDecimal {
  const digits = integer + fraction;
  return {
    mantissa: digits.length <= SAFE_DIGITS ? Number(digits) : canonical(BigInt(digits)),
    scale: fraction.length,
  };
}

/**
 * `mantissa × 10^-scale` from a mantissa already read as a number (the scanner reads digits into
 * one as it goes). Throws `RangeError` when `mantissa` is not a non-negative safe integer.
 */
export function decimalOfSafeInteger(mantissa: number, scale: number): ExactDecimal {
  if (!Number.isSafeInteger(mantissa) || mantissa < 0) throw new RangeError(`not a safe mantissa: ${mantissa}`);
  return { mantissa, scale };
}

/** `d × 10^exp`, exactly: 1.13 × 10⁴ is `{ mantissa: 11300, scale: 0 }`; a negative `exp` divides (3 角 = 3 × 10⁻¹ 元). */
export function timesPow10(d: ExactDecimal, exp: number): ExactDecimal {
  if (d.scale >= exp) return { mantissa: d.mantissa, scale: d.scale - exp };
  const shift = exp - d.scale;
  if (typeof d.mantissa === 'number' && shift <= EXACT_POW10) {
    // Exact: both factors are exact integers, and a product that is a safe integer is represented exactly.
    const product = d.mantissa * 10 ** shift;
    if (product <= MAX_SAFE) return { mantissa: product, scale: 0 };
  }
  return { mantissa: canonical(BigInt(d.mantissa) * 10n ** BigInt(shift)), scale: 0 };
}

/**
 * `d × num / den`, exactly, for a `den` that divides a power of ten (1, 2, 4, 5, 8, 10 …): 1200 斤 ×
 * 1/2 is 600 kg, 3 成 × 10 is 30 %. Throws `RangeError` for another `den` (1/3 has no decimal).
 */
export function timesRatio(d: ExactDecimal, num: number, den: number): ExactDecimal {
  for (let k = 0; k <= 20; k++) {
    const pow = 10n ** BigInt(k);
    if (pow % BigInt(den) === 0n)
      return { mantissa: canonical(BigInt(d.mantissa) * BigInt(num) * (pow / BigInt(den))), scale: d.scale + k };
  }
  throw new RangeError(`timesRatio: ${num}/${den} has no exact decimal`);
}

/** `a + b`, exactly. */
export function plus(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const scale = Math.max(a.scale, b.scale);
  const x = alignSafe(a, scale);
  const y = alignSafe(b, scale);
  // Exact when both terms and their sum are safe integers (a sum above 2^53 − 1 rounds to at least 2^53).
  if (x !== undefined && y !== undefined && x + y <= MAX_SAFE) return { mantissa: x + y, scale };
  return { mantissa: canonical(alignBig(a, scale) + alignBig(b, scale)), scale };
}

/** True when `a < b`. */
export function lessThan(a: ExactDecimal, b: ExactDecimal): boolean {
  const scale = Math.max(a.scale, b.scale);
  const x = alignSafe(a, scale);
  const y = alignSafe(b, scale);
  if (x !== undefined && y !== undefined) return x < y;
  return alignBig(a, scale) < alignBig(b, scale);
}

/** True when `d < 10^exp` (a part written after 万 must be below 10⁴). */
export function belowPow10(d: ExactDecimal, exp: number): boolean {
  const places = exp + d.scale;
  // 10^places is exact up to 10^22, and beyond it every safe mantissa is below it.
  if (typeof d.mantissa === 'number') return places > EXACT_POW10 || d.mantissa < 10 ** places;
  return d.mantissa < 10n ** BigInt(places);
}

/**
 * The nearest `number`: `{ 11300, 0 }` → 11300, `{ 18531, 2 }` → 185.31 (the same double as the
 * literal `185.31`). A safe mantissa over an exact power of ten is one correctly rounded division,
 * which gives the double nearest the decimal as parsing its string does; otherwise the decimal
 * string is parsed.
 */
export function toNumber(d: ExactDecimal): number {
  if (typeof d.mantissa === 'number') {
    if (d.scale === 0) return d.mantissa;
    if (d.scale <= EXACT_POW10) return d.mantissa / 10 ** d.scale;
  } else if (d.scale === 0) return Number(d.mantissa);
  const digits = d.mantissa.toString().padStart(d.scale + 1, '0');
  return Number(`${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`);
}

/** A bigint as a number when it is safe: the representation `ExactDecimal` promises. */
function canonical(mantissa: bigint): number | bigint {
  return mantissa <= MAX_SAFE_BIG ? Number(mantissa) : mantissa;
}

/** `d`'s mantissa at `scale` (≥ d.scale) as a safe number, or undefined when it is not one. */
function alignSafe(d: ExactDecimal, scale: number): number | undefined {
  if (typeof d.mantissa !== 'number') return undefined;
  const shift = scale - d.scale;
  if (shift === 0) return d.mantissa;
  if (shift > EXACT_POW10) return d.mantissa === 0 ? 0 : undefined;
  const aligned = d.mantissa * 10 ** shift;
  return aligned <= MAX_SAFE ? aligned : undefined;
}

function alignBig(d: ExactDecimal, scale: number): bigint {
  return BigInt(d.mantissa) * 10n ** BigInt(scale - d.scale);
}
