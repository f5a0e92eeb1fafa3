import { FONT_SIZE, PADDING } from './theme.ts';
import { emWidth } from './wrap.ts';

/**
 * Room for the value labels drawn right of bars and dots. Vega lays a `fit-x` view out by its
 * axes, not by text marks, so a label at the end of the longest bar runs past the plot and is
 * cut at the edge of the SVG. Builders extend the value domain instead, estimating drawn text
 * widths: 1 em per CJK character, 0.65 em otherwise (Noto Sans CJK SC draws digits at 0.55 em and
 * Latin text narrower than 0.65 em on average, in Chromium and in the Node renderer alike).
 * All sizes in pixels.
 */

/** Width in em of a character that is not full-width, an upper bound for Noto Sans CJK SC text. */
const NARROW_EM = 0.65;

/** Vega-Lite's default axis `labelLimit`, which bar charts keep. */
export const DEFAULT_LABEL_LIMIT = 180;
/** The theme's `axisY.labelPadding`: gap between category labels and the plot. */
export const LABEL_PADDING = 6;

/**
 * Widest category label of a dot plot or dumbbell `width` pixels wide: 45 % of the inner width
 * (241 px at 560), so long English labels keep more than Vega's default 180 px; longer ones end in
 * `…` (the tooltip and the screen-reader label keep them whole).
 */
export function categoryLabelLimit(width: number): number {
  return Math.round(0.45 * (width - 2 * PADDING));
}

/** Pixels `text` takes at `fontSize` at most. */
export function textPixels(text: string, fontSize: number): number {
  return emWidth(text, NARROW_EM) * fontSize;
}

/**
 * Estimated plot width of a `fit-x` chart `width` pixels wide with a category axis on the left:
 * the inner width less the widest label (at most `labelLimit`) and its padding.
 */
export function plotWidthFor(width: number, labels: readonly string[], labelLimit: number): number {
  const widest = Math.max(0, ...labels.map((label) => textPixels(label, FONT_SIZE.label)));
  return width - 2 * PADDING - Math.min(labelLimit, widest) - LABEL_PADDING;
}

/**
 * `x > 0` rounded up to 3 significant digits, without float noise in the result (571348.94 →
 * 572000, 34.2809 → 34.3), so that specs carry short numbers.
 */
function ceilSignificant(x: number): number {
  const exponent = Math.floor(Math.log10(x)) - 2;
  return exponent >= 0 ? Math.ceil(x / 10 ** exponent) * 10 ** exponent : Math.ceil(x * 10 ** -exponent) / 10 ** -exponent;
}

/**
 * The value-domain end that keeps every label `text` (drawn `gap` pixels right of its `value`)
 * inside a plot `plotWidth` pixels wide, `value / end · plotWidth + gap + text ≤ plotWidth`,
 * rounded up to 3 significant digits. At least the largest value; 1 when every value is 0 or
 * negative. A label wider than the plot gets a bar of at most 1 px.
 */
export function labelledDomainEnd(rows: readonly { value: number; text: string }[], plotWidth: number, gap: number): number {
  const ends = rows.map(({ value, text }) => (value * plotWidth) / Math.max(1, plotWidth - gap - textPixels(text, FONT_SIZE.dataLabel)));
  const end = Math.max(...ends, ...rows.map((r) => r.value));
  return end > 0 ? ceilSignificant(end) : 1;
}
