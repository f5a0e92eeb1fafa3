import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import { CodeSet } from './code-set.ts';
import { RAW_UNIT_WORDS } from './unit.ts';

/**
 * Chinese numerals below 万: the characters, and the scanner for one section (0 … 9999, with an
 * optional 点 fraction) that `parse-number.ts` combines with 万 and 亿.
 *
 * Section grammar (`d` a digit 一…九 两, `0` 零 or 〇):
 *
 *   section  := '0' fraction?                            零, 零点九 (only at the start of a number)
 *             | d fraction?                              五, 一点五
 *             | term ( '0'? term )* ( '0'? d )? fraction?
 *   term     := d? unit | tens                           二十, 三百, 十 (一 implied), 廿 (= 二十), 3千
 *                                                      (an Arabic digit 1-9 counts as d before a unit: 3千万, 7千3百)
 *   unit     := 十 | 百 | 千                               strictly decreasing within a section
 *   fraction := 点 ( d | '0' )+                           一点五, 零点九
 *
 * 零 stands for at least one skipped place (一千零十七, 一千零五; not 一十零五). A final digit is the
 * ones after 十 or after 零 (十五, 一千零五).
 * An implied 一 is allowed before 十 at the start of a section, after 零 or after 百 (十五, 一千零十七,
 * 一百十一 = 111), and before 百 or 千 only at the start of a number (百万). A lone digit after 百 or 千 is ambiguous
 * (一千二百五: 1250 or 1205?) and throws, except the colloquial 一百二 = 120 and 两千五 = 2500 when
 * that is the whole number. Traditional and financial forms (兩 壹 貳 參 拾 佰 仟 …) read the same.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** 十 百 千 as powers of ten. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };

/** Tens written as one character: 廿 = 二十, 卅 = 三十, 卌 = 四十. */
const TENS: Readonly<Record<string, number>> = { 廿: 2, 卅: 3, 卌: 4 };

/** 万 and 亿 as powers of ten. */
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

const POINTS = new CodeSet('点點');
/** Arabic digits and points, which continue a number too. */
const ARABIC_NUMBER_CHARS = new CodeSet('0123456789０１２３４５６７８９.．');

/** Every character that can begin a Chinese numeral: digits (零 一 两 壹 …), 十 百 千 (拾 佰 仟), 廿 卅 卌. */
export const CHINESE_NUMERAL_FIRST: string = [
  ...Object.keys(DIGITS),
  ...Object.keys(SMALL_UNITS),
  ...Object.keys(TENS),
].join('');

/** Every character that can be part of a Chinese numeral: `CHINESE_NUMERAL_FIRST` and 万 亿 (萬 億). */
export const CHINESE_NUMERAL_CHARS: string = CHINESE_NUMERAL_FIRST + Object.keys(BIG_UNITS).join('');

/** One scanned section: `integer` (0 … 9999) and `fraction` digits (ASCII, `''` if none). */
export interface ChineseSection {
  integer: number;
  fraction: string;
  /** Offset after the section. */
  end: number;
  /** A lone digit with no unit (五; not 十五, not 零, not 一点五): ambiguous after 万 or 亿. */
  bare: boolean;
}

/**
 * Why a number does not read: the offset of the failing part and what is wrong there. Scanners
 * return it rather than throw, so that reading running text never uses exceptions for control flow.
 */
export interface NumberFailure {
  ok: false;
  at: number;
  problem: string;
}

/**
 * The one kind of object a `NumberFailure` is made as: `isNumberFailure` is then an `instanceof`
 * test, which stays fast where `'ok' in x` met sections, parts and numbers of many shapes at one site.
 */
class NumberFailureRecord implements NumberFailure {
  readonly ok = false;
  readonly at: number;
  readonly problem: string;

  constructor(at: number, problem: string) {
    this.at = at;
    this.problem = problem;
  }
}

/** A `NumberFailure` at `at`. */
export function numberFailure(at: number, problem: string): NumberFailure {
  return new NumberFailureRecord(at, problem);
}

/** True for a `NumberFailure` (made by `numberFailure`; a scanned section or number is none). */
export function isNumberFailure(x: object): x is NumberFailure {
  return x instanceof NumberFailureRecord;
}

const ARABIC_ONE_TO_NINE = new CodeSet('123456789１２３４５６７８９');

/** Unit words that start with 十, 百 or 千 (千米): after an Arabic digit they are the unit (5千米 = 5 km). */
const PLACE_UNIT_WORDS = RAW_UNIT_WORDS.filter((w) => w.charAt(0) in SMALL_UNITS);

/** An Arabic digit 1-9 at `pos` followed by 十/百/千 that is a place, not the start of a unit word (5千米). */
function isArabicBeforePlace(text: string, pos: number): boolean {
  return (
    ARABIC_ONE_TO_NINE.at(text, pos) &&
    smallUnitAt(text, pos + 1) !== undefined &&
    !PLACE_UNIT_WORDS.some((w) => text.startsWith(w, pos + 1))
  );
}

/**
 * The digit at `pos` of a Chinese section: a Chinese digit, or an Arabic 1-9 right before 十/百/千
 * (3千万, 7千3百: reports mix the two).
 */
function sectionDigitAt(text: string, pos: number): number | undefined {
  const chinese = chineseDigitAt(text, pos);
  if (chinese !== undefined || !isArabicBeforePlace(text, pos)) return chinese;
  const code = text.charCodeAt(pos);
  return code < 0x80 ? code - 0x30 : code - 0xff10;
}

/** An Arabic digit 1-9 followed by a place 十/百/千 at `pos`, not inside a longer number: a Chinese section starts there (3千万). */
export function startsMixedSection(text: string, pos: number): boolean {
  return isArabicBeforePlace(text, pos) && !/[0-9０-９.．]/.test(text.charAt(pos - 1));
}

/** The value of the Chinese digit at `pos` (零 → 0, 两 → 2), or undefined. */
export function chineseDigitAt(text: string, pos: number): number | undefined {
  return lookup(DIGIT_CODES, text, pos);
}

/** The power of ten of 十/百/千 at `pos` (十 → 1), or undefined. */
export function smallUnitAt(text: string, pos: number): number | undefined {
  return lookup(SMALL_UNIT_CODES, text, pos);
}

/** The power of ten of 万/亿 at `pos` (万 → 4, 亿 → 8, traditional 萬 億 too), or undefined. */
export function bigUnitAt(text: string, pos: number): number | undefined {
  return lookup(BIG_UNIT_CODES, text, pos);
}

/** True when the character at `pos` could continue a number (a digit, a unit, a point). */
export function continuesNumber(text: string, pos: number): boolean {
  return (
    chineseDigitAt(text, pos) !== undefined ||
    smallUnitAt(text, pos) !== undefined ||
    lookup(TENS_CODES, text, pos) !== undefined ||
    bigUnitAt(text, pos) !== undefined ||
    POINTS.at(text, pos) ||
    ARABIC_NUMBER_CHARS.at(text, pos)
  );
}

/** The `NUMBER_INVALID` error for `source`, quoting the failing substring at `offset`. */
export function numberError(source: string, offset: number, problem: string): WorkreportError {
  return new WorkreportError(message('NUMBER_INVALID', 'at', { source, offset, problem }), { input: source });
}

/**
 * Scan one Chinese section of `source` starting at `start` (grammar above).
 * @param first true at the start of a number (allows 零点九 and an implied 一 before 百/千)
 * @returns the section, or undefined when no Chinese numeral starts at `start`, or a
 *   `NumberFailure` (never thrown) for a 零 that skips nothing (一十零五), a dangling 零 (一千零) or an
 *   ambiguous lone digit (一千二百五)
 * @example scanChineseSection('两千两百二十五人', 0, true) // { integer: 2225, fraction: '', end: 7, bare: false }
 */
export function scanChineseSection(
  source: string,
  start: number,
  first: boolean,
): ChineseSection | NumberFailure | undefined {
  let pos = start;
  let integer = 0;
  let lastExp = 4;
  let terms = 0;
  let bare = false;
  let zeroAt: number | undefined;
  if (first && chineseDigitAt(source, pos) === 0) pos += 1;
  else {
    for (;;) {
      const digit = sectionDigitAt(source, pos);
      const tens = lookup(TENS_CODES, source, pos);
      const unit = smallUnitAt(source, pos);
      if (digit === 0) {
        if (terms === 0 || zeroAt !== undefined) break;
        zeroAt = pos;
        pos += 1;
        continue;
      }
      let term: { digit: number; exp: number; length: number };
      if (tens !== undefined) term = { digit: tens, exp: 1, length: 1 };
      else if (digit !== undefined) {
        const next = smallUnitAt(source, pos + 1);
        if (next === undefined) {
          const last = tail(source, pos, digit, { first, terms, lastExp, zeroAt });
          if (typeof last !== 'number') return last;
          integer += last;
          bare = terms === 0;
          zeroAt = undefined;
          pos += 1;
          break;
        }
        term = { digit, exp: next, length: 2 };
      } else if (unit !== undefined && impliesOne(unit, first, terms, zeroAt, lastExp))
        term = { digit: 1, exp: unit, length: 1 };
      else break;
      if (term.exp >= lastExp) break;
      if (zeroAt !== undefined && term.exp >= lastExp - 1)
        return numberFailure(zeroAt, '零 must stand for a skipped place');
      integer += term.digit * 10 ** term.exp;
      lastExp = term.exp;
      terms += 1;
      zeroAt = undefined;
      pos += term.length;
    }
  }
  if (zeroAt !== undefined) return numberFailure(zeroAt, '零 must be followed by a digit');
  if (pos === start) return undefined;
  let fraction = '';
  if (POINTS.at(source, pos) && chineseDigitAt(source, pos + 1) !== undefined) {
    for (pos += 1; chineseDigitAt(source, pos) !== undefined; pos += 1) fraction += String(chineseDigitAt(source, pos));
  }
  return { integer, fraction, end: pos, bare: bare && fraction === '' };
}

/** The value of a last digit with no unit after it: ones, or the colloquial next place (一百二 → 20). */
function tail(
  source: string,
  pos: number,
  digit: number,
  context: { first: boolean; terms: number; lastExp: number; zeroAt: number | undefined },
): number | NumberFailure {
  const { first, terms, lastExp, zeroAt } = context;
  if (zeroAt !== undefined) {
    if (lastExp < 2) return numberFailure(zeroAt, '零 must stand for a skipped place');
    return digit;
  }
  if (terms === 0 || lastExp === 1) return digit;
  if (first && terms === 1 && !continuesNumber(source, pos + 1)) return digit * 10 ** (lastExp - 1);
  return numberFailure(
    pos,
    'a lone digit after 百 or 千 is ambiguous: write its place (一千二百五十) or 零 (一千二百零五)',
  );
}

/** Whether 十/百/千 may stand without a digit before it (十五, 一千零十七, 一百十一, 百万). */
function impliesOne(exp: number, first: boolean, terms: number, zeroAt: number | undefined, lastExp: number): boolean {
  if (exp === 1) return terms === 0 || zeroAt !== undefined || lastExp === 2;
  return first && terms === 0;
}

/**
 * A table as an array indexed by UTF-16 code unit (-1: not in the table), read in constant time:
 * the extractor looks up characters of every candidate number.
 */
function byCode(table: Readonly<Record<string, number>>): Int8Array {
  const codes = new Int8Array(0x10000).fill(-1);
  for (const [ch, value] of Object.entries(table)) codes[ch.charCodeAt(0)] = value;
  return codes;
}

const DIGIT_CODES = byCode(DIGITS);
const SMALL_UNIT_CODES = byCode(SMALL_UNITS);
const TENS_CODES = byCode(TENS);
const BIG_UNIT_CODES = byCode(BIG_UNITS);

function lookup(codes: Int8Array, text: string, pos: number): number | undefined {
  const value = codes[text.charCodeAt(pos)] ?? -1;
  return value < 0 ? undefined : value;
}
