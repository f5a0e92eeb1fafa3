import { textWidth } from './text-width.ts';

/**
 * Line wrapping for title and subtitle lines, which Vega draws on one line however long.
 *
 * Widths are in em: a full-width character (汉字, 《》，) is 1 em, any other 0.8 em. 0.8 em is what
 * Vega assumes for any character when it has no canvas to measure with (Node, `renderer: 'none'`),
 * so a wrapped line never looks wider to Vega than the chart and never shrinks the plot; in a
 * browser Latin text is narrower (about 0.55 em in Noto Sans CJK) and lines just end early.
 */

/** Code point ranges of East Asian wide and full-width characters (Unicode UAX #11, W and F). */
const WIDE =
  '\\u1100-\\u115F\\u2E80-\\uA4CF\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFF60\\uFFE0-\\uFFE6';
const FULL_WIDTH = new RegExp(`[${WIDE}]`, 'u');

/**
 * Estimated width of `text` in em: 1 em per full-width character, `narrow` em per other
 * character. Default `narrow`: 0.8, Vega's own estimate without a canvas.
 */
export function emWidth(text: string, narrow = 0.8): number {
  let width = 0;
  for (const char of text) width += FULL_WIDTH.test(char) ? 1 : narrow;
  return width;
}

/**
 * Break units: a run of non-space, non-CJK characters (a word, a number, a date) or one CJK
 * character, with trailing spaces; opening brackets stick to what follows and closing punctuation
 * to what precedes, so no line starts with ，。、！？ or ends with 《 (GB/T 15834 line-start rules).
 */
const TOKEN = new RegExp(`[《（「“‘〈【]*(?:[^\\s${WIDE}]+|\\S)\\s*[，。、；：！？）》」”’〉】…]*`, 'gu');

/** A unit ending in a space or in ，、；： is a good place to end a line. */
const SOFT_END = /[\s，、；：,;:]$/u;

/**
 * Split `text` into lines of at most `maxEm` em, breaking between CJK characters or at spaces,
 * preferably after a space or ，、；： in the second half of a line; a single unit longer than
 * `maxEm` is cut between characters into lines of their own. Trailing spaces are dropped, so `lines.join('')` equals `text`
 * without the spaces at the breaks.
 */
export function wrapText(text: string, maxEm: number): string[] {
  return breakLines(text, (line) => emWidth(line) <= maxEm);
}

/** Options of {@link wrapToWidth}. */
export interface WrapOptions {
  /** Measure the bold face (titles). Default: regular. */
  bold?: boolean;
  /**
   * Most lines; the last line kept ends in `…` when the text needs more (the text's whole form
   * stays in tooltips and alt text). Default: no limit.
   */
  maxLines?: number;
}

/**
 * Split `text` into lines at most `maxPixels` wide at `fontSize` pixels, measured with the chart
 * font's own widths (text-width.ts), with the breaking rules of {@link wrapText}: between words in
 * English, between characters in Chinese, never with ，。、 or a closing bracket at a line start or
 * an opening bracket at a line end. A word wider than the width is cut between characters.
 * With `maxLines`, a text that needs more lines is cut at the end of the last one, with `…`.
 *
 * @example wrapToWidth('Persons in administrative detention', 110, 12) // ['Persons in', 'administrative', 'detention']
 */
export function wrapToWidth(text: string, maxPixels: number, fontSize: number, options: WrapOptions = {}): string[] {
  const weight = options.bold === true ? 'bold' : undefined;
  const fits = (line: string): boolean => textWidth(line, fontSize, weight) <= maxPixels;
  const lines = breakLines(text, fits);
  const { maxLines } = options;
  if (maxLines === undefined || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`;
  while (last.length > 1 && !fits(`${last}…`)) last = [...last].slice(0, -1).join('').trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/**
 * `token` as it can be set: whole when it fits a line of its own, else cut between characters into
 * pieces that each fit (a URL, a long number or a word wider than the chart: as CSS
 * `overflow-wrap: break-word` does, rather than run past the chart's edge).
 */
function pieces(token: string, fits: (line: string) => boolean): string[] {
  if (fits(token.trimEnd())) return [token];
  const cut: string[] = [];
  let piece = '';
  for (const char of token) {
    if (piece !== '' && !fits((piece + char).trimEnd())) {
      cut.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') cut.push(piece);
  return cut;
}

/** Greedy line breaking of {@link wrapText}, with `fits` telling whether a line is short enough. */
function breakLines(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  for (const token of (text.match(TOKEN) ?? []).flatMap((unit) => pieces(unit, fits))) {
    if (line.length > 0 && !fits((line.join('') + token).trimEnd())) {
      const soft = line.map((t) => SOFT_END.test(t)).lastIndexOf(true);
      const cut = soft >= line.length / 2 ? soft + 1 : line.length;
      lines.push(line.slice(0, cut).join('').trimEnd());
      line = line.slice(cut);
    }
    line.push(token);
  }
  const last = line.join('').trimEnd();
  if (last) lines.push(last);
  return lines;
}
