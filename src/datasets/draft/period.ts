import type { ExtractedFigure } from '../../figures/extract-figures.ts';
import type { Period } from '../../figures/period.ts';
import type { SectionInput } from './sections.ts';
import { timeTokens, type TimeToken } from './time-words.ts';
import {
  ACTIVITY_AREA_WORDS,
  ADDITION_WORDS,
  alternation,
  CLAUSE_ENDS,
  EXISTENCE_WORDS,
  OVERVIEW_HEADING_WORDS,
  PER_CAPITA_WORDS,
  PLAN_OBJECT_WORDS,
  SCOPE_WORDS,
  SENTENCE_ENDS,
  STOCK_WORDS,
  TERRITORY_WORDS,
} from './words.ts';

/** The years a report speaks from: the year it reviews, the year it plans, and its date when known. */
export interface ReportYears {
  review: number;
  plan: number;
  /** ISO date of the report (`2019-12-16`), for 截至目前 and counts 至今. */
  published?: string;
}

/**
 * A drafted period and how it was read: `source` is `text` when time words of the figure's sentence
 * or paragraph gave it, `section` when only the section's part did (tag `period-inferred`), `none`
 * when nothing did (tag `needs-review:period`).
 */
export interface DraftPeriod {
  period: Period;
  source: 'text' | 'section' | 'none';
}

const STOCK = new RegExp(alternation(STOCK_WORDS));
/** 播种面积, 改造面积: an area of work done, no stock. */
const ACTIVITY_AREA = new RegExp(`(?:${alternation(ACTIVITY_AREA_WORDS)})面[积積]`, 'g');
const PER_CAPITA = new RegExp(alternation(PER_CAPITA_WORDS));
/** A clause ending with 辖 or 下辖 (辖8个社区) names what a place has. */
const TERRITORY_END = new RegExp(`(?:${alternation(TERRITORY_WORDS)})\\s*$`);
const OVERVIEW = new RegExp(alternation(OVERVIEW_HEADING_WORDS));
const ADDITION = new RegExp(alternation(ADDITION_WORDS));
/** 新增企业11家，全镇企业达到65家: a count reached after an addition is the total. */
const REACHED_AT_END = /(?:达到|达|達到|達)\s*$/;
/** A clause that is only a short noun (党员1126名 after 全镇共有基层党组织38个) continues the clause before it. */
const BARE_NOUN = /^[\u4e00-\u9fff]{1,3}$/;
const PART_MARK = /^\s*其中/;
const EXISTENCE = new RegExp(alternation(EXISTENCE_WORDS));
/** A time word naming a plan (完成全年任务的89.5%, 年度计划): the plan's year, not the figure's period. */
const PLAN_NAMED = new RegExp(`^(?:${alternation(PLAN_OBJECT_WORDS)})`);
/** A number that is not a date (2019年, 11月): where the first figure of a clause starts. */
const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９.．]|\s*[年月日号-])/;
/** A clause that is only a place (全镇13951户) or only 达 after a count (新增企业30家，达199家) states a stock. */
const SCOPE_ONLY = new RegExp(`^\\s*(?:${alternation(SCOPE_WORDS)})\\s*$`);
const REACHED_ONLY = /^\s*(?:达到|达|達到|達|总数达|總數達)\s*$/;
const COUNTED_UNITS = new Set(['count', 'households', 'persons']);
const LINE_ENDS = '\n\r';
const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The offset after the last character of `stops` in `[floor, at)`, or `floor`. */
function backTo(text: string, at: number, stops: string, floor: number): number {
  let i = at;
  while (i > floor && !stops.includes(text.charAt(i - 1))) i--;
  return i;
}

/**
 * Whether the clause of `figure` states a stock: a stock word (累计, 共有, 人口, 余额, 还有) outside a
 * per-capita figure and an area of work done; a clause that is only a place (全镇13951户) or ends
 * with 辖 (辖8个社区); a count reached after a number, alone (新增企业30家，达199家) or after an
 * addition (新增企业11家，全镇企业达到65家). A clause continues the lead of its enumeration
 * (全镇8条河流、27座山塘水库), and a bare noun (党员1126名) or a part (其中…) continues a stock
 * stated by the clause before it in the sentence.
 */
function statesStock(text: string, figure: ExtractedFigure, sentenceStart: number, clauseStart: number): boolean {
  const clause = text.slice(clauseStart, figure.offset);
  const digit = NUMBER.exec(clause);
  // The lead of an enumeration: 全镇8条河流、27座 → 全镇.
  const head = digit === null ? clause : clause.slice(0, digit.index);
  const before = text.slice(sentenceStart, clauseStart);
  if (leadStatesStock(clause, figure, before) || leadStatesStock(head, figure, before)) return true;
  const bare = BARE_NOUN.test(head);
  if (clauseStart <= sentenceStart || !(bare || PART_MARK.test(head))) return false;
  const previousStart = backTo(text, clauseStart - 1, CLAUSE_ENDS, sentenceStart);
  const previous = text.slice(previousStart, clauseStart - 1);
  const previousDigit = NUMBER.exec(previous);
  if (previousDigit === null) return false;
  const lead = previous.slice(0, previousDigit.index);
  // A bare noun continues a list of what a place has (全镇共有基层党组织38个，党员1126名); a part continues any stock.
  return (
    (!bare || EXISTENCE.test(lead) || TERRITORY_END.test(lead)) &&
    leadStatesStock(lead, figure, text.slice(sentenceStart, previousStart))
  );
}

/** Whether the words of a clause before its first number state a stock; `before` is the sentence before the clause. */
function leadStatesStock(lead: string, figure: ExtractedFigure, before: string): boolean {
  if (!PER_CAPITA.test(lead) && STOCK.test(lead.replace(ACTIVITY_AREA, ''))) return true;
  if (SCOPE_ONLY.test(lead) || TERRITORY_END.test(lead)) return true;
  if (!COUNTED_UNITS.has(figure.unit) || !/\d/.test(before)) return false;
  return REACHED_ONLY.test(lead) || (REACHED_AT_END.test(lead) && !ADDITION.test(lead) && ADDITION.test(before));
}

/** ISO text of a date token (its year from `year` when the text gives only a month). */
function isoOf(token: Extract<TimeToken, { kind: 'date' }>, year: number): string {
  const y = token.year ?? year;
  const day = token.day ?? (token.monthEnd ? lastDay(y, token.month) : undefined);
  return day === undefined ? `${y}-${pad(token.month)}` : `${y}-${pad(token.month)}-${pad(day)}`;
}

/** The period a time expression gives a figure of a section in `part`. */
function periodOf(
  token: TimeToken,
  part: SectionInput['part'],
  years: ReportYears,
  cumulative: boolean,
): Period | undefined {
  const { published } = years;
  const since = (start: string): Period =>
    published === undefined ? { kind: 'since', start } : { kind: 'since', start, through: published };
  const base = part === 'plan' ? years.plan : years.review;
  switch (token.kind) {
    case 'year':
      if (part === 'plan' && token.year >= years.plan) return { kind: 'target', year: token.year };
      if (token.since) return since(String(token.year));
      if (token.through || cumulative)
        return cumulative
          ? { kind: 'cumulative', through: String(token.year) }
          : { kind: 'through', end: String(token.year) };
      return { kind: 'year', year: token.year };
    case 'date': {
      const iso = isoOf(token, years.review);
      if (part === 'plan' && (token.year ?? years.plan) >= years.plan)
        return { kind: 'target', year: token.year ?? years.plan };
      if (token.since) return since(iso);
      if (token.through || token.monthEnd)
        return cumulative ? { kind: 'cumulative', through: iso } : { kind: 'through', end: iso };
      return { kind: 'year', year: token.year ?? years.review };
    }
    case 'range':
      return { kind: 'through', start: String(token.from), end: String(token.to) };
    case 'months': {
      const y = token.year ?? base;
      if (part === 'plan' && y >= years.plan) return { kind: 'target', year: y };
      return { kind: 'through', start: `${y}-${pad(token.from)}`, end: `${y}-${pad(token.to)}` };
    }
    case 'relative':
      if (part === 'plan' && token.offset >= 0) return { kind: 'target', year: years.plan };
      if (token.offset > 0) return { kind: 'target', year: years.review + token.offset };
      if (token.since) return since(String(base + token.offset));
      return cumulative && token.offset === 0
        ? { kind: 'cumulative', through: String(base) }
        : { kind: 'year', year: base + token.offset };
    case 'now':
      if (part === 'plan') return { kind: 'target', year: years.plan };
      return published === undefined ? undefined : { kind: 'through', end: published };
    case 'plan':
      if (token.since) return since(String(token.from));
      return { kind: 'through', start: String(token.from), end: String(token.to) };
    case 'back':
      return token.since
        ? since(String(base - token.years + 1))
        : { kind: 'through', start: String(base - token.years + 1), end: String(base) };
  }
}

/**
 * The last token of `tokens` that may date the figure at `at`: not a comparison's basis, a 由/从
 * year only right before it, a bound of what is counted (2000年以前的小区) only in the plan (a deadline).
 */
function datingToken(
  text: string,
  tokens: readonly TimeToken[],
  at: number,
  part: SectionInput['part'],
): TimeToken | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k] as TimeToken;
    if (token.comparison || (token.cutoff && part !== 'plan') || PLAN_NAMED.test(text.slice(token.end, token.end + 2)))
      continue;
    if (token.source && !/^的?\s*$/.test(text.slice(token.end, at))) continue;
    return token;
  }
  return undefined;
}

/**
 * The period of a figure, from the time words before it (in its sentence, then in its paragraph)
 * and its section's part:
 * - a year (2018年) → that year; 截至11月底 / 到2015年 → `through`; 6月以来, 2011年以来, 至今 → `since`;
 *   2014-2015年, “十二五”期间, 过去五年 → `through` a span; 今年, 全年, 一年来 → the year reviewed;
 *   去年 → the year before; 截至目前, 目前 → `through` the report's date (when known);
 * - 累计 or a stock (人口, 面积, 余额, 下辖) in its clause, a clause that is only a place (全镇13951户)
 *   or only 达 after another number (新增企业30家，达199家) → `cumulative`;
 * - in the plan part → `target` (the year planned, or a later year it names);
 * - no time word: the year reviewed (review part) or the year planned (plan part), `source: 'section'`;
 *   in the preamble, `unspecified` with `source: 'none'`.
 * Comparison bases (较2018年, 比上年) never date a figure; 由2011年的 dates only the figure right after it.
 *
 * @param text the report's text; `figure` one of `extractFigures(text)`; `section` the section it lies in
 * @example
 * // figure: 53264条 of 截至11月底，共计处理管控人员数据53264条, in a review section of a 2020 report
 * inferPeriod(text, figure, section, { review: 2020, plan: 2021 }).period // { kind: 'through', end: '2020-11-30' }
 */
export function inferPeriod(
  text: string,
  figure: ExtractedFigure,
  section: SectionInput,
  years: ReportYears,
): DraftPeriod {
  const at = figure.offset;
  const sentenceStart = backTo(text, at, SENTENCE_ENDS, section.start);
  const clauseStart = backTo(text, at, CLAUSE_ENDS, section.start);
  const cumulative = statesStock(text, figure, sentenceStart, clauseStart);
  const part = section.part;
  // An overview (概况, 基本情况) states the standing state: a date dates its own clause only (2018年脱贫393户，未脱贫78户).
  const overview = part !== 'plan' && OVERVIEW.test(section.heading);
  const inSentence = datingToken(text, timeTokens(text, overview ? clauseStart : sentenceStart, at), at, part);
  const sentencePeriod = inSentence === undefined ? undefined : periodOf(inSentence, part, years, cumulative);
  if (sentencePeriod !== undefined) return { period: sentencePeriod, source: 'text' };
  // 截至目前 in a report of unknown date: a count up to a day the text does not give.
  if (inSentence?.kind === 'now' && part !== 'plan') return { period: { kind: 'cumulative' }, source: 'none' };
  if (cumulative)
    return { period: part === 'plan' ? { kind: 'target', year: years.plan } : { kind: 'cumulative' }, source: 'text' };
  if (overview) return { period: { kind: 'cumulative' }, source: 'text' };
  const paragraphStart = backTo(text, at, LINE_ENDS, section.start);
  // Across sentences only dates carry over: 目前 speaks of its own sentence.
  const inParagraph = datingToken(
    text,
    timeTokens(text, paragraphStart, sentenceStart).filter((t) => t.kind !== 'now'),
    sentenceStart,
    part,
  );
  const paragraphPeriod =
    inParagraph === undefined || inParagraph.through ? undefined : periodOf(inParagraph, part, years, false);
  if (paragraphPeriod !== undefined && paragraphPeriod.kind !== 'since')
    return { period: paragraphPeriod, source: 'text' };
  if (part === 'review') return { period: { kind: 'year', year: years.review }, source: 'section' };
  if (part === 'plan') return { period: { kind: 'target', year: years.plan }, source: 'section' };
  return { period: { kind: 'unspecified' }, source: 'none' };
}
