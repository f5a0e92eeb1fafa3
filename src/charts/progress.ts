import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { chartKind, DEFINITION_BASE, RefSchema } from './chart-kind.ts';
import type { Label } from '../figures/figure.ts';
import type { Chart, Lang } from './chart.ts';
import { markRole } from './aria.ts';
import { ariaText, tooltipFields, type ChartDatum } from './datum.ts';
import { lowerFirst } from './sentences.ts';
import { shareKeyNumber } from './key-number.ts';
import { BELOW_PLOT, frame, sourceFooter, toChart, type FrameParts } from './frame.ts';
import { resolveOptions, type ChartOptions } from './options.ts';
import { resolvePartOfWhole, type PartOfWhole } from './part-whole.ts';
import { FONT_SIZE, PADDING, THEME_COLORS } from './theme.ts';
import { wrapToWidth } from './wrap.ts';

/** The alt text of a progress bar in each language: the unit, the part and its share of the whole. */
const TEXT: Record<
  Lang,
  {
    description: (
      kind: string,
      title: string,
      unit: string,
      part: ChartDatum,
      whole: ChartDatum,
      share: string,
    ) => string;
  }
> = {
  zh: {
    description: (kind, title, unit, part, whole, share) =>
      `${kind}：${title}，单位：${unit}；${part.label}为${part.display}，占${whole.label}（${whole.display}）的${share}。`,
  },
  en: {
    description: (kind, title, unit, part, whole, share) =>
      `${kind}: ${title}. Unit: ${unit}. ${part.label}: ${part.display}, ${share} of ${lowerFirst(whole.label)} (${whole.display}).`,
  },
};

/** Options of {@link progressChart}. */
export type ProgressOptions = ChartOptions;

/** The name of the kind, as alt text opens with it. */
const NAME: Label = { zh: '进度条', en: 'Progress bar' };

/** Default overall width in pixels. */
const WIDTH = 560;
/** Vertical layout of the plot in pixels: headline baseline, bar top and bottom, first caption baseline, caption line step. */
const LAYOUT = { headline: 18, barTop: 28, barBottom: 56, partCaption: 76, captionLine: 20, bottom: 6 };

/** One row per bar: the figure, its role and the texts drawn beside the bar. */
interface ProgressDatum extends ChartDatum {
  role: 'part' | 'whole';
  /** `label：value`, wrapped to the chart's width. */
  caption: string[];
  /** `part / whole (share)`, wrapped to the chart's width. */
  headline: string[];
}

/** Font size in pixels of the headline (`665户 / 812户（81.9%）`). */
const HEADLINE_SIZE = 16;

/** A caption's lines in a chart `width` pixels wide. */
function captionLines(caption: string, width: number): string[] {
  return wrapToWidth(caption, width - 2 * PADDING, FONT_SIZE.dataLabel);
}

/**
 * A part-to-whole bar: a full-width track for `whole` with `part` filled in, headed
 * `665 / 812 户（81.9%）`, with both labels and values captioned below. Example, Yangshahu 2019:
 * 已脱贫 665 of 812 建档立卡贫困户 (81.9%), and 2269 of 2624 persons (86.5%).
 *
 * The share `part / whole` is rounded half-up to one decimal for display only; with
 * `input.share` (a ratio indicator of the two figures) its value and qualifier are printed.
 * Tooltips show label, value, qualifier and the report's quote. Inputs are not modified.
 *
 * Throws `CHART_MIXED_UNITS` when part and whole differ in unit, `OPTION_INVALID` when
 * `whole` is not positive, `part` is negative or `part` exceeds `whole` (naming both ids and
 * values), for a share indicator of other figures, or for bad options.
 */
export function progressChart(input: PartOfWhole, options: ProgressOptions): Chart {
  const opts = resolveOptions('progressChart', options, [], WIDTH);
  const { lang } = opts;
  const colors = THEME_COLORS[opts.theme];
  const { unit, unitText, part, whole, share, headline, ...resolved } = resolvePartOfWhole(
    'progressChart',
    input,
    lang,
  );
  // The headline wraps to the chart's width too (`about 100 enterprises / 199 enterprises (about 50.3%)` at
  // 375 px); what is drawn below it moves down by its extra lines.
  const headlineLines = wrapToWidth(headline, opts.width - 2 * PADDING, HEADLINE_SIZE, { bold: true });
  const below = (headlineLines.length - 1) * LAYOUT.captionLine;
  const rows: ProgressDatum[] = [
    {
      ...whole,
      role: 'whole',
      caption: captionLines(ariaText(whole.label, whole.display, lang), opts.width),
      headline: headlineLines,
    },
    {
      ...part,
      role: 'part',
      caption: captionLines(ariaText(part.label, part.display, lang), opts.width),
      headline: headlineLines,
    },
  ];
  // Captions wrap to the chart's width; the whole's caption starts below the part's last line.
  const partLines = rows[1]?.caption.length ?? 1;
  const partCaption = LAYOUT.partCaption + below;
  const wholeCaption = partCaption + partLines * LAYOUT.captionLine;
  const height = wholeCaption + ((rows[0]?.caption.length ?? 1) - 1) * LAYOUT.captionLine + LAYOUT.bottom;

  const title = opts.title ?? resolved.title;
  const description = TEXT[lang].description(NAME[lang], title, unitText || unit, part, whole, share);
  const parts: FrameParts = { kind: 'progress', options: opts, title, description, figureIds: [whole.id, part.id] };
  if (resolved.indicatorId !== undefined) parts.indicatorIds = [resolved.indicatorId];

  const text = (
    role: ProgressDatum['role'],
    field: 'caption' | 'headline',
    y: number,
    color: string,
    bold = false,
  ) => ({
    transform: [{ filter: { field: 'role', equal: role } }],
    mark: {
      type: 'text' as const,
      align: 'left' as const,
      baseline: 'alphabetic' as const,
      lineHeight: LAYOUT.captionLine,
      x: 0,
      y,
      color,
      aria: false,
      ...(bold ? { fontSize: HEADLINE_SIZE, fontWeight: 'bold' as const } : {}),
    },
    encoding: { text: { field, type: 'nominal' as const } },
  });
  const spec: TopLevelSpec = {
    ...frame(parts),
    height,
    data: { values: rows },
    layer: [
      {
        mark: { type: 'rect', ...markRole('bar', lang) },
        encoding: {
          x: { field: 'value', type: 'quantitative', scale: { domain: [0, whole.value], nice: false }, axis: null },
          x2: { datum: 0 },
          y: { value: LAYOUT.barTop + below },
          y2: { value: LAYOUT.barBottom + below },
          color: {
            field: 'role',
            type: 'nominal',
            scale: { domain: ['whole', 'part'], range: [colors.track, colors.palette[0]] },
            legend: null,
          },
          tooltip: tooltipFields(lang),
          description: { field: 'aria', type: 'nominal' },
        },
      },
      text('part', 'headline', LAYOUT.headline, colors.text, true),
      text('part', 'caption', partCaption, colors.palette[0]),
      text('whole', 'caption', wholeCaption, colors.muted),
      sourceFooter(parts, { left: 0, below: BELOW_PLOT }),
    ],
  };
  return toChart(parts, spec, rows, shareKeyNumber(part, whole, lang));
}

/** The progress kind in the registry: a definition names a part and its whole. */
export const PROGRESS_KIND = chartKind({
  schema: z.object({ ...DEFINITION_BASE, kind: z.literal('progress'), part: RefSchema, whole: RefSchema }).strict(),
  build: progressChart,
  fromDefinition: (d, options, pick) =>
    progressChart({ part: pick.figure(d.part), whole: pick.figure(d.whole) }, options),
  refs: (d) => [d.part, d.whole],
});
