import { CHINESE_NUMERAL_CHARS, CHINESE_NUMERAL_FIRST } from './chinese-numeral.ts';
import { CodeSet } from './code-set.ts';
import { roleAt, type FigureRole } from './extract-role.ts';
import { isBoundBefore, isNotAFigure, type Candidate } from './extract-rules.ts';
import { BOUND_BEFORE_QUALIFIER, FINANCIAL_NUMERALS } from './extract-words.ts';
import { AFTER_NUMBER, NUMERAL_UNIT_FIRST, scanQuantity, type ParsedQuantity, type ScannedQuantity } from './parse-quantity.ts';
import { QUALIFIERS, QUALIFIER_IDS } from './qualifier.ts';
import { UNIT_PREFIXES } from './unit.ts';

/**
 * One quantitative figure found in a text: its quantity as `parseQuantity` reads it (value after
 * multipliers, `valueMax` for ranges, canonical unit, unit word, qualifier, counted), with provenance.
 */
export interface ExtractedFigure extends ParsedQuantity {
  /** The expression exactly as written, qualifier and unit included: `近300亩`, `20余万元`, `９８％`. */
  quote: string;
  /** UTF-16 offset of `quote` in the text: `text.slice(offset, offset + quote.length) === quote`. */
  offset: number;
  /** The figure's part in a statement of change (增长 → increase; 由 … 提高到 … → from, to). */
  role?: FigureRole;
}

/** Options of `extractFigures`. */
export interface ExtractOptions {
  /**
   * Called with the offset reached and the text length (UTF-16 code units) each time scanning passes
   * another 2¹⁸ code units (about 0.75 MB of Chinese in UTF-8), and once at the end. Default: none.
   */
  onProgress?: (done: number, total: number) => void;
}

/** Code units scanned between two calls of `onProgress`. */
const PROGRESS_STEP = 1 << 18;

/** A run of more numerals than this is a code or an identifier, never a figure. */
const LONGEST_NUMBER = 40;

const START_DIGIT = 1;
const START_CHINESE = 2;
const START_SIGN = 3;
const ARABIC_DIGITS = '0123456789０１２３４５６７８９';
/** By UTF-16 code unit: what kind of number may start there (0: none). */
const STARTS = new Uint8Array(0x10000);
/**
 * By UTF-16 code unit: bit `1 << kind` is set when a character right before a start of that kind
 * makes it the middle of a numeral that did not read (十四五, 2019, 3万5), so no new number starts
 * there. Financial numerals are left out: 伍 and 陆 end ordinary words (队伍177人).
 */
const INSIDE = new Uint8Array(0x10000);
/**
 * By UTF-16 code unit: 1 when the character may be inside a number (digits, 十 百 千 万 亿, and the
 * points and separators . ． , ， 点 點), 2 when it may follow one (`AFTER_NUMBER`).
 */
const RUN = new Uint8Array(0x10000);
const IN_RUN = 1;
const AFTER_RUN = 2;
for (const ch of ARABIC_DIGITS) {
  STARTS[ch.charCodeAt(0)] = START_DIGIT;
  INSIDE[ch.charCodeAt(0)] = (1 << START_DIGIT) | (1 << START_CHINESE);
}
for (const ch of '.．万亿萬億') INSIDE[ch.charCodeAt(0)] = 1 << START_DIGIT;
for (const ch of CHINESE_NUMERAL_FIRST) STARTS[ch.charCodeAt(0)] = START_CHINESE;
for (const ch of CHINESE_NUMERAL_CHARS) {
  const code = ch.charCodeAt(0);
  if (!FINANCIAL_NUMERALS.at(ch, 0)) INSIDE[code] = (INSIDE[code] ?? 0) | (1 << START_CHINESE);
}
for (const ch of `${ARABIC_DIGITS}${CHINESE_NUMERAL_CHARS}.．,，点點`) RUN[ch.charCodeAt(0)] = IN_RUN;
for (const ch of AFTER_NUMBER) if (ch.length === 1 && RUN[ch.charCodeAt(0)] === 0) RUN[ch.charCodeAt(0)] = AFTER_RUN;
for (const ch of '-－−') STARTS[ch.charCodeAt(0)] = START_SIGN;

const PERCENT_OF = '百分之';
const PREFIXES = QUALIFIER_IDS.flatMap((id) => QUALIFIERS[id].prefixes).sort((a, b) => b.length - a.length);
const PREFIX_LAST = new CodeSet(PREFIXES.map((w) => w.slice(-1)));
const UNIT_PREFIX_LAST = new CodeSet(UNIT_PREFIXES.map((p) => p.word.slice(-1)));
/** The leads of a number with no word before it: the number alone. */
const NO_LEAD: readonly number[] = [0];

/**
 * Find every quantitative figure in a report's text: Arabic, full-width, Chinese and mixed numbers
 * (12,000 ４１３．５万元 两千两百二十五 1亿8990万 百分之六十), with their unit word (亩 元 人 户 % 个
 * …, unit.ts), qualifier (近 约 余 多 以上 不到 …), range (3-5万元, 两三个) and role in a change
 * (同比增长28.7%, 由6180元提高到14457元). Each quote is read by `scanQuantity`, the parser that
 * proves datasets' provenance.
 *
 * Not figures: numbers without a unit word (dates 2019年12月, years 2019年工作总结, hotlines 12345,
 * congress names 十九大 十四五), ordinals and ranks (第二批, 一是, 居全市第3位, 前三名), slogans and named
 * sets (六个一, 一超过，两不愁，三保障, “四个意识”), numerals inside words (统一, 一次性, 三个月, 千家万户);
 * see extract-rules.ts.
 *
 * @param text a report's text, as decoded (offsets count its UTF-16 code units; a BOM, if kept,
 *   counts as one)
 * @param options `onProgress` (see `ExtractOptions`)
 * @returns the figures in text order, not overlapping; never throws: text that does not read as a
 *   quantity is skipped, never given the value 0
 * @example extractFigures('共征地430亩，迁坟100冢')
 * // [{ quote: '430亩', offset: 3, value: 430, unit: 'mu', unitRaw: '亩', qualifier: 'exact' },
 * //  { quote: '100冢', offset: 10, value: 100, unit: 'count', unitRaw: '冢', qualifier: 'exact', counted: 'graves' }]
 */
export function extractFigures(text: string, options: ExtractOptions = {}): ExtractedFigure[] {
  return scanFigures(text, 0, text.length, 0, options.onProgress);
}

/**
 * The figures `extractFigures` finds whose quotes start in `[from, to)` of `text`, for reading a
 * text too large to hold in pieces: `text` is a window of the whole text holding the piece and a
 * few hundred characters of context on each side (the rules look no further), `floor` is where the
 * previous piece's last figure ended (`from` when it ended before). With `from` the larger of the
 * piece's start and `floor`, the figures of consecutive pieces are exactly those of the whole text,
 * offsets into the window (add the window's offset in the whole text). A quote may end after `to`.
 *
 * @example extractFiguresBetween('共征地430亩，迁坟100冢', 0, 8, 0) // [{ quote: '430亩', offset: 3, … }]
 */
export function extractFiguresBetween(text: string, from: number, to: number, floor: number): ExtractedFigure[] {
  return scanFigures(text, from, Math.min(to, text.length), floor, undefined);
}

/** The scan of `extractFigures` over `[from, to)`, the previous figure ending at `floor`. */
function scanFigures(text: string, from: number, to: number, floor: number, onProgress: ExtractOptions['onProgress']): ExtractedFigure[] {
  const figures: ExtractedFigure[] = [];
  const length = to;
  let nextReport = PROGRESS_STEP;
  let lastEnd = floor;
  for (let i = from; i < length; i++) {
    if (i >= nextReport) {
      onProgress?.(i, length);
      nextReport += PROGRESS_STEP;
    }
    const kind = STARTS[text.charCodeAt(i)] ?? 0;
    if (kind === 0 || (i > 0 && ((INSIDE[text.charCodeAt(i - 1)] ?? 0) & (1 << kind)) !== 0)) continue;
    if (kind === START_SIGN && !isSign(text, i)) continue;
    const figure = figureAt(text, i, lastEnd);
    if (figure) {
      figures.push(figure);
      lastEnd = figure.offset + figure.quote.length;
      i = lastEnd - 1;
    }
  }
  onProgress?.(length, length);
  return figures;
}

/** The figure whose number starts at `at` (its prefix qualifier not before `floor`), or undefined. */
function figureAt(text: string, at: number, floor: number): ExtractedFigure | undefined {
  if (!mayBeQuantity(text, at) || isBoundBefore(text, at)) return undefined;
  let start = at;
  let scanned: ScannedQuantity | undefined;
  for (const lead of leadsBefore(text, at, floor)) {
    scanned = scanQuantity(text, at - lead);
    if (scanned) {
      start = at - lead;
      break;
    }
  }
  if (!scanned) return undefined;
  const candidate: Candidate = { text, start, numberStart: at, scanned };
  const { quantity, end } = scanned;
  if (!Number.isFinite(quantity.value) || (quantity.valueMax !== undefined && !Number.isFinite(quantity.valueMax))) return undefined;
  if (isNotAFigure(candidate)) return undefined;
  const { value, unit, unitRaw, qualifier } = quantity;
  const figure: ExtractedFigure = { quote: text.slice(start, end), offset: start, value, unit, unitRaw, qualifier };
  if (quantity.valueMax !== undefined) figure.valueMax = quantity.valueMax;
  if (quantity.counted !== undefined) figure.counted = quantity.counted;
  const role = roleAt(text, start, end, unit);
  if (role !== undefined) figure.role = role;
  return figure;
}

/** A minus sign before Arabic digits, not a hyphen or range dash after a number or a letter. */
function isSign(text: string, at: number): boolean {
  return STARTS[text.charCodeAt(at + 1)] === START_DIGIT && !/[0-9０-９A-Za-z]/.test(text.charAt(at - 1));
}

/**
 * A qualifier word (近, 约, 超过, 不到 …) ending right at `at`, starting at or after `floor`, and not
 * the end of another word (最近, 节约).
 */
function prefixBefore(text: string, at: number, floor: number): string | undefined {
  if (!PREFIX_LAST.at(text, at - 1)) return undefined;
  const word = PREFIXES.find((w) => at - w.length >= floor && text.startsWith(w, at - w.length));
  if (word === undefined) return undefined;
  const bound = BOUND_BEFORE_QUALIFIER[word];
  return bound?.at(text, at - word.length - 1) ? undefined : word;
}

/** A unit's `before` word (港币, 每亩, 人均, 户均, 亩产 …, unit.ts) ending right at `at`, starting at or after `floor`. */
function unitPrefixBefore(text: string, at: number, floor: number): string | undefined {
  if (!UNIT_PREFIX_LAST.at(text, at - 1)) return undefined;
  return UNIT_PREFIXES.find((p) => at - p.word.length >= floor && text.startsWith(p.word, at - p.word.length))?.word;
}

/**
 * The lengths of the words that may lead the quantity whose number starts at `at`, longest first,
 * ending with 0 (the number alone): a qualifier and a unit's `before` word in either order (人均近,
 * 超过每亩), either alone, or none. The first that reads is the quote's start.
 */
function leadsBefore(text: string, at: number, floor: number): readonly number[] {
  if (!PREFIX_LAST.at(text, at - 1) && !UNIT_PREFIX_LAST.at(text, at - 1)) return NO_LEAD;
  const leads: number[] = [];
  const qualifier = prefixBefore(text, at, floor);
  const unitWord = unitPrefixBefore(text, at, floor);
  if (qualifier !== undefined) {
    const outer = unitPrefixBefore(text, at - qualifier.length, floor);
    if (outer !== undefined) leads.push(qualifier.length + outer.length);
  }
  if (unitWord !== undefined) {
    const outer = prefixBefore(text, at - unitWord.length, floor);
    if (outer !== undefined) leads.push(unitWord.length + outer.length);
    leads.push(unitWord.length);
  }
  if (qualifier !== undefined) leads.push(qualifier.length);
  leads.push(0);
  return leads.sort((a, b) => b - a);
}

/**
 * A quick test before reading: the run of number characters from `at` (after a sign) is not too
 * long, and what follows it may continue a quantity (a unit word, 余, a range), or it is 百分之.
 */
function mayBeQuantity(text: string, at: number): boolean {
  const from = STARTS[text.charCodeAt(at)] === START_SIGN ? at + 1 : at;
  if (text.startsWith(PERCENT_OF, from)) return true;
  let end = from;
  while (RUN[text.charCodeAt(end)] === IN_RUN) if (++end - from > LONGEST_NUMBER) return false;
  return RUN[text.charCodeAt(end)] === AFTER_RUN || NUMERAL_UNIT_FIRST.at(text, end - 1);
}
