/**
 * Where the sections of a report fail to tile its text. Sections tile the source text in file
 * order: the first starts at 0, each starts where the one before ends, the last ends with the
 * text; otherwise a figure could fall outside every section without a word.
 *
 * @param sections the report's sections in file order (`start`, `end`: UTF-16 offsets)
 * @param length the source text's length in UTF-16 code units
 * @returns one sentence per gap or overlap, naming both sections, the characters and the fix
 * @example tilingGaps([{ id: 'a', start: 0, end: 5 }, { id: 'b', start: 7, end: 9 }], 9)
 *   // ['characters [5, 7) between section "a" and section "b" belong to no section; …']
 */
export function tilingGaps(sections: readonly { id: string; start: number; end: number }[], length: number): string[] {
  const found: string[] = [];
  let previous: { id: string; end: number } = { id: '(start of the text)', end: 0 };
  for (const section of [...sections, { id: '(end of the text)', start: length, end: length }]) {
    if (section.start > previous.end) {
      found.push(
        `characters [${previous.end}, ${section.start}) between section "${previous.id}" and section "${section.id}" belong to no section; sections tile the text, each starting where the one before ends`,
      );
    } else if (section.start < previous.end) {
      found.push(`section "${section.id}" starts at ${section.start}, inside section "${previous.id}", which ends at ${previous.end}; sections tile the text, each starting where the one before ends`);
    }
    previous = section;
  }
  return found;
}
