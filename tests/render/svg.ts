/** Test helpers reading the SVG that vega writes. */

/** Unescape the five XML entities vega writes in text content. */
function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[e] ?? '');
}

/**
 * The lines of every `<text>` element, unescaped, in document order: a multi-line text (vega
 * writes one `<tspan>` per line) gives one entry per line.
 */
export function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].flatMap((m) => {
    const body = m[1] ?? '';
    const spans = [...body.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((s) => s[1] ?? '');
    return (spans.length > 0 ? spans : [body]).map(unescapeXml);
  });
}

/**
 * The text of each `<text>` element as one string, its lines (tspans) joined without the breaks'
 * whitespace: a label wrapped onto three lines reads as the label with its spaces removed.
 */
export function textBlocks(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => {
    const body = m[1] ?? '';
    const spans = [...body.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((s) => s[1] ?? '');
    return unescapeXml(spans.length > 0 ? spans.join('') : body).replace(/\s+/g, '');
  });
}

/**
 * The items of each data mark (vega `role-mark` groups), by mark type: e.g. `{ rect: 5, text: 5 }`
 * for a bar chart of 5 labelled bars. Guides (axes, titles, legends) are not counted.
 */
export function markItems(svg: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of svg.matchAll(/<g class="mark-(\w+) role-mark[^"]*"[^>]*>(.*?)<\/g>/g)) {
    const [, type = '', body = ''] = m;
    counts[type] = (counts[type] ?? 0) + (body.match(/<(path|text|line)\b/g)?.length ?? 0);
  }
  return counts;
}
