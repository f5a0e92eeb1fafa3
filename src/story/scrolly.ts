import scrollama from 'scrollama';
import { setActiveStep } from './active-step.ts';
import { createChartStage } from './chart-stage.ts';
import { activeStepIndex } from './step-at.ts';
import { WorkreportError } from '../errors.ts';
import { runtimeMessage, runtimeWarn } from '../runtime-messages.ts';

/** What {@link startScrolly} wires together. */
export interface ScrollyOptions {
  /** The steps in reading order (`[data-step]` elements); each names its chart in `data-chart-id`. */
  steps: readonly HTMLElement[];
  /** The sticky graphic with one pre-rendered layer per chart (`[data-chart]`, see chart-stage.ts). */
  graphic: HTMLElement;
  /**
   * Where the trigger line sits on wide screens, as a fraction of the viewport height from its
   * top: a step becomes active when its top edge crosses the line. Default: 0.5. On narrow
   * screens ({@link NARROW_LAYOUT}) the line is the sticky chart's bottom edge, where each step's
   * text sticks (story.css).
   */
  offset?: scrollama.DecimalType;
}

/** Pixels of the narrow layout's screen that are neither chart nor step text: the graphic's padding, the gap under it, a margin at the bottom (story.css). */
const STEP_GAPS = 40;

/** The media query of the narrow layout of story.css: chart on top, the step's text under it. */
export const NARROW_LAYOUT = '(max-width: 48rem)';

/** Quiet time in milliseconds after the last scroll event before the active step is recomputed. */
const SETTLE_MS = 100;

/**
 * Start a scrollytelling section. Exactly one step is active at any time (`is-active`,
 * `aria-current="step"`): the last one whose top edge is above the trigger line (step-at.ts),
 * and the graphic shows its chart. Scrollama's enter and exit events make the change as a step
 * crosses the line; the same computation runs again on every scrolled frame, when scrolling
 * settles, on resize and on load, so fast scrolling, a reload half-way down, a rotated phone or a
 * restored scroll position all end with the right step; a resize that switches between the wide
 * and the narrow layout scrolls the step being read to its place in the new one. On narrow screens the chart may take
 * what the longest step's text leaves of the screen (`--stage-max`, 30–60 % of its height), and
 * the graphic's height is published as `--stage-bottom` on its parent, where story.css sticks the
 * steps' text.
 *
 * Keyboard: focusing a step (steps are focusable) or a link in it makes that step active and
 * scrolls it to the middle of the screen (instantly under `prefers-reduced-motion`).
 * Chart failures are reported with `console.error`; the pre-rendered chart stays.
 *
 * @returns A function that stops listening (scrollama destroyed, listeners removed).
 * @throws WorkreportError `PAGE_INVALID` when there are no steps or a step has no `data-chart-id`, or as `createChartStage`.
 */
export function startScrolly(options: ScrollyOptions): () => void {
  const { steps, graphic, offset = 0.5 } = options;
  if (steps.length === 0) throw new WorkreportError(runtimeMessage('PAGE_INVALID', 'noSteps', {}));
  const chartIds = steps.map((step, index) => {
    const id = step.dataset.chartId;
    if (id === undefined || id === '')
      throw new WorkreportError(runtimeMessage('PAGE_INVALID', 'stepChart', { step: index }), { input: step });
    return id;
  });
  const stage = createChartStage(graphic);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const narrow = window.matchMedia(NARROW_LAYOUT);
  let active = -1;

  const activate = (index: number): void => {
    const step = steps[index];
    const chartId = chartIds[index];
    if (index === active || step === undefined || chartId === undefined) return;
    active = index;
    setActiveStep(steps, step);
    try {
      stage.show(chartId, (step.dataset.cites ?? '').split(' ').filter(Boolean));
    } catch (error) {
      runtimeWarn(runtimeMessage('CHART_STATIC', 'step', { step: index, chart: chartId }), error);
    }
  };
  const placeSteps = (): void => {
    const layout = graphic.parentElement;
    if (layout === null) return;
    if (!narrow.matches) {
      layout.style.removeProperty('--stage-max');
      layout.style.removeProperty('--stage-bottom');
      return;
    }
    // The chart gets what the longest step's text leaves of the screen, between 30 % and 60 % of its height.
    const height = window.innerHeight;
    const tallest = Math.max(...steps.map((step) => step.scrollHeight));
    const room = Math.min(0.6 * height, Math.max(0.3 * height, height - tallest - STEP_GAPS));
    layout.style.setProperty('--stage-max', `${Math.floor(room)}px`);
    layout.style.setProperty('--stage-bottom', `${Math.ceil(graphic.getBoundingClientRect().height)}px`);
  };
  const reconcile = (): void => {
    // Narrow: a step is active from the moment its text reaches its place under the chart (story.css puts it 0.5rem under the chart; a few pixels more for rounding).
    const trigger = narrow.matches ? graphic.getBoundingClientRect().bottom + 12 : window.innerHeight * offset;
    activate(
      activeStepIndex(
        steps.map((step) => step.getBoundingClientRect().top),
        trigger,
      ),
    );
  };

  const scroller = scrollama();
  scroller
    .setup({ step: [...steps], offset })
    .onStepEnter(reconcile)
    .onStepExit(reconcile);

  let settle: number | undefined;
  let frame: number | undefined;
  const onScroll = (): void => {
    window.clearTimeout(settle);
    settle = window.setTimeout(reconcile, SETTLE_MS);
    if (frame === undefined) {
      frame = window.requestAnimationFrame(() => {
        frame = undefined;
        reconcile();
      });
    }
  };
  /** Scroll step `index` to where it is read: stuck under the chart on narrow screens, else the middle of the screen. */
  const scrollToStep = (index: number, behavior: ScrollBehavior): void => {
    if (narrow.matches) window.scrollTo({ top: stuckScrollY(steps, index), behavior });
    else steps[index]?.scrollIntoView({ block: 'center', behavior });
  };
  let narrowBefore = narrow.matches;
  const onResize = (): void => {
    placeSteps();
    scroller.resize();
    // A switch between the two layouts moves every step: the step being read stays the one read.
    if (narrow.matches !== narrowBefore) {
      narrowBefore = narrow.matches;
      if (active >= 0) scrollToStep(active, 'auto');
    }
    reconcile();
  };
  const onFocus = (event: FocusEvent): void => {
    const index = steps.findIndex((step) => step.contains(event.target as Node));
    if (index < 0) return;
    activate(index);
    scrollToStep(index, reducedMotion.matches ? 'auto' : 'smooth');
  };

  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onResize);
  window.addEventListener('load', onResize);
  document.addEventListener('focusin', onFocus);
  placeSteps();
  reconcile();

  return () => {
    window.clearTimeout(settle);
    if (frame !== undefined) window.cancelAnimationFrame(frame);
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onResize);
    window.removeEventListener('load', onResize);
    document.removeEventListener('focusin', onFocus);
    scroller.destroy();
  };
}

/**
 * The scroll position at which step `index` of the narrow layout has just reached its place under
 * the chart (story.css makes steps sticky there, so their current box does not say where they sit
 * in the flow): the step's position in the flow, from its container's top and the heights and
 * margins of the steps before it, minus its sticky `top`.
 */
export function stuckScrollY(steps: readonly HTMLElement[], index: number): number {
  const container = steps[index]?.parentElement;
  if (container === null || container === undefined) return window.scrollY;
  let top = container.getBoundingClientRect().top + window.scrollY + parseFloat(getComputedStyle(container).paddingTop);
  for (const step of steps.slice(0, index)) top += step.offsetHeight + parseFloat(getComputedStyle(step).marginBottom);
  return Math.ceil(top - parseFloat(getComputedStyle(steps[index] as HTMLElement).top));
}
