/** A span of a text: `[start, end)` in UTF-16 code units. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where `range` (a reader's selection) lies in the text of `root`, counted in UTF-16 code units of
 * `root.textContent`: for an element made by `highlightText`, offsets into the text it shows.
 *
 * @returns the span, or `null` when the range does not start and end inside `root`.
 * @example rangeOffsets(textBox, document.getSelection().getRangeAt(0)) // { start: 3, end: 7 }
 */
export function rangeOffsets(root: Node, range: Range): TextSpan | null {
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = (root.ownerDocument ?? document).createRange();
  before.selectNodeContents(root);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}
