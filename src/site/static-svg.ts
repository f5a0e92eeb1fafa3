import * as vega from 'vega';
import type { Chart } from '../charts/chart.ts';
import type { ChartDataflow } from '../charts/dataflow.ts';
import { compileVega } from '../render/index.ts';
import { vegaRender, type ViewLayout } from '../render/render.ts';
import { escapeHtml } from './html.ts';

/**
 * Compiles and renders by chart (the site's charts are cached objects that nothing modifies,
 * chart-sets.ts): a chart is compiled once for its precompiled Vega file and its SVG, and a chart
 * placed in several pages is rendered once.
 */
const compiled = new WeakMap<Chart, vega.Spec>();
const renders = new WeakMap<Chart, Promise<{ svg: string; layout: ViewLayout }>>();

/**
 * `compileVega(chart)`, compiled once per chart object: the chart's render and its dataflow share
 * it. Callers must not modify it.
 *
 * @throws WorkreportError the compile errors of `compileVega`.
 */
function compiledChart(chart: Chart): vega.Spec {
  let spec = compiled.get(chart);
  if (spec === undefined) {
    spec = compileVega(chart);
    compiled.set(chart, spec);
  }
  return spec;
}

/**
 * The dataflow a page runs to make `chart` live ({@link ChartDataflow}): its compiled spec, pinned
 * to the layout of its Node render (`autosize: 'none'`, with that render's plot size and padding),
 * parsed by vega's parser with expressions as syntax trees, and the spec's `usermeta`. Pinned, the
 * live view draws the plot exactly where the pre-rendered SVG did: measured by the browser, the
 * labels came out a fraction wider than Node's text metrics, and 63 of 101 charts moved 1 px right
 * when they went live. Node's `vega` knows every transform and the workreport number format
 * (src/charts/vega-format.ts registers it on import).
 *
 * @throws WorkreportError the render errors of `renderSvg` (the promise rejects); vega's parse errors.
 */
export async function chartDataflow(chart: Chart): Promise<ChartDataflow> {
  const spec = compiledChart(chart);
  const { layout } = await chartRender(chart);
  const pinned: vega.Spec = { ...spec, autosize: 'none', ...layout };
  return { ...vega.parse(pinned, undefined, { ast: true }), usermeta: spec.usermeta };
}

/** The Node render of `chart` (its SVG and layout), once per chart object. */
function chartRender(chart: Chart): Promise<{ svg: string; layout: ViewLayout }> {
  let rendered = renders.get(chart);
  if (rendered === undefined) {
    rendered = (async () => vegaRender(compiledChart(chart), { name: `chart "${chart.id}"`, lang: chart.lang }))();
    renders.set(chart, rendered);
  }
  return rendered;
}

/**
 * `renderSvg(chart)`, rendered once per chart object from its compiled spec: the pages that inline
 * the chart, its SVG and PNG downloads (site-files.ts) and its dataflow share one render.
 *
 * @throws WorkreportError the render errors of `renderSvg` (the promise rejects).
 */
export async function chartSvg(chart: Chart): Promise<string> {
  return (await chartRender(chart)).svg;
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
