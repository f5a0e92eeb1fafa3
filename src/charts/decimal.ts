/**
 * Display rounding on the decimal value, never on the binary float (STACK.md "Floats and 万").
 *
 * A JavaScript number is read as the shortest decimal string that converts back to it (what
 * `String(x)` prints): 17.45 is "17.45", although the double is 17.449999…; 0.0435 is "0.0435".
 * The decimal point is shifted in that string (×100 for a percentage, ÷10⁴ for 万), and the
 * digits are rounded half away from zero ("half-up" on the magnitude): 17.45 → 17.5,
 * 4.35 → 4.4, 1.005 → 1.01, −2.5 → −3. No float is multiplied or divided on the way.
 */

/** Digits of a non-negative decimal and the position of its point: 17.45 is `{ digits: '1745', point: 2 }`. */
interface Decimal {
  digits: string;
  point: number;
}

/** `[-]d[.ddd][e±n]`, the shapes `Number.prototype.toString` prints for finite numbers. */
const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The decimal of `|value|` times 10^shift, and whether `value` is negative. */
function shifted(value: number, shift: number): { negative: boolean; decimal: Decimal } {
  const match = NUMBER_TEXT.exec(String(value));
  if (!match || !Number.isFinite(value)) throw new RangeError(`cannot round ${String(value)}: not a finite number`);
  const [, sign = '', int = '', frac = '', exp = '0'] = match;
  return { negative: sign === '-', decimal: { digits: int + frac, point: int.length + Number(exp) + shift } };
}

/**
 * `value × 10^shift`, rounded half away from zero to at most `fractionDigits` decimals, as a plain
 * decimal string without exponent, trailing zeros or a sign on zero.
 *
 * @example roundDecimal(17.45, 1) // '17.5'
 * @example roundDecimal(0.0435, 1, 2) // '4.4' (0.0435 as a percentage)
 * @example roundDecimal(65802, 2, -4) // '6.58' (65802 in 万)
 * @throws RangeError for NaN and ±Infinity.
 */
export function roundDecimal(value: number, fractionDigits: number, shift = 0): string {
  const { negative, decimal } = shifted(value, shift);
  let { digits, point } = decimal;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const kept = digits.slice(0, point + fractionDigits).padEnd(point + fractionDigits, '0');
  const next = digits.charAt(point + fractionDigits);
  const rounded = (BigInt(kept) + (next >= '5' ? 1n : 0n)).toString().padStart(fractionDigits + 1, '0');
  const int = rounded.slice(0, rounded.length - fractionDigits);
  const frac = rounded.slice(rounded.length - fractionDigits).replace(/0+$/, '');
  const text = frac === '' ? int : `${int}.${frac}`;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}
