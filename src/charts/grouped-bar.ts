import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { chartKind, DEFINITION_BASE, RefsSchema } from './chart-kind.ts';
import { LabelSchema } from '../figures/schema.ts';
import { WorkreportError } from '../errors.ts';
import type { Figure, Label } from '../figures/figure.ts';
import { categoryAxisDescription, legendDescription } from './aria.ts';
import { labelledBarLayers, VALUE_GAP } from './labelled-bars.ts';
import type { Chart, Lang } from './chart.ts';
import { ariaText, assertDistinct, figureDatum, tooltipFields, type ChartDatum } from './datum.ts';
import { chartText, describeRange } from './sentences.ts';
import { largest } from './key-number.ts';
import { BELOW_X_AXIS, frame, sourceFooter, toChart, type FrameParts } from './frame.ts';
import { LABEL_LINE_HEIGHT, LABEL_PADDING, labelledRows } from './layout.ts';
import { unitLabel, unitTitle, WORDS } from './locale.ts';
import { valueX } from './row-encoding.ts';
import { resolveOptions, type ChartOptions } from './options.ts';
import { PADDING, THEME_COLORS } from './theme.ts';
import { assertSingleUnit } from './units.ts';
import { figureWords } from './words.ts';
import { message } from '../messages.ts';

/**
 * One group of bars: a label (a string in the chart's language, or both languages) and its
 * figures, drawn top to bottom in the given order.
 */
export interface BarGroup {
  group: string | Label;
  figures: readonly Figure[];
}

/** Options of {@link groupedBarChart}. */
export type GroupedBarOptions = ChartOptions;

/** Height of one bar in pixels, the gap between groups, and the gap between a bar and its label. */
const BAR_STEP = 22;
const GROUP_GAP = 14;
/** The label beside a bar: zh `已脱贫户 665户`, en `Households lifted out: 665 households`. */
const BAR_LABELS: Record<Lang, (label: string, display: string) => string> = {
  zh: (label, display) => `${label} ${display}`,
  en: (label, display) => `${label}: ${display}`,
};

/** The name of the kind, as alt text opens with it. */
const NAME: Label = { zh: '分组条形图', en: 'Grouped bar chart' };

/** Default overall width in pixels. */
const WIDTH = 560;

/** A bar of a group: its group label, its position in the group (0 = top) and its bar label. */
interface GroupedDatum extends ChartDatum {
  group: string;
  slot: number;
  /** `婚事新办 101起` / `Weddings held frugally: 101 cases`, drawn at the end of the bar. */
  text: string;
}

/** Height in pixels of one legend entry, and the gap between the legend and the plot. */
const LEGEND_ENTRY = 18;
const LEGEND_GAP = 8;
/** The theme's gap in pixels between the title block and the chart. */
const TITLE_GAP = 12;

/**
 * A legend of `entries` stacked above the plot from the chart's left edge (`left` pixels left of
 * the plot, under the category labels too), so long entries get the chart's full width.
 */
function legendAt(entries: number, left: number, width: number) {
  return {
    orient: 'none' as const,
    legendX: -left,
    legendY: -(entries * LEGEND_ENTRY + LEGEND_GAP),
    direction: 'vertical' as const,
    labelLimit: width - 2 * PADDING - 24,
  };
}

/**
 * Grouped horizontal bars of counts in one unit, e.g. Yangshahu's 2019 移风易俗 campaign:
 * 婚事新办 101起, 丧事简办 142起, 其他事不办 183起; or demolitions: 违建房 93处, 棚亭 319处.
 *
 * Groups run top to bottom and bars within a group in the given order (the encodings carry
 * explicit sort arrays, so 第一/第二/第三 are never sorted alphabetically). Each bar is labelled
 * with its figure label and formatted value (`婚事新办 101起`, `近300亩`), so no legend is needed
 * (when that does not fit on one line, as on a phone, bars carry their value and a legend names them);
 * colour follows the figure label, so a label repeated across groups keeps its colour.
 * Tooltips show group, label, value, qualifier and quote. Inputs are not modified.
 *
 * Throws `CHART_EMPTY` for no groups, `CHART_MIXED_UNITS` when the figures' units differ,
 * `OPTION_INVALID` for an empty group, two groups with one label, two figures with one label in
 * a group, or bad options.
 */
export function groupedBarChart(groups: readonly BarGroup[], options: GroupedBarOptions): Chart {
  const opts = resolveOptions('groupedBarChart', options, [], WIDTH);
  const { lang } = opts;
  const { within } = chartText(lang);
  const { unit, first } = assertSingleUnit(groups.flatMap((g) => g.figures));
  const counted = figureWords(first, lang).counted;
  const labels = groups.map((g, i) => ({
    id: `group ${i + 1}`,
    label: typeof g.group === 'string' ? g.group : g.group[lang],
    figures: g.figures,
  }));
  assertDistinct('groupedBarChart', 'group label', labels);
  const rows: GroupedDatum[] = labels.flatMap(({ label: group, figures }) => {
    if (figures.length === 0) {
      throw new WorkreportError(message('OPTION_INVALID', 'emptyGroup', { fn: 'groupedBarChart', group }), {
        input: group,
      });
    }
    const inGroup = figures.map((figure, slot) => {
      const datum = figureDatum(figure, lang);
      const text = BAR_LABELS[lang](datum.label, datum.display);
      return {
        ...datum,
        group,
        slot,
        text,
        aria: ariaText(within(group, datum.label), datum.display, lang),
      };
    });
    assertDistinct('groupedBarChart', `label in group "${group}"`, inGroup);
    return inGroup;
  });
  const series = [...new Set(rows.map((r) => r.label))];
  const slots = Math.max(...groups.map((g) => g.figures.length));

  const title = opts.title ?? chartText(lang).listTitle(labels.map((l) => l.label));
  const described = rows.map((r) => ({
    ...r,
    label: within(r.group, r.label),
  }));
  const parts: FrameParts = {
    kind: 'grouped-bar',
    options: opts,
    title,
    description: describeRange(NAME, title, unitLabel(unit, lang, counted) || unit, described, lang, groups.length),
    figureIds: rows.map((r) => r.id),
  };

  const axisTitle = unitTitle(unit, lang, counted);
  const groupLabels = labels.map((l) => l.label);
  // Each bar says what it is (`婚事新办 101起`) when that fits on one line beside it; otherwise bars
  // carry their value only and a legend names the colours, so labels never pile up on narrow charts.
  const named = labelledRows(groupLabels, rows, opts.width, 2 * VALUE_GAP, lang, BAR_STEP);
  const keyed = named.value.lines.some((l) => l.length > 1);
  const { column, value } = keyed
    ? labelledRows(
        groupLabels,
        rows.map((r) => ({ ...r, text: r.display })),
        opts.width,
        2 * VALUE_GAP,
        lang,
        BAR_STEP,
      )
    : named;
  const barStep = Math.max(BAR_STEP, Math.max(...value.lines.map((l) => l.length)) * LABEL_LINE_HEIGHT + 6);
  const groupStep = Math.max(slots * barStep + GROUP_GAP, column.lines * 14 + GROUP_GAP);
  const framed = frame(parts);
  // The legend sits above the plot outside Vega's layout: the title block moves up by its height.
  const titleOffset = keyed ? series.length * LEGEND_ENTRY + LEGEND_GAP + TITLE_GAP : undefined;
  const spec: TopLevelSpec = {
    ...framed,
    ...(titleOffset === undefined ? {} : { title: { ...framed.title, offset: titleOffset } }),
    height: groups.length * groupStep,
    data: { values: rows.map((r, i) => ({ ...r, valueLines: value.lines[i] })) },
    encoding: {
      y: {
        field: 'group',
        type: 'nominal',
        sort: groupLabels,
        scale: { paddingInner: GROUP_GAP / groupStep, paddingOuter: 0 },
        axis: { title: null, ...column.axis, description: categoryAxisDescription(groupLabels, lang) },
      },
      yOffset: { field: 'slot', type: 'nominal', sort: Array.from({ length: slots }, (_, i) => i) },
      x: valueX('value', value, axisTitle, lang),
      color: {
        field: 'label',
        type: 'nominal',
        sort: series,
        legend: keyed
          ? {
              ...legendAt(series.length, column.width + LABEL_PADDING, opts.width),
              description: legendDescription(series, lang),
            }
          : null,
      },
      tooltip: [{ field: 'group', type: 'nominal', title: WORDS.group[lang] }, ...tooltipFields(lang)],
    },
    layer: [
      ...labelledBarLayers(lang, 'valueLines', THEME_COLORS[opts.theme].text),
      sourceFooter(parts, { left: column.width + LABEL_PADDING, below: BELOW_X_AXIS }),
    ],
  };
  const max = largest(rows);
  return toChart(parts, spec, rows, { value: max.display, label: within(max.group, max.label) });
}

/** The grouped-bar kind in the registry: a definition names groups, each a list of figures. */
export const GROUPED_BAR_KIND = chartKind({
  schema: z
    .object({
      ...DEFINITION_BASE,
      kind: z.literal('grouped-bar'),
      groups: z.array(z.object({ group: LabelSchema, figures: RefsSchema }).strict()).min(1),
    })
    .strict(),
  build: groupedBarChart,
  fromDefinition: (d, options, pick) =>
    groupedBarChart(
      d.groups.map((g) => ({ group: g.group, figures: g.figures.map(pick.figure) })),
      options,
    ),
  refs: (d) => d.groups.flatMap((g) => g.figures),
});
