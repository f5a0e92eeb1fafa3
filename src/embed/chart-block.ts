import { createTooltip, type Point, type Tooltip } from './tooltip.ts';
import { WorkreportError } from '../errors.ts';
import { runtimeMessage } from '../runtime-messages.ts';

/**
 * The browser side of a `.chart` block (markup: src/site/chart-block.ts): the chart is already in
 * the page as SVG, one variant per theme and width, and the stylesheet shows the one that fits.
 * Its items carry their figure id (`data-id`) and tooltip (`data-tooltip`, JSON), written when the
 * chart was rendered in Node (src/render/item-svg.ts); an item without a tooltip of its own shows
 * the first one of its id in its SVG (its bar's, for a value label). This makes every variant
 * interactive with a few listeners on the block, no vega and nothing to fetch:
 * - a mouse over an item shows its tooltip (src/embed/tooltip.ts), which follows the pointer, with
 *   the hint to click when the item has an id (a series chart's points have none: no hint);
 * - a click on an item whose tooltip shows goes to its figure in the source view (or to the
 *   indicator it plots); with a finger or pen, which do not hover, the first tap shows the
 *   tooltip and the second, on it or on any item of the same figure (another square of a waffle,
 *   the bar's value label), follows; a tap elsewhere, a scroll (of the page or of a box around the
 *   chart), the page losing focus, or Escape closes it;
 * - between two items a mouse has a moment before the tooltip hides, so it does not flicker;
 * - the keyboard: the block is a tab stop; the arrow keys (Home, End) step through its items, one
 *   per figure, showing each one's tooltip (read out: it is a live region) and marking the item
 *   (`is-current`); Enter follows the item shown; Escape or leaving the block closes it.
 * A variant shown later (a resize, the reader's colour scheme, a hidden block made visible) is
 * interactive as it is: there is nothing to mount. The block gets `data-interactive` once its
 * listeners are on.
 */

/** Options of {@link chartBlock}. */
export interface ChartBlockOptions {
  /** The page's tooltip. Default: one made for this block, with the hint in the page's language. */
  tooltip?: Tooltip;
  /** Follow links from the chart in a new tab rather than in place. Default: when the page is in a frame. */
  newTab?: boolean;
}

/** A `.chart` block of the page, interactive. */
export interface ChartBlock {
  readonly element: HTMLElement;
  /** Remove the block's listeners and hide its tooltip if it shows one of the block's items. */
  destroy(): void;
}

/**
 * The tooltip hint in language `lang` (a language tag; default: the page's language): zh 点击查看原文
 * (点击 is a click and a tap); en "Click to see it in the report", or "Tap again …" on a screen
 * that cannot hover, where the first tap opened the tooltip.
 */
export function clickHint(lang: string = document.documentElement.lang): string {
  if (lang.startsWith('zh')) return '点击查看原文';
  const touch = typeof window.matchMedia === 'function' && window.matchMedia('(hover: none)').matches;
  return touch ? 'Tap again to see it in the report' : 'Click to see it in the report';
}

/** Where a block's clicks go: its source view, and, for figures of other reports, where the source views are. */
interface Sources {
  view: string;
  root: string | undefined;
  figureIds: ReadonlySet<string>;
}

/**
 * Where a click on an item goes: its figure in the source view, or the indicator it plots; a figure
 * `<dataset>/<figure>` (a comparison chart's, of several reports) in that dataset's source view
 * under the root; nowhere without a root.
 */
function itemHref(sources: Sources, id: string | undefined): string | undefined {
  if (id === undefined || id === '') return undefined;
  if (!sources.figureIds.has(id)) return `${sources.view}#${encodeURIComponent(`indicator-${id}`)}`;
  const slash = id.indexOf('/');
  if (slash < 0) return `${sources.view}#${encodeURIComponent(id)}`;
  if (sources.root === undefined) return undefined;
  return `${sources.root}${encodeURIComponent(id.slice(0, slash))}/#${encodeURIComponent(id.slice(slash + 1))}`;
}

/**
 * The tooltip value of an item, as item-svg.ts wrote it (on the item, else on the first item of
 * its id in its SVG): parsed JSON (an object of titled texts, or a plain value); text that is not
 * JSON is shown as it is; undefined when no item of the id has one.
 */
function tooltipValue(item: Element): unknown {
  const id = item.getAttribute('data-id');
  const carrier = item.hasAttribute('data-tooltip')
    ? item
    : [...(item.closest('svg')?.querySelectorAll('[data-id][data-tooltip]') ?? [])].find(
        (other) => other.getAttribute('data-id') === id,
      );
  const text = carrier?.getAttribute('data-tooltip');
  if (text === undefined || text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Class of the item the keyboard reached (chart.css). */
const CURRENT_CLASS = 'is-current';

/** The keys that step through a chart's items: by one, or to the first or last. */
const STEP_KEYS: Readonly<Record<string, 1 | -1 | 'first' | 'last'>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

/**
 * The items a keyboard steps through in `block`: in the SVG shown, each item that carries a
 * tooltip, one per figure (a bar, not also its label; one square of a waffle's figure).
 */
function keyItems(block: HTMLElement): Element[] {
  const svg = [...block.querySelectorAll('svg')].find((s) => s.getClientRects().length > 0);
  const items: Element[] = [];
  for (const item of svg?.querySelectorAll('[data-tooltip]') ?? [])
    if (!items.some((other) => sameItem(other, item))) items.push(item);
  return items;
}

/** Milliseconds a mouse may spend between two items (a gap, an axis) before the tooltip hides. */
const GAP_MS = 120;

/**
 * Whether two items show the same thing: the same element, or elements of one SVG with the same
 * id and tooltip (the squares of a waffle that stand for one figure, a bar and its value label).
 * A second tap on any of them follows the link the first opened.
 */
function sameItem(a: Element, b: Element): boolean {
  if (a === b) return true;
  const id = a.getAttribute('data-id');
  return (
    id !== null &&
    id === b.getAttribute('data-id') &&
    a.closest('svg') === b.closest('svg') &&
    JSON.stringify(tooltipValue(a)) === JSON.stringify(tooltipValue(b))
  );
}

/** Follow a link from a chart, in place or in a new tab. */
function follow(href: string, newTab: boolean): void {
  if (newTab) window.open(href, '_blank', 'noopener');
  else window.location.assign(href);
}

/**
 * Make the `.chart` block `element` interactive (see the module comment). The figures of the
 * block's source view are listed in its `data-figure-ids` (space-separated); any other item id is
 * an indicator's. A figure id `<dataset>/<figure>` is of another report (a comparison chart's): the
 * block's `data-source-root` says where the source views are (`/source/`), and a click opens
 * `/source/<dataset>/#<figure>`. A chart without items (no figures) gets its listeners all the same.
 *
 * @throws WorkreportError `PAGE_INVALID` when the block holds no `<svg>`.
 */
export function chartBlock(element: HTMLElement, options: ChartBlockOptions = {}): ChartBlock {
  if (element.querySelector('svg') === null)
    throw new WorkreportError(runtimeMessage('PAGE_INVALID', 'noVariant', { block: element.dataset.chartBlock ?? '' }));
  const { tooltip = createTooltip(clickHint()), newTab = window.top !== window } = options;
  const sources: Sources = {
    view: element.dataset.sourceView ?? '',
    root: element.dataset.sourceRoot,
    figureIds: new Set((element.dataset.figureIds ?? '').split(' ').filter(Boolean)),
  };

  /** The item under `target`, when it has an id or a tooltip and belongs to this block. */
  const itemAt = (target: EventTarget | null): Element | undefined => {
    const item = target instanceof Element ? target.closest('[data-id], [data-tooltip]') : null;
    return item !== null && element.contains(item) ? item : undefined;
  };
  const hrefOf = (item: Element): string | undefined => itemHref(sources, item.getAttribute('data-id') ?? undefined);
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const hideOwn = (): void => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
    if (tooltip.item instanceof Element && element.contains(tooltip.item)) tooltip.hide();
  };
  /** Show the tooltip of `item`; of the item it shows already when that is the same one (by {@link sameItem}), so it only moves. */
  const show = (event: Point, item: Element): void => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
    const shown = tooltip.item !== undefined && sameItem(tooltip.item, item) ? tooltip.item : item;
    tooltip.show(event, shown, tooltipValue(shown), hrefOf(shown) !== undefined);
  };

  // Only a mouse hovers: a touch or pen pointer leaves the block when lifted, between its tap and the click.
  const onMove = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') return;
    const item = itemAt(event.target);
    if (item !== undefined) show(event, item);
    // Between two items (the gaps of a waffle, a bar and its label) the tooltip waits a moment before it hides.
    else if (hideTimer === undefined && tooltip.item !== undefined) hideTimer = setTimeout(hideOwn, GAP_MS);
  };
  const onLeave = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse') hideOwn();
  };
  // A tap outside the block closes the tooltip a tap opened. (The path, not the target: seen from the
  // document, a block in a shadow root, <workreport-chart>'s, is retargeted to its host.)
  const onOutside = (event: PointerEvent): void => {
    if (!event.composedPath().includes(element)) hideOwn();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') hideOwn();
  };
  // The keyboard: the block is one tab stop; the arrows step through its items, one per figure, in
  // the order they are drawn; Enter follows the item shown.
  let current: Element | undefined;
  const mark = (item: Element | undefined): void => {
    current?.classList.remove(CURRENT_CLASS);
    current = item;
    current?.classList.add(CURRENT_CLASS);
  };
  const onBlockKey = (event: KeyboardEvent): void => {
    const step = STEP_KEYS[event.key];
    if (
      event.key === 'Enter' &&
      current !== undefined &&
      tooltip.item !== undefined &&
      sameItem(tooltip.item, current)
    ) {
      const href = hrefOf(current);
      if (href !== undefined) follow(href, newTab);
      return;
    }
    if (step === undefined) return;
    const items = keyItems(element);
    if (items.length === 0) return;
    event.preventDefault();
    const at = current === undefined ? -1 : items.findIndex((item) => sameItem(item, current as Element));
    const next =
      items[step === 'first' ? 0 : step === 'last' ? items.length - 1 : (at + step + items.length) % items.length];
    if (next === undefined) return;
    mark(next);
    const box = next.getBoundingClientRect();
    show({ clientX: box.right, clientY: box.top + box.height / 2 }, next);
  };
  const onBlur = (): void => {
    mark(undefined);
    hideOwn();
  };
  const onClick = (event: MouseEvent): void => {
    const item = itemAt(event.target);
    if (item === undefined) {
      hideOwn();
      return;
    }
    const href = hrefOf(item);
    if (href !== undefined && tooltip.item !== undefined && sameItem(tooltip.item, item)) follow(href, newTab);
    else show(event, item);
  };

  element.addEventListener('pointermove', onMove);
  element.addEventListener('pointerleave', onLeave);
  element.addEventListener('click', onClick);
  document.addEventListener('pointerdown', onOutside);
  // The tooltip is fixed to the window: a scroll, of the page or of any box around the chart (scroll
  // events do not bubble: caught on the way down), would leave it beside nothing. A tap outside a
  // framed page (the article around an embed) takes the focus from its window. Escape closes it.
  document.addEventListener('scroll', hideOwn, { capture: true, passive: true });
  window.addEventListener('blur', hideOwn);
  document.addEventListener('keydown', onKey);
  element.addEventListener('keydown', onBlockKey);
  element.addEventListener('focusout', onBlur);
  if (!element.hasAttribute('tabindex')) element.tabIndex = 0;
  element.dataset.interactive = '';

  return {
    element,
    destroy() {
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerleave', onLeave);
      element.removeEventListener('click', onClick);
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('scroll', hideOwn, { capture: true });
      window.removeEventListener('blur', hideOwn);
      document.removeEventListener('keydown', onKey);
      element.removeEventListener('keydown', onBlockKey);
      element.removeEventListener('focusout', onBlur);
      mark(undefined);
      delete element.dataset.interactive;
      hideOwn();
    },
  };
}
