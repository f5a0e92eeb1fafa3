import embed, { type Result } from 'vega-embed';
import type { Chart } from '../charts/chart.ts';

/** The sticky element of a story that shows one chart at a time. */
export interface ChartStage {
  /**
   * Draw `chart` in the stage, replacing the chart shown before. Calls made while a chart is
   * being drawn do not overlap it: only the last chart asked for is drawn next, the ones in
   * between are skipped. Resolves once the stage shows the last chart asked for, with
   * `data-rendered-chart` set to its id; rejects when vega-embed fails.
   */
  show(chart: Chart): Promise<void>;
}

/** Class of the element each chart is drawn in, the only child of the stage. */
export const VIEW_CLASS = 'chart-stage__view';

/**
 * Turn `container` into a {@link ChartStage}. Each chart is drawn with vega-embed as SVG, without
 * the actions menu and without vega-embed's injected stylesheet, in a fresh child element
 * (`.chart-stage__view`), so the page's own CSS keeps control of the container (e.g. `position:
 * sticky`). The previous view is finalized (listeners and timers released) before the next one is
 * drawn. While a chart is being drawn the container has no `data-rendered-chart`.
 */
export function createChartStage(container: HTMLElement): ChartStage {
  let wanted: Chart | undefined;
  let view: Result | undefined;
  let drawing: Promise<void> = Promise.resolve();
  let busy = false;

  async function drawWanted(): Promise<void> {
    busy = true;
    try {
      while (wanted !== undefined && wanted.id !== container.dataset.renderedChart) {
        const chart = wanted;
        view?.finalize();
        view = undefined;
        delete container.dataset.renderedChart;
        const target = document.createElement('div');
        target.className = VIEW_CLASS;
        container.replaceChildren(target);
        view = await embed(target, chart.spec, { actions: false, renderer: 'svg', defaultStyle: false });
        container.dataset.renderedChart = chart.id;
      }
    } finally {
      busy = false;
    }
  }

  return {
    show(chart) {
      wanted = chart;
      if (!busy) drawing = drawWanted();
      return drawing;
    },
  };
}
