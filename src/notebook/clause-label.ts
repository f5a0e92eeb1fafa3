import type { TextSpan } from './range-offsets.ts';

/** Characters that end a clause: a label drawn from the text starts after the last of them. */
const CLAUSE_END = /[，,。；;：:、！!？?\n\r（(）)“”"「」]/;
/** The longest label drawn from the text, in UTF-16 code units. */
const LONGEST_LABEL = 16;

/**
 * A first label for the figure at `span` of `text`, for a reviewer to shorten: the words of its
 * clause before the quote (at most 16 characters, white space collapsed), or the quote itself
 * when nothing precedes it in the clause.
 *
 * @example clauseLabel('截至目前，共征地430亩。', { start: 8, end: 12 }) // '共征地'
 */
export function clauseLabel(text: string, span: TextSpan): string {
  let start = span.start;
  while (start > 0 && span.start - start < LONGEST_LABEL && !CLAUSE_END.test(text.charAt(start - 1))) start--;
  const words = text.slice(start, span.start).replace(/\s+/g, ' ').trim();
  return words === '' ? text.slice(span.start, span.end) : words;
}
