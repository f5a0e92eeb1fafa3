import type { Heading } from './headings.ts';
import { timeTokens } from './time-words.ts';

/** The year a report reviews and the year it plans, and where the review year was read. */
export interface ReadYears {
  review: number;
  plan: number;
  /**
   * `heading` (一、2019年工作回顾), `title` (2020年工作总结), `text` (the latest year the review part
   * names), `date` (from the report's date), `title-year` (the year of a 政府工作报告's title, less
   * one) or `none` (the year before the current one: a guess to fill in).
   */
  from: 'heading' | 'title' | 'text' | 'date' | 'title-year' | 'none';
}

const SUMMARY_TITLE = /((?:19|20)\d\d)\s*年度?\s*(?:[^\d\s]{0,8}?)(?:总结|總結|概况|概況)/;
const TITLE_YEAR = /((?:19|20)\d\d)\s*年/;

/**
 * Which year a report reviews, from what its text says, in this order:
 * 1. the year of its review heading (一、2017年工作回顾; 2015年和“十二五”工作回顾 → 2015);
 * 2. the year of a summary's title (蒲鞋市街道2020年工作总结及2021年工作思路 → 2020);
 * 3. the latest year the review part names (years of comparisons, 较2018年, and dates left out),
 *    not after the report's date;
 * 4. the report's date: the year before if dated in its first half (a report is delivered early in
 *    the next year), else that year;
 * 5. the year of a report's title, less one (a 政府工作报告 titled 2018年 is delivered in 2018 and
 *    reviews 2017);
 * 6. else the year before the current year, as a guess to fill in.
 * The year planned is the year of the plan heading (2020年工作思路), else the next year.
 *
 * @param text the report's text; `headings` from `findHeadings(text)`
 * @param meta the title and date read from the opening (meta.ts)
 * @example readYears('…\n一、2019年工作回顾\n…\n二、2020年工作思路\n…', headings, {}) // { review: 2019, plan: 2020, from: 'heading' }
 */
export function readYears(
  text: string,
  headings: readonly Heading[],
  meta: { title?: string; published?: string },
): ReadYears {
  const major = headings.filter((h) => h.level <= 1);
  const planHeading = major.find((h) => h.names === 'plan');
  const plannedYear = planHeading === undefined ? undefined : Math.max(...planHeading.years, -Infinity);
  const withPlan = (review: number, from: ReadYears['from']): ReadYears => ({
    review,
    plan: plannedYear !== undefined && Number.isFinite(plannedYear) && plannedYear > review ? plannedYear : review + 1,
    from,
  });

  const reviewHeading = major.find((h) => h.names === 'review' && h.years.length > 0);
  if (reviewHeading !== undefined) return withPlan(Math.max(...reviewHeading.years), 'heading');

  const summary = meta.title === undefined ? null : SUMMARY_TITLE.exec(meta.title);
  if (summary !== null) return withPlan(Number(summary[1]), 'title');

  const bodyStart = headings[0]?.start ?? 0;
  const bodyEnd = planHeading?.start ?? text.length;
  const dateYear = meta.published === undefined ? Infinity : Number(meta.published.slice(0, 4));
  const named = timeTokens(text, bodyStart, bodyEnd)
    .filter((t) => !t.comparison && !t.source)
    .flatMap((t) => (t.kind === 'year' ? [t.year] : t.kind === 'range' ? [t.to] : []))
    .filter((year) => year <= dateYear);
  if (named.length > 0) return withPlan(Math.max(...named), 'text');

  if (Number.isFinite(dateYear)) {
    const month = Number(meta.published?.slice(5, 7) || '12');
    return withPlan(month <= 6 ? dateYear - 1 : dateYear, 'date');
  }
  const titleYear = meta.title === undefined ? null : TITLE_YEAR.exec(meta.title);
  if (titleYear !== null) return withPlan(Number(titleYear[1]) - 1, 'title-year');
  return withPlan(new Date().getUTCFullYear() - 1, 'none');
}
