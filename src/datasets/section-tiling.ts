import { message, type Code } from '../messages.ts';
import type { Problem } from '../problem.ts';

/**
 * Where the sections of a report fail to tile its text. Sections tile the source text in file
 * order: the first starts at 0, each starts where the one before ends, the last ends with the
 * text; otherwise a figure could fall outside every section without a word.
 *
 * @param file the report.json path the messages name
 * @param sections the report's sections in file order (`start`, `end`: UTF-16 offsets)
 * @param length the source text's length in UTF-16 code units
 * @returns one `SECTIONS_GAP` problem per gap or overlap, naming both sections (`ids`) and the characters
 * @example tilingGaps('datasets/x/report.json', [{ id: 'a', start: 0, end: 5 }, { id: 'b', start: 7, end: 9 }], 9)[0].message
 *   // 'datasets/x/report.json: characters [5, 7) between section "a" and section "b" belong to no section; …'
 */
export function tilingGaps(
  file: string,
  sections: readonly { id: string; start: number; end: number }[],
  length: number,
): Problem<Code>[] {
  const found: Problem<Code>[] = [];
  let previous: { id: string; end: number } = { id: '(start of the text)', end: 0 };
  for (const section of [...sections, { id: '(end of the text)', start: length, end: length }]) {
    const ids = [previous.id, section.id];
    if (section.start > previous.end) {
      found.push({
        ...message('SECTIONS_GAP', 'gap', {
          file,
          before: previous.id,
          after: section.id,
          start: previous.end,
          end: section.start,
        }),
        ids,
      });
    } else if (section.start < previous.end) {
      found.push({
        ...message('SECTIONS_GAP', 'overlap', {
          file,
          section: section.id,
          start: section.start,
          previous: previous.id,
          previousEnd: previous.end,
        }),
        ids,
      });
    }
    previous = section;
  }
  return found;
}
