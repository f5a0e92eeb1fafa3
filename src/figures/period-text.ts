import type { Lang } from '../vocabulary.ts';
import type { Period } from './period.ts';

/**
 * A figure's period in words, for the source view, data downloads and chart source lines.
 * zh: `2019年`, `截至2019年12月16日`, `自2018年1月以来，至2019年12月16日`, `2020年目标`;
 * en: `2019`, `through 16 Dec 2019`, `since Jan 2018, through 16 Dec 2019`, `target for 2020`.
 */
export function periodText(period: Period, lang: Lang): string {
  const d = (iso: string): string => dateText(iso, lang);
  const zh = lang === 'zh';
  switch (period.kind) {
    case 'year':
      return zh ? `${period.year}年` : String(period.year);
    case 'target':
      return zh ? `${period.year}年目标` : `target for ${period.year}`;
    case 'cumulative':
      if (period.through === undefined) return zh ? '累计' : 'cumulative';
      return zh ? `累计，截至${d(period.through)}` : `cumulative through ${d(period.through)}`;
    case 'since': {
      const since = zh ? `自${d(period.start)}以来` : `since ${d(period.start)}`;
      if (period.through === undefined) return since;
      return zh ? `${since}，至${d(period.through)}` : `${since}, through ${d(period.through)}`;
    }
    case 'through':
      if (period.start !== undefined) return zh ? `${d(period.start)}至${d(period.end)}` : `${d(period.start)} to ${d(period.end)}`;
      return zh ? `截至${d(period.end)}` : `through ${d(period.end)}`;
    case 'unspecified':
      return zh ? '报告未说明' : 'not stated in the report';
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO date of any precision the report gives (`2018`, `2018-01`, `2019-12-16`) in words:
 * zh `2018年`, `2018年1月`, `2019年12月16日`; en `2018`, `Jan 2018`, `16 Dec 2019`.
 * Text that is not such a date is returned as it is.
 */
export function dateText(iso: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (match === null) return iso;
  const [, year = '', month, day] = match;
  if (lang === 'zh') return `${year}年${month === undefined ? '' : `${Number(month)}月`}${day === undefined ? '' : `${Number(day)}日`}`;
  const monthName = month === undefined ? '' : `${MONTHS[Number(month) - 1] ?? month} `;
  return `${day === undefined ? '' : `${Number(day)} `}${monthName}${year}`;
}
