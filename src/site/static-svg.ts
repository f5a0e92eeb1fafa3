import type { Chart } from '../charts/chart.ts';
import { renderSvg } from '../render/index.ts';
import { escapeHtml } from './html.ts';

/**
 * Renders by chart (the site's charts are cached objects that nothing modifies, chart-sets.ts): a
 * chart placed in several pages, and its SVG and PNG downloads, share one render.
 */
const renders = new WeakMap<Chart, Promise<string>>();

/**
 * `renderSvg(chart)`, rendered once per chart object from its compiled spec: the pages that inline
 * the chart and its SVG and PNG downloads (site-files.ts) share one render. Its items carry their
 * figure id and tooltip (src/render/item-svg.ts), which the page's script reads.
 *
 * @throws WorkreportError the render errors of `renderSvg` (the promise rejects).
 */
export function chartSvg(chart: Chart): Promise<string> {
  let rendered = renders.get(chart);
  if (rendered === undefined) {
    rendered = renderSvg(chart);
    renders.set(chart, rendered);
  }
  return rendered;
}

/**
 * A chart as an SVG element to inline in a page: rendered in Node (`renderSvg`), its ids made
 * unique in the page, and labelled for assistive technology as vega labels a view in a browser.
 *
 * A chart's SVG names its clip paths `clip1`, `clip2` …, and a page that inlines the same chart
 * twice (a story's stage and the step's `<noscript>`) would resolve `url(#clip1)` to whichever
 * element comes first; every id and reference is therefore prefixed with `idPrefix`.
 * The root gets `role="graphics-document"`, `aria-roledescription="visualization"` and the
 * chart's alt text as `aria-label`, as vega's own SVG renderer sets in a browser. No `xml:lang`
 * (the page's `lang` applies) and no `style` attributes, so a strict CSP accepts it.
 */
export async function staticSvg(chart: Chart, idPrefix: string): Promise<string> {
  const svg = await chartSvg(chart);
  return svg
    .replace(/ id="([^"]+)"/g, (_m, id: string) => ` id="${idPrefix}${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${idPrefix}${id})`)
    .replace(/^<svg xml:lang="[^"]*" /, '<svg ')
    .replace(
      /^<svg /,
      `<svg role="graphics-document" aria-roledescription="visualization" aria-label="${escapeHtml(chart.description)}" `,
    );
}
