import { CHINESE_NUMERAL_FIRST } from './chinese-numeral.ts';
import { CodeSet } from './code-set.ts';
import { gapBefore } from './inline-space.ts';
import { scanQuantity, type ScannedQuantity } from './parse-quantity.ts';
import {
  BOUND_BEFORE_NUMERAL,
  CLASSIFIER_GE,
  CLAUSE_BREAKS,
  CLAUSE_DELIMITERS,
  CLOSING_QUOTES,
  FINANCIAL_NUMERALS,
  IDIOMATIC_ROUND,
  MONEY_AFTER,
  MONEY_MARK,
  NEGATIONS,
  OPENING_QUOTES,
  ORDINAL_MARKS,
  ORDINARY_AFTER_YI,
  RANK_MARKS,
  TOGETHER_AFTER,
  TOGETHER_BEFORE,
  isWordAfterUnit,
} from './extract-words.ts';

/**
 * The rules by which the extractor tells a figure from a numeral that counts nothing, each named so
 * that every rejection can be reported (`explainFigures`). A quantity that reads (parse-quantity.ts)
 * is still not a figure when its context makes it
 *   - an ordinal or rank: 第二批, 居全市第3位, 前三名, 前3-5名;
 *   - part of a word: 统一, 之一, 周一 (word before), 一次性, 三个月, 一期工程, 一起 "together" (word after);
 *   - an identifier: G107 (Latin letters before Arabic digits);
 *   - a slogan or named set: numeral-classifier-numeral (六个一, 一村一品), a short quoted phrase
 *     (“四个意识”), an enumeration of short numbered phrases (一个项目，一套班子，一把尺子);
 *   - an idiom: 千家万户 (a lone 百/千), 伍桥村 and 陆续 (a lone financial numeral);
 *   - a rate of an unknown unit: 500元/亩 is not 500 元;
 *   - a bound that a negation inverts (没超过5%: read as more than 5 % it would say the opposite);
 *   - 个万 starting a word (3个万亩基地 counts bases of 10,000 mu), 角 outside money (三角).
 * Dates, years, hotlines and congress names need no rule: 年 月 日 届 大 are no unit words.
 */

const CHINESE_FIRST = new CodeSet(CHINESE_NUMERAL_FIRST);
const LATIN = new CodeSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
const YI = '一'.charCodeAt(0);
/** 数十个, 几千亩, 上百家: a vague count (tens, thousands, a hundred-odd), not a number to read. */
const VAGUE_BEFORE = new CodeSet('数几上');
const PLACE_WORDS = new CodeSet('十百千万亿');
const SLASH = '/'.charCodeAt(0);
/** What follows the year of a date (2019-12-16, 2021/04/01). */
const DATE_SEPARATORS = new CodeSet('-/');
const MONTH = new CodeSet('月');
/** Longest clause (in UTF-16 code units) that still counts as an item of an enumeration. */
const SHORT_CLAUSE = 6;
/** A share written 百分之…, 千分之… or …分之…: always a figure, never a word of numerals. */
const SHARE_FEN = '分'.charCodeAt(0);
const SHARE_ZHI = '之'.charCodeAt(0);
const JIAO = '角';

/** What the extractor knows about one quantity found in the text. */
export interface Candidate {
  text: string;
  /** Offset where the quote starts (its prefix qualifier, or the number). */
  start: number;
  /** Offset of the number itself (or its sign). */
  numberStart: number;
  scanned: ScannedQuantity;
}

/** The names of the rules (stable ids: `workreport extract --explain` prints them). */
export type RuleId =
  | 'date'
  | 'ordinal'
  | 'vague-count'
  | 'numeral-in-word'
  | 'identifier'
  | 'negated-bound'
  | 'classifier-word'
  | 'rate-of-unknown-unit'
  | 'rank'
  | 'idiomatic-round'
  | 'lone-financial-numeral'
  | 'word-with-yi'
  | 'slogan'
  | 'quoted-name'
  | 'enumeration-item'
  | 'classifier-before-place'
  | 'jiao-without-money'
  | 'broken-number';

/** A rule decided from the text before a number at `at`, without reading it. */
export interface BeforeRule {
  id: RuleId;
  /** Why a number it applies to is no figure, for people. */
  message: string;
  applies: (text: string, at: number) => boolean;
  /** Where what the rule sets aside ends, when it knows (a whole date); else the quantity or numeral at `at`. */
  extent?: (text: string, at: number) => number;
}

/**
 * A date written with - or / between year, month and day: 2019-12-16, 2021/04/01, 2019-12 (not
 * with a point: 2019.5万元 is an amount).
 */
const DATE = /(?:19|20)\d\d([-/])(?:0?[1-9]|1[0-2])(?:\1(?:0?[1-9]|[12]\d|3[01]))?(?!\d)/y;

/** A day of a month written in Chinese: 20日 or 20号 right after 月 (12月20日). */
const DAY = /(?:[12]\d|3[01]|0?[1-9])[日号]/y;

/** The end of the date at `at` (2019-12-16, or the day of 12月20日), or -1. */
function dateEnd(text: string, at: number): number {
  if (MONTH.at(text, at - 1)) {
    DAY.lastIndex = at;
    return DAY.test(text) ? DAY.lastIndex : -1;
  }
  if (!DATE_SEPARATORS.at(text, at + 4)) return -1;
  DATE.lastIndex = at;
  return DATE.test(text) ? DATE.lastIndex : -1;
}

/** A rule decided once the quantity is read. */
export interface CandidateRule {
  id: RuleId;
  message: string;
  /** Whether the rule is about Chinese numerals only (not tried on 12个 or 百分之…). */
  chinese: boolean;
  applies: (c: Candidate) => boolean;
}

/**
 * Rules decided before reading, in order: a date written with dashes (2019-12-16), an ordinal mark (第), a vague count (数十个, 几千亩, 上百家:
 * never read as 十个, 千亩, 百家), a word ending in a Chinese numeral (统一, 之一), Latin letters
 * before Arabic digits (G107), a number whose start is on the line before (18.↵6亿元).
 */
export const BEFORE_RULES: readonly BeforeRule[] = [
  {
    id: 'date',
    message: 'a date (2019-12-16, 12月20日): it counts nothing',
    applies: (text, at) => dateEnd(text, at) > 0,
    extent: dateEnd,
  },
  {
    id: 'ordinal',
    message: 'an ordinal (第…): it numbers, it does not count',
    // 第 3 名: text with spaces around its numbers, too.
    applies: (text, at) => ORDINAL_MARKS.at(text, gapBefore(text, at) - 1),
  },
  {
    id: 'vague-count',
    message: 'a vague count (数十, 几千, 上百): no number is stated',
    applies: (text, at) => VAGUE_BEFORE.at(text, at - 1) && PLACE_WORDS.at(text, at),
  },
  {
    id: 'numeral-in-word',
    message: 'the numeral ends a word (统一, 之一, 周一)',
    applies: (text, at) => CHINESE_FIRST.at(text, at) && BOUND_BEFORE_NUMERAL.at(text, at - 1),
  },
  {
    id: 'identifier',
    message: 'part of an identifier (G107)',
    applies: (text, at) => !CHINESE_FIRST.at(text, at) && LATIN.at(text, at - 1),
  },
  {
    id: 'broken-number',
    message:
      'a number broken by a line end (18.↵6亿元, text from a PDF): its start is on the line before, so it is not read; join the lines',
    applies: (text, at) => !CHINESE_FIRST.at(text, at) && continuesLineBefore(text, at),
  },
];

const LINE_ENDS = new CodeSet('\n\r');
const NUMBER_TAIL = new CodeSet('0123456789０１２３４５６７８９.．');

/** A line starts at `at` and the line before ends in a digit or a decimal point (产值18.↵6亿元). */
function continuesLineBefore(text: string, at: number): boolean {
  let before = at - 1;
  if (!LINE_ENDS.at(text, before)) return false;
  if (text.charCodeAt(before) === 0x0a && text.charCodeAt(before - 1) === 0x0d) before -= 1;
  return NUMBER_TAIL.at(text, before - 1);
}

const NEGATED_BOUND_RULE: CandidateRule = {
  id: 'negated-bound',
  chinese: false,
  message: 'a negation before the qualifier word inverts it (没超过): write the bound as 不超过 or 以下',
  applies: negatedBoundApplies,
};

const CLASSIFIER_WORD_RULE: CandidateRule = {
  id: 'classifier-word',
  chinese: false,
  message: 'the unit word starts another word (一次性, 三个月, 一期工程)',
  applies: classifierWordApplies,
};

const RATE_OF_UNKNOWN_UNIT_RULE: CandidateRule = {
  id: 'rate-of-unknown-unit',
  chinese: false,
  message: 'a rate whose unit after / is not known (500元/亩 is not 500 元)',
  applies: rateOfUnknownUnitApplies,
};

const RANK_RULE: CandidateRule = {
  id: 'rank',
  chinese: false,
  message: 'a rank (前三名, 前3-5名)',
  applies: rankApplies,
};

const IDIOMATIC_ROUND_RULE: CandidateRule = {
  id: 'idiomatic-round',
  chinese: true,
  message: 'a lone 百 or 千 before a classifier is an idiom or a name (千家万户, 百家争鸣)',
  applies: idiomaticRoundApplies,
};

const LONE_FINANCIAL_NUMERAL_RULE: CandidateRule = {
  id: 'lone-financial-numeral',
  chinese: true,
  message: 'a lone financial numeral is a word (伍桥村, 陆续), unless 人民币 comes before it',
  applies: loneFinancialNumeralApplies,
};

const WORD_WITH_YI_RULE: CandidateRule = {
  id: 'word-with-yi',
  chinese: true,
  message: '一 makes a word with its classifier (一个个, 一起)',
  applies: wordWithYiApplies,
};

const SLOGAN_RULE: CandidateRule = {
  id: 'slogan',
  chinese: true,
  message: 'a slogan of numeral, classifier and numeral (六个一, 一村一品)',
  applies: sloganApplies,
};

const QUOTED_NAME_RULE: CandidateRule = {
  id: 'quoted-name',
  chinese: true,
  message: 'a short quoted name (“四个意识”)',
  applies: quotedNameApplies,
};

const ENUMERATION_ITEM_RULE: CandidateRule = {
  id: 'enumeration-item',
  chinese: true,
  message: 'an item of an enumeration of short numbered phrases (一超过，两不愁，三保障)',
  applies: enumerationItemApplies,
};

const CLASSIFIER_BEFORE_PLACE_RULE: CandidateRule = {
  id: 'classifier-before-place',
  chinese: false,
  message: '个 before 万/亿 with a word after the unit (3个万亩基地 counts bases of 10,000 mu)',
  applies: classifierBeforePlaceApplies,
};

const JIAO_WITHOUT_MONEY_RULE: CandidateRule = {
  id: 'jiao-without-money',
  chinese: false,
  message: '角 is money only after 人民币 or before 钱 (三角 is a triangle)',
  applies: jiaoWithoutMoneyApplies,
};

/**
 * Rules decided once the quantity is read, in order. Rules of Chinese numerals (idioms, slogans,
 * quoted names, enumerations) and of classifiers never apply to a percentage written 百分之….
 */
export const CANDIDATE_RULES: readonly CandidateRule[] = [
  NEGATED_BOUND_RULE,
  CLASSIFIER_WORD_RULE,
  RATE_OF_UNKNOWN_UNIT_RULE,
  RANK_RULE,
  IDIOMATIC_ROUND_RULE,
  LONE_FINANCIAL_NUMERAL_RULE,
  WORD_WITH_YI_RULE,
  SLOGAN_RULE,
  QUOTED_NAME_RULE,
  ENUMERATION_ITEM_RULE,
  CLASSIFIER_BEFORE_PLACE_RULE,
  JIAO_WITHOUT_MONEY_RULE,
];

const CHINESE_WORD = /[\u4e00-\u9fff]/;

/** What one of the before-reading rules other than `date` needs right before the number. */
const BEFORE_MARKS = CodeSet.union(ORDINAL_MARKS, VAGUE_BEFORE, BOUND_BEFORE_NUMERAL, LATIN, LINE_ENDS, MONTH);

/** The first before-reading rule that applies to a number at `at`, or undefined. */
export function ruleBefore(text: string, at: number): BeforeRule | undefined {
  // Every before-reading rule needs one of these characters right before the number: tested first, it passes most numbers by.
  if (!DATE_SEPARATORS.at(text, at + 4) && !BEFORE_MARKS.at(text, gapBefore(text, at) - 1)) return undefined;
  for (const rule of BEFORE_RULES) if (rule.applies(text, at)) return rule;
  return undefined;
}

/**
 * The first candidate rule that applies: the candidate is then not a figure. Undefined for a figure.
 * The rules of `CANDIDATE_RULES` in its order, written out as direct calls: a loop over the table
 * would call twelve closures through one call site, which V8 cannot inline, and cost the extractor
 * more than reading the quantity does.
 */
export function ruleAgainst(c: Candidate): CandidateRule | undefined {
  const chinese = isChinese(c);
  if (negatedBoundApplies(c)) return NEGATED_BOUND_RULE;
  if (classifierWordApplies(c)) return CLASSIFIER_WORD_RULE;
  if (rateOfUnknownUnitApplies(c)) return RATE_OF_UNKNOWN_UNIT_RULE;
  if (rankApplies(c)) return RANK_RULE;
  if (chinese && idiomaticRoundApplies(c)) return IDIOMATIC_ROUND_RULE;
  if (chinese && loneFinancialNumeralApplies(c)) return LONE_FINANCIAL_NUMERAL_RULE;
  if (chinese && wordWithYiApplies(c)) return WORD_WITH_YI_RULE;
  if (chinese && sloganApplies(c)) return SLOGAN_RULE;
  if (chinese && quotedNameApplies(c)) return QUOTED_NAME_RULE;
  if (chinese && enumerationItemApplies(c)) return ENUMERATION_ITEM_RULE;
  if (classifierBeforePlaceApplies(c)) return CLASSIFIER_BEFORE_PLACE_RULE;
  if (jiaoWithoutMoneyApplies(c)) return JIAO_WITHOUT_MONEY_RULE;
  return undefined;
}

function negatedBoundApplies(c: Candidate): boolean {
  return c.start < c.numberStart && NEGATIONS.at(c.text, c.start - 1);
}

function classifierWordApplies(c: Candidate): boolean {
  return (
    !isShare(c) &&
    c.scanned.end === c.scanned.unitEnd &&
    isWordAfterUnit(c.text, c.scanned.unitEnd, c.scanned.quantity.unitRaw)
  );
}

function rateOfUnknownUnitApplies(c: Candidate): boolean {
  return !isShare(c) && c.text.charCodeAt(c.scanned.unitEnd) === SLASH && !c.scanned.quantity.unitRaw.includes('/');
}

function rankApplies(c: Candidate): boolean {
  return c.scanned.quantity.unitRaw === '名' && RANK_MARKS.at(c.text, gapBefore(c.text, c.start) - 1);
}

function idiomaticRoundApplies(c: Candidate): boolean {
  return c.start === c.numberStart && IDIOMATIC_ROUND.at(c.text, c.numberStart) && isOneChineseNumeral(c);
}

function loneFinancialNumeralApplies(c: Candidate): boolean {
  return (
    FINANCIAL_NUMERALS.at(c.text, c.numberStart) &&
    isOneChineseNumeral(c) &&
    !c.text.startsWith(MONEY_MARK, c.start - MONEY_MARK.length)
  );
}

function wordWithYiApplies(c: Candidate): boolean {
  return (
    c.text.charCodeAt(c.numberStart) === YI && isOneChineseNumeral(c) && isWordWithYi(c.text, c.numberStart, c.scanned)
  );
}

function sloganApplies(c: Candidate): boolean {
  return isOneChineseNumeral(c) && isSloganPattern(c.text, c.scanned);
}

function quotedNameApplies(c: Candidate): boolean {
  return isQuotedName(c.text, c.start, c.scanned.end);
}

function enumerationItemApplies(c: Candidate): boolean {
  return isEnumerationItem(c.text, c.start);
}

function classifierBeforePlaceApplies(c: Candidate): boolean {
  return (
    c.scanned.colloquial &&
    hasClassifierBeforePlace(c) &&
    !isClauseBreak(c.text, c.scanned.end) &&
    CHINESE_WORD.test(c.text.charAt(c.scanned.end))
  );
}

function jiaoWithoutMoneyApplies(c: Candidate): boolean {
  return (
    c.scanned.quantity.unitRaw === JIAO &&
    !c.text.startsWith(MONEY_MARK, c.start - MONEY_MARK.length) &&
    !MONEY_AFTER.at(c.text, c.scanned.unitEnd)
  );
}

/** A share written with 分之 (百分之六十, 千分之五, 三分之二): always a figure, never a word of numerals. */
function isShare(c: Candidate): boolean {
  // Compared by code unit: `endsWith` is a call into the runtime, and this runs up to three times per candidate.
  const { unitRaw } = c.scanned.quantity;
  const n = unitRaw.length;
  return n >= 2 && unitRaw.charCodeAt(n - 1) === SHARE_ZHI && unitRaw.charCodeAt(n - 2) === SHARE_FEN;
}

/** A quantity whose number starts with a Chinese numeral (not a share: 百分之…, 千分之…, 三分之二). */
function isChinese(c: Candidate): boolean {
  return !isShare(c) && CHINESE_FIRST.at(c.text, c.numberStart);
}

/** A one-character Chinese numeral right before its unit word (一个, 百家, 伍桥); rules of `chinese` scope only. */
function isOneChineseNumeral(c: Candidate): boolean {
  const { unitRaw } = c.scanned.quantity;
  return c.text.startsWith(unitRaw, c.numberStart + 1) && c.scanned.unitEnd === c.numberStart + 1 + unitRaw.length;
}

/** 个 between the numeral and 万/亿 inside the quote (两个亿元). */
function hasClassifierBeforePlace(c: Candidate): boolean {
  for (let i = c.numberStart; i < c.scanned.unitEnd; i++)
    if (CLASSIFIER_GE.at(c.text, i) && PLACE_WORDS.at(c.text, i + 1)) return true;
  return false;
}

/** 一个个 (one by one) repeats its classifier; 一起 is the adverb "together" in 在一起, 一起来, 一起抓. */
function isWordWithYi(text: string, start: number, scanned: ScannedQuantity): boolean {
  const { unitRaw } = scanned.quantity;
  if (text.startsWith(unitRaw, scanned.unitEnd)) return true;
  return (
    unitRaw === '起' &&
    scanned.end === scanned.unitEnd &&
    (TOGETHER_BEFORE.at(text, start - 1) || TOGETHER_AFTER.at(text, scanned.end))
  );
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
  return (
    isClauseBreak(text, previous - 1) &&
    before - previous <= SHORT_CLAUSE &&
    isShortNumberedClause(text, skipQuotes(text, previous))
  );
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
