/**
 * A tooltip for the items of charts that works under a strict Content-Security-Policy and never
 * parses data as HTML: every text is set with `textContent`, the look comes from chart.css (class
 * `wr-tooltip`), and the position is set through the CSSOM (`element.style.left`), which CSP
 * allows, unlike `style` attributes. Where the browser has popovers, the tooltip is one (`manual`),
 * shown in the top layer: placed against the window even inside an ancestor with a `transform`
 * or `filter` (a host page's wrapper around `<workreport-chart>`), which would otherwise become
 * the box a fixed element is placed in.
 *
 * A value is what vega computes for an item's tooltip channel (src/render/item-svg.ts writes it
 * into the SVG): for Vega-Lite tooltip lists an object `{title: value}`, else a plain value;
 * `null` or `undefined` hides the tooltip.
 */

/** Distance in pixels between the pointer and the tooltip. */
const OFFSET = 12;
/** The least distance in pixels between the tooltip and the window's edges. */
const EDGE = 8;

/** The rows of a tooltip value: `[title, text]` pairs, or one untitled row for a plain value. */
export function tooltipRows(value: unknown): [string, string][] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).map(([title, text]) => [title, cellText(text)]);
  }
  return [['', cellText(value)]];
}

/** A point of the window in CSS pixels, as a pointer event gives it. */
export type Point = Pick<MouseEvent, 'clientX' | 'clientY'>;

/** A tooltip element shared by the charts of a page. */
export interface Tooltip {
  /**
   * Show `value` ({@link tooltipRows}) for `item` beside the point `at` (a pointer event, or the
   * corner of an item a keyboard reached), in CSS pixels of the window, with the hint when
   * `linked` (a click on the item goes somewhere; default true); only move it when it already
   * shows `item`. An empty value hides the tooltip.
   */
  show(at: Point, item: Element, value: unknown, linked?: boolean): void;
  /** The item the tooltip currently shows, or undefined when hidden. */
  readonly item: Element | undefined;
  /** Hide the tooltip. */
  hide(): void;
}

/**
 * The page's tooltip, created on first use and appended to `container` (default: `document.body`;
 * a shadow root's element keeps it under that root's stylesheet). `hint`, when given, is a last
 * line in smaller type, e.g. "click to see it in the report".
 */
export function createTooltip(hint?: string, container?: ParentNode): Tooltip {
  let element: HTMLElement | undefined;
  let shown: Element | undefined;

  const ensure = (): HTMLElement => {
    if (element === undefined) {
      element = document.createElement('div');
      element.className = 'wr-tooltip';
      element.setAttribute('role', 'tooltip');
      // Read out as it changes, for a reader who steps through a chart with the keyboard.
      element.setAttribute('aria-live', 'polite');
      element.hidden = true;
      if (typeof element.showPopover === 'function') element.popover = 'manual';
      (container ?? document.body).append(element);
    }
    return element;
  };

  const hide = (): void => {
    shown = undefined;
    if (element === undefined) return;
    if (element.popover === 'manual' && element.matches(':popover-open')) element.hidePopover();
    element.hidden = true;
  };

  return {
    get item() {
      return shown;
    },
    hide,
    show(event, item, value, linked = true) {
      if (item === shown && element !== undefined) {
        place(element, event);
        return;
      }
      const rows = tooltipRows(value);
      if (rows.length === 0) {
        hide();
        return;
      }
      const tip = ensure();
      const table = document.createElement('table');
      for (const [title, text] of rows) {
        const row = table.insertRow();
        if (title !== '') {
          const key = document.createElement('th');
          key.scope = 'row';
          key.textContent = title;
          row.append(key);
        }
        const cell = row.insertCell();
        cell.textContent = text;
        if (title === '') cell.colSpan = 2;
      }
      const children: Node[] = [table];
      if (hint !== undefined && linked) {
        const line = document.createElement('p');
        line.className = 'wr-tooltip__hint';
        line.textContent = hint;
        children.push(line);
      }
      tip.replaceChildren(...children);
      tip.hidden = false;
      if (tip.popover === 'manual' && !tip.matches(':popover-open')) tip.showPopover();
      shown = item;
      place(tip, event);
    },
  };
}

/** Put `tip` beside the pointer, inside the viewport with a margin of {@link EDGE} pixels. */
function place(tip: HTMLElement, event: Point): void {
  const { innerWidth, innerHeight } = window;
  const { width, height } = tip.getBoundingClientRect();
  let x = event.clientX + OFFSET;
  let y = event.clientY + OFFSET;
  if (x + width > innerWidth - EDGE) x = event.clientX - OFFSET - width;
  if (y + height > innerHeight - EDGE) y = event.clientY - OFFSET - height;
  // Where neither side has room (a phone), as close to the pointer as the window allows.
  x = Math.max(EDGE, Math.min(x, innerWidth - EDGE - width));
  y = Math.max(EDGE, Math.min(y, innerHeight - EDGE - height));
  tip.style.left = `${Math.round(x)}px`;
  tip.style.top = `${Math.round(y)}px`;
}

/** A tooltip cell as text: a number or string as it is, anything else as JSON (never "[object Object]"). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}
