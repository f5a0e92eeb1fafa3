import * as vega from 'vega';

/**
 * SVG whose items say what they show, so a page can make a pre-rendered chart interactive with
 * a few lines of script and no vega (src/embed/chart-block.ts). Every item a chart draws (a bar,
 * a point, a value label; not a group or its background, nor a line or area, whose one item
 * draws many data) gets, when it has them:
 * - `data-id`: its datum's `id`, the figure or indicator it plots (src/charts/datum.ts);
 * - `data-tooltip`: its tooltip as JSON, as vega computed it for the tooltip channel: for a
 *   Vega-Lite tooltip list an object `{title: text}`, else a plain value (src/embed/tooltip.ts
 *   reads both). Written once per id and tooltip: an item whose tooltip is the one an earlier
 *   item of the same id carries has none of its own (a bar's value label, the 400 squares of a
 *   waffle), and a page takes the first one of its id (an SVG of 400 squares would otherwise be
 *   2.5 times as large).
 * Values are written through vega's own markup, which escapes them as attribute text: a label
 * holding `"><script>` stays text.
 *
 * Installed once by {@link installItemSvg} as the headless renderer of vega's `svg` module, which
 * `view.toSVG()` uses; the SVG is otherwise vega's, byte for byte.
 */

/** The part of vega's headless SVG renderer this extends (vega-scenegraph's `SVGStringRenderer`). */
interface SvgStringRenderer {
  attr(scene: unknown, item: SceneItem, attrs: unknown, tag: string | null): Record<string, unknown>;
}

/** What this reads of a scenegraph item. */
interface SceneItem {
  datum?: { id?: unknown };
  tooltip?: unknown;
}

type SvgStringRendererClass = new (...args: unknown[]) => SvgStringRenderer;

/** The tags vega renders for a group's background and foreground, which are not items of their own. */
const GROUP_PARTS = new Set(['bgrect', 'bgfore']);

/** Marks whose one item draws many data (a whole line): its datum is only the first of them. */
const MULTI_DATUM_MARKS = new Set(['line', 'area', 'trail']);

/** `value` as the text of a `data-tooltip` attribute: JSON, or the value as a string when JSON cannot hold it. */
function tooltipText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

let installed = false;

/** Make vega's `svg` module render item attributes (see the module comment), once per process. */
export function installItemSvg(): void {
  if (installed) return;
  installed = true;
  // Called with one argument, renderModule returns the module (its typings know only the setter).
  const module = (vega.renderModule as unknown as (name: string) => object)('svg');
  const Base = (vega as unknown as { SVGStringRenderer: SvgStringRendererClass }).SVGStringRenderer;
  class ItemSvgRenderer extends Base {
    /** The first tooltip written for each id in this render (vega makes a renderer per SVG). */
    readonly #tooltips = new Map<string, string>();

    override attr(scene: unknown, item: SceneItem, attrs: unknown, tag: string | null): Record<string, unknown> {
      const object = super.attr(scene, item, attrs, tag);
      if (tag === null || GROUP_PARTS.has(tag)) return object;
      if (MULTI_DATUM_MARKS.has((scene as { marktype?: string } | null)?.marktype ?? '')) return object;
      const datumId = item.datum?.id;
      const id = typeof datumId === 'string' && datumId !== '' ? datumId : undefined;
      if (id !== undefined) object['data-id'] = id;
      if (item.tooltip === undefined || item.tooltip === null) return object;
      const text = tooltipText(item.tooltip);
      if (id === undefined || this.#tooltips.get(id) !== text) object['data-tooltip'] = text;
      if (id !== undefined && !this.#tooltips.has(id)) this.#tooltips.set(id, text);
      return object;
    }
  }
  vega.renderModule('svg', { ...module, headless: ItemSvgRenderer } as never);
}
