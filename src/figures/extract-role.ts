import { CodeSet } from './code-set.ts';
import { gapAfter, gapBefore } from './inline-space.ts';
import type { ParsedQuantity } from './parse-quantity.ts';
import {
  CHANGE_BASES,
  DECREASE_VERBS,
  DEGREE_VERBS,
  INCREASE_VERBS,
  RESULT_MARKS,
  SHORT_CHANGE_VERBS,
  SOURCE_MARKS,
} from './extract-words.ts';

/**
 * What a figure is in a statement of change:
 * - `increase` / `decrease`: the amount of a change (同比增长28.7% is a growth rate of 28.7 percent;
 *   下降3个百分点 a fall of 3 percentage points; the value keeps the sign as written);
 * - `from` / `to`: the start and the result of a change (由6180元提高到14457元).
 */
export type FigureRole = 'increase' | 'decrease' | 'from' | 'to';

const CHANGE_VERBS = [...INCREASE_VERBS, ...DECREASE_VERBS, ...SHORT_CHANGE_VERBS];
const LE = '了'.charCodeAt(0);
const NEGATIVE = '负'.charCodeAt(0);
/** Characters one of which ends the text before any figure that has a role. */
const ROLE_BEFORE = new CodeSet(['了', ...CHANGE_VERBS.map((v) => v.slice(-1)), '由', '从', '到', '至', '为']);
const BASE_LAST = new CodeSet(CHANGE_BASES.map((w) => w.slice(-1)));
/** Units of a rate of change written without a verb after 同比 (同比31.43%, 同比-2.1个百分点). */
const RATE_UNITS = new Set(['percent', 'percentage-points']);
const CHANGE_FIRST = new CodeSet(CHANGE_VERBS.map((v) => v.charAt(0)));

/**
 * The role of the figure quoted at `[start, end)` of `text`, from the words right around it:
 * - `from`: a change verb and 到/至/为 right after it (由2015年的26180元提高到…), or 由/从 right before
 *   it and a change verb after it (由5个增加…);
 * - `to`: a change verb and 到/至/为 right before it (提高到14457元, 降至3%), a year between them
 *   allowed (提高到2023年的14200元);
 * - `increase` / `decrease`: a change verb right before it, 了 allowed between (同比增长28.7%;
 *   负增长2% is a decrease);
 *   not a verb of degree before a count (改造提升38个 upgrades 38 things);
 *   or, for a percentage with no verb, a word of comparison right before it (同比31.43% is an
 *   increase, 同比-2.5% a decrease: the sign as written says which).
 * @param quantity the figure's quantity (its unit and sign)
 * @returns the role, or undefined for a plain figure (回复率达98%)
 * @example roleAt('同比增长28.7%', 4, 9, { unit: 'percent', value: 28.7 }) // 'increase'
 * @example roleAt('由6180元提高到14457元', 1, 6, { unit: 'CNY', value: 6180 }) // 'from'
 */
export function roleAt(
  text: string,
  start: number,
  end: number,
  quantity: Pick<ParsedQuantity, 'unit' | 'value'>,
): FigureRole | undefined {
  const { unit } = quantity;
  // 增长 7%, 由 6180 元提高到: the words may stand a gap of spaces from the figure.
  start = gapBefore(text, start);
  end = gapAfter(text, end);
  if (CHANGE_FIRST.at(text, end) && isChangeTo(text, end)) return 'from';
  if (BASE_LAST.at(text, start - 1) && RATE_UNITS.has(unit) && endsWithAny(text, start, CHANGE_BASES))
    return quantity.value < 0 ? 'decrease' : 'increase';
  if (YEAR_END.at(text, text.charCodeAt(start - 1) === DE ? start - 2 : start - 1) && isDatedResult(text, start))
    return 'to';
  if (!ROLE_BEFORE.at(text, start - 1)) return undefined;
  if (SOURCE_MARKS.at(text, start - 1) && startsWithAny(text, end, CHANGE_VERBS)) return 'from';
  if (RESULT_MARKS.at(text, start - 1) && endsWithAny(text, start - 1, CHANGE_VERBS)) return 'to';
  const verbEnd = text.charCodeAt(start - 1) === LE ? start - 1 : start;
  if (unit === 'count' && endsWithAny(text, verbEnd, DEGREE_VERBS)) return undefined;
  const increase = wordEndingAt(text, verbEnd, INCREASE_VERBS);
  // 负增长2% is a fall of 2%: 负 (negative) turns a verb of increase into a decrease.
  if (increase !== undefined)
    return text.charCodeAt(verbEnd - increase.length - 1) === NEGATIVE ? 'decrease' : 'increase';
  if (endsWithAny(text, verbEnd, DECREASE_VERBS)) return 'decrease';
  return undefined;
}

/** The end of a year in a time phrase between 到/至 and a result (到2023年的14200元, 至2025年底), and 的 after it. */
const YEAR_END = new CodeSet('年底末');
const DE = '的'.charCodeAt(0);
/** 到2023年的, 提高到2023年底的, 至 2025 年: a change verb, 到/至, a year (with 底/末) and 的, right before `at`. */
const DATED_RESULT = /(?:到|至)\s?(?:19|20)\d\d\s?年(?:底|末)?的?$/;

/** A result dated by its year: a change verb, then 到/至, a year and 的 right before `at` (由6800元提高到2023年的14200元). */
function isDatedResult(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  const match = DATED_RESULT.exec(before);
  if (match === null) return false;
  return endsWithAny(text, at - match[0].length, CHANGE_VERBS);
}

// Loops rather than `some` and `find` with a closure: these run for a large share of all figures.
// Each word's first (or last) code unit is compared before the word: `startsWith` is a call into
// the runtime, and most words fail on that one.

/** A change verb and 到/至/为 at `at`: 提高到, 增至, 下降为. */
function isChangeTo(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  for (const v of CHANGE_VERBS)
    if (v.charCodeAt(0) === first && text.startsWith(v, at) && RESULT_MARKS.at(text, at + v.length)) return true;
  return false;
}

/** True when one of `words` starts at offset `at` of `text`. */
function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  const first = text.charCodeAt(at);
  for (const w of words) if (w.charCodeAt(0) === first && text.startsWith(w, at)) return true;
  return false;
}

/** The first of `words` that ends right at offset `at` of `text`, or undefined. */
function wordEndingAt(text: string, at: number, words: readonly string[]): string | undefined {
  const last = text.charCodeAt(at - 1);
  for (const w of words)
    if (w.charCodeAt(w.length - 1) === last && at >= w.length && text.startsWith(w, at - w.length)) return w;
  return undefined;
}

/** True when one of `words` ends right at offset `at` of `text`. */
function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return wordEndingAt(text, at, words) !== undefined;
}
