import { CHINESE_NUMERAL_FIRST } from './chinese-numeral.ts';
import { CodeSet } from './code-set.ts';
import { scanQuantity, type ScannedQuantity } from './parse-quantity.ts';
import {
  BOUND_BEFORE_NUMERAL,
  CLAUSE_BREAKS,
  CLAUSE_DELIMITERS,
  CLOSING_QUOTES,
  FINANCIAL_NUMERALS,
  IDIOMATIC_ROUND,
  OPENING_QUOTES,
  ORDINAL_MARKS,
  ORDINARY_AFTER_YI,
  RANK_MARKS,
  TOGETHER_AFTER,
  TOGETHER_BEFORE,
  isWordAfterUnit,
} from './extract-words.ts';

/**
 * The rules by which the extractor tells a figure from a numeral that counts nothing. A quantity
 * that reads (parse-quantity.ts) is still not a figure when its context makes it
 *   - an ordinal or rank: 第二批, 居全市第3位, 前三名;
 *   - part of a word: 统一, 之一, 周一 (word before), 一次性, 三个月, 一期工程, 一起 "together" (word after);
 *   - an identifier: G107 (Latin letters before Arabic digits);
 *   - a slogan or named set: numeral-classifier-numeral (六个一, 一村一品), a short quoted phrase
 *     (“四个意识”), an enumeration of short numbered phrases (一个项目，一套班子，一把尺子);
 *   - an idiom: 千家万户 (a lone 百/千), 伍桥村 and 陆续 (a lone financial numeral);
 *   - a rate of an unknown unit: 500元/亩 is not 500 元.
 * Dates, years, hotlines and congress names need no rule: 年 月 日 届 大 are no unit words.
 */

const CHINESE_FIRST = new CodeSet(CHINESE_NUMERAL_FIRST);
const LATIN = new CodeSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
const YI = '一'.charCodeAt(0);
/** 数十个, 几千亩, 上百家: a vague count (tens, thousands, a hundred-odd), not a number to read. */
const VAGUE_BEFORE = new CodeSet('数几上');
const PLACE_WORDS = new CodeSet('十百千万亿');
const SLASH = '/'.charCodeAt(0);
/** Longest clause (in UTF-16 code units) that still counts as an item of an enumeration. */
const SHORT_CLAUSE = 6;

/** What the extractor knows about one quantity found in the text. */
export interface Candidate {
  text: string;
  /** Offset where the quote starts (its prefix qualifier, or the number). */
  start: number;
  /** Offset of the number itself (or its sign). */
  numberStart: number;
  scanned: ScannedQuantity;
}

/**
 * Rules decided from the text before a number at `at`, without reading it: an ordinal mark (第),
 * a vague count (数十个, 几千亩, 上百家: never read as 十个, 千亩, 百家), a word ending in a Chinese
 * numeral (统一, 之一), Latin letters before Arabic digits (G107).
 */
export function isBoundBefore(text: string, at: number): boolean {
  if (ORDINAL_MARKS.at(text, at - 1)) return true;
  if (VAGUE_BEFORE.at(text, at - 1) && PLACE_WORDS.at(text, at)) return true;
  return CHINESE_FIRST.at(text, at) ? BOUND_BEFORE_NUMERAL.at(text, at - 1) : LATIN.at(text, at - 1);
}

/**
 * Rules decided once the quantity is read: true when the candidate is not a figure. A share
 * written 百分之…, 千分之… or …分之… is always a figure.
 */
export function isNotAFigure(c: Candidate): boolean {
  const { text, numberStart, scanned } = c;
  const { unitRaw } = scanned.quantity;
  const { end, unitEnd } = scanned;
  if (unitRaw.endsWith('分之')) return false;
  if (end === unitEnd && isWordAfterUnit(text, unitEnd, unitRaw)) return true;
  if (text.charCodeAt(unitEnd) === SLASH && !unitRaw.includes('/')) return true;
  if (unitRaw === '名' && RANK_MARKS.at(text, c.start - 1)) return true;
  if (!CHINESE_FIRST.at(text, numberStart)) return false;
  if (unitEnd - unitRaw.length === numberStart + 1) {
    if (IDIOMATIC_ROUND.at(text, numberStart) || FINANCIAL_NUMERALS.at(text, numberStart)) return true;
    if (text.charCodeAt(numberStart) === YI && isWordWithYi(text, numberStart, scanned)) return true;
    if (isSloganPattern(text, scanned)) return true;
  }
  return isQuotedName(text, c.start, end) || isEnumerationItem(text, c.start);
}

/** 一个个 (one by one) repeats its classifier; 一起 is the adverb "together" in 在一起, 一起来, 一起抓. */
function isWordWithYi(text: string, start: number, scanned: ScannedQuantity): boolean {
  const { unitRaw } = scanned.quantity;
  if (text.startsWith(unitRaw, scanned.unitEnd)) return true;
  return unitRaw === '起' && scanned.end === scanned.unitEnd && (TOGETHER_BEFORE.at(text, start - 1) || TOGETHER_AFTER.at(text, scanned.end));
}

/**
 * 六个一, 一村一品, 一户一策: a one-character numeral, a classifier, and a numeral that counts nothing
 * (but 五个一流企业 and 五户三人 are counts).
 */
function isSloganPattern(text: string, scanned: ScannedQuantity): boolean {
  const { end } = scanned;
  if (end !== scanned.unitEnd || !CHINESE_FIRST.at(text, end)) return false;
  if (text.charCodeAt(end) === YI && ORDINARY_AFTER_YI.at(text, end + 1)) return false;
  return scanQuantity(text, end) === undefined;
}

/** “六个一”, “四个意识”: an opening quote right before, its closing quote within a few characters after. */
function isQuotedName(text: string, start: number, end: number): boolean {
  if (!OPENING_QUOTES.at(text, start - 1)) return false;
  for (let i = end; i < end + 4 && i < text.length; i++) {
    if (CLOSING_QUOTES.at(text, i)) return true;
    if (CLAUSE_BREAKS.at(text, i)) return false;
  }
  return false;
}

/**
 * 一个项目，一套班子，一把尺子 or 一超过，两不愁，三保障: the numeral starts a short clause next to
 * another short clause, in the same sentence, that starts with a Chinese numeral counting nothing
 * (套 and 不 are no classifiers). 两个办法、三个制度 is a list of counts, not a slogan.
 */
function isEnumerationItem(text: string, start: number): boolean {
  const end = clauseEnd(text, start);
  if (end !== undefined && end - start <= SHORT_CLAUSE && CLAUSE_DELIMITERS.at(text, end)) {
    if (isShortNumberedClause(text, skipQuotes(text, end + 1))) return true;
  }
  let before = start - 1;
  while (before >= 0 && OPENING_QUOTES.at(text, before)) before--;
  if (!CLAUSE_DELIMITERS.at(text, before)) return false;
  let previous = before;
  while (previous > 0 && before - previous <= SHORT_CLAUSE && !isClauseBreak(text, previous - 1)) previous--;
  return isClauseBreak(text, previous - 1) && before - previous <= SHORT_CLAUSE && isShortNumberedClause(text, skipQuotes(text, previous));
}

/** A short clause at `at` that starts with a Chinese numeral which is not a count. */
function isShortNumberedClause(text: string, at: number): boolean {
  if (!CHINESE_FIRST.at(text, at)) return false;
  const end = clauseEnd(text, at);
  return end !== undefined && end - at <= SHORT_CLAUSE && scanQuantity(text, at) === undefined;
}

/** Offset of the first clause break at or after `from`, looking at most a short clause ahead. */
function clauseEnd(text: string, from: number): number | undefined {
  for (let i = from; i <= from + SHORT_CLAUSE && i <= text.length; i++) if (isClauseBreak(text, i)) return i;
  return undefined;
}

/** A clause delimiter, a sentence end, a quotation mark, or the edge of the text. */
function isClauseBreak(text: string, pos: number): boolean {
  return pos < 0 || pos >= text.length || CLAUSE_BREAKS.at(text, pos);
}

function skipQuotes(text: string, at: number): number {
  let i = at;
  while (OPENING_QUOTES.at(text, i)) i++;
  return i;
}
