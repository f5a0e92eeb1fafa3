import {
  alternation,
  COMPARISON_MARKS,
  CUTOFF_MARKS,
  FIVE_YEAR_PLAN_START,
  NOW_WORDS,
  RELATIVE_YEARS,
  SINCE_MARKS,
  SMALL_NUMERALS,
  SOURCE_MARKS,
  THROUGH_MARKS,
} from './words.ts';

/**
 * A time expression of a report's text, as written (years are absolute, months may lack their year):
 * - `year`: 2019年, 2019年度;
 * - `date`: 2019年11月, 11月底 (year absent), 2021-04-15; `monthEnd` for 底/末;
 * - `months`: a span of months of one year, 1-10月, 2023年1至10月, 3月至5月 (year absent);
 * - `range`: 2014-2015年;
 * - `relative`: 今年 (0), 去年 (−1), 明年 (+1) from the year reviewed;
 * - `now`: 目前, 至今;
 * - `plan`: a five-year plan (“十二五” = 2011–2015);
 * - `back`: the last N years (过去五年, 五年来).
 */
export type TimeValue =
  | { kind: 'year'; year: number }
  | { kind: 'date'; year?: number; month: number; day?: number; monthEnd: boolean }
  | { kind: 'months'; year?: number; from: number; to: number }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'relative'; offset: number }
  | { kind: 'now' }
  | { kind: 'plan'; from: number; to: number }
  | { kind: 'back'; years: number };

/** A time expression found at `[at, end)` of the text, with the words around it that change its meaning. */
export type TimeToken = TimeValue & {
  at: number;
  end: number;
  /** After 截至, 到, 至: the end of a count. */
  through: boolean;
  /** Before 以来, 至今, 起: the start of a count. */
  since: boolean;
  /** After 较, 比, 同, 与: the basis of a comparison, not a period. */
  comparison: boolean;
  /** After 由, 从: the start of a change (由2011年的6230元). */
  source: boolean;
  /** Before 以前, 之后: a bound of what is counted (建成于2000年以前的小区), not a period. */
  cutoff: boolean;
};

const YEAR = '(?:19|20)\\d\\d';
const TIME = new RegExp(
  [
    `(?<!\\d)(?<rangeStart>${YEAR})年?\\s*[-－—~～至到]\\s*(?<rangeEnd>${YEAR})年`,
    `(?<![\\d.])(?:(?<spanYear>${YEAR})\\s*年)?(?<spanFrom>\\d{1,2})月?\\s*[-－—~～至到]\\s*(?<spanTo>\\d{1,2})月(?!\\d)(?!份?[\\d底末])`,
    `(?<!\\d)(?<year>${YEAR})\\s*年(?:度)?(?:(?<month>\\d{1,2})月(?:(?<day>\\d{1,2})日)?(?<monthEnd>底|末)?)?`,
    `(?<!\\d)(?<isoYear>${YEAR})-(?<isoMonth>\\d{1,2})(?:-(?<isoDay>\\d{1,2}))?(?!\\d)`,
    `(?<![\\d.])(?<loneMonth>\\d{1,2})月(?:(?<loneDay>\\d{1,2})日)?(?<loneEnd>底|末)?`,
    `(?<relative>${alternation(Object.keys(RELATIVE_YEARS))})`,
    `(?<now>${alternation(NOW_WORDS)})`,
    `(?<plan>${alternation(Object.keys(FIVE_YEAR_PLAN_START))})[”"]?(?<planSpan>期间|期間|时期|時期)?`,
    `(?:过去|過去|近)(?<back>[${Object.keys(SMALL_NUMERALS).join('')}])年`,
    `(?<backSince>[${Object.keys(SMALL_NUMERALS).join('')}])年[来來]`,
  ].join('|'),
  'g',
);

const endsWithAny = (text: string, at: number, words: readonly string[]): string | undefined =>
  words.find((w) => at >= w.length && text.startsWith(w, at - w.length));

/** The value of one match of `TIME`. */
function valueOf(g: Record<string, string | undefined>): TimeValue | undefined {
  const n = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
  if (g.rangeStart !== undefined) return { kind: 'range', from: Number(g.rangeStart), to: Number(g.rangeEnd) };
  if (g.spanFrom !== undefined) {
    const from = Number(g.spanFrom);
    const to = Number(g.spanTo);
    if (from < 1 || to > 12 || from >= to) return undefined;
    return g.spanYear === undefined
      ? { kind: 'months', from, to }
      : { kind: 'months', year: Number(g.spanYear), from, to };
  }
  if (g.year !== undefined) {
    const month = n(g.month);
    if (month === undefined || month < 1 || month > 12) return { kind: 'year', year: Number(g.year) };
    const day = n(g.day);
    return {
      kind: 'date',
      year: Number(g.year),
      month,
      ...(day === undefined ? {} : { day }),
      monthEnd: g.monthEnd !== undefined,
    };
  }
  if (g.isoYear !== undefined) {
    const month = Number(g.isoMonth);
    const day = n(g.isoDay);
    return month >= 1 && month <= 12
      ? { kind: 'date', year: Number(g.isoYear), month, ...(day === undefined ? {} : { day }), monthEnd: false }
      : undefined;
  }
  if (g.loneMonth !== undefined) {
    const month = Number(g.loneMonth);
    const day = n(g.loneDay);
    return month >= 1 && month <= 12
      ? { kind: 'date', month, ...(day === undefined ? {} : { day }), monthEnd: g.loneEnd !== undefined }
      : undefined;
  }
  if (g.relative !== undefined) return { kind: 'relative', offset: RELATIVE_YEARS[g.relative] ?? 0 };
  if (g.now !== undefined) return { kind: 'now' };
  if (g.plan !== undefined) {
    const from = FIVE_YEAR_PLAN_START[g.plan] ?? 0;
    return { kind: 'plan', from, to: from + 4 };
  }
  const years = SMALL_NUMERALS[g.back ?? g.backSince ?? ''];
  return years === undefined ? undefined : { kind: 'back', years };
}

/**
 * Every time expression in `text.slice(start, end)`, in text order, with the marks around it:
 * 截至/到 before (`through`), 以来/至今/起 after (`since`, the mark is part of the token), 较/比
 * before (`comparison`), 由/从 before (`source`).
 *
 * @param text the report's text; `start`, `end` UTF-16 offsets into it
 * @example timeTokens('截至11月底，共计处理', 0, 10)[0] // { kind: 'date', month: 11, monthEnd: true, through: true, … }
 */
export function timeTokens(text: string, start: number, end: number): TimeToken[] {
  const slice = text.slice(start, end);
  const tokens: TimeToken[] = [];
  TIME.lastIndex = 0;
  for (let match = TIME.exec(slice); match !== null; match = TIME.exec(slice)) {
    const value = valueOf(match.groups ?? {});
    if (value === undefined) continue;
    const at = start + match.index;
    let tokenEnd = at + match[0].length;
    const sinceMark = SINCE_MARKS.find((w) => text.startsWith(w, tokenEnd));
    if (sinceMark !== undefined && value.kind !== 'now') {
      tokenEnd += sinceMark.length;
      TIME.lastIndex = tokenEnd - start;
    }
    tokens.push({
      ...value,
      at,
      end: tokenEnd,
      through: endsWithAny(text, at, THROUGH_MARKS) !== undefined,
      since: (sinceMark !== undefined && value.kind !== 'now') || match.groups?.backSince !== undefined,
      comparison: endsWithAny(text, at, COMPARISON_MARKS) !== undefined,
      source: endsWithAny(text, at, SOURCE_MARKS) !== undefined,
      cutoff: CUTOFF_MARKS.some((w) => text.startsWith(w, tokenEnd)),
    });
  }
  return tokens;
}
