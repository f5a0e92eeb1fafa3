import * as vega from 'vega';
import { textWidth } from '../charts/text-width.ts';

export { textWidth };

/** Vega's default font size in pixels when an item sets none (vega-scenegraph `fontSize`). */
const VEGA_DEFAULT_FONT_SIZE = 11;

/**
 * A text width measure for Vega in Node, where there is no canvas to measure with.
 *
 * Vega then estimates every character at 0.8 em, which is ~20 % short for Chinese: long labels
 * overflow `labelLimit`, are not truncated, and get clipped in SVG and PNG. This measure knows the
 * font every chart uses (Noto Sans CJK SC, see src/charts/theme.ts), so Node lays text out as
 * Chromium does with that font:
 * - printable ASCII: the font's own advance widths, regular or bold;
 * - full-width characters (汉字, kana, ，。：（）《》, full-width forms) and the punctuation and
 *   symbols the SC face draws full width (“” ‘’ … · × ※ ① → ■): 1 em;
 * - anything else (accented Latin, Greek, dashes): 0.6 em, about an average Latin letter.
 *
 * Measured against Chromium 156 canvas `measureText` with the same font: equal for Chinese, within
 * 1 % for Latin (Chromium kerns Latin pairs). One deliberate difference: Chromium (since 123,
 * `text-spacing-trim`) narrows adjacent CJK punctuation such as ：《 or 》， by 0.5 em per pair,
 * resvg does not. This measure follows resvg, so a truncated label never overflows its limit in
 * the PNG; in a browser such a label may keep one character fewer than Chromium would.
 */

/** The properties of a Vega text item (scenegraph node) that the measure reads. */
export interface TextItem {
  /** Font size in pixels; Vega's default 11 when null or undefined, 0 when not a number. */
  fontSize?: number | string | null;
  fontWeight?: string | number | null;
  /** Maximum width in pixels (`limit`, Vega-Lite `labelLimit`); 0 or unset means none. */
  limit?: number | null;
}

/**
 * Vega's `textMetrics.width` contract: width in pixels of `text` (any value, stringified and
 * trimmed as Vega does) as drawn by `item`, **clamped to `item.limit`** when the item has one.
 *
 * Vega calls the same function from its truncation (a binary search for the longest prefix that
 * fits `limit` minus the ellipsis, comparing with `<`) and from text bounds; clamping keeps every
 * comparison of the search exact while the width of an over-long text never exceeds the limit it
 * will be truncated to. The function must not truncate itself: Vega would then never see a text
 * as too long.
 */
export function measureTextItem(item: TextItem, text: unknown): number {
  const size = item.fontSize == null ? VEGA_DEFAULT_FONT_SIZE : Number(item.fontSize) || 0;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- Vega measures whatever it draws as String(text) does
  const line = text == null ? '' : String(text).trim();
  if (size <= 0 || line === '') return 0;
  const width = textWidth(line, size, item.fontWeight);
  const limit = Number(item.limit);
  return limit > 0 ? Math.min(width, limit) : width;
}

/** vega-scenegraph's `textMetrics` object, re-exported by `vega` but missing from its typings. */
interface VegaTextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

/**
 * Make Vega measure text with {@link measureTextItem} (Node only: in a browser Vega measures
 * with a canvas and must be left alone). Idempotent: installing again changes nothing.
 */
export function installTextMetrics(): void {
  const metrics = (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics;
  if (metrics.width !== measureTextItem) metrics.width = measureTextItem;
}
