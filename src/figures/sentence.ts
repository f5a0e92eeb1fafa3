/** Characters that end a sentence or a line in a Chinese report. */
const BOUNDARY = /[。！？；!?;\n]/;

/**
 * The sentence of `text` around UTF-16 `offset`: from just after the previous 。！？； or newline to
 * the next one (included when it is punctuation), trimmed of indentation.
 * Used to show a figure's quote in context: `sentenceAt(source, figure.provenance.offset)`.
 *
 * @returns `{ text, start }` where `text === source.slice(start, start + text.length)`.
 * @throws RangeError when `offset` is outside `[0, text.length)`.
 */
export function sentenceAt(text: string, offset: number): { text: string; start: number } {
  if (!Number.isInteger(offset) || offset < 0 || offset >= text.length) {
    throw new RangeError(`sentenceAt: offset ${offset} is outside the text (length ${text.length})`);
  }
  let start = offset;
  while (start > 0 && !BOUNDARY.test(text[start - 1] ?? '')) start--;
  let end = offset;
  while (end < text.length && !BOUNDARY.test(text[end] ?? '')) end++;
  if (end < text.length && text[end] !== '\n') end++;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  return { text: text.slice(start, end), start };
}
