import { WorkreportError } from '../errors.ts';
import {
  bigUnitAt,
  chineseDigitAt,
  continuesNumber,
  isNumberFailure,
  numberError,
  numberFailure,
  scanChineseSection,
  startsMixedSection,
  type NumberFailure,
} from './chinese-numeral.ts';
import { CodeSet } from './code-set.ts';
import {
  belowPow10,
  decimalOfSafeInteger,
  exactDecimal,
  plus,
  timesPow10,
  toNumber,
  type ExactDecimal,
} from './exact-decimal.ts';
import { message } from '../messages.ts';

/*
 * Number grammar (full-width ０-９ ． ， read as 0-9 . ,; 万 亿 also as 萬 億):
 *
 *   signed   := 负? number                                负十一, 负零点一 (parseNumber only)
 *   number   := wan ( 亿 ( 零? wan )? )?                 1亿8990万, 一万五千亿, 三万亿, 一亿零五百
 *   wan      := section 个? ( 万 ( 零? section )? )?       14万2000, 一万零五百, 1.6万, 十万零一千
 *                                                      (两个亿 = 2亿, 一个万 = 1万: 个 only before 万 or 亿)
 *   section  := arabic | chinese
 *   arabic   := ( [0-9]{1,3} ( sep [0-9]{3} )+ | [0-9]+ ) ( '.' [0-9]+ )?
 *                                                      12,000  38 928.8  185.31  ４１３．５
 *   sep      := ',' | one space (U+0020, U+00A0, U+2009, U+202F), the same throughout the number
 *   chinese  := see chinese-numeral.ts                   两千两百二十五, 廿五, 零点九, 3千 (digit before 十/百/千)
 *
 * A comma is a thousands separator only before exactly three digits: in 93,9312 or 1,23 the number
 * ends before the comma (which separates clauses in many reports).
 *
 * Values:
 *   - 万 and 亿 multiply everything before them in their level: 一万五千亿 = (10000 + 5000) × 10⁸.
 *   - The part after 万 is below 10⁴ and the part after 亿 below 10⁸.
 *   - A Chinese part after 万 or 亿 with nothing after it must show its place: start with 零, or
 *     fill its top place (一万五千, 一万零五百; not 一万五百, 一亿五千). Arabic digits after 万 or 亿
 *     are read as written (14万2000, 14万0500, 1万600 = 10600).
 *   - Colloquial 三万五 = 35000, 十六万五 = 165000, 2亿3 = 230000000: a lone digit after 万 or 亿,
 *     with nothing more of the number, stands for the next lower place.
 *   - Only the last part may have a fraction (1.6万, 1亿8990.5万; not 1.6万2000).
 *   - Exact: digits are shifted by powers of ten as decimals (1.13万 = 11300 exactly), converted to a
 *     number once.
 */

/** A number found at the start of some text. */
export interface ScannedNumber {
  /** The value, exactly. */
  value: ExactDecimal;
  /** Offset (UTF-16 code units) just after the number. */
  end: number;
  /**
   * The power of ten that trailing 万/亿 applied to a single part: 35 → 0, 5万 → 4, 1.5万亿 → 12;
   * undefined for compound numbers (14万2000, 三万五, 1亿8990万). Lets `3-5万` read as 3万-5万.
   */
  multiplier: number | undefined;
  /**
   * Read by a colloquial convention rather than as written in full: an elided place (三万五,
   * 十六万五, 2亿3) or 个 before 万/亿 (两个亿). A person should look at such a reading.
   */
  colloquial: boolean;
}

/** One section as scanned: its value, where it starts, and what it says about place. */
interface Section {
  value: ExactDecimal;
  start: number;
  /** A lone Chinese digit (五), which takes its place from context. */
  bare: boolean;
  /** Digits before the point of an Arabic section (2000 → 4); undefined for Chinese. */
  width: number | undefined;
}

/** A `wan` or `number` of the grammar: value, multiplier (as in ScannedNumber) and first section. */
interface Part {
  value: ExactDecimal;
  multiplier: number | undefined;
  head: Section;
}

interface Scan {
  readonly source: string;
  pos: number;
  /** Offset of a section with a fraction, after which no other section may follow. */
  fractionAt: number | undefined;
  /** A colloquial convention was used (ScannedNumber.colloquial). */
  colloquial: boolean;
}

/** Arabic digits with nothing to normalise (no full-width form, no separator). */
const PLAIN = /^[0-9.]+$/;
const ARABIC =
  /(?:[0-9０-９]{1,3}(?:(?:[,，][0-9０-９]{3}(?![0-9０-９]))+|(?:[ \u00a0\u2009\u202f][0-9０-９]{3}(?![0-9０-９]))+)|[0-9０-９]+)(?:[.．][0-9０-９]+)?/y;
const SEPARATORS = /[,，\s\u00a0\u2009\u202f]/g;
/** 个 between a number and 万 or 亿 (两个亿). */
const CLASSIFIER_GE = new CodeSet('个個');
/** 负, the written minus of a Chinese numeral (负十一), and the Arabic signs. */
const MINUS = /^[负負\-－−]/;

/**
 * Parse a whole number expression: Arabic (`12,000`, `185.31`, `９８`), Chinese (`两千两百二十五`,
 * `一万零五百`, `兩萬`, `零点九`) or mixed with 万/亿 (`1.6万`, `14万2000`, `1亿8990万`). The grammar and
 * its rules are in the comment above. No units, qualifiers or percent (see `parseQuantity`).
 * @param text the number and nothing else
 *   A leading 负 or minus sign makes it negative (`负十一` → -11, `负零点一` → -0.1).
 * @returns the value after multipliers, converted exactly once: `1.13万` → 11300, `三万亿` → 3e12
 * @throws WorkreportError `NUMBER_INVALID` naming the input and the failing substring with its
 *   offset: empty text, no number (`abc`), text after the number (`12345x`, `十十`, `1..2`, `1,23`), an
 *   ambiguous place (`三万五千五`, `一万五百`), a fraction before more digits (`1.6万2000`)
 * @example parseNumber('一亿二千三百四十五万六千七百八十九') // 123456789
 * @example parseNumber('126.9万') // 1269000
 */
export function parseNumber(text: string): number {
  if (text === '') throw new WorkreportError(message('NUMBER_INVALID', 'empty', {}), { input: text });
  const sign = MINUS.test(text) ? 1 : 0;
  const scanned = scanNumber(text, sign);
  if (isNumberFailure(scanned)) throw numberError(text, scanned.at, scanned.problem);
  if (scanned.end < text.length) throw numberError(text, scanned.end, 'unexpected text after the number');
  const value = toNumber(scanned.value);
  return sign === 1 && value !== 0 ? -value : value;
}

/**
 * Scan the longest number (grammar above) at `start` of `text`, leaving whatever follows (a unit,
 * 余, a range separator) to the caller.
 * @param text any text; offsets are UTF-16 code units
 * @param start where the number begins. Default: 0
 * @returns the number, or a `NumberFailure` (never thrown) when no number starts at `start` or the
 *   number is malformed before it ends (`三万五千五`, `1.6万2000`, `05`)
 * @example scanNumber('20余万元', 0) // { value: 20, end: 2, multiplier: 0 }
 */
export function scanNumber(text: string, start = 0): ScannedNumber | NumberFailure {
  const s: Scan = { source: text, pos: start, fractionAt: undefined, colloquial: false };
  const head = scanWan(s, true);
  if (head === undefined) return numberFailure(start, 'expected a number (0-9 or 一…九, 十, 百, 千)');
  if (isNumberFailure(head)) return head;
  if (!eatBig(s, 8)) return { value: head.value, end: s.pos, multiplier: head.multiplier, colloquial: s.colloquial };
  const base = timesPow10(head.value, 8);
  const zeroAt = eatZero(s);
  const restAt = s.pos;
  const rest = scanWan(s, false);
  if (rest === undefined) {
    if (zeroAt !== undefined) return numberFailure(zeroAt, '零 must be followed by digits');
    return {
      value: base,
      end: s.pos,
      multiplier: head.multiplier === undefined ? undefined : head.multiplier + 8,
      colloquial: s.colloquial,
    };
  }
  if (isNumberFailure(rest)) return rest;
  if (rest.multiplier !== 0) {
    if (!belowPow10(rest.value, 8)) return numberFailure(restAt, 'the part after 亿 must be below 1亿');
    return { value: plus(base, rest.value), end: s.pos, multiplier: undefined, colloquial: s.colloquial };
  }
  const abbreviated = abbreviates(s, rest.head, zeroAt);
  const misplaced = abbreviated ? undefined : checkPlace(rest.head, 8, zeroAt);
  if (misplaced) return misplaced;
  return {
    value: plus(base, abbreviated ? timesPow10(rest.value, 7) : rest.value),
    end: s.pos,
    multiplier: undefined,
    colloquial: s.colloquial || abbreviated,
  };
}

/** `section ( 万 ( 零? section )? )?`, or undefined when no section starts here. */
function scanWan(s: Scan, first: boolean): Part | NumberFailure | undefined {
  const head = scanSection(s, first);
  if (head === undefined || isNumberFailure(head)) return head;
  if (CLASSIFIER_GE.at(s.source, s.pos) && bigUnitAt(s.source, s.pos + 1) !== undefined) {
    s.pos += 1;
    s.colloquial = true;
  }
  if (!eatBig(s, 4)) return { value: head.value, multiplier: 0, head };
  const base = timesPow10(head.value, 4);
  const zeroAt = eatZero(s);
  const low = scanSection(s, false);
  if (low === undefined) {
    if (zeroAt !== undefined) return numberFailure(zeroAt, '零 must be followed by digits');
    return { value: base, multiplier: 4, head };
  }
  if (isNumberFailure(low)) return low;
  const abbreviated = abbreviates(s, low, zeroAt);
  const misplaced = abbreviated ? undefined : checkPlace(low, 4, zeroAt);
  if (misplaced) return misplaced;
  if (abbreviated) s.colloquial = true;
  return { value: plus(base, abbreviated ? timesPow10(low.value, 3) : low.value), multiplier: undefined, head };
}

/** One Arabic or Chinese section, or undefined when none starts here. */
function scanSection(s: Scan, first: boolean): Section | NumberFailure | undefined {
  const start = s.pos;
  const isArabic = isArabicDigit(s.source.charCodeAt(start)) && !startsMixedSection(s.source, start);
  const plain = isArabic ? scanPlainArabic(s.source, start) : undefined;
  ARABIC.lastIndex = start;
  const arabic = isArabic && plain === undefined ? ARABIC.exec(s.source)?.[0] : undefined;
  let section: Section;
  let fractional: boolean;
  let end: number;
  if (plain !== undefined) {
    const width = plain.width ?? 0;
    if (first && width > 1 && s.source.charCodeAt(start) === ZERO)
      return numberFailure(start, 'a number cannot start with 0');
    section = plain;
    fractional = plain.value.scale !== 0;
    // Digits, and the point and its digits.
    end = start + width + (fractional ? plain.value.scale + 1 : 0);
  } else if (arabic !== undefined) {
    const ascii = PLAIN.test(arabic) ? arabic : toPlainDigits(arabic);
    const point = ascii.indexOf('.');
    const integer = point < 0 ? ascii : ascii.slice(0, point);
    const fraction = point < 0 ? '' : ascii.slice(point + 1);
    if (first && integer.length > 1 && integer.startsWith('0'))
      return numberFailure(start, 'a number cannot start with 0');
    section = { value: exactDecimal(integer, fraction), start, bare: false, width: integer.length };
    fractional = fraction !== '';
    end = start + arabic.length;
  } else {
    const chinese = scanChineseSection(s.source, start, first);
    if (chinese === undefined || isNumberFailure(chinese)) return chinese;
    section = {
      // Most sections have no fraction: their integer (below 10⁴) is the mantissa, with no string made.
      value:
        chinese.fraction === ''
          ? decimalOfSafeInteger(chinese.integer, 0)
          : exactDecimal(String(chinese.integer), chinese.fraction),
      start,
      bare: chinese.bare,
      width: undefined,
    };
    fractional = chinese.fraction !== '';
    end = chinese.end;
  }
  if (s.fractionAt !== undefined)
    return numberFailure(s.fractionAt, 'only the last part of a number may have a fraction');
  if (fractional) s.fractionAt = start;
  s.pos = end;
  return section;
}

const ZERO = 0x30;
const POINT = 0x2e;
/** What may continue an Arabic section in `ARABIC` after a run of ASCII digits: separators, full-width digits and point. */
const ARABIC_GOES_ON = new CodeSet(',，．\u0020\u00a0\u2009\u202f０１２３４５６７８９');
/** Digits that always make a safe integer (10^15 − 1 < 2^53). */
const SAFE_DIGITS = 15;

/**
 * The common Arabic section read without a regular expression or a string: ASCII digits, an
 * optional ASCII point and digits, at most 15 digits in all, and nothing after the digits that
 * `ARABIC` would read on (a separator, a full-width digit or point). Undefined otherwise (the
 * caller reads it with `ARABIC`); the same reading as `ARABIC` where it answers.
 */
function scanPlainArabic(text: string, start: number): Section | undefined {
  let pos = start;
  let mantissa = 0;
  let code = text.charCodeAt(pos);
  while (code >= ZERO && code <= ZERO + 9) {
    mantissa = mantissa * 10 + (code - ZERO);
    code = text.charCodeAt(++pos);
  }
  const width = pos - start;
  let scale = 0;
  if (code === POINT) {
    const next = text.charCodeAt(pos + 1);
    if (next >= ZERO && next <= ZERO + 9) {
      code = next;
      pos += 1;
      while (code >= ZERO && code <= ZERO + 9) {
        mantissa = mantissa * 10 + (code - ZERO);
        scale += 1;
        code = text.charCodeAt(++pos);
      }
    } else if (ARABIC_GOES_ON.at(text, pos + 1)) return undefined;
  } else if (ARABIC_GOES_ON.at(text, pos)) return undefined;
  if (width === 0 || width + scale > SAFE_DIGITS || (scale > 0 && ARABIC_GOES_ON.at(text, pos))) return undefined;
  return { value: decimalOfSafeInteger(mantissa, scale), start, bare: false, width };
}

/** Full-width digits and points as ASCII, separators removed: ４１３．５ → 413.5, 12,000 → 12000, 38 928 → 38928. */
function toPlainDigits(arabic: string): string {
  return arabic.replace(SEPARATORS, '').replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** 0-9 or ０-９ as a UTF-16 code unit. */
function isArabicDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * 三万五 = 35000, 十六万五 = 165000, 2亿3 = 230000000: after 万 or 亿 (no 零), a lone digit (Chinese,
 * or one Arabic digit without a fraction) and nothing more of the number.
 */
function abbreviates(s: Scan, low: Section, zeroAt: number | undefined): boolean {
  const lone = low.bare || (low.width === 1 && s.fractionAt !== low.start);
  return lone && zeroAt === undefined && !continuesNumber(s.source, s.pos);
}

/**
 * The part after 万 (`gap` 4) or 亿 (8) must be below it and, when Chinese and not after 零, fill
 * its top place (一万五百 is ambiguous); Arabic digits are read as written (1万600 = 10600).
 */
function checkPlace(low: Section, gap: number, zeroAt: number | undefined): NumberFailure | undefined {
  const [unit, examples] = gap === 4 ? ['万', '一万零五百'] : ['亿', '一亿零五千'];
  if (!belowPow10(low.value, gap)) return numberFailure(low.start, `the part after ${unit} must be below 1${unit}`);
  if (zeroAt !== undefined || low.width !== undefined || !belowPow10(low.value, gap - 1)) return undefined;
  return numberFailure(
    low.start,
    `the place after ${unit} is ambiguous: write 零 before it or fill its top place (${examples})`,
  );
}

/** Consume 万 (`exp` 4) or 亿 (8) if it is next. */
function eatBig(s: Scan, exp: number): boolean {
  if (bigUnitAt(s.source, s.pos) !== exp) return false;
  s.pos += 1;
  return true;
}

/** Consume 零/〇 if it is next and return its offset. */
function eatZero(s: Scan): number | undefined {
  if (chineseDigitAt(s.source, s.pos) !== 0) return undefined;
  s.pos += 1;
  return s.pos - 1;
}
