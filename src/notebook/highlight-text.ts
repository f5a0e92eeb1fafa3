import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import { h } from './h.ts';

/** A span of text to highlight: `[offset, offset + length)` in UTF-16 code units. */
export interface Highlight {
  offset: number;
  length: number;
  /** `id` of the `<mark>`, so links can point at it (`#figure-land-acquired`). Default: none. */
  id?: string;
  /** Tooltip of the mark (the figure's label and value). Default: none. */
  title?: string;
  /** Extra class of the mark, e.g. one per qualifier or state. Default: none. */
  className?: string;
}

/**
 * `text` as a `<div class="wr-text">` whose highlighted spans are `<mark>` elements (everything
 * else stays plain text, line breaks kept by CSS `white-space: pre-wrap`). Marks may come in any
 * order; text is never parsed as HTML.
 *
 * @example highlightText(source, report.figures.map((f) => ({ offset: f.provenance.offset, length: f.provenance.quote.length, id: `figure-${f.id}` })))
 * @throws WorkreportError `OPTION_INVALID` for a span outside the text or overlapping another,
 *   quoting both spans and their offsets.
 */
export function highlightText(text: string, highlights: readonly Highlight[]): HTMLDivElement {
  const sorted = [...highlights].sort((a, b) => a.offset - b.offset);
  const parts: Node[] = [];
  let at = 0;
  for (const mark of sorted) {
    const end = mark.offset + mark.length;
    if (
      !Number.isInteger(mark.offset) ||
      !Number.isInteger(mark.length) ||
      mark.offset < 0 ||
      mark.length <= 0 ||
      end > text.length
    ) {
      throw new WorkreportError(
        message('OPTION_INVALID', 'spanOutside', {
          fn: 'highlightText',
          offset: mark.offset,
          length: mark.length,
          textLength: text.length,
        }),
        { input: mark },
      );
    }
    if (mark.offset < at) {
      throw new WorkreportError(
        message('OPTION_INVALID', 'spanOverlap', {
          fn: 'highlightText',
          text: text.slice(mark.offset, end),
          offset: mark.offset,
          previousEnd: at,
        }),
        { input: mark },
      );
    }
    if (mark.offset > at) parts.push(document.createTextNode(text.slice(at, mark.offset)));
    parts.push(h('mark', { id: mark.id, title: mark.title, class: mark.className }, text.slice(mark.offset, end)));
    at = end;
  }
  if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
  return h('div', { class: 'wr-text' }, parts);
}
