import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { chartKind, DEFINITION_BASE, RefsSchema } from './chart-kind.ts';
import { markRole } from './aria.ts';
import type { Label } from '../figures/figure.ts';
import type { Chart } from './chart.ts';
import { assertDistinct, tooltipFields } from './datum.ts';
import { chartText, describeRange } from './sentences.ts';
import { largestValue } from './key-number.ts';
import { BELOW_X_AXIS, frame, sourceFooter, toChart, type FrameParts } from './frame.ts';
import { LABEL_PADDING, labelledRows } from './layout.ts';
import { assertItemsUnit, itemDatum, itemIds, type ChartItem } from './item.ts';
import { categoryY, valueX } from './row-encoding.ts';
import { oneOf, resolveOptions, type ChartOptions } from './options.ts';
import { THEME_COLORS } from './theme.ts';

/** Options of {@link dotPlot}. */
export interface DotPlotOptions extends ChartOptions {
  /** Order of the rows, top to bottom: `'input'` as given, `'value'` largest first (ties keep their given order). Default: `'input'`. */
  sort?: 'input' | 'value';
  /** Draw a stem from zero to each dot, making a lollipop chart. Default: `false`. */
  stems?: boolean;
}

/** Height of one row in pixels. */
const ROW_STEP = 30;
/** The names of the kind, as alt text opens with them: a dot plot, or with stems a lollipop chart. */
const NAMES = {
  dot: { zh: '点图', en: 'Dot plot' },
  lollipop: { zh: '棒棒糖图', en: 'Lollipop chart' },
} as const satisfies Record<string, Label>;

/** Default overall width in pixels. */
const WIDTH = 560;
/** Dot area in square pixels (a 12 px circle), and the distance from a dot's centre to its label. */
const DOT_SIZE = 110;
const LABEL_DX = 10;
const SORTS: readonly NonNullable<DotPlotOptions['sort']>[] = ['input', 'value'];

/**
 * A dot plot, or with `stems` a lollipop chart, of figures or indicators that share one unit:
 * one row per item (category = its label, dot at its exact value on a zero-based axis titled
 * with the unit), each dot labelled with its value and qualifier (`185.31公里`, `近300亩`,
 * `3.23人/户`). E.g. Yangshahu 2019 lengths in km: 新硬化道路 30公里, 白改黑 6公里, 沟渠疏浚 185.31公里;
 * or the indicators of average household size (人/户). Rows keep the given order unless
 * `sort: 'value'`; the encoding carries the order, so labels are never sorted alphabetically.
 * Tooltips show label, value, qualifier and quote (an indicator quotes its inputs). Inputs are
 * not modified.
 *
 * Throws `CHART_EMPTY` for no items, `CHART_MIXED_UNITS` naming the units and ids of items of
 * different units, `CHART_NO_VALUE` for an indicator without a value, `OPTION_INVALID` for two
 * items with one label or bad options.
 */
export function dotPlot(items: readonly ChartItem[], options: DotPlotOptions): Chart {
  const opts = resolveOptions('dotPlot', options, ['sort', 'stems'], WIDTH);
  const sort = oneOf('dotPlot', 'sort', options.sort ?? 'input', SORTS);
  const stems = oneOf('dotPlot', 'stems', options.stems ?? false, [true, false]);
  const { lang } = opts;
  const colors = THEME_COLORS[opts.theme];
  const unit = assertItemsUnit(items, lang, 'dotPlot');
  const given = items.map((item) => itemDatum(item, lang));
  const rows = sort === 'value' ? [...given].sort((a, b) => b.value - a.value) : given;
  assertDistinct('dotPlot', 'label', rows);

  const labels = rows.map((r) => r.label);
  const title = opts.title ?? chartText(lang).listTitle(labels);
  const kindName = stems ? NAMES.lollipop : NAMES.dot;
  const parts: FrameParts = {
    kind: 'dot-plot',
    options: opts,
    title,
    description: describeRange(kindName, title, unit.label || unit.key, rows, lang),
    ...itemIds(items),
  };

  const { column, value, step } = labelledRows(
    labels,
    rows.map((r) => ({ value: r.value, text: r.display })),
    opts.width,
    LABEL_DX + 4,
    lang,
    ROW_STEP,
  );
  const stemLayer = {
    mark: { type: 'rule' as const, strokeWidth: 2, color: colors.palette[0], aria: false },
    encoding: { x2: { datum: 0 } },
  };
  const spec: TopLevelSpec = {
    ...frame(parts),
    height: rows.length * step,
    data: { values: rows.map((r, i) => ({ ...r, valueLines: value.lines[i] })) },
    encoding: {
      y: categoryY('label', labels, column, lang),
      x: valueX('value', value, unit.title, lang),
    },
    layer: [
      ...(stems ? [stemLayer] : []),
      {
        mark: { type: 'circle', size: DOT_SIZE, opacity: 1, color: colors.palette[0], ...markRole('dot', lang) },
        encoding: { tooltip: tooltipFields(lang), description: { field: 'aria', type: 'nominal' } },
      },
      {
        transform: [{ filter: 'datum.value >= 0' }],
        mark: { type: 'text', align: 'left', baseline: 'middle', lineHeight: 14, dx: LABEL_DX, aria: false },
        encoding: { text: { field: 'valueLines', type: 'nominal' } },
      },
      {
        transform: [{ filter: 'datum.value < 0' }],
        mark: { type: 'text', align: 'right', baseline: 'middle', lineHeight: 14, dx: -LABEL_DX, aria: false },
        encoding: { text: { field: 'valueLines', type: 'nominal' } },
      },
      sourceFooter(parts, { left: column.width + LABEL_PADDING, below: BELOW_X_AXIS }),
    ],
  };
  return toChart(parts, spec, rows, largestValue(rows));
}

/** The dot-plot kind in the registry: a definition names figures or indicators, optionally with stems. */
export const DOT_PLOT_KIND = chartKind({
  schema: z
    .object({ ...DEFINITION_BASE, kind: z.literal('dot-plot'), figures: RefsSchema, stems: z.boolean().optional() })
    .strict(),
  build: dotPlot,
  fromDefinition: (d, options, pick) =>
    dotPlot(d.figures.map(pick.item), d.stems === undefined ? options : { ...options, stems: d.stems }),
  refs: (d) => [...d.figures],
});
