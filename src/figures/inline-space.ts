/**
 * The spaces text converted from PDF or typeset with "pangu" spacing puts between Arabic digits and
 * the Chinese words around them (约 430 亩, 18.6 亿元, 第 3 名, 50% 以上): a space, a no-break
 * space, a thin or narrow no-break space, or the ideographic space. A gap of at most
 * {@link MOST_SPACES} of them joins a number to its words; a longer run (a table's columns) does not.
 */
const INLINE_SPACES = new Uint8Array(0x10000);
for (const space of ' \u00a0\u2009\u202f\u3000') INLINE_SPACES[space.charCodeAt(0)] = 1;
/** Inline spaces and line ends. */
const BLANKS = INLINE_SPACES.slice();
for (const end of '\n\r') BLANKS[end.charCodeAt(0)] = 1;

/** The longest run of spaces and line ends `blankEnd` passes over. */
const MOST_BLANKS = 8;

/** The longest run of inline spaces that still joins a number to the word beside it. */
const MOST_SPACES = 2;

// The extractor asks around every number, and most have no space beside them: `gapAfter` and
// `gapBefore` test one character and return, small enough to be inlined where they are called; the
// loops over a gap are calls of their own, made only where a space is.

/** Where the gap of inline spaces that starts at `pos` ends: `pos` itself when there is none or it is too long. */
export function gapAfter(text: string, pos: number): number {
  return INLINE_SPACES[text.charCodeAt(pos)] === 1 ? spacesEnd(text, pos) : pos;
}

/** Where the gap of inline spaces that ends at `pos` starts: `pos` itself when there is none or it is too long. */
export function gapBefore(text: string, pos: number): number {
  return INLINE_SPACES[text.charCodeAt(pos - 1)] === 1 ? spacesStart(text, pos) : pos;
}

/** Whether a space or a line end is at `pos`. */
export function isBlank(text: string, pos: number): boolean {
  return (BLANKS[text.charCodeAt(pos)] ?? 0) !== 0;
}

/**
 * Where a run of spaces and line ends from `pos` ends, when it is longer than a gap (three spaces
 * or more, or a line end: 1200↵人, a table's columns), so a number and a unit word it parts are
 * listed as unread rather than passed over without a word; `pos` when there is no such run.
 */
export function blankEnd(text: string, pos: number): number {
  let end = pos;
  while (end - pos < MOST_BLANKS && (BLANKS[text.charCodeAt(end)] ?? 0) !== 0) end++;
  return end > gapAfter(text, pos) ? end : pos;
}

function spacesEnd(text: string, pos: number): number {
  let end = pos + 1;
  while (INLINE_SPACES[text.charCodeAt(end)] === 1) if (++end - pos > MOST_SPACES) return pos;
  return end;
}

function spacesStart(text: string, pos: number): number {
  let start = pos - 1;
  while (INLINE_SPACES[text.charCodeAt(start - 1)] === 1) if (pos - --start > MOST_SPACES) return pos;
  return start;
}
