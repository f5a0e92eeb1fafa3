import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { chartKind, DEFINITION_BASE, yearRows, YearRowSchema } from './chart-kind.ts';
import type { ComparisonRow } from '../compare/comparison.ts';
import { punctuation } from '../figures/locale.ts';
import { categoryAxisDescription, legendDescription, markRole, valueAxisDescription } from './aria.ts';
import type { Chart } from './chart.ts';
import { ariaText, assertDistinct } from './datum.ts';
import { assertRowsUnit, rowFigureIds, rowLabel, valueText, yearText } from './compare-rows.ts';
import { chartText } from './sentences.ts';
import { firstRow } from './key-number.ts';
import { BELOW_X_AXIS, frame, sourceFooter, toChart, type FrameParts } from './frame.ts';
import { textPixels, tickAxis } from './layout.ts';
import { formatTick, tickMagnitude } from './locale.ts';
import { WORDS } from './locale.ts';
import { resolveOptions, type ChartOptions } from './options.ts';
import { FONT_SIZE, PADDING, THEME_COLORS } from './theme.ts';

/** Options of {@link lineChart}. */
export type LineOptions = ChartOptions;

/** Default overall width and plot height in pixels. */
const WIDTH = 560;
const HEIGHT = 260;
const LABEL_GAP = 8;
const NAME = { zh: '折线图', en: 'Line chart' } as const;

/** One value of one row as the chart draws it. */
interface LineDatum {
  /** The figure drawn, `<dataset>/<figure>` (compare-rows.ts `rowFigureIds`): a click opens it in its report. */
  id: string;
  row: string;
  year: string;
  value: number;
  display: string;
  /** The value label, drawn right of the last point of each row only. */
  last: boolean;
  quote: string;
  estimate: string;
  aria: string;
}

/** Pixels of the y axis besides its tick labels: tick, padding, and room for a wider rounded tick; and of its rotated title. */
const Y_TICK_ROOM = 14;
const Y_TITLE_ROOM = 18;

/** Room in pixels of a legend entry besides its label: the symbol, its gap and the gap to the next entry. */
const LEGEND_ENTRY = 40;

/**
 * Legend entries in as many columns as fit the chart's inner width (one on a phone), each label
 * limited to its column, so the legend never runs past the chart.
 */
function legendColumns(labels: readonly string[], width: number): { columns: number; labelLimit: number } {
  const inner = width - 2 * PADDING;
  const widest = Math.max(...labels.map((l) => textPixels(l, FONT_SIZE.label))) + LEGEND_ENTRY;
  const columns = Math.max(1, Math.min(labels.length, Math.floor(inner / widest)));
  return { columns, labelLimit: Math.floor(inner / columns - LEGEND_ENTRY) };
}

/**
 * A multi-year line-and-dot chart of comparison rows that share one unit: one line per indicator
 * through its value in each year the reports state (a year without a value is skipped, not drawn
 * as 0), a dot per value, the last value labelled at the right end; several rows are coloured by
 * indicator with a legend. E.g. 洪山区 地区生产总值 614亿元 (2012), 635亿元 (2013), 685亿元 (2014).
 * Years sit at equal steps in the order of the rows' years. The description names each row's
 * values by year; estimates (预计) are marked in tooltips.
 *
 * @throws WorkreportError `CHART_EMPTY` for no rows; `CHART_MIXED_UNITS` when rows differ in unit;
 *   `OPTION_INVALID` for bad options or two rows with one label
 */
export function lineChart(rows: readonly ComparisonRow[], options: LineOptions): Chart {
  const opts = resolveOptions('lineChart', options, [], WIDTH);
  const { lang } = opts;
  const { aside, colon, comma, space } = punctuation(lang);
  const colors = THEME_COLORS[opts.theme];
  const unit = assertRowsUnit(rows, lang, 'lineChart');
  const named = rows.map((row) => ({ row, id: row.key, label: rowLabel(row, lang) }));
  assertDistinct('lineChart', 'row label', named);
  const years = [...new Set(rows.flatMap((r) => r.values.map((v) => v.year)))]
    .sort((a, b) => a - b)
    .map((y) => yearText(y, lang));
  const data: LineDatum[] = named.flatMap(({ row, label }) =>
    row.values.map((v, i) => {
      const display = valueText(row, v, lang);
      const year = yearText(v.year, lang);
      return {
        id: `${v.dataset}/${v.figure}`,
        row: label,
        year,
        value: v.value,
        display,
        last: i === row.values.length - 1,
        quote: v.quote,
        estimate: v.estimate === true ? chartText(lang).estimate : '',
        aria: ariaText(aside(label, year), display, lang),
      };
    }),
  );
  const labels = named.map((n) => n.label);
  const title = opts.title ?? chartText(lang).listTitle(labels);
  const lines = named.map(({ label }) => {
    const points = data.filter((d) => d.row === label).map((d) => d.year + space + d.display);
    return colon(label) + points.join(comma);
  });
  const t = chartText(lang);
  const description = t.overYears(NAME[lang], title, t.span(years[0] ?? '', years.at(-1) ?? ''), lines, unit.label);
  const parts: FrameParts = { kind: 'line', options: opts, title, description, figureIds: rowFigureIds(rows) };
  const right =
    Math.max(...data.filter((d) => d.last).map((d) => textPixels(d.display, FONT_SIZE.dataLabel))) + LABEL_GAP + 12;
  // The y axis is as wide as its longest tick label (compact: 614亿, 61.4B), so the footer can start where the axis title does.
  const values = data.map((d) => d.value);
  const yExtent =
    Math.ceil(
      Math.max(
        ...[Math.min(...values), Math.max(...values)].map((v) =>
          textPixels(formatTick(v, lang, tickMagnitude(Math.max(...values.map(Math.abs)), lang)), FONT_SIZE.label),
        ),
      ),
    ) + Y_TICK_ROOM;
  const spec: TopLevelSpec = {
    ...frame(parts),
    height: HEIGHT,
    padding: { left: 12, top: 12, bottom: 12, right: Math.min(right, opts.width / 3) },
    data: { values: data },
    encoding: {
      x: {
        field: 'year',
        type: 'ordinal',
        sort: years,
        scale: { padding: 0.3 },
        axis: { title: null, labelAngle: 0, description: categoryAxisDescription(years, lang) },
      },
      y: {
        field: 'value',
        type: 'quantitative',
        scale: { zero: false },
        axis: {
          title: unit.title,
          ...tickAxis(lang, 5, Math.max(...values.map(Math.abs))),
          minExtent: yExtent,
          maxExtent: yExtent,
          description: valueAxisDescription(unit.title, lang),
        },
      },
      color:
        named.length > 1
          ? {
              field: 'row',
              type: 'nominal',
              sort: labels,
              scale: { range: [...colors.palette] },
              legend: { description: legendDescription(labels, lang), ...legendColumns(labels, opts.width) },
            }
          : { value: colors.palette[0] },
    },
    layer: [
      { mark: { type: 'line', strokeWidth: 2, aria: false }, encoding: { detail: { field: 'row', type: 'nominal' } } },
      {
        mark: { type: 'circle', size: 70, opacity: 1, ...markRole('dot', lang) },
        encoding: {
          tooltip: [
            { field: 'row', type: 'nominal', title: WORDS.item[lang] },
            { field: 'year', type: 'nominal', title: chartText(lang).year },
            { field: 'display', type: 'nominal', title: WORDS.value[lang] },
            { field: 'estimate', type: 'nominal', title: chartText(lang).estimateTitle },
            { field: 'quote', type: 'nominal', title: WORDS.quote[lang] },
          ],
          description: { field: 'aria', type: 'nominal' },
        },
      },
      {
        transform: [{ filter: 'datum.last' }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: LABEL_GAP, aria: false },
        encoding: { text: { field: 'display', type: 'nominal' }, color: { value: colors.text } },
      },
      sourceFooter(parts, { left: yExtent + Y_TITLE_ROOM, below: BELOW_X_AXIS - 14 }),
    ],
  };
  // The last value of the first indicator, with its year.
  const last = firstRow(data.filter((d) => d.last && d.row === firstRow(data).row));
  return toChart(parts, spec, data, { value: last.display, label: aside(last.row, last.year) });
}

/** The line kind in the registry: a definition names year rows of this report's figures. */
export const LINE_KIND = chartKind({
  schema: z.object({ ...DEFINITION_BASE, kind: z.literal('line'), rows: z.array(YearRowSchema).min(1) }).strict(),
  build: lineChart,
  fromDefinition: (d, options, pick) => lineChart(yearRows(d.rows, options.report.id, pick), options),
  refs: (d) => d.rows.flatMap((row) => row.values.map((v) => v.figure)),
});
