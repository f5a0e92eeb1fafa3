/**
 * A chart drawn in a notebook cell: the one way the figures, indicators and compare notebooks put
 * a chart built from the picked data on the page. Cells import it by relative path:
 * `import {drawChart} from "../draw-chart.ts";`.
 */
import embed from 'vega-embed';
import type { Chart } from '../src/charts/chart.ts';
import { WorkreportError } from '../src/errors.ts';
import { h } from '../src/notebook/h.ts';

/**
 * A `<div class="wr-chart" data-chart="<name>">` (the tests find a chart by its `name`) holding the
 * chart `build()` returns, drawn as SVG by vega-embed and finalized when the cell's `invalidation`
 * resolves. A chart the data cannot make (`build` throws a WorkreportError: no rows, mixed units…)
 * is its message instead, as text; any other error is thrown, and the cell shows it.
 */
export async function drawChart(
  name: string,
  build: () => Chart,
  invalidation: Promise<unknown>,
): Promise<HTMLElement> {
  const element = h('div', { class: 'wr-chart', 'data-chart': name });
  try {
    const chart = build();
    const result = await embed(element, chart.spec, { renderer: 'svg', actions: false });
    void invalidation.then(() => result.finalize());
  } catch (error) {
    if (!(error instanceof WorkreportError)) throw error;
    element.append(h('p', { class: 'wr-message' }, error.message));
  }
  return element;
}
