import { toNumber, type ExactDecimal } from './exact-decimal.ts';
import type { UnitId } from './unit.ts';

/*
 * Fractions (DESIGN.md "Unit": 三分之二 → fraction; ‰ as written):
 *
 *   fraction := number 分之 number      三分之二 = 2/3, 4分之3 = 3/4, 五分之一 = 0.2 (proper fractions)
 *             | 千分之 number             千分之五 = 5 permille (as written; 百分之 is percent, in parse-quantity.ts)
 *             | digits / digits          2/3 (Arabic integers of at most 3 digits, numerator below denominator)
 *
 * The value of `fraction` is the quotient computed once from the exact integers (2/3 → 0.6666666666666666).
 */

/** A fraction read at some offset: its value in `unit`, the word as written, and where it ends. */
export interface ScannedFraction {
  /** 2/3 → 0.6666666666666666 (fraction); 千分之五 → 5 (permille). */
  value: number;
  unit: Extract<UnitId, 'fraction' | 'permille'>;
  /** `分之`, `千分之` or `/`. */
  unitRaw: string;
  end: number;
}

/** Reads a number at `pos` (parse-number.ts), or undefined when none reads there. */
export type NumberReader = (text: string, pos: number) => { value: ExactDecimal; end: number } | undefined;

const OF = '分之';
const FEN = '分'.charCodeAt(0);
const ZHI = '之'.charCodeAt(0);
const PER_MILLE = '千分之';
const SLASH = '/';
const SLASH_CODE = SLASH.charCodeAt(0);
const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The fraction (grammar above) starting at `pos` of `text`, or undefined when there is none: an
 * improper or zero fraction (五分之六, 0/3), a slash between numbers that are no fraction (2019/12,
 * 3/4/5, 1.5/2), or a numeral not followed by 分之.
 * @example scanFraction('三分之二的村', 0, read) // { value: 0.6666666666666666, unit: 'fraction', unitRaw: '分之', end: 4 }
 */
export function scanFraction(text: string, pos: number, read: NumberReader): ScannedFraction | undefined {
  if (text.startsWith(PER_MILLE, pos)) {
    const m = read(text, pos + PER_MILLE.length);
    return m && { value: toNumber(m.value), unit: 'permille', unitRaw: PER_MILLE, end: m.end };
  }
  if (isAsciiDigit(text.charCodeAt(pos))) {
    const slashed = scanSlashed(text, pos);
    if (slashed) return slashed;
  }
  if (!hasOfWithin(text, pos + 1, pos + 6)) return undefined;
  const n = read(text, pos);
  if (!n || !text.startsWith(OF, n.end)) return undefined;
  const m = read(text, n.end + OF.length);
  if (!m || n.value.scale !== 0 || m.value.scale !== 0) return undefined;
  return properFraction(BigInt(m.value.mantissa), BigInt(n.value.mantissa), '分之', m.end);
}

/** `a/b` of ASCII integers at `pos`, with no digit, point or slash around it. */
function scanSlashed(text: string, pos: number): ScannedFraction | undefined {
  let digits = pos;
  while (digits < pos + 4 && isAsciiDigit(text.charCodeAt(digits))) digits++;
  if (text.charCodeAt(digits) !== SLASH_CODE) return undefined;
  const match = /^([0-9]{1,3})\/([0-9]{1,3})(?![0-9./])/.exec(text.slice(pos, pos + 8));
  if (!match || /[0-9./]/.test(text.charAt(pos - 1))) return undefined;
  const [whole, a = '', b = ''] = match;
  return properFraction(BigInt(a), BigInt(b), SLASH, pos + whole.length);
}

/** Most numbers are no fraction: 分之 within a numeral's length, looked for before reading one. */
function hasOfWithin(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length - 1);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === FEN && text.charCodeAt(i + 1) === ZHI) return true;
  return false;
}

function properFraction(
  numerator: bigint,
  denominator: bigint,
  unitRaw: string,
  end: number,
): ScannedFraction | undefined {
  if (numerator <= 0n || numerator >= denominator) return undefined;
  return { value: Number(numerator) / Number(denominator), unit: 'fraction', unitRaw, end };
}
