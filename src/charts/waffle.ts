import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { chartKind, DEFINITION_BASE, RefSchema } from './chart-kind.ts';
import { WorkreportError } from '../errors.ts';
import { punctuation } from '../figures/locale.ts';
import { legendDescription } from './aria.ts';
import type { Label } from '../figures/figure.ts';
import type { Chart, Lang } from './chart.ts';
import { ariaText, tooltipFields, type ChartDatum } from './datum.ts';
import { lowerFirst } from './sentences.ts';
import { shareKeyNumber } from './key-number.ts';
import { BELOW_PLOT, frame, sourceFooter, toChart, type FrameParts } from './frame.ts';
import { qualified } from './item.ts';
import { formatNumber, formatQuantity, formatRatio, labelled, singular } from './locale.ts';
import { resolveOptions, type ChartOptions } from './options.ts';
import { resolvePartOfWhole, type PartOfWhole } from './part-whole.ts';
import { FONT_SIZE, PADDING, THEME_COLORS } from './theme.ts';
import { wrapToWidth } from './wrap.ts';
import { message } from '../messages.ts';

/** Options of {@link waffleChart}. */
export interface WaffleOptions extends ChartOptions {
  /**
   * Most squares drawn, an integer from 10 to 10000. A whole that needs more is aggregated: each
   * square then stands for 2, 5, 10, 20, 50 … units (the smallest step that fits), square counts
   * are rounded half-up, and a note saying so is added to the chart. Default: `1000`.
   */
  maxSquares?: number;
}

/** The name of the kind, as alt text opens with it. */
const NAME: Label = { zh: '方格图', en: 'Waffle chart' };

/** Default overall width in pixels. */
const WIDTH = 560;
/** Largest square cell (square plus gap) in pixels, so that a small whole does not draw tiles. */
const MAX_CELL = 24;
/** The gap between squares, as a fraction of a cell. */
const GAP = 0.15;
const DEFAULT_MAX_SQUARES = 1000;
const MAX_SQUARES_RANGE = [10, 10000] as const;

/** Pixels a legend entry's symbol and its gap take before the label. */
const LEGEND_SYMBOL_ROOM = 24;

/** A text of one line as a string, of several as its lines (Vega draws an array a line each). */
const oneOrLines = (lines: string[]): string | string[] => (lines.length === 1 ? (lines[0] ?? '') : lines);

/** A waffle row: a figure and the squares `[from, to)` drawn for it, with its legend entry. */
interface WaffleDatum extends ChartDatum {
  role: 'part' | 'rest';
  from: number;
  to: number;
  legend: string;
}

/** The smallest of 1, 2, 5, 10, 20, 50 … units per square that draws `whole` in at most `max` squares. */
function unitsPerSquare(whole: number, max: number): number {
  for (let scale = 1; ; scale *= 10) {
    for (const step of [1, 2, 5]) if (Math.ceil(whole / (step * scale)) <= max) return step * scale;
  }
}

/** Squares per line: 10 up to 100 squares (count by tens), 20 up to 400, else 40. */
function columnsFor(squares: number): number {
  return squares <= 100 ? 10 : squares <= 400 ? 20 : 40;
}

/** The sentences of a waffle in each language. */
const TEXT: Record<
  Lang,
  {
    /** The note of an aggregated waffle: zh `每格代表5人，格数按四舍五入取整。`. */
    scaleNote: (perSquare: string, unit: string) => string;
    /** What one square stands for, in the alt text: zh `每格代表1户`, en `each square stands for 1 household`. */
    each: (perSquare: number, written: string, unit: string) => string;
    description: (
      kind: string,
      title: string,
      unit: string,
      squares: { whole: number; part: number; each: string },
      part: ChartDatum,
      whole: ChartDatum,
      share: string,
      rest: string,
    ) => string;
  }
> = {
  zh: {
    scaleNote: (perSquare, unit) => `每格代表${perSquare}${unit}，格数按四舍五入取整。`,
    each: (_perSquare, written, unit) => `每格代表${written}${unit}`,
    description: (kind, title, unit, squares, part, whole, share, rest) =>
      `${kind}：${title}，单位：${unit}；共${squares.whole}格，${squares.each}；${part.label}为${part.display}（${squares.part}格），` +
      `占${whole.label}（${whole.display}）的${share}；${labelled('rest', 'zh')}${rest}。`,
  },
  en: {
    scaleNote: (perSquare, unit) =>
      `Each square stands for ${perSquare} ${unit}; square counts are rounded to whole squares.`,
    each: (perSquare, written, unit) => `each square stands for ${written} ${perSquare === 1 ? singular(unit) : unit}`,
    description: (kind, title, unit, squares, part, whole, share, rest) =>
      `${kind}: ${title}. Unit: ${unit}. ${squares.whole} squares, ${squares.each}. ${part.label}: ${part.display} (${squares.part} squares), ` +
      `${share} of ${lowerFirst(whole.label)} (${whole.display}); rest: ${rest}.`,
  },
};

/**
 * A waffle (unit chart) of a part of a whole, e.g. Yangshahu 2019: 812 建档立卡贫困户 as 812
 * squares, the 665 已脱贫 filled in the accent colour, the other 147 in the track grey.
 *
 * Squares fill lines of 10, 20 or 40 from the top left; the legend, titled with the whole
 * (`建档立卡贫困户：812户`), names the part with its value and share (`已脱贫户：665户（81.9%）`) and
 * the rest (`其余：147户（18.1%）`, computed as whole − part, 约 when a figure is not exact). A whole
 * over `maxSquares` is aggregated (see {@link WaffleOptions.maxSquares}) and the description and
 * notes say how many units a square stands for. With `input.share` (the ratio indicator of the two figures) its value and qualifier
 * are printed. Tooltips on the squares show the figure (part, or the whole for the rest squares)
 * with value, qualifier and quote; screen readers get the description and the legend, not 812
 * squares. The inline data is two rows (`spec.data.values`: part, then whole as `rest`); the
 * squares are generated by Vega transforms. Inputs are not modified.
 *
 * Throws `CHART_MIXED_UNITS` when part and whole differ in unit; `OPTION_INVALID` when `whole`
 * is not positive, `part` is negative or exceeds `whole`, for a share indicator of other figures,
 * a `maxSquares` outside 10–10000 or bad options; `CHART_NO_VALUE` for a share indicator without
 * a value.
 */
export function waffleChart(input: PartOfWhole, options: WaffleOptions): Chart {
  const opts = resolveOptions('waffleChart', options, ['maxSquares'], WIDTH);
  const { maxSquares = DEFAULT_MAX_SQUARES } = options;
  if (!Number.isInteger(maxSquares) || maxSquares < MAX_SQUARES_RANGE[0] || maxSquares > MAX_SQUARES_RANGE[1]) {
    const [min, max] = MAX_SQUARES_RANGE;
    const params = { fn: 'waffleChart', option: 'maxSquares', min, max, value: maxSquares };
    throw new WorkreportError(message('OPTION_INVALID', 'integerRange', params), { input: maxSquares });
  }
  const { lang } = opts;
  const colors = THEME_COLORS[opts.theme];
  const { unit, unitText, part, whole, share, exact, ...resolved } = resolvePartOfWhole('waffleChart', input, lang);

  const perSquare = unitsPerSquare(whole.value, maxSquares);
  const wholeSquares = Math.max(1, Math.round(whole.value / perSquare));
  const partSquares = Math.min(wholeSquares, Math.round(part.value / perSquare));
  const counted = unit === 'count' ? unitText : undefined;
  const restValue = whole.value - part.value;
  const rest = formatQuantity(
    { value: restValue, unit, qualifier: exact ? 'exact' : 'approx' },
    lang,
    counted ? { counted } : {},
  );
  const restShare = qualified(formatRatio(restValue / whole.value), exact ? 'exact' : 'approx', lang);
  const { aside } = punctuation(lang);
  const legendTitle = ariaText(whole.label, whole.display, lang);
  const partLegend = aside(ariaText(part.label, part.display, lang), share);
  const restLegend = aside(labelled('rest', lang) + rest, restShare);
  const plotWidth = opts.width - 2 * PADDING;
  // The legend wraps, never cuts: its entries are the chart's numbers. An entry's lines are kept
  // in its text with line breaks, which the legend splits (`labelExpr`), so no user text enters an expression.
  const legendText = (text: string): string =>
    wrapToWidth(text, plotWidth - LEGEND_SYMBOL_ROOM, FONT_SIZE.label).join('\n');
  const [partEntry, restEntry] = [legendText(partLegend), legendText(restLegend)];
  const rows: WaffleDatum[] = [
    { ...part, role: 'part', from: 0, to: partSquares, legend: partEntry },
    { ...whole, role: 'rest', from: partSquares, to: wholeSquares, legend: restEntry },
  ];

  const notes =
    perSquare === 1 ? opts.notes : [...opts.notes, TEXT[lang].scaleNote(formatNumber(perSquare, lang), unitText)];
  const title = opts.title ?? resolved.title;
  const unitWord = unitText || unit;
  const t = TEXT[lang];
  const each = t.each(perSquare, formatNumber(perSquare, lang), unitWord);
  const squares = { whole: wholeSquares, part: partSquares, each };
  const description = t.description(NAME[lang], title, unitWord, squares, part, whole, share, rest);
  const parts: FrameParts = {
    kind: 'waffle',
    options: { ...opts, notes },
    title,
    description,
    figureIds: [part.id, whole.id],
  };
  if (resolved.indicatorId !== undefined) parts.indicatorIds = [resolved.indicatorId];

  const columns = Math.min(columnsFor(wholeSquares), wholeSquares);
  const cell = Math.min(MAX_CELL, plotWidth / columns);
  const lines = Math.ceil(wholeSquares / columns);
  const spec: TopLevelSpec = {
    ...frame(parts),
    height: Math.round(lines * cell),
    data: { values: rows },
    layer: [
      {
        transform: [
          { calculate: 'sequence(datum.from, datum.to)', as: 'square' },
          { flatten: ['square'] },
          { calculate: `datum.square % ${columns}`, as: 'column' },
          { calculate: `floor(datum.square / ${columns})`, as: 'line' },
          { calculate: `datum.column + ${1 - GAP}`, as: 'columnEnd' },
          { calculate: `datum.line + ${1 - GAP}`, as: 'lineEnd' },
        ],
        mark: { type: 'rect', aria: false },
        encoding: {
          x: {
            field: 'column',
            type: 'quantitative',
            scale: { domain: [0, plotWidth / cell], nice: false, zero: false },
            axis: null,
          },
          x2: { field: 'columnEnd' },
          y: {
            field: 'line',
            type: 'quantitative',
            scale: { domain: [0, lines], nice: false, reverse: true },
            axis: null,
          },
          y2: { field: 'lineEnd' },
          color: {
            field: 'legend',
            type: 'nominal',
            scale: { domain: [partEntry, restEntry], range: [colors.palette[0], colors.track] },
            legend: {
              title: oneOrLines(wrapToWidth(legendTitle, plotWidth, FONT_SIZE.panelTitle, { bold: true })),
              titleFontSize: FONT_SIZE.panelTitle,
              titleFontWeight: 'bold',
              titlePadding: 8,
              titleLimit: plotWidth,
              direction: 'vertical',
              labelExpr: "split(datum.label, '\\n')",
              labelLimit: plotWidth,
              description: legendDescription([legendTitle, partLegend, restLegend], lang),
            },
          },
          tooltip: tooltipFields(lang),
        },
      },
      sourceFooter(parts, { left: 0, below: BELOW_PLOT }),
    ],
  };
  return toChart(parts, spec, rows, shareKeyNumber(part, whole, lang));
}

/** The waffle kind in the registry: a definition names a part and its whole. */
export const WAFFLE_KIND = chartKind({
  schema: z.object({ ...DEFINITION_BASE, kind: z.literal('waffle'), part: RefSchema, whole: RefSchema }).strict(),
  build: waffleChart,
  fromDefinition: (d, options, pick) =>
    waffleChart({ part: pick.figure(d.part), whole: pick.figure(d.whole) }, options),
  refs: (d) => [d.part, d.whole],
});
