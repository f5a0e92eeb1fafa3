import scrollama from 'scrollama';
import type { Chart } from '../charts/chart.ts';
import { setActiveStep } from './active-step.ts';
import { createChartStage } from './chart-stage.ts';

/** What {@link startScrolly} wires together. */
export interface ScrollyOptions {
  /** The steps in reading order (`[data-step]` elements); each names its chart in `data-chart-id`. */
  steps: readonly HTMLElement[];
  /** The sticky element the charts are drawn in (`[data-chart]`). */
  graphic: HTMLElement;
  /** Every chart a step may name; ids must be unique. */
  charts: readonly Chart[];
  /**
   * Where the trigger line sits, as a fraction of the viewport height from its top: a step
   * becomes active when its top edge crosses the line. Default: 0.5.
   */
  offset?: scrollama.DecimalType;
}

/**
 * Start a scrollytelling section: when a step's top crosses the trigger line it becomes the one
 * active step (`is-active`, `aria-current="step"`) and the graphic shows the step's chart. The
 * first step's chart is drawn at once, so the graphic is not empty before the reader scrolls.
 * Recomputes step positions on window resize.
 *
 * Chart failures are reported with `console.error`, naming the step and the chart.
 *
 * @returns A function that stops listening (scrollama destroyed, resize listener removed).
 * @throws Error when there are no steps, a step has no `data-chart-id`, a step names a chart
 *   that is not in `charts`, or two charts share an id.
 */
export function startScrolly(options: ScrollyOptions): () => void {
  const { steps, graphic, charts, offset = 0.5 } = options;
  const byId = chartsById(charts);
  const stepCharts = steps.map((step, index) => chartOfStep(step, index, byId));
  const first = stepCharts[0];
  if (first === undefined) throw new Error('startScrolly: the page has no [data-step] elements');

  const stage = createChartStage(graphic);
  const show = (chart: Chart, index: number): void => {
    stage.show(chart).catch((error: unknown) => {
      console.error(`story step ${index}: chart "${chart.id}" could not be drawn`, error);
    });
  };

  const scroller = scrollama();
  scroller
    .setup({ step: [...steps], offset })
    .onStepEnter(({ element, index }) => {
      const chart = stepCharts[index];
      if (chart === undefined) return;
      setActiveStep(steps, element);
      show(chart, index);
    });
  show(first, 0);

  const onResize = (): void => {
    scroller.resize();
  };
  window.addEventListener('resize', onResize);
  return () => {
    window.removeEventListener('resize', onResize);
    scroller.destroy();
  };
}

function chartsById(charts: readonly Chart[]): ReadonlyMap<string, Chart> {
  const byId = new Map<string, Chart>();
  for (const chart of charts) {
    if (byId.has(chart.id)) throw new Error(`startScrolly: two charts have the id "${chart.id}"; chart ids must be unique`);
    byId.set(chart.id, chart);
  }
  return byId;
}

function chartOfStep(step: HTMLElement, index: number, byId: ReadonlyMap<string, Chart>): Chart {
  const id = step.dataset.chartId;
  if (id === undefined || id === '') {
    throw new Error(`startScrolly: step ${index} has no data-chart-id attribute; name the chart it shows`);
  }
  const chart = byId.get(id);
  if (chart === undefined) {
    throw new Error(`startScrolly: step ${index} names chart "${id}", which is not registered; known charts: ${[...byId.keys()].join(', ')}`);
  }
  return chart;
}
