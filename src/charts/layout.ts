/** A Vega-Lite expression reference. */
type ExprRef = { expr: string };
import { formatTick, tickMagnitude } from './locale.ts';
import { FONT_SIZE, PADDING } from './theme.ts';
import { NUMBER_FORMAT_TYPE } from './vega-format.ts';
import { textWidth } from './text-width.ts';
import { wrapToWidth } from './wrap.ts';

/**
 * How charts with a category axis and value labels share their width, in pixels (issue 14):
 * category labels wrap to a column of at most a share of the chart; the value axis runs over the
 * data only (zero to the largest value, or the smallest to zero, on a nice tick step), and the
 * room the value labels need beside the bar ends is taken from the axis's pixel range, never
 * added to its data domain, so a wide label at a narrow width shortens the axis instead of
 * stretching it to 100 times the data. Widths are those of the chart font (text-width.ts).
 */

/** The theme's `axisY.labelPadding`: gap between category labels and the plot. */
export const LABEL_PADDING = 6;
/** Line height of wrapped labels (12 px text). */
export const LABEL_LINE_HEIGHT = 14;
/** Most lines a category label wraps to before it is cut with `…`. */
const MAX_LABEL_LINES = 3;
/** Share of the inner width the category labels may take: more on wide charts, where long English labels then fit on one line. */
const CATEGORY_SHARE = { narrow: 0.36, wide: 0.42 } as const;
/** Inner width from which a chart counts as wide. */
const WIDE_FROM = 480;
/** Most of the plot the value labels beside the bars may take together; the axis keeps the rest. */
const MAX_LABEL_SHARE = 0.45;
/** About as many ticks as the domain's nice step gives. */
const FINE_TICKS = 6;
/** Pixels between tick labels, beyond the widest. */
const TICK_GAP = 18;
/** Vega draws text a little wider than the table in some fonts: limits get this much slack. */
const SLACK = 1.03;

/** Pixels `text` takes at `fontSize` in the chart font. */
export function textPixels(text: string, fontSize: number): number {
  return textWidth(text, fontSize);
}

/** A category axis whose labels wrap: each label's lines, and the axis properties that draw them. */
export interface CategoryColumn {
  /** Width in pixels of the label column (the widest line). */
  width: number;
  /** Most lines a label has. */
  lines: number;
  /** Vega-Lite axis properties: `labelLimit`, `labelLineHeight` and, when a label wraps, a `labelExpr` giving its lines. */
  axis: { labelLimit: number; labelLineHeight: number; labelExpr?: string };
}

/**
 * The label column of a category axis of `labels` in a chart `width` pixels wide: labels that fit
 * in {@link CATEGORY_SHARE} of the inner width stay on one line; longer ones wrap (words in
 * English, characters in Chinese) to at most three lines, cut with `…` only past that.
 */
export function categoryColumn(labels: readonly string[], width: number): CategoryColumn {
  const inner = width - 2 * PADDING;
  const share = inner >= WIDE_FROM ? CATEGORY_SHARE.wide : CATEGORY_SHARE.narrow;
  const room = Math.floor(share * inner);
  const wrapped = labels.map((label) => wrapToWidth(label, room, FONT_SIZE.label, { maxLines: MAX_LABEL_LINES }));
  const widest = Math.max(0, ...wrapped.flatMap((lines) => lines.map((line) => textPixels(line, FONT_SIZE.label))));
  const column = Math.ceil(widest);
  const axis: CategoryColumn['axis'] = {
    labelLimit: Math.ceil(column * SLACK) + 2,
    labelLineHeight: LABEL_LINE_HEIGHT,
  };
  if (wrapped.some((lines) => lines.length > 1)) {
    const table = wrapped.map((lines) => `[${lines.map((l) => JSON.stringify(l)).join(',')}]`);
    axis.labelExpr = `[${table.join(',')}][indexof([${labels.map((l) => JSON.stringify(l)).join(',')}], datum.value)] || datum.value`;
  }
  return { width: column, lines: Math.max(1, ...wrapped.map((l) => l.length)), axis };
}

/** The plot width of a `fit-x` chart `width` pixels wide whose category column is `column` pixels wide. */
export function plotWidthBeside(width: number, column: number): number {
  return width - 2 * PADDING - column - LABEL_PADDING;
}

/** A value to place on the axis, with the label drawn beside its mark. */
export interface ValueLabel {
  value: number;
  /** The label, or its lines; each line wrapped when it would take more than the labels' share of the plot. */
  text: string | readonly string[];
  /** Where the label sits: right of the mark (default for values ≥ 0) or left of it (default below 0). */
  side?: 'left' | 'right';
}

/** A quantitative x scale and axis that keep the labels beside the marks inside the plot. */
export interface ValueScale {
  scale: { domain: [number, number]; nice: false; zero: false; range: [number, ExprRef] };
  /** The tick values, on the nice step of the domain, as many as fit. */
  ticks: number[];
  /** The domain end farthest from zero, by absolute value (ticks take their magnitude from it). */
  max: number;
  /** Pixels kept free for labels left and right of the axis. */
  left: number;
  right: number;
  /** Each label's lines, in the order given. */
  lines: string[][];
}

/** A tick step of d3's kind (1, 2 or 5 × 10^k) giving about `count` ticks over `span`. */
function tickStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/** `x` without float noise (0.30000000000000004 → 0.3). */
const clean = (x: number): number => Number(x.toPrecision(12));

/** `[lo, hi]` extended to multiples of the tick step for about `count` ticks. */
function niceDomain(lo: number, hi: number, count: number): [number, number] {
  const step = tickStep(hi - lo, count);
  return [clean(Math.floor(lo / step) * step), clean(Math.ceil(hi / step) * step)];
}

/** Options of {@link valueScale}. */
export interface ValueScaleOptions {
  /** Values that must be on the axis too (e.g. stated changes drawn as ticks). */
  extra?: readonly number[];
  /** The share of the plot the labels may take together (default 0.45); a chart whose labels are its content takes more. */
  labelShare?: number;
}

/**
 * The x scale of a chart whose marks carry labels beside them, in a plot `plot` pixels wide:
 * domain from the smaller of 0 and the least value to the larger of 0 and the greatest, on a nice
 * step (an all-negative chart ends at 0, never at 1); pixel range shortened on the right by the
 * room the right-hand labels need past their marks and on the left by what the left-hand labels
 * need (`gap` pixels between a mark and its label). Labels together take at most
 * `labelShare` of the plot; a longer one wraps onto more lines, never cut. `tickFormat` gives
 * a tick's text, to fit the tick count to the axis.
 */
export function valueScale(
  labels: readonly ValueLabel[],
  plot: number,
  gap: number,
  tickFormat: (value: number, max: number) => string,
  { extra = [], labelShare = MAX_LABEL_SHARE }: ValueScaleOptions = {},
): ValueScale {
  const values = [...labels.map((l) => l.value), ...extra];
  const lo0 = Math.min(0, ...values);
  const hi0 = Math.max(0, ...values);
  const [min, max] = lo0 === hi0 ? [0, 1] : [lo0, hi0];
  const room = labelShare * plot - gap;
  // Value labels wrap as far as they need, never cut: the value is what the chart is for.
  const lines = labels.map((l) =>
    (typeof l.text === 'string' ? [l.text] : l.text).flatMap((line) => wrapToWidth(line, room, FONT_SIZE.dataLabel)),
  );
  const widths = lines.map((ls) => Math.max(0, ...ls.map((line) => textPixels(line, FONT_SIZE.dataLabel))) * SLACK);
  // Pixels left and right of the axis that keep every label inside the plot, for a domain.
  const rooms = (domain: [number, number]): [number, number] => {
    let [left, right] = [0, 0];
    for (let pass = 0; pass < 3; pass++) {
      labels.forEach((l, i) => {
        const w = (widths[i] ?? 0) + gap;
        const f = (l.value - domain[0]) / (domain[1] - domain[0]);
        const side = l.side ?? (l.value < 0 ? 'left' : 'right');
        // Right: left + f·(plot − left − right) + w ≤ plot; left: left + f·(plot − left − right) − w ≥ 0.
        if (side === 'right') right = Math.max(right, f > 0 ? plot - left - (plot - left - w) / f : w - (plot - left));
        else left = Math.max(left, f < 1 ? (w - f * (plot - right)) / (1 - f) : w - (plot - right));
      });
    }
    const cap = labelShare * plot;
    return left + right > cap ? [(left * cap) / (left + right), (right * cap) / (left + right)] : [left, right];
  };
  // The domain ends on a fine nice step (so the longest bar fills most of the axis); the ticks are
  // the multiples of the finest step whose labels fit side by side on the axis between the rooms.
  const domain = niceDomain(min, max, FINE_TICKS);
  const [left, right] = rooms(domain);
  const magnitudeMax = Math.max(Math.abs(domain[0]), Math.abs(domain[1]));
  const ticksAt = (step: number): number[] => {
    const first = Math.ceil(clean(domain[0] / step));
    const last = Math.floor(clean(domain[1] / step));
    return Array.from({ length: last - first + 1 }, (_, i) => clean((first + i) * step));
  };
  let ticks = ticksAt(tickStep(max - min, 1));
  for (let count = FINE_TICKS; count > 1; count--) {
    const candidate = ticksAt(tickStep(max - min, count));
    const widest =
      Math.max(...candidate.map((v) => textPixels(tickFormat(v, magnitudeMax), FONT_SIZE.label))) + TICK_GAP;
    if (candidate.length * widest <= plot - left - right) {
      ticks = candidate;
      break;
    }
  }
  return {
    scale: { domain, nice: false, zero: false, range: [Math.ceil(left), { expr: `width - ${Math.ceil(right)}` }] },
    ticks,
    max: magnitudeMax,
    left: Math.ceil(left),
    right: Math.ceil(right),
    lines,
  };
}

/**
 * The axis properties that print ticks compactly (`2万`; `20K`, `1.5M` on an English axis
 * reaching `max` ten thousand) at the tick `values` (layout decided, so Node and the browser draw
 * the same ticks), or about `values` ticks when a number.
 */
export function tickAxis(
  lang: 'zh' | 'en',
  values: number[] | number,
  max: number,
): { format: string; formatType: string; values?: number[]; tickCount?: number } {
  const magnitude = tickMagnitude(max, lang);
  const format = magnitude === undefined ? lang : `${lang}-${magnitude}`;
  return typeof values === 'number'
    ? { format, formatType: NUMBER_FORMAT_TYPE, tickCount: values }
    : { format, formatType: NUMBER_FORMAT_TYPE, values };
}

/** A chart with a wrapped category axis beside a labelled value axis: both laid out in `width`. */
export interface LabelledRows {
  column: CategoryColumn;
  value: ValueScale;
  /** Height of one category's row: at least `minStep`, taller for wrapped labels. */
  step: number;
}

/**
 * Lay out rows of `categories` with value `labels` (`gap` pixels from their marks) in a chart
 * `width` pixels wide: the category column, then the value scale in the plot left beside it.
 * `options` as {@link valueScale}'s.
 */
export function labelledRows(
  categories: readonly string[],
  labels: readonly ValueLabel[],
  width: number,
  gap: number,
  lang: 'zh' | 'en',
  minStep: number,
  options: ValueScaleOptions = {},
): LabelledRows {
  const column = categoryColumn(categories, width);
  const value = valueScale(
    labels,
    plotWidthBeside(width, column.width),
    gap,
    (v, max) => formatTick(v, lang, tickMagnitude(max, lang)),
    options,
  );
  const valueLines = Math.max(1, ...value.lines.map((l) => l.length));
  const step = Math.max(minStep, Math.max(column.lines, valueLines) * LABEL_LINE_HEIGHT + 10);
  return { column, value, step };
}
