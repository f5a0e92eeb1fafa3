import type { TopLevelSpec } from 'vega-lite';
import { WorkreportError } from '../errors.ts';
import type { Figure } from '../figures/figure.ts';
import type { Chart, Lang } from './chart.ts';
import { figureDatum, tooltipFields, type ChartDatum } from './datum.ts';
import { KIND_NAMES } from './describe.ts';
import { frame, toChart, type FrameParts } from './frame.ts';
import { formatNumber, formatShare, unitLabel } from './locale.ts';
import { resolveOptions, type ChartOptions } from './options.ts';
import { GREY, PALETTE } from './theme.ts';
import { assertSingleUnit } from './units.ts';
import { figureWords } from './words.ts';

/** A part and the whole it belongs to, in one unit: 665 of 812 poor households lifted out. */
export interface PartOfWhole {
  part: Figure;
  whole: Figure;
}

/** Options of {@link progressChart}. */
export type ProgressOptions = ChartOptions;

/** Default overall width in pixels. */
const WIDTH = 560;
/** Vertical layout of the plot in pixels: headline baseline, bar top and bottom, caption baselines. */
const LAYOUT = { headline: 18, barTop: 28, barBottom: 56, partCaption: 76, wholeCaption: 96, height: 102 };

/** One row per bar: the figure, its role and the texts drawn beside the bar. */
interface ProgressDatum extends ChartDatum {
  role: 'part' | 'whole';
  caption: string;
  headline: string;
}

/**
 * The headline over the bar: zh `665 / 812 户（81.9%）`, en `665 / 812 households (81.9%)`.
 * When either figure is not exact, both are written out with their qualifiers and the share
 * reads 约 / about: `近300亩 / 500亩（约60%）`.
 */
function headline(part: ChartDatum, whole: ChartDatum, unit: string, share: string, lang: Lang): string {
  const exact = part.qualifier === 'exact' && whole.qualifier === 'exact';
  const ratio = exact
    ? `${formatNumber(part.value, lang)} / ${formatNumber(whole.value, lang)}${unit ? ` ${unit}` : ''}`
    : `${part.display} / ${whole.display}`;
  const approx = exact ? share : lang === 'zh' ? `约${share}` : `about ${share}`;
  return lang === 'zh' ? `${ratio}（${approx}）` : `${ratio} (${approx})`;
}

/** `Registered poor households` → `registered poor households`, but `CPC members` stays. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * A part-to-whole bar: a full-width track for `whole` with `part` filled in, headed
 * `665 / 812 户（81.9%）`, with both labels and values captioned below. Example, Yangshahu 2019:
 * 已脱贫 665 of 812 建档立卡贫困户 (81.9%), and 2269 of 2624 persons (86.5%).
 *
 * The share `part / whole` is rounded to one decimal for display only. Tooltips show label,
 * value and the report's quote. Inputs are not modified.
 *
 * Throws `CHART_MIXED_UNITS` when part and whole differ in unit, `OPTION_INVALID` when
 * `whole` is not positive, `part` is negative or `part` exceeds `whole` (naming both ids and
 * values), or for bad options.
 */
export function progressChart(input: PartOfWhole, options: ProgressOptions): Chart {
  const opts = resolveOptions('progressChart', options, [], WIDTH);
  const { lang } = opts;
  const { part, whole } = input;
  const { unit, first } = assertSingleUnit([part, whole]);
  const p = part.quantity.value;
  const w = whole.quantity.value;
  if (!(w > 0) || p < 0 || p > w) {
    throw new WorkreportError(
      'OPTION_INVALID',
      `progressChart: part ${part.id} (${p}) must lie between 0 and whole ${whole.id} (${w}), and the whole must be positive`,
      { input: { part: part.id, whole: whole.id } },
    );
  }
  const unitText = unitLabel(unit, lang, figureWords(first, lang).counted);
  const partRow = figureDatum(part, lang);
  const wholeRow = figureDatum(whole, lang);
  const share = formatShare(p, w, lang);
  const head = headline(partRow, wholeRow, unitText, share, lang);
  const caption = (row: ChartDatum): string => (lang === 'zh' ? `${row.label}：${row.display}` : `${row.label}: ${row.display}`);
  const rows: ProgressDatum[] = [
    { ...wholeRow, role: 'whole', caption: caption(wholeRow), headline: head },
    { ...partRow, role: 'part', caption: caption(partRow), headline: head },
  ];

  const title =
    opts.title ?? (lang === 'zh' ? `${partRow.label}占${wholeRow.label}的比例` : `${partRow.label} as a share of ${lowerFirst(wholeRow.label)}`);
  const description =
    lang === 'zh'
      ? `${KIND_NAMES.progress.zh}：${title}，单位：${unitText || unit}；${partRow.label}为${partRow.display}，占${wholeRow.label}（${wholeRow.display}）的${share}。`
      : `${KIND_NAMES.progress.en}: ${title}. Unit: ${unitText || unit}. ${partRow.label}: ${partRow.display}, ${share} of ${lowerFirst(wholeRow.label)} (${wholeRow.display}).`;
  const parts: FrameParts = { kind: 'progress', options: opts, title, description, figureIds: [whole.id, part.id] };

  const text = (role: ProgressDatum['role'], field: 'caption' | 'headline', y: number, color: string, bold = false) => ({
    transform: [{ filter: { field: 'role', equal: role } }],
    mark: { type: 'text' as const, align: 'left' as const, baseline: 'alphabetic' as const, x: 0, y, color, ...(bold ? { fontSize: 16, fontWeight: 'bold' as const } : {}) },
    encoding: { text: { field, type: 'nominal' as const } },
  });
  const spec: TopLevelSpec = {
    ...frame(parts),
    height: LAYOUT.height,
    data: { values: rows },
    layer: [
      {
        mark: { type: 'rect' },
        encoding: {
          x: { field: 'value', type: 'quantitative', scale: { domain: [0, w], nice: false }, axis: null },
          x2: { datum: 0 },
          y: { value: LAYOUT.barTop },
          y2: { value: LAYOUT.barBottom },
          color: { field: 'role', type: 'nominal', scale: { domain: ['whole', 'part'], range: [GREY.track, PALETTE[0]] }, legend: null },
          tooltip: tooltipFields(lang),
        },
      },
      text('part', 'headline', LAYOUT.headline, GREY.text, true),
      text('part', 'caption', LAYOUT.partCaption, PALETTE[0]),
      text('whole', 'caption', LAYOUT.wholeCaption, GREY.muted),
    ],
  };
  return toChart(parts, spec);
}
