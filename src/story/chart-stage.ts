import { chartBlock, clickHint, type ChartBlock } from '../embed/chart-block.ts';
import { createTooltip } from '../embed/tooltip.ts';
import { WorkreportError } from '../errors.ts';
import { runtimeMessage, runtimeWarn } from '../runtime-messages.ts';

/**
 * The sticky graphic of a story (`[data-chart]`), as built by src/site/story-page.ts: one
 * `.stage__layer` per chart, stacked in the same place; the layer with `is-shown` is visible.
 * The first layer holds its chart as SVG. The others (`data-chart-pending`) hold a stand-in of the
 * chart's size, and the chart itself waits, as markup, in the `<noscript data-chart-fallback>` of
 * its step: the stage moves it in when the browser is idle after the page has loaded, one layer
 * per idle period, or at once when its step comes first. Changing the chart crossfades two layers
 * (page CSS; none under `prefers-reduced-motion`): every chart of the story is drawn and sized
 * before the reader gets to it, so nothing flickers or shifts, and no view is ever re-embedded.
 *
 * Why layers rather than one chart whose data changes: the charts of a story differ in scales,
 * axes, titles and marks; updating one chart's data could not turn one into another. Each layer's
 * block is made interactive (src/embed/chart-block.ts: tooltips, click-through) the first time it
 * is shown.
 */
export interface ChartStage {
  /**
   * Show the chart `chartId`: its layer becomes the shown one (`is-shown`) and the stage's
   * `data-rendered-chart` names it (its SVG is already there); its block is made interactive, and
   * `data-interactive-chart` names the chart. `cited` (figure and indicator ids) are brought
   * forward: when some of the chart's items are cited and some not, the others fade back
   * (`is-dimmed`, story.css animates it, so two steps that share a chart but cite different
   * figures change it smoothly).
   *
   * @throws WorkreportError `PAGE_INVALID` when the stage has no layer for `chartId`, or its
   *   pending chart cannot be put in.
   */
  show(chartId: string, cited?: readonly string[]): void;
}

/** Class of an item of a chart that the active step does not cite (story.css). */
export const DIMMED_CLASS = 'is-dimmed';

/**
 * Fade back the items of the chart block `block` (bars, points, their value labels: every item
 * with a `data-id`, src/render/item-svg.ts, in every variant) that are not in `cited`, when some
 * are and some are not; else show all.
 */
function bringForward(block: HTMLElement, cited: ReadonlySet<string>): void {
  const items = [...block.querySelectorAll('[data-id]')];
  const ids = new Set(items.map((item) => item.getAttribute('data-id') ?? ''));
  const partial = [...ids].some((id) => cited.has(id)) && [...ids].some((id) => !cited.has(id));
  for (const item of items)
    item.classList.toggle(DIMMED_CLASS, partial && !cited.has(item.getAttribute('data-id') ?? ''));
}

/** Class of the layer that is visible. */
export const SHOWN_CLASS = 'is-shown';

/**
 * Put chart `chartId` into its pending `layer`, from `fallback` (its `<noscript>`, whose content is
 * the chart block's markup, as the page's own HTML parser read it).
 *
 * @throws WorkreportError `PAGE_INVALID` when there is no fallback or it holds no `[data-chart-block]`.
 */
function fill(layer: HTMLElement, chartId: string, fallback: HTMLElement | undefined): void {
  const template = document.createElement('template');
  // A <noscript> read while scripting is on holds its content as text, which innerHTML gives back as it is.
  template.innerHTML = fallback?.innerHTML ?? '';
  const block = template.content.querySelector('[data-chart-block]');
  if (block === null)
    throw new WorkreportError(runtimeMessage('PAGE_INVALID', 'noFallback', { chart: chartId }), { input: chartId });
  layer.replaceChildren(block);
  delete layer.dataset.chartPending;
}

/** Run `task` when the browser is idle (or soon, where it cannot say). */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 50);
}

/**
 * Take over the stage `container` (see {@link ChartStage}). Once the page has loaded, the pending
 * layers are filled in page order, one per idle period; a layer that cannot be filled is reported
 * with `console.error` and keeps its stand-in.
 *
 * @throws WorkreportError `PAGE_INVALID` when the container has no `[data-chart-layer]` layers.
 */
export function createChartStage(container: HTMLElement): ChartStage {
  const layers = new Map<string, HTMLElement>();
  for (const layer of container.querySelectorAll<HTMLElement>('[data-chart-layer]'))
    layers.set(layer.dataset.chartLayer ?? '', layer);
  if (layers.size === 0)
    throw new WorkreportError(runtimeMessage('PAGE_INVALID', 'noLayers', {}), { input: container });
  const tooltip = createTooltip(clickHint());
  const blocks = new Map<string, ChartBlock>();
  let current: string | undefined;

  const fallbacks = new Map<string, HTMLElement>();
  for (const fallback of document.querySelectorAll<HTMLElement>('noscript[data-chart-fallback]')) {
    const chartId = fallback.dataset.chartFallback ?? '';
    if (!fallbacks.has(chartId)) fallbacks.set(chartId, fallback);
  }
  /** Move the chart into its layer if it is still pending. */
  const ready = (chartId: string, layer: HTMLElement): void => {
    if (layer.dataset.chartPending !== undefined) fill(layer, chartId, fallbacks.get(chartId));
  };
  const fillNext = (): void => {
    const next = [...layers].find(([, layer]) => layer.dataset.chartPending !== undefined);
    if (next === undefined) return;
    try {
      ready(...next);
    } catch (error) {
      runtimeWarn(runtimeMessage('CHART_STATIC', 'stage', { chart: next[0] }), error);
      delete next[1].dataset.chartPending;
    }
    whenIdle(fillNext);
  };
  if (document.readyState === 'complete') whenIdle(fillNext);
  else window.addEventListener('load', () => whenIdle(fillNext), { once: true });

  const blockOf = (chartId: string, layer: HTMLElement): ChartBlock | undefined => {
    let block = blocks.get(chartId);
    const element = layer.querySelector<HTMLElement>('[data-chart-block]');
    if (block === undefined && element !== null) {
      block = chartBlock(element, { tooltip });
      blocks.set(chartId, block);
    }
    return block;
  };

  return {
    show(chartId, cited = []) {
      const layer = layers.get(chartId);
      if (layer === undefined)
        throw new WorkreportError(
          runtimeMessage('PAGE_INVALID', 'noLayer', { chart: chartId, layers: [...layers.keys()] }),
          {
            input: chartId,
          },
        );
      ready(chartId, layer);
      if (current !== chartId) {
        current = chartId;
        tooltip.hide();
        for (const [id, element] of layers) element.classList.toggle(SHOWN_CLASS, id === chartId);
        container.dataset.renderedChart = chartId;
      }
      const block = blockOf(chartId, layer);
      if (block === undefined) return;
      bringForward(block.element, new Set(cited));
      container.dataset.interactiveChart = chartId;
    },
  };
}
