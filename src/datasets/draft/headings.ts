import { oneLine } from './clean-text.ts';
import { alternation, ORDINAL_NUMERALS, PLAN_HEADING_WORDS, REVIEW_HEADING_WORDS } from './words.ts';

/**
 * A heading found in a report's text.
 * - `level` 0: a line of its own naming a part (2019年工作回顾, 2020年工作思路);
 * - 1: 一、 第一部分 【概况】; 2: （一） 一）; 3: 一是 at the start of a line.
 */
export interface Heading {
  /** UTF-16 offset of the heading's first character (its ordinal mark). */
  start: number;
  /** UTF-16 offset just after the heading's words. */
  end: number;
  /** The heading in one line, as written: `一、2019年工作回顾`. */
  text: string;
  level: 0 | 1 | 2 | 3;
  /** The years the heading names (2015年和“十二五”工作回顾 → [2015]). */
  years: number[];
  /** Whether it names the review part, the plan part, or neither. */
  names?: 'review' | 'plan';
}

/** Longest heading, in UTF-16 code units: a longer "heading" is a paragraph that starts with an ordinal. */
const LONGEST = 40;
const N = `[${ORDINAL_NUMERALS}]`;
const REVIEW = new RegExp(alternation(REVIEW_HEADING_WORDS), 'g');
const PLAN = new RegExp(alternation(PLAN_HEADING_WORDS), 'g');
const YEAR = /(?<!\d)(?:19|20)\d\d(?=\s*年)/g;
const HEADING_END = /[。！？!?；;\n\r]/;
const SPACE = /[ \t\u3000\u00a0\uFEFF]/;
const REPORT_TITLE = /工作报告|工作報告/;

/** Marks that start a heading at the start of a line, by level. */
const LINE_MARKS: readonly { level: 1 | 2 | 3; mark: RegExp }[] = [
  {
    level: 1,
    mark: new RegExp(`^(?:${N}{1,3}[、．.](?![\\d${ORDINAL_NUMERALS}])|第${N}{1,3}(?:部分|章|篇)|【[^】\\n]{1,40}】)`),
  },
  { level: 2, mark: new RegExp(`^[（(]?${N}{1,3}[）)](?![\\d）)])`) },
  { level: 3, mark: new RegExp(`^${N}{1,2}是(?![的否])`) },
];
/** A later point in the same line (一是…；二是…): the 一是 that starts it opens no section. */
const RUN_ON_POINT = new RegExp(`^${N}{1,2}是.*[。；;，,！？]\\s*${N}{1,2}是(?![的否])`);
/** Inside a line, an ordinal heading after a sentence end or a space: 。（二）…, 一）过去五年…. */
const INLINE_SUBHEADING = new RegExp(`(?<=[。！？；\\s])[（(]?${N}{1,3}[）)](?![\\d）)])`, 'g');
/** Inside a line, 一、 followed by a year and a part's name: 报告一、2022年工作回顾2022年是…. */
const INLINE_PART = new RegExp(
  `${N}{1,3}、(?=\\s*(?:19|20)\\d\\d年[^。\\n]{0,12}?(?:${alternation([...REVIEW_HEADING_WORDS, ...PLAN_HEADING_WORDS])}))`,
  'g',
);
/** A line of its own naming a part starts with a year, a quotation of a plan (“十三五”) or the part's name. */
const PART_LINE_START = new RegExp(
  `^(?:(?:19|20)\\d\\d|[“"]?十|${alternation([...REVIEW_HEADING_WORDS, ...PLAN_HEADING_WORDS])})`,
);

/** Which part `text` names: any review word makes it the review (a heading naming both parts opens with the review). */
function partNamed(text: string): 'review' | 'plan' | undefined {
  const review = [...text.matchAll(REVIEW)].at(-1)?.index ?? -1;
  const plan = [...text.matchAll(PLAN)].at(-1)?.index ?? -1;
  if (review < 0 && plan < 0) return undefined;
  return review >= 0 ? 'review' : 'plan';
}

/** End of the part's name in `text`: after its last part word (一、2019年工作回顾g0M… → 一、2019年工作回顾). */
function endOfPartWords(text: string): number | undefined {
  const last = [...text.matchAll(REVIEW), ...text.matchAll(PLAN)].sort((a, b) => a.index - b.index).at(-1);
  return last === undefined ? undefined : last.index + last[0].length;
}

/** The heading whose mark starts at `start`, running to the first sentence end (at most `LONGEST`). */
function headingAt(text: string, start: number, level: Heading['level']): Heading | undefined {
  let end = start;
  while (end < text.length && end - start < LONGEST && !HEADING_END.test(text.charAt(end))) end++;
  // A bracketed heading (【概况】) is the bracket; the text after it is the section's first sentence.
  const bracket = text.charAt(start) === '【' ? text.indexOf('】', start) : -1;
  if (bracket > start && bracket < end) end = bracket + 1;
  const words = text.slice(start, end);
  const names = partNamed(words);
  const partEnd = level <= 1 && names !== undefined ? endOfPartWords(words) : undefined;
  if (partEnd !== undefined) end = start + partEnd;
  while (end > start && SPACE.test(text.charAt(end - 1))) end--;
  const shown = oneLine(text.slice(start, end));
  if (shown === '') return undefined;
  const years = [...shown.matchAll(YEAR)].map((m) => Number(m[0]));
  const heading: Heading = { start, end, text: shown, level, years };
  if (names !== undefined) heading.names = names;
  return heading;
}

/** A line of its own that names a part (2012年工作回顾), or undefined. Titles naming both parts are not headings. */
function partLine(text: string, start: number, lineEnd: number): Heading | undefined {
  const line = text.slice(start, lineEnd).trimEnd();
  if (line.length > 30 || !PART_LINE_START.test(line) || /[。；;，,：:！？!?]$/.test(line) || /报告|報告/.test(line))
    return undefined;
  const hasReview = new RegExp(REVIEW.source).test(line);
  const hasPlan = new RegExp(PLAN.source).test(line);
  if (hasReview === hasPlan) return undefined;
  return headingAt(text, start, 0);
}

/**
 * The headings of a report, in text order, not overlapping: ordinal headings at the start of a
 * line (一、 （一） 一） 一是 第一部分 【概况】), lines of their own naming a part (2019年工作总结,
 * 2020年工作思路, 工作回顾), and headings run into the text of one-line pages (。（二）…, 报告一、2022年工作回顾…).
 * Headings in traditional script read the same way.
 *
 * @param text a report's text (any line ends)
 * @returns headings with their UTF-16 start and the end of their words
 * @example findHeadings('前言\n一、2019年工作回顾\n今年…')[0] // { start: 3, end: 13, text: '一、2019年工作回顾', level: 1, years: [2019], names: 'review' }
 */
export function findHeadings(text: string): Heading[] {
  const found: Heading[] = [];
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let start = lineStart;
    while (start < lineEnd && (SPACE.test(text.charAt(start)) || text.charAt(start) === '\r')) start++;
    const line = text.slice(start, lineEnd);
    // A line naming the report (【投资赤壁市】2017年茶庵岭镇政府工作报告) is its title, never a heading.
    // A line of points 一是…；二是… is a paragraph that enumerates, not a heading.
    const marked = REPORT_TITLE.test(line)
      ? undefined
      : LINE_MARKS.find((m) => m.mark.test(line) && !(m.level === 3 && RUN_ON_POINT.test(line)));
    const heading = marked !== undefined ? headingAt(text, start, marked.level) : partLine(text, start, lineEnd);
    if (heading !== undefined) found.push(heading);
    lineStart = lineEnd + 1;
  }
  for (const pattern of [INLINE_SUBHEADING, INLINE_PART]) {
    for (const match of text.matchAll(pattern)) {
      const heading = headingAt(text, match.index, pattern === INLINE_PART ? 1 : 2);
      if (heading !== undefined) found.push(heading);
    }
  }
  found.sort((a, b) => a.start - b.start);
  const kept: Heading[] = [];
  for (const heading of found) {
    const last = kept.at(-1);
    if (last === undefined || heading.start >= last.end) kept.push(heading);
  }
  return kept;
}
