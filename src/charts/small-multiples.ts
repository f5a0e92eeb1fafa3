import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { chartKind, DEFINITION_BASE, RefsSchema } from './chart-kind.ts';
import { LabelSchema } from '../figures/schema.ts';
import { WorkreportError } from '../errors.ts';
import type { Label } from '../figures/figure.ts';
import { categoryAxisDescription, valueAxisDescription } from './aria.ts';
import { labelledBarLayers, VALUE_GAP } from './labelled-bars.ts';
import type { Chart, Lang } from './chart.ts';
import { assertDistinct, tooltipFields, type ChartDatum } from './datum.ts';
import { chartText, counted, extremes, lowerFirst } from './sentences.ts';
import { largest } from './key-number.ts';
import { footerHeight, frameTexts, sourceFooter, toChart, type FrameParts } from './frame.ts';
import { assertItemsUnit, itemDatum, itemIds, type ChartItem, type ItemsUnit } from './item.ts';
import { resolveOptions, type ChartOptions } from './options.ts';
import { FONT_SIZE, PADDING, THEME_COLORS } from './theme.ts';
import { categoryColumn, LABEL_LINE_HEIGHT, LABEL_PADDING, tickAxis, valueScale, type ValueScale } from './layout.ts';
import { formatTick, tickMagnitude } from './locale.ts';
import { message } from '../messages.ts';

/** One panel of small multiples: items of one unit, and an optional name shown before the unit. */
export interface Panel {
  /** What the panel shows, in the chart's language or both: `低保与危房改造`. Default: the unit alone. */
  title?: string | Label;
  items: readonly ChartItem[];
}

/** Options of {@link smallMultiples}. */
export type SmallMultiplesOptions = ChartOptions;

/** The name of the kind, as alt text opens with it. */
const NAME: Label = { zh: '分面条形图', en: 'Small multiples of bar charts' };

/** Default overall width in pixels. */
const WIDTH = 560;
/** Height of one bar's row, and the space between panels, in pixels. */
const ROW_STEP = 26;
const SPACING = 24;
/** Room in pixels kept at the right edge for the last tick label, which Vega centres on its tick. */
const TICK_ROOM = 10;
/** Narrowest label column in pixels. */
const MIN_LABEL_COLUMN = 60;

/** The sentences of small multiples in each language. */
const TEXT: Record<
  Lang,
  {
    /** A panel's title with its unit title (`单位：户`). */
    panelTitle: (name: string, unitTitle: string) => string;
    /** One panel in the alt text: its name, item count and extremes. */
    summary: (name: string, items: number, extremes: string) => string;
    description: (kind: string, title: string, panels: number, summaries: readonly string[]) => string;
  }
> = {
  zh: {
    panelTitle: (name, unitTitle) => `${name}（${unitTitle}）`,
    summary: (name, items, extremes) => `${name}：共${items}项，${extremes}`,
    description: (kind, title, panels, summaries) =>
      `${kind}：${title}，共${panels}个面板，各面板单位与刻度各自独立。${summaries.join('。')}。`,
  },
  en: {
    panelTitle: (name, unitTitle) => `${name} (${lowerFirst(unitTitle)})`,
    summary: (name, items, extremes) => `${name}: ${counted(items, 'item')}. ${extremes}`,
    description: (kind, title, panels, summaries) =>
      `${kind}: ${title}. ${counted(panels, 'panel')}, each with its own unit and scale. ${summaries.join('. ')}.`,
  },
};

/** A bar of a panel: the item and the panel's position. */
interface PanelDatum extends ChartDatum {
  panel: number;
}

/** The title of a panel, always naming its unit: zh `低保与危房改造（单位：户）` or `单位：户`; en `… (unit: households)`. */
function panelTitle(title: string | Label | undefined, unit: ItemsUnit, lang: Lang): string {
  if (title === undefined) return unit.title;
  const name = typeof title === 'string' ? title : title[lang];
  return TEXT[lang].panelTitle(name, unit.title);
}

/**
 * Small multiples: one horizontal bar panel per unit, stacked top to bottom, e.g. the Yangshahu
 * 2019 民生 section: 户 (低保 306户, 危房改造 58户), 公里 (30公里, 6公里), 人 (29人, 500余人), 元 (50万元,
 * 20余万元). Each panel has its own x scale (independent, never comparable across panels), is
 * titled with its unit (and its name, when given), keeps its items in the given order and labels
 * each bar with value and qualifier. Panels share one label column, so their bars line up. The
 * value domain of each panel leaves room for its longest value label, so labels are not clipped
 * and the overall width stays `width`.
 *
 * A vconcat spec: the top-level `data.values` holds every bar with its `panel` index, each panel
 * filters its own. The description names each panel's unit and its largest and smallest value.
 * Inputs are not modified.
 *
 * Throws `CHART_EMPTY` for no panels or an empty panel; `CHART_MIXED_UNITS` naming the panel,
 * units and ids when a panel mixes units; `CHART_NO_VALUE` for an indicator without a value;
 * `OPTION_INVALID` for two items with one label in a panel, or bad options.
 */
export function smallMultiples(panels: readonly Panel[], options: SmallMultiplesOptions): Chart {
  const opts = resolveOptions('smallMultiples', options, [], WIDTH);
  const { lang } = opts;
  const colors = THEME_COLORS[opts.theme];
  if (panels.length === 0)
    throw new WorkreportError(message('CHART_EMPTY', 'nothing', { where: 'smallMultiples', things: 'panels' }), {
      input: panels,
    });
  const resolved = panels.map((panel, index) => {
    const where = `smallMultiples panel ${index + 1}${panel.title === undefined ? '' : ` "${typeof panel.title === 'string' ? panel.title : panel.title[lang]}"`}`;
    const unit = assertItemsUnit(panel.items, lang, where);
    const rows: PanelDatum[] = panel.items.map((item) => ({ ...itemDatum(item, lang), panel: index }));
    assertDistinct('smallMultiples', `label in ${where}`, rows);
    return { title: panelTitle(panel.title, unit, lang), unit, rows };
  });
  // Each panel's name without its unit, for the key number's label.
  const names = panels.map((p) => (typeof p.title === 'string' ? p.title : p.title?.[lang]));

  const items = panels.flatMap((p) => p.items);
  const title = opts.title ?? chartText(lang).listTitle(resolved.flatMap((p) => p.rows.map((r) => r.label)));
  // Each panel title names its unit, so the summaries do not repeat it.
  const summaries = resolved.map(({ title: name, rows }) =>
    TEXT[lang].summary(name, rows.length, extremes(rows, lang)),
  );
  const description = TEXT[lang].description(NAME[lang], title, panels.length, summaries);
  const parts: FrameParts = { kind: 'small-multiples', options: opts, title, description, ...itemIds(items) };

  const inner = opts.width - 2 * PADDING;
  const column = categoryColumn(
    resolved.flatMap((p) => p.rows.map((r) => r.label)),
    opts.width,
  );
  const labelColumn = Math.max(MIN_LABEL_COLUMN, column.width + 2);
  const plotWidth = inner - labelColumn - LABEL_PADDING - TICK_ROOM;
  const values = resolved.map(({ rows }) =>
    valueScale(
      rows.map((r) => ({ value: r.value, text: r.display })),
      plotWidth,
      2 * VALUE_GAP,
      (v, max) => formatTick(v, lang, tickMagnitude(max, lang)),
    ),
  );

  const spec: TopLevelSpec = {
    ...frameTexts(parts),
    data: {
      values: resolved.flatMap((p, index) => p.rows.map((r, i) => ({ ...r, valueLines: values[index]?.lines[i] }))),
    },
    spacing: SPACING,
    resolve: { scale: { x: 'independent', y: 'independent' } },
    vconcat: resolved.map(({ title: name, unit, rows }, index) => {
      const labels = rows.map((r) => r.label);
      const value = values[index] as ValueScale;
      const lines = Math.max(column.lines, ...value.lines.map((l) => l.length));
      return {
        title: {
          text: name,
          anchor: 'start',
          frame: 'bounds',
          fontSize: FONT_SIZE.panelTitle,
          fontWeight: 'bold',
          color: colors.text,
          offset: 6,
        },
        width: plotWidth,
        height: rows.length * Math.max(ROW_STEP, lines * LABEL_LINE_HEIGHT + 10),
        transform: [{ filter: { field: 'panel', equal: index } }],
        encoding: {
          y: {
            field: 'label',
            type: 'nominal',
            sort: labels,
            axis: {
              title: null,
              ...column.axis,
              labelLimit: labelColumn,
              minExtent: labelColumn + LABEL_PADDING,
              maxExtent: labelColumn + LABEL_PADDING,
              description: categoryAxisDescription(labels, lang),
            },
          },
          x: {
            field: 'value',
            type: 'quantitative',
            scale: { ...value.scale, range: [value.left, plotWidth - value.right] },
            axis: {
              title: null,
              ...tickAxis(lang, value.ticks, value.max),
              description: valueAxisDescription(unit.title, lang),
            },
          },
          tooltip: tooltipFields(lang),
        },
        layer: labelledBarLayers(lang, 'valueLines'),
      };
    }),
  };
  // The source line as a last view of its own, from the left edge of the label column.
  const footer = sourceFooter(parts, { left: labelColumn + LABEL_PADDING, below: 0 });
  (spec as { vconcat: unknown[] }).vconcat.push({
    ...footer,
    width: plotWidth,
    height: footerHeight(parts),
    encoding: { ...footer.encoding, y: { value: 0 } },
  });

  // Panels of different units are not comparable: then the largest of the first panel.
  const rows = resolved.flatMap((p) => p.rows);
  const oneUnit = rows.every((r) => r.unit === rows[0]?.unit);
  const max = largest(oneUnit ? rows : rows.filter((r) => r.panel === 0));
  const name = names[max.panel];
  return toChart(parts, spec, rows, {
    value: max.display,
    label: name === undefined ? max.label : chartText(lang).within(name, max.label),
  });
}

/** The small-multiples kind in the registry: a definition names panels, each titled, of figures or indicators. */
export const SMALL_MULTIPLES_KIND = chartKind({
  schema: z
    .object({
      ...DEFINITION_BASE,
      kind: z.literal('small-multiples'),
      panels: z.array(z.object({ title: LabelSchema, figures: RefsSchema }).strict()).min(1),
    })
    .strict(),
  build: smallMultiples,
  fromDefinition: (d, options, pick) =>
    smallMultiples(
      d.panels.map((p) => ({ title: p.title, items: p.figures.map(pick.item) })),
      options,
    ),
  refs: (d) => d.panels.flatMap((p) => p.figures),
});
