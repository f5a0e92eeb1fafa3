import { WorkreportError } from '../errors.ts';
import type { Figure } from '../figures/figure.ts';
import { punctuation } from '../figures/locale.ts';
import type { UnitId } from '../figures/unit.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import type { Lang } from './chart.ts';
import { figureDatum, type ChartDatum } from './datum.ts';
import { indicatorValue, qualified } from './item.ts';
import { formatNumber, formatRatio, unitLabel } from './locale.ts';
import { chartText } from './sentences.ts';
import { assertSingleUnit } from './units.ts';
import { figureWords } from './words.ts';
import { message, type Params } from '../messages.ts';

/**
 * A part and the whole it belongs to, in one unit: 665 of 812 poor households lifted out.
 * `share` optionally names the ratio indicator of the two (`poor-households-lifted-share` of
 * `computeIndicators`), whose value and qualifier the chart then prints.
 */
export interface PartOfWhole {
  part: Figure;
  whole: Figure;
  share?: IndicatorResult;
}

/** A part and its whole as the progress bar and the waffle print them. */
export interface ResolvedPartOfWhole {
  unit: UnitId;
  /** The unit as printed after numbers: 户, 亩, 起, households. */
  unitText: string;
  part: ChartDatum;
  whole: ChartDatum;
  /** `81.9%`, or `约1.5%` / `about 1.5%` when part, whole or the indicator is not exact. */
  share: string;
  /** True when both figures (or the share indicator) are exact. */
  exact: boolean;
  /** zh `665 / 812 户（81.9%）`; with an inexact figure `近300亩 / 2万亩（约1.5%）`. */
  headline: string;
  /** zh `已脱贫户占建档立卡贫困户的比例`, en `Registered households … as a share of registered poor households`. */
  title: string;
  /** The share indicator's id, when one was given. */
  indicatorId?: string;
}

/**
 * The share of an indicator, after checking that it is the ratio of exactly `part` and `whole`.
 * Throws `CHART_NO_VALUE` for an indicator without a value, `OPTION_INVALID` naming it when its
 * unit is not `ratio`, its inputs are not the two figures, or its value differs from part / whole.
 */
function indicatorShare(
  builder: string,
  part: Figure,
  whole: Figure,
  indicator: IndicatorResult,
): Extract<IndicatorResult, { problem: null }> {
  const result = indicatorValue(indicator);
  const ratio = part.quantity.value / whole.quantity.value;
  const inputs = result.inputs.map((i) => i.id).sort();
  const expected = [part.id, whole.id].sort();
  const fault: Params<'OPTION_INVALID', 'shareIndicator'>['fault'] | undefined =
    result.unit !== 'ratio'
      ? { unit: result.unit }
      : inputs.join() !== expected.join()
        ? { inputs, expected }
        : Math.abs(result.value - ratio) > 1e-12 * Math.max(1, ratio)
          ? { value: result.value, part: part.id, whole: whole.id, ratio }
          : undefined;
  if (fault !== undefined) {
    throw new WorkreportError(message('OPTION_INVALID', 'shareIndicator', { fn: builder, id: result.id, fault }), {
      input: result.id,
    });
  }
  return result;
}

/**
 * Check a part and its whole and write the texts both part-to-whole charts print. The share
 * `part / whole` is rounded half-up to one decimal for display only.
 *
 * Throws `CHART_MIXED_UNITS` when part and whole differ in unit; `OPTION_INVALID` when `whole`
 * is not positive, `part` is negative or exceeds `whole` (naming both ids and values), or the
 * share indicator does not fit (see {@link indicatorShare}); `CHART_NO_VALUE` for a share
 * indicator without a value.
 */
export function resolvePartOfWhole(builder: string, input: PartOfWhole, lang: Lang): ResolvedPartOfWhole {
  const { part, whole, share } = input;
  const { unit, first } = assertSingleUnit([part, whole]);
  const p = part.quantity.value;
  const w = whole.quantity.value;
  if (!(w > 0) || p < 0 || p > w) {
    const params = { fn: builder, part: part.id, partValue: p, whole: whole.id, wholeValue: w };
    throw new WorkreportError(message('OPTION_INVALID', 'partOfWhole', params), {
      input: { part: part.id, whole: whole.id },
    });
  }
  const unitText = unitLabel(unit, lang, figureWords(first, lang).counted);
  const partRow = figureDatum(part, lang);
  const wholeRow = figureDatum(whole, lang);
  const figuresExact = part.quantity.qualifier === 'exact' && whole.quantity.qualifier === 'exact';
  const indicator = share === undefined ? undefined : indicatorShare(builder, part, whole, share);
  const exact = indicator === undefined ? figuresExact : indicator.qualifier === 'exact';
  const shareText = qualified(
    formatRatio(indicator?.value ?? p / w),
    indicator?.qualifier ?? (figuresExact ? 'exact' : 'approx'),
    lang,
  );
  // `665 / 812 户` when both numbers print as digits; a number printed with its magnitude (5.82亿,
  // 582 million) keeps its unit beside it: `5.82亿元 / 7.95亿元`, not `5.82亿 / 7.95亿 元`.
  const [partNumber, wholeNumber] = [formatNumber(p, lang), formatNumber(w, lang)];
  const digits = (text: string): boolean => /^[-\d,.]+$/.test(text);
  const ratio =
    figuresExact && digits(partNumber) && digits(wholeNumber)
      ? `${partNumber} / ${wholeNumber}${unitText ? ` ${unitText}` : ''}`
      : `${partRow.display} / ${wholeRow.display}`;
  const resolved: ResolvedPartOfWhole = {
    unit,
    unitText,
    part: partRow,
    whole: wholeRow,
    share: shareText,
    exact,
    headline: punctuation(lang).aside(ratio, shareText),
    title: chartText(lang).shareTitle(partRow.label, wholeRow.label),
  };
  if (indicator !== undefined) resolved.indicatorId = indicator.id;
  return resolved;
}
