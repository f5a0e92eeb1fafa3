import scrollama from 'scrollama';
import { setActiveStep } from './active-step.ts';
import { createChartStage } from './chart-stage.ts';
import { activeStepIndex } from './step-at.ts';

/** What {@link startScrolly} wires together. */
export interface ScrollyOptions {
  /** The steps in reading order (`[data-step]` elements); each names its chart in `data-chart-id`. */
  steps: readonly HTMLElement[];
  /** The sticky graphic with one pre-rendered layer per chart (`[data-chart]`, see chart-stage.ts). */
  graphic: HTMLElement;
  /**
   * Where the trigger line sits, as a fraction of the viewport height from its top: a step
   * becomes active when its top edge crosses the line. Default: 0.5.
   */
  offset?: scrollama.DecimalType;
}

/** Quiet time in milliseconds after the last scroll event before the active step is recomputed. */
const SETTLE_MS = 100;

/**
 * Start a scrollytelling section. Exactly one step is active at any time (`is-active`,
 * `aria-current="step"`): the last one whose top edge is above the trigger line (step-at.ts),
 * and the graphic shows its chart. Scrollama's enter and exit events make the change as a step
 * crosses the line; the same computation runs again when scrolling settles, on resize and on
 * load, so fast scrolling, a reload half-way down, a rotated phone or a restored scroll position
 * all end with the right step.
 *
 * Keyboard: focusing a step (steps are focusable) or a link in it makes that step active and
 * scrolls it to the middle of the screen (instantly under `prefers-reduced-motion`).
 * Chart failures are reported with `console.error`; the pre-rendered chart stays.
 *
 * @returns A function that stops listening (scrollama destroyed, listeners removed).
 * @throws Error when there are no steps or a step has no `data-chart-id`, or as `createChartStage`.
 */
export function startScrolly(options: ScrollyOptions): () => void {
  const { steps, graphic, offset = 0.5 } = options;
  if (steps.length === 0) throw new Error('startScrolly: the page has no [data-step] elements');
  const chartIds = steps.map((step, index) => {
    const id = step.dataset.chartId;
    if (id === undefined || id === '') throw new Error(`startScrolly: step ${index} has no data-chart-id attribute; name the chart it shows`);
    return id;
  });
  const stage = createChartStage(graphic);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let active = -1;

  const activate = (index: number): void => {
    const step = steps[index];
    const chartId = chartIds[index];
    if (index === active || step === undefined || chartId === undefined) return;
    active = index;
    setActiveStep(steps, step);
    stage.show(chartId).catch((error: unknown) => console.error(`story step ${index}: chart "${chartId}" stays static`, error));
  };
  const reconcile = (): void => {
    activate(activeStepIndex(steps.map((step) => step.getBoundingClientRect().top), window.innerHeight * offset));
  };

  const scroller = scrollama();
  scroller.setup({ step: [...steps], offset }).onStepEnter(reconcile).onStepExit(reconcile);

  let settle: number | undefined;
  const onScroll = (): void => {
    window.clearTimeout(settle);
    settle = window.setTimeout(reconcile, SETTLE_MS);
  };
  const onResize = (): void => {
    scroller.resize();
    stage.resize();
    reconcile();
  };
  const onFocus = (event: FocusEvent): void => {
    const index = steps.findIndex((step) => step.contains(event.target as Node));
    const step = steps[index];
    if (step === undefined) return;
    activate(index);
    step.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  };

  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onResize);
  window.addEventListener('load', reconcile);
  document.addEventListener('focusin', onFocus);
  reconcile();

  return () => {
    window.clearTimeout(settle);
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onResize);
    window.removeEventListener('load', reconcile);
    document.removeEventListener('focusin', onFocus);
    scroller.destroy();
  };
}
