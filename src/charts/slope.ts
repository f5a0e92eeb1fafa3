import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { chartKind, DEFINITION_BASE, yearRows, YearRowSchema } from './chart-kind.ts';
import { WorkreportError } from '../errors.ts';
import { punctuation } from '../figures/locale.ts';
import type { ComparisonRow } from '../compare/comparison.ts';
import { computedChange } from '../compare/growth.ts';
import { rational } from '../compare/rational.ts';
import { categoryAxisDescription, markRole } from './aria.ts';
import type { Chart } from './chart.ts';
import { ariaText, assertDistinct } from './datum.ts';
import { assertRowsUnit, changeText, rowFigureIds, rowLabel, valueText, yearText } from './compare-rows.ts';
import { firstRow } from './key-number.ts';
import { BELOW_PLOT, frame, sourceFooter, toChart, type FrameParts } from './frame.ts';
import { chartText } from './sentences.ts';
import { WORDS } from './locale.ts';
import { resolveOptions, type ChartOptions } from './options.ts';
import { THEME_COLORS } from './theme.ts';
import { textPixels } from './layout.ts';
import { wrapText, wrapToWidth } from './wrap.ts';
import { FONT_SIZE, PADDING } from './theme.ts';
import { message } from '../messages.ts';

/** Options of {@link slopeChart}. */
export interface SlopeOptions extends ChartOptions {
  /** The two years joined. Default: the first and last year that every row has a value for. */
  years?: [from: number, to: number];
}

/** Default overall width and plot height in pixels. */
const WIDTH = 560;
const HEIGHT = 320;
/** Gap in pixels between a dot and its label. */
const LABEL_GAP = 8;
/** The shares of the plot's width the left labels (values) and the right labels (names, values, changes) may take. */
const LEFT_SHARE = 0.35;
const RIGHT_SHARE = 0.5;
/** Height in pixels of one line of a data label. */
const LINE_HEIGHT = 15;
const NAME = { zh: '斜率图', en: 'Slope chart' } as const;

/** One end of one row as the chart draws it. */
interface SlopeDatum {
  /** The figure drawn, `<dataset>/<figure>` (compare-rows.ts `rowFigureIds`): a click opens it in its report. */
  id: string;
  row: string;
  year: string;
  side: 'left' | 'right';
  value: number;
  display: string;
  /** The left label: the first value (`1102.5亿元`); the right: the row's name, then value and change (`地区生产总值`, `1200亿元 +8.8%`). */
  label: string[];
  /** Where the top of the label is drawn, in data units: around the value, moved just enough that labels do not overlap. */
  labelAt: number;
  quote: string;
  direction: string;
  aria: string;
}

/**
 * Move the labels of one side apart, in place, so that no two overlap: in the plot's pixel space
 * (`HEIGHT` tall, `low`…`high` on the value axis) each label needs its lines' height, and a label
 * pushed into the one above it moves down (then the whole run is moved back up if it left the plot).
 * Each block is centred on its dot; `labelAt` is the value at the block's top.
 * @returns how far in pixels the top block reaches above the plot.
 */
function dodge(side: SlopeDatum[], low: number, high: number): number {
  const span = high - low || 1;
  const toPixel = (value: number): number => HEIGHT - ((value - low) / span) * HEIGHT;
  const placed = side
    .map((d) => ({ d, y: toPixel(d.labelAt), h: d.label.length * LINE_HEIGHT }))
    .sort((a, b) => a.y - b.y);
  for (let i = 1; i < placed.length; i++) {
    const [above, here] = [placed[i - 1], placed[i]];
    if (above === undefined || here === undefined) continue;
    const least = above.y + (above.h + here.h) / 2;
    if (here.y < least) here.y = least;
  }
  const last = placed.at(-1);
  const overflow = last === undefined ? 0 : Math.max(0, last.y + last.h / 2 - HEIGHT - LINE_HEIGHT);
  // Labels are drawn from their top line down (baseline top), so store where each block starts.
  for (const p of placed) p.d.labelAt = low + ((HEIGHT - (p.y - overflow - p.h / 2)) / HEIGHT) * span;
  const first = placed[0];
  return first === undefined ? 0 : Math.max(0, -(first.y - overflow - first.h / 2));
}

/** The years every row has, in order. */
function commonYears(rows: readonly ComparisonRow[]): number[] {
  const [first, ...rest] = rows.map((r) => new Set(r.values.map((v) => v.year)));
  return [...(first ?? [])].filter((y) => rest.every((s) => s.has(y))).sort((a, b) => a - b);
}

/**
 * A slope chart of indicators between two years of a comparison (`compareDatasets` rows sharing
 * one unit): each row a line from its value in the first year (left, labelled with the row's
 * name and value) to its value in the second (right, labelled with the value and the computed
 * change, `1200亿元 +8.8%`), blue when it rises and vermillion when it falls. E.g. 武昌区 2017 → 2018:
 * 地方一般公共预算收入 128.42亿元 → 138.7亿元. Units are never mixed on the axis (money beside
 * households throws). The description lists every row's two values and change.
 *
 * @throws WorkreportError `CHART_EMPTY` when no row has both years; `CHART_MIXED_UNITS`;
 *   `OPTION_INVALID` for bad options or two rows with one label
 */
export function slopeChart(rows: readonly ComparisonRow[], options: SlopeOptions): Chart {
  const opts = resolveOptions('slopeChart', options, ['years'], WIDTH);
  const { lang } = opts;
  const colors = THEME_COLORS[opts.theme];
  const common = commonYears(rows);
  const [from, to] = options.years ?? [common[0], common.at(-1)];
  const pairs = rows.flatMap((row) => {
    const a = row.values.find((v) => v.year === from);
    const b = row.values.find((v) => v.year === to);
    return a !== undefined && b !== undefined && from !== to ? [{ row, a, b }] : [];
  });
  if (from === undefined || to === undefined || pairs.length === 0) {
    throw new WorkreportError(message('CHART_EMPTY', 'noYearPair', { fn: 'slopeChart', from, to }), {
      input: options.years,
    });
  }
  const unit = assertRowsUnit(
    pairs.map((p) => p.row),
    lang,
    'slopeChart',
  );
  const named = pairs.map((p) => ({ ...p, id: p.row.key, label: rowLabel(p.row, lang) }));
  assertDistinct('slopeChart', 'row label', named);
  const measure = pairs[0]?.row.unit === 'percent' ? 'percentage-points' : 'percent';
  const [fromYear, toYear] = [yearText(from, lang), yearText(to, lang)];
  // The two years sit where the labels beside them fit, inside the plot (the chart's width less its
  // padding, as autosize fit-x lays it out), so the title block above wraps at the chart's full width.
  // A label wider than its side's share wraps (between words in en, characters in zh): one that
  // reached past the plot's left edge would shift the whole chart right, out of its frame.
  const plotWidth = opts.width - 2 * PADDING;
  const wrapped = (text: string, share: number): string[] =>
    wrapToWidth(text, plotWidth * share - LABEL_GAP, FONT_SIZE.dataLabel);
  const nameEm = (plotWidth * 0.5 - LABEL_GAP) / FONT_SIZE.dataLabel;
  const data: SlopeDatum[] = named.flatMap(({ row, a, b, label }) => {
    const change = computedChange(rational(a.value), rational(b.value), measure);
    const changed = change === null ? '' : ` ${changeText(change, measure, lang)}`;
    const direction = b.value >= a.value ? 'up' : 'down';
    const [da, db] = [valueText(row, a, lang), valueText(row, b, lang)];
    const end = (year: string, side: SlopeDatum['side'], v: typeof a, display: string, text: string[]): SlopeDatum => ({
      id: `${v.dataset}/${v.figure}`,
      row: label,
      year,
      side,
      value: v.value,
      display,
      label: text,
      labelAt: v.value,
      quote: v.quote,
      direction,
      aria: ariaText(punctuation(lang).aside(label, year), display, lang),
    });
    return [
      end(fromYear, 'left', a, da, wrapped(da, LEFT_SHARE)),
      end(toYear, 'right', b, db, [...wrapText(label, nameEm), ...wrapped(`${db}${changed}`, RIGHT_SHARE)]),
    ];
  });
  const [low, high] = [Math.min(...data.map((d) => d.value)), Math.max(...data.map((d) => d.value))];
  const above = Math.max(
    dodge(
      data.filter((d) => d.side === 'left'),
      low,
      high,
    ),
    dodge(
      data.filter((d) => d.side === 'right'),
      low,
      high,
    ),
  );
  const title = opts.title ?? chartText(lang).listTitle(named.map((n) => n.label));
  const t = chartText(lang);
  const lines = named.map(({ label }) => {
    const [l, r] = data.filter((d) => d.row === label);
    return punctuation(lang).colon(label) + `${l?.display} → ${r?.label.at(-1) ?? ''}`;
  });
  const description = t.overYears(NAME[lang], title, t.span(fromYear, toYear), lines, unit.label);
  const parts: FrameParts = {
    kind: 'slope',
    options: opts,
    title,
    description,
    figureIds: rowFigureIds(named.map((n) => n.row)),
  };
  // Room beside the plot for the longest label line on each side.
  const side = (s: SlopeDatum['side']) =>
    Math.max(
      ...data.filter((d) => d.side === s).flatMap((d) => d.label.map((line) => textPixels(line, FONT_SIZE.dataLabel))),
    ) + LABEL_GAP;
  const label = (s: SlopeDatum['side']) => ({
    transform: [{ filter: { field: 'side', equal: s } }],
    mark: {
      type: 'text' as const,
      align: s === 'left' ? ('right' as const) : ('left' as const),
      baseline: 'top' as const,
      lineHeight: LINE_HEIGHT,
      dx: s === 'left' ? -LABEL_GAP : LABEL_GAP,
      aria: false,
    },
    encoding: {
      text: { field: 'label', type: 'nominal' as const },
      y: { field: 'labelAt', type: 'quantitative' as const },
    },
  });
  const left = side('left');
  const right = Math.max(left + plotWidth * 0.15, plotWidth - side('right'));
  const spec: TopLevelSpec = {
    ...frame(parts),
    height: HEIGHT,
    data: { values: data },
    encoding: {
      x: {
        field: 'year',
        type: 'ordinal',
        sort: [fromYear, toYear],
        scale: { range: [left, right], padding: 0 },
        axis: {
          title: null,
          orient: 'top',
          labelAngle: 0,
          domain: false,
          ticks: false,
          offset: above + LABEL_GAP,
          description: categoryAxisDescription([fromYear, toYear], lang),
        },
      },
      // No value axis: every dot is labelled with its value and unit, and an axis would sit among the left labels.
      y: { field: 'value', type: 'quantitative', scale: { domain: [low, high], zero: false, nice: false }, axis: null },
      color: {
        field: 'direction',
        type: 'nominal',
        scale: { domain: ['up', 'down'], range: [colors.palette[0], colors.palette[1]] },
        legend: null,
      },
    },
    layer: [
      { mark: { type: 'line', strokeWidth: 2, aria: false }, encoding: { detail: { field: 'row', type: 'nominal' } } },
      {
        mark: { type: 'circle', size: 80, opacity: 1, ...markRole('dot', lang) },
        encoding: {
          tooltip: [
            { field: 'row', type: 'nominal', title: WORDS.item[lang] },
            { field: 'year', type: 'nominal', title: chartText(lang).year },
            { field: 'display', type: 'nominal', title: WORDS.value[lang] },
            { field: 'quote', type: 'nominal', title: WORDS.quote[lang] },
          ],
          description: { field: 'aria', type: 'nominal' },
        },
      },
      label('left'),
      label('right'),
      sourceFooter(parts, { left: 0, below: BELOW_PLOT }),
    ],
  };
  // The later value of the first indicator, with its year.
  const later = firstRow(data.filter((d) => d.side === 'right'));
  return toChart(parts, spec, data, { value: later.display, label: punctuation(lang).aside(later.row, later.year) });
}

/** The slope kind in the registry: a definition names year rows of this report's figures. */
export const SLOPE_KIND = chartKind({
  schema: z.object({ ...DEFINITION_BASE, kind: z.literal('slope'), rows: z.array(YearRowSchema).min(1) }).strict(),
  build: slopeChart,
  fromDefinition: (d, options, pick) => slopeChart(yearRows(d.rows, options.report.id, pick), options),
  refs: (d) => d.rows.flatMap((row) => row.values.map((v) => v.figure)),
});
