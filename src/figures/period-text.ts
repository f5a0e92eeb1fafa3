import type { Lang } from '../vocabulary.ts';
import type { Period } from './period.ts';

/** The sentences a period is written with, per language; dates come in already written (`dateText`). */
interface PeriodWords {
  year: (year: number) => string;
  target: (year: number) => string;
  cumulative: string;
  cumulativeThrough: (through: string) => string;
  since: (start: string) => string;
  sinceThrough: (since: string, through: string) => string;
  fromTo: (start: string, end: string) => string;
  through: (end: string) => string;
  unspecified: string;
  /** A date of the precision given: year, month (1–12) and day when present. */
  date: (year: string, month: number | undefined, day: number | undefined) => string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const PERIOD_WORDS: Record<Lang, PeriodWords> = {
  zh: {
    year: (year) => `${year}年`,
    target: (year) => `${year}年目标`,
    cumulative: '累计',
    cumulativeThrough: (through) => `累计，截至${through}`,
    since: (start) => `自${start}以来`,
    sinceThrough: (since, through) => `${since}，至${through}`,
    fromTo: (start, end) => `${start}至${end}`,
    through: (end) => `截至${end}`,
    unspecified: '报告未说明',
    date: (year, month, day) =>
      `${year}年${month === undefined ? '' : `${month}月`}${day === undefined ? '' : `${day}日`}`,
  },
  en: {
    year: (year) => String(year),
    target: (year) => `target for ${year}`,
    cumulative: 'cumulative',
    cumulativeThrough: (through) => `cumulative through ${through}`,
    since: (start) => `since ${start}`,
    sinceThrough: (since, through) => `${since}, through ${through}`,
    fromTo: (start, end) => `${start} to ${end}`,
    through: (end) => `through ${end}`,
    unspecified: 'not stated in the report',
    date: (year, month, day) =>
      `${day === undefined ? '' : `${day} `}${month === undefined ? '' : `${MONTHS[month - 1] ?? month} `}${year}`,
  },
};

/**
 * A figure's period in words, for the source view, data downloads and chart source lines.
 * zh: `2019年`, `截至2019年12月16日`, `自2018年1月以来，至2019年12月16日`, `2020年目标`;
 * en: `2019`, `through 16 Dec 2019`, `since Jan 2018, through 16 Dec 2019`, `target for 2020`.
 *
 * @example periodText({ kind: 'since', start: '2018-01', through: '2019-12-16' }, 'en') // 'since Jan 2018, through 16 Dec 2019'
 */
export function periodText(period: Period, lang: Lang): string {
  const d = (iso: string): string => dateText(iso, lang);
  const words = PERIOD_WORDS[lang];
  switch (period.kind) {
    case 'year':
      return words.year(period.year);
    case 'target':
      return words.target(period.year);
    case 'cumulative':
      return period.through === undefined ? words.cumulative : words.cumulativeThrough(d(period.through));
    case 'since': {
      const since = words.since(d(period.start));
      return period.through === undefined ? since : words.sinceThrough(since, d(period.through));
    }
    case 'through':
      return period.start === undefined ? words.through(d(period.end)) : words.fromTo(d(period.start), d(period.end));
    case 'unspecified':
      return words.unspecified;
  }
}

/**
 * An ISO date of any precision the report gives (`2018`, `2018-01`, `2019-12-16`) in words:
 * zh `2018年`, `2018年1月`, `2019年12月16日`; en `2018`, `Jan 2018`, `16 Dec 2019`.
 * Text that is not such a date is returned as it is.
 */
export function dateText(iso: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (match === null) return iso;
  const [, year = '', month, day] = match;
  return PERIOD_WORDS[lang].date(
    year,
    month === undefined ? undefined : Number(month),
    day === undefined ? undefined : Number(day),
  );
}
