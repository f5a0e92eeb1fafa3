import type { FileInput } from '../schema.ts';
import { labelText } from './clean-text.ts';
import type { Heading } from './headings.ts';
import { uniqueId } from './ids.ts';
import { ORDINAL_NUMERALS } from './words.ts';

/** A section as `report.json` holds it. */
export type SectionInput = FileInput['report']['sections'][number];

const N = `[${ORDINAL_NUMERALS}]`;
/** The ordinal mark of a heading, left out of its label: 一、 （一） 一） 一是 第一部分 and the brackets of 【概况】. */
const ORDINAL_MARK = new RegExp(
  `^(?:${N}{1,3}[、．.]|第${N}{1,3}(?:部分|章|篇)|[（(]?${N}{1,3}[）)]|${N}{1,2}是|【|】$)`,
  'g',
);
/** A major heading naming a later year's work is a plan even without a plan word (三、2020年重点工作). */
const WORK_WORDS = /工作|任务|任務|目标|目標/;

/** The part a heading opens: what it names, or for a major heading the plan when it names a year after the review. */
function partOf(heading: Heading, current: SectionInput['part'], reviewYear: number): SectionInput['part'] {
  if (heading.level > 1) return current === 'preamble' ? 'review' : current;
  if (heading.names !== undefined) return heading.names;
  if (heading.years.some((y) => y > reviewYear) && WORK_WORDS.test(heading.text)) return 'plan';
  return current === 'preamble' ? 'review' : current;
}

/**
 * The sections of a report from its headings: they tile the text (the first starts at 0, each ends
 * where the next starts, the last ends at the text's end); text before the first heading is the
 * section `preamble`. Each heading opens the review or the plan part, or continues the part it is in.
 *
 * Ids are ASCII kebab-case and follow the headings' order, so the same text always gives the same
 * ids: a heading that names a part and a year is `review-2019` or `plan-2020`; headings below it
 * count from it (`review-2019-1`, `review-2019-1-2`); other headings count from `section`
 * (`section-1`, `section-2-1`). The zh heading is kept in `heading` and, without its ordinal mark,
 * in `label.zh`.
 *
 * @param text the report's text; `headings` from `findHeadings(text)`
 * @param reviewYear the year the report reviews (a major heading naming a later year's work is a plan)
 * @example draftSections('前言\n一、2019年工作总结\n…\n二、2020年工作思路\n…', findHeadings(…), 2019).map((s) => s.id)
 *   // ['preamble', 'review-2019', 'plan-2020']
 */
export function draftSections(text: string, headings: readonly Heading[], reviewYear: number): SectionInput[] {
  const sections: SectionInput[] = [];
  const used = new Set<string>();
  const first = headings[0];
  if (first === undefined || first.start > 0) {
    sections.push({
      id: 'preamble',
      heading: '前言',
      label: { zh: '前言', en: 'Preamble' },
      start: 0,
      end: first?.start ?? text.length,
      part: 'preamble',
    });
    used.add('preamble');
  }
  const counters = [0, 0, 0, 0];
  let prefix = { id: 'section', level: -1 };
  let part: SectionInput['part'] = 'preamble';
  headings.forEach((heading, i) => {
    counters[heading.level] = (counters[heading.level] ?? 0) + 1;
    counters.fill(0, heading.level + 1);
    part = partOf(heading, part, reviewYear);
    const year = heading.years.at(-1);
    let base: string;
    if (heading.level <= 1 && heading.names !== undefined && (year !== undefined || heading.level === 0)) {
      base = year === undefined ? heading.names : `${heading.names}-${year}`;
      prefix = { id: base, level: heading.level };
    } else {
      if (heading.level <= prefix.level) prefix = { id: 'section', level: -1 };
      const path = counters.slice(prefix.level + 1, heading.level + 1).filter((n) => n > 0);
      base = `${prefix.id}-${path.join('-')}`;
    }
    const id = uniqueId(base, used);
    const label = labelText(heading.text.replace(ORDINAL_MARK, '')) || heading.text;
    const end = headings[i + 1]?.start ?? text.length;
    sections.push({ id, heading: heading.text, label: { zh: label }, start: heading.start, end, part });
  });
  return sections;
}
