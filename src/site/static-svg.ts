import * as vega from 'vega';
import type { Chart } from '../charts/chart.ts';
import type { ChartDataflow } from '../charts/dataflow.ts';
import { compileVega, vegaToSvg } from '../render/index.ts';
import { escapeHtml } from './html.ts';

/**
 * Compiles and renders by chart (the site's charts are cached objects that nothing modifies,
 * chart-sets.ts): a chart is compiled once for its precompiled Vega file and its SVG, and a chart
 * placed in several pages is rendered once.
 */
const compiled = new WeakMap<Chart, vega.Spec>();
const renders = new WeakMap<Chart, Promise<string>>();

/**
 * `compileVega(chart)`, compiled once per chart object: the precompiled Vega files (site-files.ts)
 * and the SVG renders share it. Callers must not modify it.
 *
 * @throws WorkreportError the compile errors of `compileVega`.
 */
export function compiledChart(chart: Chart): vega.Spec {
  let spec = compiled.get(chart);
  if (spec === undefined) {
    spec = compileVega(chart);
    compiled.set(chart, spec);
  }
  return spec;
}

/**
 * The dataflow a page runs to make `chart` live ({@link ChartDataflow}): its compiled spec parsed by
 * vega's parser with expressions as syntax trees, and the spec's `usermeta`. Node's `vega` knows
 * every transform and the workreport number format (src/charts/vega-format.ts registers it on import).
 *
 * @throws Error vega's parse errors (a compiled chart parses: the site's pages hydrate each one).
 */
export function chartDataflow(chart: Chart): ChartDataflow {
  const spec = compiledChart(chart);
  return { ...vega.parse(spec, undefined, { ast: true }), usermeta: spec.usermeta };
}

/**
 * `renderSvg(chart)`, rendered once per chart object from its compiled spec: the pages that inline
 * the chart and its SVG and PNG downloads (site-files.ts) share one render.
 *
 * @throws WorkreportError the render errors of `renderSvg` (the promise rejects).
 */
export function chartSvg(chart: Chart): Promise<string> {
  let rendered = renders.get(chart);
  if (rendered === undefined) {
    rendered = (async () => vegaToSvg(compiledChart(chart), { name: `chart "${chart.id}"`, lang: chart.lang }))();
    renders.set(chart, rendered);
  }
  return rendered;
}

/**
 * A chart as an SVG element to inline in a page: rendered in Node (`renderSvg`), its ids made
 * unique in the page, and labelled for assistive technology like a live vega view.
 *
 * Vega numbers clip paths `clip1`, `clip2` … per process, and a page that inlines many charts and
 * then mounts live views (which number from `clip1` again) would resolve `url(#clip1)` to whichever
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
