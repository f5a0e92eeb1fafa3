import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { chartKind, DEFINITION_BASE, RefSchema } from './chart-kind.ts';
import { LabelSchema } from '../figures/schema.ts';
import { WorkreportError } from '../errors.ts';
import { punctuation } from '../figures/locale.ts';
import type { Label } from '../figures/figure.ts';
import type { UnitId } from '../figures/unit.ts';
import { legendDescription, markRole } from './aria.ts';
import type { Chart, Lang } from './chart.ts';
import { ariaText, assertDistinct, tooltipFields, type ChartDatum } from './datum.ts';
import { chartText, counted, extremes } from './sentences.ts';
import { firstRow } from './key-number.ts';
import { BELOW_X_AXIS, frame, sourceFooter, toChart, type FrameParts } from './frame.ts';
import { LABEL_PADDING, labelledRows } from './layout.ts';
import { assertItemsUnit, isIndicatorResult, itemDatum, itemIds, type ChartItem } from './item.ts';
import { formatQuantity, WORDS } from './locale.ts';
import { categoryY, valueX } from './row-encoding.ts';
import { resolveOptions, type ChartOptions } from './options.ts';
import { THEME_COLORS } from './theme.ts';
import { message } from '../messages.ts';

/** One row of a dumbbell: two related values of one thing, e.g. registered and lifted-out households. */
export interface DumbbellRow {
  /** What the row is about, in the chart's language or both: `建档立卡贫困户`. */
  label: string | Label;
  /** The value at the start (before, target, registered). */
  from: ChartItem;
  /** The value at the end (after, actual, lifted out). */
  to: ChartItem;
}

/** The rows of a dumbbell and the names of its two ends, shown in the legend (`建档立卡` → `已脱贫`). */
export interface DumbbellInput {
  ends: { from: string | Label; to: string | Label };
  rows: readonly DumbbellRow[];
}

/** Options of {@link dumbbellChart}. */
export type DumbbellOptions = ChartOptions;

/** Height of one row in pixels. */
const ROW_STEP = 40;
/** The sentences of a dumbbell chart in each language. */
const TEXT: Record<
  Lang,
  {
    /** `（相差147户）`, ` (difference: 147 households)`: after a row's ends in the alt text. */
    difference: (gap: string) => string;
    /** One dot named in the alt text's extremes: zh `低保·2018年`, en `Welfare · 2018`. */
    dot: (row: string, end: string) => string;
    /** One row in the alt text, each end as [its name, its value as printed], then the difference. */
    row: (label: string, from: [string, string], to: [string, string], gap: string) => string;
    description: (kind: string, title: string, unit: string, rows: readonly string[], extremes: string) => string;
  }
> = {
  zh: {
    difference: (gap) => `（相差${gap}）`,
    dot: (row, end) => `${row}·${end}`,
    row: (label, [fromEnd, from], [toEnd, to], gap) => `${label}：${fromEnd}${from}，${toEnd}${to}${gap}`,
    description: (kind, title, unit, rows, extremes) =>
      `${kind}：${title}，共${rows.length}行，单位：${unit}；${rows.join('；')}；${extremes}。`,
  },
  en: {
    difference: (gap) => ` (difference: ${gap})`,
    dot: (row, end) => `${row} · ${end}`,
    row: (label, [fromEnd, from], [toEnd, to], gap) => `${label}: ${fromEnd} ${from}, ${toEnd} ${to}${gap}`,
    description: (kind, title, unit, rows, extremes) =>
      `${kind}: ${title}. ${counted(rows.length, 'row')}, unit: ${unit}. ${rows.join('; ')}. ${extremes}.`,
  },
};

/** The name of the kind, as alt text opens with it. */
const NAME: Label = { zh: '哑铃图', en: 'Dumbbell chart' };

/** Default overall width in pixels. */
const WIDTH = 560;
/** Dot area in square pixels, and the gap in pixels between a dot and its label. */
const DOT_SIZE = 130;
const LABEL_GAP = 10;

/** One dot: an item of a row, which end it is, and on which side of the dot its label goes. */
interface DumbbellDatum extends ChartDatum {
  row: string;
  end: string;
  side: 'left' | 'right';
}

const text = (label: string | Label, lang: Lang): string => (typeof label === 'string' ? label : label[lang]);

/**
 * `（相差147户）` / ` (difference: 147 households)` between two exact figures of a unit; empty for
 * an indicator or an inexact figure, whose difference the report does not support.
 */
function difference(from: ChartItem, to: ChartItem, a: ChartDatum, b: ChartDatum, counted: string, lang: Lang): string {
  if (isIndicatorResult(from) || isIndicatorResult(to) || a.qualifier !== 'exact' || b.qualifier !== 'exact') return '';
  const unit = a.unit as UnitId;
  const gap = formatQuantity(
    { value: Math.abs(b.value - a.value), unit, qualifier: 'exact' },
    lang,
    unit === 'count' ? { counted } : {},
  );
  return TEXT[lang].difference(gap);
}

/**
 * A dumbbell chart: per row, two dots on one value axis joined by a line, e.g. Yangshahu 2019
 * 建档立卡贫困户 812户 (建档立卡) and 665户 (已脱贫). For before/after, target vs actual, or two related
 * figures of one thing. Every value of every row shares one unit: households and persons never
 * share the axis (make two charts, or small multiples).
 *
 * Rows keep the given order (the encoding carries it). The dots are coloured by end (legend
 * `建档立卡`, `已脱贫`; the theme's second and first colours, vermillion and blue in the light theme)
 * and labelled with value and qualifier on their outer side; the axis spans zero to the largest
 * value and leaves room on each side for the labels, so a label near zero never meets the row names (layout.ts). The description names each row's two values, their difference
 * when both are exact figures, and the largest and smallest value. Tooltips show end, label,
 * value, qualifier and quote. Inputs are not modified.
 *
 * Throws `CHART_EMPTY` for no rows, `CHART_MIXED_UNITS` naming units and ids when values differ
 * in unit, `CHART_NO_VALUE` for an indicator without a value, `OPTION_INVALID` for two rows with
 * one label, equal end names or bad options.
 */
export function dumbbellChart(input: DumbbellInput, options: DumbbellOptions): Chart {
  const opts = resolveOptions('dumbbellChart', options, [], WIDTH);
  const { lang } = opts;
  const colors = THEME_COLORS[opts.theme];
  const { rows } = input;
  if (rows.length === 0)
    throw new WorkreportError(message('CHART_EMPTY', 'nothing', { where: 'dumbbellChart', things: 'rows' }), {
      input: rows,
    });
  const items = rows.flatMap((r) => [r.from, r.to]);
  const unit = assertItemsUnit(items, lang, 'dumbbellChart');
  const fromEnd = text(input.ends.from, lang);
  const toEnd = text(input.ends.to, lang);
  if (fromEnd === toEnd) {
    throw new WorkreportError(message('OPTION_INVALID', 'sameEnds', { fn: 'dumbbellChart', name: fromEnd }), {
      input: input.ends,
    });
  }
  const named = rows.map((r, i) => ({ id: `row ${i + 1}`, label: text(r.label, lang), row: r }));
  assertDistinct('dumbbellChart', 'row label', named);

  const pairs = named.map(({ label, row }) => {
    const a = itemDatum(row.from, lang);
    const b = itemDatum(row.to, lang);
    const rising = a.value <= b.value;
    const dot = (d: ChartDatum, end: string, side: DumbbellDatum['side']): DumbbellDatum => ({
      ...d,
      row: label,
      end,
      side,
      aria: ariaText(punctuation(lang).aside(label, end), d.display, lang),
    });
    return {
      label,
      from: dot(a, fromEnd, rising ? 'left' : 'right'),
      to: dot(b, toEnd, rising ? 'right' : 'left'),
      gap: difference(row.from, row.to, a, b, unit.label, lang),
    };
  });
  const dots = pairs.flatMap((p) => [p.from, p.to]);
  const rowLabels = pairs.map((p) => p.label);

  const title = opts.title ?? chartText(lang).listTitle(rowLabels);
  const unitWord = unit.label || unit.key;
  const t = TEXT[lang];
  const described = dots.map((d) => ({ ...d, label: t.dot(d.row, d.end) }));
  const rowTexts = pairs.map((p) => t.row(p.label, [fromEnd, p.from.display], [toEnd, p.to.display], p.gap));
  const description = t.description(NAME[lang], title, unitWord, rowTexts, extremes(described, lang));
  const parts: FrameParts = { kind: 'dumbbell', options: opts, title, description, ...itemIds(items) };

  const { column, value, step } = labelledRows(
    rowLabels,
    dots.map((d) => ({ value: d.value, text: d.display, side: d.side })),
    opts.width,
    LABEL_GAP + 4,
    lang,
    ROW_STEP,
  );
  const label = (side: DumbbellDatum['side']) => ({
    transform: [{ filter: { field: 'side', equal: side } }],
    mark: {
      type: 'text' as const,
      align: side === 'left' ? ('right' as const) : ('left' as const),
      baseline: 'middle' as const,
      lineHeight: 14,
      dx: side === 'left' ? -LABEL_GAP : LABEL_GAP,
      aria: false,
    },
    encoding: { text: { field: 'valueLines', type: 'nominal' as const } },
  });
  const spec: TopLevelSpec = {
    ...frame(parts),
    height: rows.length * step,
    data: { values: dots.map((d, i) => ({ ...d, valueLines: value.lines[i] })) },
    encoding: {
      y: categoryY('row', rowLabels, column, lang),
      x: valueX('value', value, unit.title, lang),
    },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 2, color: colors.muted, aria: false },
        encoding: {
          x: { aggregate: 'min', field: 'value', type: 'quantitative' },
          x2: { aggregate: 'max', field: 'value' },
        },
      },
      {
        mark: { type: 'circle', size: DOT_SIZE, opacity: 1, ...markRole('dot', lang) },
        encoding: {
          color: {
            field: 'end',
            type: 'nominal',
            scale: { domain: [fromEnd, toEnd], range: [colors.palette[1], colors.palette[0]] },
            legend: { description: legendDescription([fromEnd, toEnd], lang) },
          },
          tooltip: [{ field: 'end', type: 'nominal', title: WORDS.group[lang] }, ...tooltipFields(lang)],
          description: { field: 'aria', type: 'nominal' },
        },
      },
      label('left'),
      label('right'),
      sourceFooter(parts, { left: column.width + LABEL_PADDING, below: BELOW_X_AXIS }),
    ],
  };
  // The end of the first row (after, actual, lifted out), its start beside the label: not the larger end,
  // which for a falling row would headline the old value.
  const { from, to } = firstRow(pairs);
  const start = ariaText(from.label, from.display, lang);
  return toChart(parts, spec, dots, { value: to.display, label: punctuation(lang).aside(to.label, start) });
}

/** The dumbbell kind in the registry: a definition names the names of both ends and rows of two figures. */
export const DUMBBELL_KIND = chartKind({
  schema: z
    .object({
      ...DEFINITION_BASE,
      kind: z.literal('dumbbell'),
      ends: z.object({ from: LabelSchema, to: LabelSchema }).strict(),
      rows: z.array(z.object({ label: LabelSchema, from: RefSchema, to: RefSchema }).strict()).min(1),
    })
    .strict(),
  build: dumbbellChart,
  fromDefinition: (d, options, pick) =>
    dumbbellChart(
      {
        ends: d.ends,
        rows: d.rows.map((row) => ({ label: row.label, from: pick.figure(row.from), to: pick.figure(row.to) })),
      },
      options,
    ),
  refs: (d) => d.rows.flatMap((row) => [row.from, row.to]),
});
