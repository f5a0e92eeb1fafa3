import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { chartKind, DEFINITION_BASE, RefsSchema } from './chart-kind.ts';
import type { Figure } from '../figures/figure.ts';
import type { Label } from '../figures/figure.ts';
import type { Chart } from './chart.ts';
import { labelledBarLayers, VALUE_GAP } from './labelled-bars.ts';
import { assertDistinct, figureDatum, tooltipFields } from './datum.ts';
import { chartText, describeRange } from './sentences.ts';
import { largestValue } from './key-number.ts';
import { BELOW_X_AXIS, frame, sourceFooter, toChart, type FrameParts } from './frame.ts';
import { LABEL_PADDING, labelledRows } from './layout.ts';
import { unitLabel, unitTitle } from './locale.ts';
import { categoryY, valueX } from './row-encoding.ts';
import { oneOf, resolveOptions, type ChartOptions } from './options.ts';
import { assertSingleUnit } from './units.ts';
import { figureWords } from './words.ts';

/** Options of {@link barChart}. */
export interface BarOptions extends ChartOptions {
  /**
   * Order of the bars, top to bottom: `'input'` as given, `'value'` largest first (ties keep
   * their given order). Default: `'input'`.
   */
  sort?: 'input' | 'value';
}

/** Height of one bar's row in pixels, and the gap between a bar and its value label. */
const ROW_STEP = 30;
/** The name of the kind, as alt text opens with it. */
const NAME: Label = { zh: '条形图', en: 'Bar chart' };

/** Default overall width in pixels. */
const WIDTH = 560;
const SORTS: readonly NonNullable<BarOptions['sort']>[] = ['input', 'value'];

/**
 * A ranked horizontal bar chart of figures that share one unit, e.g. the 2019 farmland of
 * Yangshahu: 优质稻 2万亩, 稻田养虾 1700亩, 果园 近300亩, 药材 500亩, 油菜 1200亩.
 *
 * One bar per figure: category = `label[lang]`, length = `quantity.value` (exact, in the unit);
 * each bar is labelled with its formatted value and qualifier (`近300亩`, `about 300 mu`) and the
 * x axis is titled with the unit, its ticks compact (zh 1万, 2万; en 20K); the axis spans the data
 * and leaves room beside it for the value labels (layout.ts); long labels wrap. Tooltips
 * show label, value, qualifier and the report's quote. Inputs are not modified.
 *
 * Throws `CHART_EMPTY` for no figures, `CHART_MIXED_UNITS` for figures of different units,
 * `OPTION_INVALID` for bad options or two figures with the same label.
 */
export function barChart(figures: readonly Figure[], options: BarOptions): Chart {
  const opts = resolveOptions('barChart', options, ['sort'], WIDTH);
  const sort = oneOf('barChart', 'sort', options.sort ?? 'input', SORTS);
  const { lang } = opts;
  const { unit, first } = assertSingleUnit(figures);
  const counted = figureWords(first, lang).counted;
  const ordered = sort === 'value' ? [...figures].sort((a, b) => b.quantity.value - a.quantity.value) : [...figures];
  const rows = ordered.map((figure) => figureDatum(figure, lang));
  assertDistinct('barChart', 'label', rows);

  const title = opts.title ?? chartText(lang).listTitle(rows.map((r) => r.label));
  const parts: FrameParts = {
    kind: 'bar',
    options: opts,
    title,
    description: describeRange(NAME, title, unitLabel(unit, lang, counted) || unit, rows, lang),
    figureIds: rows.map((r) => r.id),
  };

  const labels = rows.map((r) => r.label);
  const axisTitle = unitTitle(unit, lang, counted);
  const { column, value, step } = labelledRows(
    labels,
    rows.map((r) => ({ value: r.value, text: r.display })),
    opts.width,
    2 * VALUE_GAP,
    lang,
    ROW_STEP,
  );
  const spec: TopLevelSpec = {
    ...frame(parts),
    height: rows.length * step,
    data: { values: rows.map((r, i) => ({ ...r, valueLines: value.lines[i] })) },
    encoding: {
      y: categoryY('label', labels, column, lang),
      x: valueX('value', value, axisTitle, lang),
      tooltip: tooltipFields(lang),
    },
    layer: [
      ...labelledBarLayers(lang, 'valueLines'),
      sourceFooter(parts, { left: column.width + LABEL_PADDING, below: BELOW_X_AXIS }),
    ],
  };
  return toChart(parts, spec, rows, largestValue(rows));
}

/** The bar kind in the registry: a definition names a list of figures, optionally sorted by value. */
export const BAR_KIND = chartKind({
  schema: z
    .object({
      ...DEFINITION_BASE,
      kind: z.literal('bar'),
      figures: RefsSchema,
      sort: z.enum(['input', 'value']).optional(),
    })
    .strict(),
  build: barChart,
  fromDefinition: (d, options, pick) =>
    barChart(d.figures.map(pick.figure), d.sort === undefined ? options : { ...options, sort: d.sort }),
  refs: (d) => [...d.figures],
});
