import { CHINESE_NUMERAL_CHARS, CHINESE_NUMERAL_FIRST } from './chinese-numeral.ts';
import { CodeSet } from './code-set.ts';
import { roleAt, type FigureRole } from './extract-role.ts';
import { blankEnd, gapAfter, gapBefore, isBlank } from './inline-space.ts';
import { ruleAgainst, ruleBefore, type Candidate, type RuleId } from './extract-rules.ts';
import { BOUND_BEFORE_QUALIFIER, CLAUSE_BREAKS, FINANCIAL_NUMERALS } from './extract-words.ts';
import {
  AFTER_NUMBER,
  IMPLIED_NOUNS,
  isPercentOfAt,
  NUMERAL_UNIT_FIRST,
  RAW_UNIT_LAST,
  readQuantityAt,
  scanQuantity,
  type ParsedQuantity,
  type ScannedQuantity,
} from './parse-quantity.ts';
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

/** A number the extractor read and set aside by a named rule of extract-rules.ts. */
export interface RejectedCandidate {
  /** The rule's id (`ordinal`, `rank`, `classifier-word` …). */
  rule: RuleId;
  /** The expression as written (prefix, number, unit), or the number alone when it did not read. */
  quote: string;
  /** UTF-16 offset of `quote` in the text. */
  offset: number;
  /** Why the rule says it is no figure. */
  message: string;
}

/** A number the extractor could not read as a quantity. */
export interface UnreadCandidate {
  /** The text it tried (the numeral run, or a whole range such as 3万-5元). */
  quote: string;
  offset: number;
  /** What did not read: no unit word, a malformed numeral, a descending range, a value beyond 2^53. */
  why: string;
}

/** What `explainFigures` returns: the figures, and every candidate set aside, in text order. */
export interface ExplainedFigures {
  figures: ExtractedFigure[];
  rejected: RejectedCandidate[];
  unread: UnreadCandidate[];
}

/** Where the scanner puts the candidates it sets aside (`explainFigures`); absent, it only finds figures. */
export interface Diagnostics {
  rejected: RejectedCandidate[];
  unread: UnreadCandidate[];
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
for (const ch of '-－−负負') STARTS[ch.charCodeAt(0)] = START_SIGN;
/**
 * By UTF-16 code unit: 1 for characters that end an amount (digits, numerals, the last character of
 * a unit word, closing brackets, dashes): a dash after one is a range separator, never a minus
 * (3万-5万, 1万元--5万元, 1万(含)-5万元).
 */
const NO_SIGN_AFTER = new Uint8Array(0x10000);
for (const ch of `${ARABIC_DIGITS}${CHINESE_NUMERAL_CHARS}${RAW_UNIT_LAST}ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz)）]】」』》”’-－−—–~～%％`) {
  NO_SIGN_AFTER[ch.charCodeAt(0)] = 1;
}

const PREFIXES = QUALIFIER_IDS.flatMap((id) => QUALIFIERS[id].prefixes).sort((a, b) => b.length - a.length);
const PREFIX_LAST = new CodeSet(PREFIXES.map((w) => w.slice(-1)));
const UNIT_PREFIX_WORDS = UNIT_PREFIXES.map((p) => p.word);
const UNIT_PREFIX_LAST = new CodeSet(UNIT_PREFIX_WORDS.map((w) => w.slice(-1)));
const LEAD_LAST = CodeSet.union(PREFIX_LAST, UNIT_PREFIX_LAST);
/** The leads of a number with no word before it: the number alone. */
const NO_LEAD: readonly number[] = [0];

/**
 * Find every quantitative figure in a report's text: Arabic, full-width, Chinese and mixed numbers
 * (12,000 38 928.8 ４１３．５万元 两千两百二十五 1亿8990万 3千万 百分之六十 两个亿), with their unit
 * word (亩 元 人 户 % 个 …, unit.ts; 123元1角1分), qualifier (近 约 余 多 以上 不到 不超过 …), range
 * (3-5万元, 1万元——5万元, 两三个, 十几万元) and role in a change (同比增长28.7%, 同比31.43%,
 * 由6180元提高到14457元). Each quote is read by `scanQuantity`, the parser that proves datasets'
 * provenance. A candidate set aside is skipped whole; `explainFigures` says which and why.
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
  return scanFigures(text, 0, text.length, 0, options.onProgress, undefined).figures;
}

/**
 * `extractFigures`, and every number it looked at and set aside: the candidates a named rule
 * rejected (rule id, quote, offset, message; extract-rules.ts) and those that did not read as a
 * quantity (quote, offset, why). Nothing is dropped without a word.
 *
 * @param text a report's text (as for `extractFigures`)
 * @param options `onProgress` (see `ExtractOptions`)
 * @returns `{ figures, rejected, unread }`, each in text order; `figures` equals `extractFigures(text)`
 * @example explainFigures('第3个村完成30万元').rejected
 * // [{ rule: 'ordinal', quote: '3个', offset: 1, message: 'an ordinal (第…): it numbers, it does not count' }]
 */
export function explainFigures(text: string, options: ExtractOptions = {}): ExplainedFigures {
  const diagnostics: Diagnostics = { rejected: [], unread: [] };
  const { figures } = scanFigures(text, 0, text.length, 0, options.onProgress, diagnostics);
  return { figures, ...diagnostics };
}

/**
 * The figures `extractFigures` finds whose quotes start in `[from, to)` of `text`, for reading a
 * text too large to hold in pieces: `text` is a window of the whole text holding the piece and a
 * few hundred characters of context on each side (the rules look no further), `floor` is where the
 * previous piece's last figure ended (`from` when it ended before). With `from` the previous
 * piece's `resume` (or the piece's start, if later), the figures of consecutive pieces are exactly
 * those of the whole text, offsets into the window (add the window's offset in the whole text).
 * A quote may end after `to`.
 *
 * @param diagnostics when given, receives the candidates set aside (as `explainFigures` reports them)
 * @returns the figures, and `resume`: where scanning stopped (`to`, or the end of a figure or of a
 *   candidate set aside that goes past it), where the next piece starts
 * @example extractFiguresBetween('共征地430亩，迁坟100冢', 0, 8, 0) // { figures: [{ quote: '430亩', offset: 3, … }], resume: 8 }
 */
export function extractFiguresBetween(
  text: string,
  from: number,
  to: number,
  floor: number,
  diagnostics?: Diagnostics,
): { figures: ExtractedFigure[]; resume: number } {
  return scanFigures(text, from, Math.min(to, text.length), floor, undefined, diagnostics);
}

/** Where the candidate last read ends (its figure's quote, or what was set aside): one per scan, reused. */
interface Reached {
  end: number;
}

/**
 * The scan of `extractFigures` over `[from, to)`, the previous figure ending at `floor`. A
 * candidate set aside is skipped whole (前3-5名 leaves no 5名 behind), and reported to
 * `diagnostics` when given.
 */
function scanFigures(
  text: string,
  from: number,
  to: number,
  floor: number,
  onProgress: ExtractOptions['onProgress'],
  diagnostics: Diagnostics | undefined,
): { figures: ExtractedFigure[]; resume: number } {
  const figures: ExtractedFigure[] = [];
  const length = to;
  let nextReport = PROGRESS_STEP;
  let lastEnd = floor;
  let i = from;
  const reached: Reached = { end: 0 };
  while (i < length) {
    if (i >= nextReport) {
      onProgress?.(i, length);
      nextReport += PROGRESS_STEP;
    }
    // Most code units start no number: passed over in a loop of their own, up to the next report.
    const stop = Math.min(length, nextReport);
    while (i < stop && STARTS[text.charCodeAt(i)] === 0) i++;
    if (i === stop) continue;
    const kind = STARTS[text.charCodeAt(i)] ?? 0;
    if (
      (i > 0 && ((INSIDE[text.charCodeAt(i - 1)] ?? 0) & (1 << kind)) !== 0) ||
      (kind === START_SIGN && !isSign(text, i)) ||
      !mayBeQuantity(text, i)
    ) {
      i++;
      continue;
    }
    const figure = candidateAt(text, i, lastEnd, diagnostics, reached);
    if (figure !== undefined) {
      figures.push(figure);
      lastEnd = reached.end;
    }
    i = Math.max(i, reached.end - 1) + 1;
  }
  onProgress?.(length, length);
  return { figures, resume: Math.max(i, length) };
}

/**
 * Read the candidate number at `at` (its prefix qualifier not before `floor`): a figure, or
 * undefined when set aside; either way `reached.end` is set to where the candidate ends.
 */
function candidateAt(
  text: string,
  at: number,
  floor: number,
  diagnostics: Diagnostics | undefined,
  reached: Reached,
): ExtractedFigure | undefined {
  const before = ruleBefore(text, at);
  if (before !== undefined) {
    const scanned = before.extent === undefined ? scanQuantity(text, at) : undefined;
    const end = before.extent?.(text, at) ?? scanned?.end ?? at + 1;
    diagnostics?.rejected.push({
      rule: before.id,
      quote: text.slice(at, before.extent !== undefined || scanned !== undefined ? end : numeralEnd(text, at)),
      offset: at,
      message: before.message,
    });
    reached.end = end;
    return undefined;
  }
  let start = at;
  let scanned: ScannedQuantity | undefined;
  // The number alone (lead 0) is read below, where a number that does not read is reported.
  for (const lead of leadsBefore(text, at, floor)) {
    if (lead === 0) break;
    scanned = scanQuantity(text, at - lead);
    if (scanned) {
      start = at - lead;
      break;
    }
  }
  if (scanned === undefined) {
    const read = readQuantityAt(text, at);
    const implied =
      'ok' in read ? impliedBefore(text, at - (prefixBefore(text, at, floor)?.length ?? 0), floor) : undefined;
    if (implied !== undefined) {
      ({ scanned, start } = implied);
    } else if ('ok' in read) {
      const end = read.extent ?? numeralEnd(text, at);
      diagnostics?.unread.push({ quote: text.slice(at, end), offset: at, why: read.problem });
      reached.end = end;
      return undefined;
    } else scanned = read;
  }
  const candidate: Candidate = { text, start, numberStart: at, scanned };
  const { quantity, end } = scanned;
  reached.end = end;
  const rule = ruleAgainst(candidate);
  if (rule !== undefined) {
    diagnostics?.rejected.push({ rule: rule.id, quote: text.slice(start, end), offset: start, message: rule.message });
    return undefined;
  }
  return figureOf(text.slice(start, end), start, quantity, roleAt(text, start, end, quantity));
}

/**
 * The figure of `quantity` quoted at `offset`, its fields in the order of `ExtractedFigure`, those
 * absent left out. Made as one object literal in the common cases: a property added to an object
 * after it is made goes to a separate store, one more object to keep for each of a million figures.
 *
 * `value` and `valueMax` are made `UNSET` (null) and then set: a field that has held something other
 * than a number is kept tagged by V8, so an integer (most values) sits in the figure itself, where a
 * field that only ever held numbers, some of them fractions, keeps every value in a box of its own.
 */
function figureOf(
  quote: string,
  offset: number,
  quantity: ParsedQuantity,
  role: FigureRole | undefined,
): ExtractedFigure {
  const { value, unit, unitRaw, qualifier, valueMax, counted } = quantity;
  let figure: ExtractedFigure;
  if (valueMax === undefined) {
    if (counted === undefined) {
      figure =
        role === undefined
          ? { quote, offset, value: UNSET, unit, unitRaw, qualifier }
          : { quote, offset, value: UNSET, unit, unitRaw, qualifier, role };
    } else {
      figure =
        role === undefined
          ? { quote, offset, value: UNSET, unit, unitRaw, qualifier, counted }
          : { quote, offset, value: UNSET, unit, unitRaw, qualifier, counted, role };
    }
    figure.value = value;
    return figure;
  }
  figure = { quote, offset, value: UNSET, unit, unitRaw, qualifier, valueMax: UNSET };
  figure.value = value;
  figure.valueMax = valueMax;
  if (counted !== undefined) figure.counted = counted;
  if (role !== undefined) figure.role = role;
  return figure;
}

/** What `figureOf` puts in a number field before the number (see there). */
const UNSET = null as unknown as number;

/**
 * An amount without a unit word whose noun right before it implies one (年收入四万二, 总投资2亿3,
 * 出栏一万八), read from the noun (not before `floor`), ending the clause: the quote then starts with
 * the noun. Undefined when no noun is there or the amount does not end at a clause break.
 */
function impliedBefore(
  text: string,
  at: number,
  floor: number,
): { scanned: ScannedQuantity; start: number } | undefined {
  const noun = IMPLIED_NOUNS.find((w) => at - w.length >= floor && text.startsWith(w, at - w.length));
  if (noun === undefined) return undefined;
  const scanned = scanQuantity(text, at - noun.length);
  if (
    scanned === undefined ||
    scanned.quantity.unitRaw !== '' ||
    !(scanned.end >= text.length || CLAUSE_BREAKS.at(text, scanned.end))
  )
    return undefined;
  return { scanned, start: at - noun.length };
}

/**
 * A minus sign: - before Arabic digits or 负 before any numeral, in a number's context (after a
 * space, a colon, a comma, a verb: -10.1万元 in a table, 下降-5%), never after an amount, a unit word
 * or a bracket, where a dash separates the ends of a range (3万-5万元, 1万(含)-5万元).
 */
function isSign(text: string, at: number): boolean {
  const next = STARTS[text.charCodeAt(at + 1)];
  const written = text.charCodeAt(at) === MINUS_WORD || text.charCodeAt(at) === MINUS_WORD_TRADITIONAL;
  if (written ? next !== START_DIGIT && next !== START_CHINESE : next !== START_DIGIT) return false;
  return at === 0 || NO_SIGN_AFTER[text.charCodeAt(at - 1)] !== 1;
}

const MINUS_WORD = '负'.charCodeAt(0);
const MINUS_WORD_TRADITIONAL = '負'.charCodeAt(0);

/**
 * Where the numeral that starts at `at` and did not read ends: a run of Chinese numerals from a
 * Chinese start (人民币壹拾万万零壹拾壹亿元 leaves no 拾壹亿元 behind), of digits, points and
 * 十 百 千 万 亿 from an Arabic start; never across a comma or into digits of the other script
 * (队伍177人: 伍 did not read, 177人 does).
 */
function numeralEnd(text: string, at: number): number {
  let end = STARTS[text.charCodeAt(at)] === START_SIGN ? at + 1 : at;
  const chinese = STARTS[text.charCodeAt(end)] === START_CHINESE;
  while (end < text.length && (chinese ? CHINESE_RUN.at(text, end) : ARABIC_RUN.at(text, end))) end++;
  return Math.max(end, at + 1);
}

const CHINESE_RUN = new CodeSet(`${CHINESE_NUMERAL_CHARS}点點`);
const ARABIC_RUN = new CodeSet(`${ARABIC_DIGITS}.．十百千万亿萬億`);

/**
 * A qualifier word (近, 约, 超过, 不到 …) ending right at `at`, starting at or after `floor`, and not
 * the end of another word (最近, 节约).
 */
function prefixBefore(text: string, at: number, floor: number): string | undefined {
  if (!PREFIX_LAST.at(text, at - 1)) return undefined;
  const word = wordEndingAt(text, at, floor, PREFIXES);
  if (word === undefined) return undefined;
  const bound = BOUND_BEFORE_QUALIFIER[word];
  return bound?.at(text, at - word.length - 1) ? undefined : word;
}

/** A unit's `before` word (港币, 每亩, 人均, 户均, 亩产 …, unit.ts) ending right at `at`, starting at or after `floor`. */
function unitPrefixBefore(text: string, at: number, floor: number): string | undefined {
  if (!UNIT_PREFIX_LAST.at(text, at - 1)) return undefined;
  return wordEndingAt(text, at, floor, UNIT_PREFIX_WORDS);
}

/**
 * The first of `words` that ends right at `at` and starts at or after `floor` (a loop: no closure
 * per call; the last code unit compared before the word, as `startsWith` is a call into the runtime).
 */
function wordEndingAt(text: string, at: number, floor: number, words: readonly string[]): string | undefined {
  const last = text.charCodeAt(at - 1);
  for (const word of words)
    if (
      word.charCodeAt(word.length - 1) === last &&
      at - word.length >= floor &&
      text.startsWith(word, at - word.length)
    )
      return word;
  return undefined;
}

/**
 * The lengths of the words that may lead the quantity whose number starts at `at`, longest first,
 * ending with 0 (the number alone): a qualifier and a unit's `before` word in either order (人均近,
 * 超过每亩), either alone, or none. The first that reads is the quote's start.
 */
function leadsBefore(text: string, at: number, floor: number): readonly number[] {
  // 约 430亩: the words may stand a gap of spaces before an Arabic number.
  const spaced = gapBefore(text, at);
  const edge = spaced === at ? at : spacedEdge(text, at, Math.max(floor, spaced));
  if (!LEAD_LAST.at(text, edge - 1)) return NO_LEAD;
  const gap = at - edge;
  const leads: number[] = [];
  const qualifier = prefixBefore(text, edge, floor);
  const unitWord = unitPrefixBefore(text, edge, floor);
  if (qualifier !== undefined) {
    const outer = unitPrefixBefore(text, edge - qualifier.length, floor);
    if (outer !== undefined) insertLongestFirst(leads, gap + qualifier.length + outer.length);
  }
  if (unitWord !== undefined) {
    const outer = prefixBefore(text, edge - unitWord.length, floor);
    if (outer !== undefined) insertLongestFirst(leads, gap + unitWord.length + outer.length);
    insertLongestFirst(leads, gap + unitWord.length);
  }
  if (qualifier !== undefined) insertLongestFirst(leads, gap + qualifier.length);
  leads.push(0);
  return leads;
}

/** Where the words before the Arabic number at `at` end: `spaced`, past the gap of spaces before it, or `at` itself. */
function spacedEdge(text: string, at: number, spaced: number): number {
  return STARTS[text.charCodeAt(at)] !== START_CHINESE && LEAD_LAST.at(text, spaced - 1) ? spaced : at;
}

/** Put `length` into `leads`, kept longest first, after those as long (what a stable sort gives; no comparator closure). */
function insertLongestFirst(leads: number[], length: number): void {
  let at = leads.length;
  while (at > 0 && (leads[at - 1] ?? 0) < length) at--;
  leads.splice(at, 0, length);
}

/**
 * A quick test before reading: the run of number characters from `at` (after a sign) is not too
 * long, and what follows it may continue a quantity (a unit word, 余, a range), or it is 百分之.
 */
function mayBeQuantity(text: string, at: number): boolean {
  const from = STARTS[text.charCodeAt(at)] === START_SIGN ? at + 1 : at;
  if (isPercentOfAt(text, from)) return true;
  let end = from;
  for (;;) {
    while (RUN[text.charCodeAt(end)] === IN_RUN) if (++end - from > LONGEST_NUMBER) return false;
    // 38 928.8: a space between groups of digits; 11.98 %: a space before the percent sign.
    if (!SPACES.at(text, end) || !isDigitCode(text.charCodeAt(end - 1))) break;
    if (PERCENT_SIGNS.at(text, end + 1)) return true;
    if (!isDigitCode(text.charCodeAt(end + 1))) break;
    end += 1;
  }
  if (RUN[text.charCodeAt(end)] === AFTER_RUN || NUMERAL_UNIT_FIRST.at(text, end - 1)) return true;
  if (isBlank(text, end) && unitAfterGap(text, end)) return true;
  // 年收入四万二, 总投资近2亿: a noun that implies the unit, right before or before a one-character qualifier.
  return (
    IMPLIED_NOUN_LAST.at(text, from - 1) || (PREFIX_LAST.at(text, from - 1) && IMPLIED_NOUN_LAST.at(text, from - 2))
  );
}

const IMPLIED_NOUN_LAST = new CodeSet(IMPLIED_NOUNS.map((w) => w.slice(-1)));

const SPACES = new CodeSet(' \u00a0\u2009\u202f');
const PERCENT_SIGNS = new CodeSet('%％');

/**
 * 430 亩, 18.6 亿元: a gap of spaces at `at`, after digits, and a unit word (or 万, 亿) after it; or
 * a longer run of spaces or a line end there (430   亩, 1200↵人), which does not read, so the
 * number is listed as unread.
 */
function unitAfterGap(text: string, at: number): boolean {
  const gap = Math.max(gapAfter(text, at), blankEnd(text, at));
  return (
    gap > at &&
    isDigitCode(text.charCodeAt(at - 1)) &&
    (RUN[text.charCodeAt(gap)] === AFTER_RUN || isBigWord(text.charCodeAt(gap)))
  );
}

/** 万 亿 萬 億. */
function isBigWord(code: number): boolean {
  return code === 0x4e07 || code === 0x4ebf || code === 0x842c || code === 0x5104;
}

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}
