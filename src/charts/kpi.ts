import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { chartKind, DEFINITION_BASE, RefSchema } from './chart-kind.ts';
import type { Figure, Label } from '../figures/figure.ts';
import { markRole } from './aria.ts';
import type { Chart, Lang } from './chart.ts';
import { figureDatum, tooltipFields, type ChartDatum } from './datum.ts';
import { BELOW_PLOT, frame, sourceFooter, toChart, type FrameParts } from './frame.ts';
import { resolveOptions, type ChartOptions } from './options.ts';
import { FONT_SIZE, PADDING, THEME_COLORS } from './theme.ts';
import { emWidth, wrapText } from './wrap.ts';

/** Options of {@link kpiChart}. */
export type KpiOptions = ChartOptions;

/** The alt text of a KPI card: zh `数字卡片：<title>；<label>为<value>。`, en `Number card: <title>. <label>: <value>.` */
const DESCRIPTIONS: Record<Lang, (kind: string, title: string, row: ChartDatum) => string> = {
  zh: (kind, title, row) => `${kind}：${title}；${row.label}为${row.display}。`,
  en: (kind, title, row) => `${kind}: ${title}. ${row.label}: ${row.display}.`,
};

/** The name of the kind, as alt text opens with it. */
const NAME: Label = { zh: '数字卡片', en: 'Number card' };

/** Default overall width in pixels: a card, narrower than the bar charts. */
const WIDTH = 360;
/** Vertical layout in pixels: baselines of the number and of its label, and the plot height. */
const LAYOUT = { value: 44, label: 70, height: 76 };
/** Font size and line height of the label in pixels; a long label wraps onto more lines. */
const LABEL_SIZE = FONT_SIZE.label + 2;
const LABEL_LINE_HEIGHT = Math.round(LABEL_SIZE * 1.3);

/**
 * A big-number card for one figure: its value with qualifier and unit in large type (`近300亩`,
 * `126.9万元`, `CNY 1.269 million`) and its label below, drawn with text marks only.
 * The number shrinks from 44 px so that it fits the width. Title defaults to the figure's label.
 * A label wider than the card wraps onto more lines (the card grows), so it is never cut.
 * Tooltip shows label, value, qualifier and the report's quote; screen readers read the number
 * with its label once (the label line is hidden from them).
 * The input is not modified. Throws `OPTION_INVALID` for bad options.
 */
export function kpiChart(figure: Figure, options: KpiOptions): Chart {
  const opts = resolveOptions('kpiChart', options, [], WIDTH);
  const { lang } = opts;
  const row = figureDatum(figure, lang);
  const title = opts.title ?? row.label;
  const description = DESCRIPTIONS[lang](NAME[lang], title, row);
  const fontSize = Math.min(FONT_SIZE.kpi, Math.floor((opts.width - 2 * PADDING) / emWidth(row.display)));
  const parts: FrameParts = { kind: 'kpi', options: opts, title, description, figureIds: [figure.id] };
  const colors = THEME_COLORS[opts.theme];

  const labelLines = wrapText(row.label, (opts.width - 2 * PADDING) / LABEL_SIZE);

  const spec: TopLevelSpec = {
    ...frame(parts),
    height: LAYOUT.height + (labelLines.length - 1) * LABEL_LINE_HEIGHT,
    data: { values: [{ ...row, labelLines }] },
    encoding: { tooltip: tooltipFields(lang), description: { field: 'aria', type: 'nominal' } },
    layer: [
      {
        mark: {
          type: 'text',
          align: 'left',
          baseline: 'alphabetic',
          x: 0,
          y: LAYOUT.value,
          fontSize,
          fontWeight: 'bold',
          color: colors.palette[0],
          ...markRole('number', lang),
        },
        encoding: { text: { field: 'display', type: 'nominal' } },
      },
      {
        mark: {
          type: 'text',
          align: 'left',
          baseline: 'alphabetic',
          x: 0,
          y: LAYOUT.label,
          fontSize: LABEL_SIZE,
          color: colors.muted,
          aria: false,
          lineHeight: LABEL_LINE_HEIGHT,
        },
        encoding: { text: { field: 'labelLines', type: 'nominal' } },
      },
      sourceFooter(parts, { left: 0, below: BELOW_PLOT }),
    ],
  };
  return toChart(parts, spec, [row], { value: row.display, label: row.label });
}

/** The kpi kind in the registry: a definition names one figure. */
export const KPI_KIND = chartKind({
  schema: z.object({ ...DEFINITION_BASE, kind: z.literal('kpi'), figure: RefSchema }).strict(),
  build: kpiChart,
  fromDefinition: (d, options, pick) => kpiChart(pick.figure(d.figure), options),
  refs: (d) => [d.figure],
});
