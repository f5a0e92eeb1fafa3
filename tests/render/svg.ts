/** Test helpers reading the SVG that vega writes. */
import { SOURCE_FOOTER } from '../../src/charts/frame.ts';

/** Unescape the XML entities vega writes in text content and attribute values. */
function unescapeXml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|apos|#x9|#xA|#xD);/g,
    (_, e: string) =>
      ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", '#x9': '\t', '#xA': '\n', '#xD': '\r' })[e] ??
      '',
  );
}

/** The width and height the root `<svg>` element states, in pixels. */
export function svgSize(svg: string): { width: number; height: number } {
  const size = (name: string): number => Number(new RegExp(`^<svg[^>]* ${name}="([\\d.]+)"`).exec(svg)?.[1]);
  return { width: size('width'), height: size('height') };
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
 * The items of an SVG that carry a figure id or a tooltip (src/render/item-svg.ts), in document
 * order, with both attributes decoded from attribute text.
 */
export function svgItems(svg: string): { tag: string; id?: string; tooltip?: string }[] {
  return [...svg.matchAll(/<(\w+) [^>]*\bdata-(?:id|tooltip)="[^>]*>/g)].map(([element, tag = '']) => {
    const id = / data-id="([^"]*)"/.exec(element)?.[1];
    const tooltip = / data-tooltip="([^"]*)"/.exec(element)?.[1];
    return {
      tag,
      ...(id === undefined ? {} : { id: unescapeXml(id) }),
      ...(tooltip === undefined ? {} : { tooltip: unescapeXml(tooltip) }),
    };
  });
}

/**
 * The items of each data mark (vega `role-mark` groups), by mark type: e.g. `{ rect: 5, text: 5 }`
 * for a bar chart of 5 labelled bars. Guides (axes, titles, legends) are not counted.
 */
export function markItems(svg: string): Record<string, number> {
  const counts: Record<string, number> = {};
  // A group's body never holds another group: an empty mark group must not run into the next.
  for (const m of svg.matchAll(/<g class="mark-(\w+) role-mark([^"]*)"[^>]*>((?:(?!<g[ >]).)*?)<\/g>/g)) {
    const [, type = '', names = '', body = ''] = m;
    // The source footer (src/charts/frame.ts) is a text mark but no data mark.
    if (names.includes(`${SOURCE_FOOTER}_marks`)) continue;
    counts[type] = (counts[type] ?? 0) + (body.match(/<(path|text|line)\b/g)?.length ?? 0);
  }
  return counts;
}

/**
 * An SVG document in the form its snapshot is committed in, so that a snapshot changes only when
 * the drawing does:
 * - ids renumbered in order of first appearance per stem (`clip7`, `clip9` → `clip1`, `clip2`),
 *   references (`url(#…)`, `href="#…"`) with them: vega numbers clip paths per process;
 * - numbers with more than 3 decimals rounded to 3 (`11.389999999999999` → `11.39`), trailing
 *   zeros dropped, `-0` written `0`: float noise of the layout arithmetic;
 * - one element per line: a line break between two tags, except around `<tspan>` and before
 *   `</text>`, so the content of a text element is untouched; and a final line break. Diffs then
 *   read line by line.
 *
 * @example normalizeSvg('<svg><clipPath id="clip7"><rect width="0.30000000000000004"/></clipPath></svg>')
 * // '<svg>\n<clipPath id="clip1">\n<rect width="0.3"/>\n</clipPath>\n</svg>\n'
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  const perStem = new Map<string, number>();
  for (const [, id = ''] of svg.matchAll(/ id="([^"]+)"/g)) {
    if (ids.has(id)) continue;
    const stem = id.replace(/\d+$/, '');
    const n = (perStem.get(stem) ?? 0) + 1;
    perStem.set(stem, n);
    ids.set(id, `${stem}${n}`);
  }
  const renamed = (id: string): string => ids.get(id) ?? id;
  return `${svg
    .replace(/ id="([^"]+)"/g, (_m, id: string) => ` id="${renamed(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${renamed(id)})`)
    .replace(/href="#([^"]+)"/g, (_m, id: string) => `href="#${renamed(id)}"`)
    .replace(/-?\d+\.\d{4,}/g, (number) => String(Number(Number(number).toFixed(3)) || 0))
    .replace(/>(?=<(?!\/?tspan\b|\/text\b))/g, '>\n')
    .trimEnd()}\n`;
}
