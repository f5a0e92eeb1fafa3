import type { ExtractedFigure } from '../../figures/extract-figures.ts';
import type { Period } from '../../figures/period.ts';
import type { SectionInput } from './sections.ts';
import { timeTokens, type TimeToken } from './time-words.ts';
import { alternation, CLAUSE_ENDS, SCOPE_WORDS, SENTENCE_ENDS, STOCK_WORDS } from './words.ts';

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

/** ISO text of a date token (its year from `year` when the text gives only a month). */
function isoOf(token: Extract<TimeToken, { kind: 'date' }>, year: number): string {
  const y = token.year ?? year;
  const day = token.day ?? (token.monthEnd ? lastDay(y, token.month) : undefined);
  return day === undefined ? `${y}-${pad(token.month)}` : `${y}-${pad(token.month)}-${pad(day)}`;
}

/** The period a time expression gives a figure of a section in `part`. */
function periodOf(token: TimeToken, part: SectionInput['part'], years: ReportYears, cumulative: boolean): Period | undefined {
  const { published } = years;
  const since = (start: string): Period => (published === undefined ? { kind: 'since', start } : { kind: 'since', start, through: published });
  const base = part === 'plan' ? years.plan : years.review;
  switch (token.kind) {
    case 'year':
      if (part === 'plan' && token.year >= years.plan) return { kind: 'target', year: token.year };
      if (token.since) return since(String(token.year));
      if (token.through || cumulative) return cumulative ? { kind: 'cumulative', through: String(token.year) } : { kind: 'through', end: String(token.year) };
      return { kind: 'year', year: token.year };
    case 'date': {
      const iso = isoOf(token, years.review);
      if (part === 'plan' && (token.year ?? years.plan) >= years.plan) return { kind: 'target', year: token.year ?? years.plan };
      if (token.since) return since(iso);
      if (token.through || token.monthEnd) return cumulative ? { kind: 'cumulative', through: iso } : { kind: 'through', end: iso };
      return { kind: 'year', year: token.year ?? years.review };
    }
    case 'range':
      return { kind: 'through', start: String(token.from), end: String(token.to) };
    case 'relative':
      if (part === 'plan' && token.offset >= 0) return { kind: 'target', year: years.plan };
      if (token.offset > 0) return { kind: 'target', year: years.review + token.offset };
      return cumulative && token.offset === 0 ? { kind: 'cumulative', through: String(base) } : { kind: 'year', year: base + token.offset };
    case 'now':
      if (part === 'plan') return { kind: 'target', year: years.plan };
      return published === undefined ? undefined : { kind: 'through', end: published };
    case 'plan':
      if (token.since) return since(String(token.from));
      return { kind: 'through', start: String(token.from), end: String(token.to) };
    case 'back':
      return token.since ? since(String(base - token.years + 1)) : { kind: 'through', start: String(base - token.years + 1), end: String(base) };
  }
}

/** The last token of `tokens` that may date the figure at `at`: not a comparison's basis, a 由/从 year only right before it. */
function datingToken(text: string, tokens: readonly TimeToken[], at: number): TimeToken | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k] as TimeToken;
    if (token.comparison) continue;
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
export function inferPeriod(text: string, figure: ExtractedFigure, section: SectionInput, years: ReportYears): DraftPeriod {
  const at = figure.offset;
  const sentenceStart = backTo(text, at, SENTENCE_ENDS, section.start);
  const clauseStart = backTo(text, at, CLAUSE_ENDS, section.start);
  const clause = text.slice(clauseStart, at);
  const cumulative =
    STOCK.test(clause) || SCOPE_ONLY.test(clause) || (COUNTED_UNITS.has(figure.unit) && REACHED_ONLY.test(clause) && /\d/.test(text.slice(sentenceStart, clauseStart)));
  const part = section.part;
  const inSentence = datingToken(text, timeTokens(text, sentenceStart, at), at);
  const sentencePeriod = inSentence === undefined ? undefined : periodOf(inSentence, part, years, cumulative);
  if (sentencePeriod !== undefined) return { period: sentencePeriod, source: 'text' };
  // 截至目前 in a report of unknown date: a count up to a day the text does not give.
  if (inSentence?.kind === 'now' && part !== 'plan') return { period: { kind: 'cumulative' }, source: 'none' };
  if (cumulative) return { period: part === 'plan' ? { kind: 'target', year: years.plan } : { kind: 'cumulative' }, source: 'text' };
  const paragraphStart = backTo(text, at, LINE_ENDS, section.start);
  // Across sentences only dates carry over: 目前 speaks of its own sentence.
  const inParagraph = datingToken(text, timeTokens(text, paragraphStart, sentenceStart).filter((t) => t.kind !== 'now'), sentenceStart);
  const paragraphPeriod = inParagraph === undefined || inParagraph.through ? undefined : periodOf(inParagraph, part, years, false);
  if (paragraphPeriod !== undefined && paragraphPeriod.kind !== 'since') return { period: paragraphPeriod, source: 'text' };
  if (part === 'review') return { period: { kind: 'year', year: years.review }, source: 'section' };
  if (part === 'plan') return { period: { kind: 'target', year: years.plan }, source: 'section' };
  return { period: { kind: 'unspecified' }, source: 'none' };
}
