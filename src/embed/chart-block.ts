import type { View } from 'vega';
import { createTooltip, type Tooltip } from './tooltip.ts';
import { createView } from './vega-runtime.ts';
import type { ChartDataflow } from '../charts/dataflow.ts';
import { WorkreportError } from '../errors.ts';
import { runtimeMessage, runtimeWarn } from '../runtime-messages.ts';

/**
 * The browser side of a `.chart` block (markup: src/site/chart-block.ts): the chart is already in
 * the page as SVG, one variant per width, and the stylesheet shows the variant that fits. This
 * puts a live vega view (of the dataflow parsed at build time, CSP-safe runtime) in place of the
 * SVG of the shown variant, at the same size, for tooltips and click-through to the source view.
 *
 * A variant is hydrated only while it is shown and has a width, so a chart in a hidden or
 * zero-width container (a collapsed tab, a step not reached yet) is drawn at its real width once
 * it becomes visible; with `watch`, a ResizeObserver notices that moment, and a later resize that
 * shows the other variant (or a change of the reader's colour scheme that shows the other theme)
 * hydrates that one.
 */

/** Options of {@link chartBlock}. */
export interface ChartBlockOptions {
  /** Hydrate whenever the block's size changes and its shown variant is still static. Default: false. */
  watch?: boolean;
  /** The page's tooltip. Default: one made for this block, with the hint in the page's language. */
  tooltip?: Tooltip;
  /** Follow links from the chart in a new tab rather than in place. Default: when the page is in a frame. */
  newTab?: boolean;
}

/** A `.chart` block of the page. */
export interface ChartBlock {
  readonly element: HTMLElement;
  /**
   * Replace the shown variant's static SVG with a live view, unless it has one. Resolves with the
   * view, or undefined when no variant is shown (the block is hidden or has no width). Calls made
   * while a variant is hydrating get the same promise.
   */
  hydrate(): Promise<View | undefined>;
  /** Stop watching and finalize every view (listeners and timers released). */
  destroy(): void;
}

/** The tooltip hint in language `lang` (a language tag). Default: the page's language. */
export function clickHint(lang: string = document.documentElement.lang): string {
  return lang.startsWith('zh') ? '点击查看原文' : 'Click to see it in the report';
}

/** Where a click on an item of a chart goes: its figure in the source view, or the indicator it plots. */
function itemHref(sourceView: string, figureIds: readonly string[], item: unknown): string | undefined {
  const id = (item as { datum?: { id?: unknown } } | null | undefined)?.datum?.id;
  if (typeof id !== 'string' || id === '') return undefined;
  return `${sourceView}#${figureIds.includes(id) ? id : `indicator-${id}`}`;
}

/** Follow a link from a chart, in place or in a new tab. */
function follow(href: string, newTab: boolean): void {
  if (newTab) window.open(href, '_blank', 'noopener');
  else window.location.assign(href);
}

/**
 * Take over the `.chart` block `element` (see the module comment).
 *
 * @throws WorkreportError `PAGE_INVALID` when the block has no `[data-vega-spec]` variant.
 */
export function chartBlock(element: HTMLElement, options: ChartBlockOptions = {}): ChartBlock {
  const variants = [...element.querySelectorAll<HTMLElement>('[data-vega-spec]')];
  if (variants.length === 0)
    throw new WorkreportError(runtimeMessage('PAGE_INVALID', 'noVariant', { block: element.dataset.chartBlock ?? '' }));
  const { watch = false, tooltip = createTooltip(clickHint()), newTab = window.top !== window } = options;
  const sourceView = element.dataset.sourceView ?? '';
  const views = new Map<HTMLElement, Promise<View>>();

  const shown = (): HTMLElement | undefined =>
    variants.find((variant) => variant.getClientRects().length > 0 && variant.clientWidth > 0);

  async function mount(variant: HTMLElement): Promise<View> {
    const url = variant.dataset.vegaSpec ?? '';
    const response = await fetch(url);
    if (!response.ok) {
      const params = { fn: 'chartBlock', url, status: response.status };
      throw new WorkreportError(runtimeMessage('FETCH_FAILED', 'status', params), { input: url });
    }
    const dataflow = (await response.json()) as ChartDataflow;
    const figureIds = dataflow.usermeta?.figureIds ?? [];
    const host = document.createElement('div');
    host.className = 'chart__live';
    const view = await createView(dataflow, host, { tooltip: tooltip.handler });
    // A click on an item whose tooltip shows follows it to the source view; on a touch screen,
    // where nothing hovers, the first tap shows the tooltip and the second follows.
    view.addEventListener('click', (event, item) => {
      const href = itemHref(sourceView, figureIds, item);
      if (href === undefined) return;
      if (tooltip.item === item) follow(href, newTab);
      else tooltip.handler(undefined, event as MouseEvent, item, (item as { tooltip?: unknown } | null)?.tooltip);
    });
    variant.replaceChildren(host);
    variant.dataset.hydrated = '';
    return view;
  }

  const hydrate = (): Promise<View | undefined> => {
    const variant = shown();
    if (variant === undefined) return Promise.resolve(undefined);
    let view = views.get(variant);
    if (view === undefined) {
      view = mount(variant);
      views.set(variant, view);
      view.catch(() => views.delete(variant));
    }
    return view;
  };

  const observer = watch ? new ResizeObserver(() => void hydrate().catch(report)) : undefined;
  observer?.observe(element);
  // A reader who switches the system's colour scheme shows the other theme's variant (chart.css).
  const scheme = watch ? window.matchMedia('(prefers-color-scheme: dark)') : undefined;
  const onScheme = (): void => void hydrate().catch(report);
  scheme?.addEventListener('change', onScheme);

  return {
    element,
    hydrate,
    destroy() {
      observer?.disconnect();
      scheme?.removeEventListener('change', onScheme);
      for (const view of views.values())
        void view.then(
          (v) => v.finalize(),
          () => undefined,
        );
      views.clear();
    },
  };
}

/** Report a chart that could not be hydrated: its static SVG stays, so the reader still sees it. */
function report(error: unknown): void {
  runtimeWarn(runtimeMessage('CHART_STATIC', 'block', {}), error);
}
