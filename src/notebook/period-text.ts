import type { Period, PeriodKind } from '../figures/period.ts';

/** The kinds of period, in the order a picker lists them, with what each asks for. */
export const PERIOD_KINDS: readonly { kind: PeriodKind; label: string; hint: string }[] = [
  { kind: 'year', label: '年度 year', hint: '2019' },
  { kind: 'target', label: '目标 target', hint: '2020' },
  { kind: 'cumulative', label: '累计 cumulative', hint: '(2019-12)' },
  { kind: 'since', label: '以来 since', hint: '2016 or 2016/2019-12' },
  { kind: 'through', label: '截至 through', hint: '2019-11-30 or 2019-01/2019-11-30' },
  { kind: 'unspecified', label: '未说明 unspecified', hint: '' },
];

const YEAR = /^\d{4}$/;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * The dates of a period as one line a reader can edit: a year for `year` and `target`, an ISO date
 * (or `start/end`, as ISO 8601 writes intervals) for the others, empty for `unspecified`.
 *
 * @example periodText({ kind: 'since', start: '2016', through: '2019-12' }) // '2016/2019-12'
 */
export function periodText(period: Period): string {
  switch (period.kind) {
    case 'year':
    case 'target':
      return String(period.year);
    case 'cumulative':
      return period.through ?? '';
    case 'since':
      return period.through === undefined ? period.start : `${period.start}/${period.through}`;
    case 'through':
      return period.start === undefined ? period.end : `${period.start}/${period.end}`;
    case 'unspecified':
      return '';
  }
}

/**
 * The period of `kind` whose dates `text` writes as {@link periodText} does.
 *
 * @returns the period, or a message saying what `text` should look like.
 * @example readPeriod('through', '2019-11-30') // { kind: 'through', end: '2019-11-30' }
 * @example readPeriod('year', '19') // '年度 year: write a year such as 2019'
 */
export function readPeriod(kind: PeriodKind, text: string): Period | string {
  const value = text.trim();
  const [first = '', second, ...rest] = value.split('/').map((part) => part.trim());
  const label = PERIOD_KINDS.find((k) => k.kind === kind)?.label ?? kind;
  const dates = (hint: string) => `${label}: write ${hint} (ISO dates: 2019, 2019-11 or 2019-11-30)`;
  switch (kind) {
    case 'year':
    case 'target':
      return YEAR.test(value) ? { kind, year: Number(value) } : `${label}: write a year such as 2019`;
    case 'cumulative':
      if (value === '') return { kind };
      return DATE.test(value) ? { kind, through: value } : dates('the date it runs through, or nothing');
    case 'since':
      if (rest.length > 0 || !DATE.test(first) || (second !== undefined && !DATE.test(second)))
        return dates('a start, or start/end');
      return second === undefined ? { kind, start: first } : { kind, start: first, through: second };
    case 'through':
      if (rest.length > 0 || !DATE.test(first) || (second !== undefined && !DATE.test(second)))
        return dates('an end, or start/end');
      return second === undefined ? { kind, end: first } : { kind, start: first, end: second };
    case 'unspecified':
      return { kind };
  }
}
