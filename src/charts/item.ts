import { WorkreportError } from '../errors.ts';
import type { Figure } from '../figures/figure.ts';
import { punctuation } from '../figures/locale.ts';
import { UNITS, type UnitId } from '../figures/unit.ts';
import type { IndicatorUnit } from '../indicators/indicator-unit.ts';
import { RESULT_QUALIFIERS, type IndicatorResult } from '../indicators/result.ts';
import type { Lang } from './chart.ts';
import { ariaText, figureDatum, type ChartDatum } from './datum.ts';
import {
  formatNumber,
  formatQuantity,
  formatRatio,
  labelled,
  qualifierText,
  unitLabel,
  withQualifier,
} from './locale.ts';
import { chartText } from './sentences.ts';
import { unitKey } from './units.ts';
import { classifierOf, figureWords } from './words.ts';
import { message } from '../messages.ts';

/**
 * What the dot plot, dumbbell and small multiples chart: a figure of the report, or an indicator
 * computed from its figures (`computeIndicators`). An indicator carries no quote of its own: its
 * tooltip quotes its inputs, and its chart lists the input figures in `usermeta.figureIds`.
 */
export type ChartItem = Figure | IndicatorResult;

/** True for an indicator result (it has a formula), false for a figure. */
export function isIndicatorResult(item: ChartItem): item is IndicatorResult {
  return 'formula' in item;
}

/** The unit every item of one axis shares, as its key and as the text printed after numbers. */
export interface ItemsUnit {
  /** `mu`, `count (events)`, `persons/households`; a ratio indicator reads as `percent`. */
  key: string;
  /** `亩`, `起`, `人/户`, `%`; en `mu`, `events`, `persons per household`. */
  label: string;
  /** Axis or panel title: zh `单位：亩`, en `Unit: mu`. */
  title: string;
}

/** A canonical unit of the table (亩, 元/亩 …), as opposed to a rate an indicator makes of two (persons/households). */
function isUnitId(unit: IndicatorUnit): unit is UnitId {
  return unit in UNITS;
}

/** An indicator's unit as the axis shows it: ratios are percentages. */
function shownUnit(result: IndicatorResult): IndicatorUnit {
  return result.unit === 'ratio' ? 'percent' : result.unit;
}

/**
 * The word for `count` in a rate of `result`: the classifier of its count input's quote (zh 处
 * of 93处) or that input's counted noun (en illegal buildings); 个 / items when none is known.
 */
function countWord(result: IndicatorResult, lang: Lang): string {
  return COUNT_WORDS[lang](result.inputs.find((i) => i.unit === 'count' && i.figure !== null)?.figure ?? undefined);
}

/** How each language names what a count input counts: zh by the classifier of its quote, en by its counted noun. */
const COUNT_WORDS: Record<Lang, (input: { quote: string; counted?: string | undefined } | undefined) => string> = {
  zh: (input) => (input && classifierOf(input.quote)) ?? UNITS.count.label.zh,
  en: (input) => input?.counted ?? 'items',
};

/** The unit text of an indicator: `户`, `%`, zh `人/户`, en `persons per household`. */
function indicatorUnitLabel(result: IndicatorResult, lang: Lang): string {
  const unit = shownUnit(result);
  const word = (id: UnitId): string => (id === 'count' ? countWord(result, lang) : UNITS[id].label[lang]);
  const slash = unit.indexOf('/');
  if (isUnitId(unit)) return unit === 'count' ? countWord(result, lang) : unitLabel(unit, lang);
  const [numerator, denominator] = [unit.slice(0, slash) as UnitId, unit.slice(slash + 1) as UnitId];
  return chartText(lang).per(word(numerator), word(denominator));
}

/** A computed value with its qualifier: zh `约3.2人/户`, `60%以上`, `2.4人/户（不确定）`; en `about 3.2 …`. */
export function qualified(text: string, qualifier: IndicatorResult['qualifier'], lang: Lang): string {
  return qualifier === null ? text : withQualifier(text, RESULT_QUALIFIERS[qualifier][lang], lang);
}

/**
 * The value of an indicator, or `CHART_NO_VALUE` naming it and its problem (a missing input,
 * incompatible units, a division by zero) when it has none.
 */
export function indicatorValue(result: IndicatorResult): Extract<IndicatorResult, { problem: null }> {
  if (result.problem !== null) {
    throw new WorkreportError(message('CHART_NO_VALUE', 'indicator', { id: result.id, problem: result.problem }), {
      input: result.id,
    });
  }
  return result;
}

/**
 * An indicator as a {@link ChartDatum}: value in its unit (a ratio ×100, in `percent`), display
 * with qualifier (`81.9%`, `3.23人/户`, `3.23 persons per household`), quote = the quotes of its
 * inputs (`2624人；812户`). Throws `CHART_NO_VALUE` for an indicator without a value.
 */
function indicatorDatum(item: IndicatorResult, lang: Lang): ChartDatum {
  const result = indicatorValue(item);
  const unit = shownUnit(result);
  const { value, qualifier } = result;
  const label = result.label[lang];
  const shown = result.unit === 'ratio' ? value * 100 : value;
  const bare =
    result.unit === 'ratio'
      ? formatRatio(value)
      : !isUnitId(unit)
        ? formatNumber(value, lang) + punctuation(lang).space + indicatorUnitLabel(result, lang)
        : formatQuantity({ value, unit, qualifier: 'exact' }, lang, {
            counted: indicatorUnitLabel(result, lang),
          });
  const display = qualified(bare, qualifier, lang);
  const quotes = result.inputs.flatMap((input) => (input.figure === null ? [] : [input.figure.quote]));
  return {
    id: result.id,
    label,
    value: shown,
    unit,
    qualifier,
    display,
    qualifierText: qualifierText(qualifier, lang),
    quote: quotes.join(punctuation(lang).clauses),
    aria: ariaText(label, display, lang),
  };
}

/** A figure or indicator as a {@link ChartDatum} in `lang`. */
export function itemDatum(item: ChartItem, lang: Lang): ChartDatum {
  return isIndicatorResult(item) ? indicatorDatum(item, lang) : figureDatum(item, lang);
}

/** `mu`, `count (events)`; an indicator's unit (`persons/households`, a ratio as `percent`). */
function itemKey(item: ChartItem): string {
  return isIndicatorResult(item) ? shownUnit(item) : unitKey(item);
}

/**
 * Check that `items` can share one value axis, and return their unit in `lang`. `where` names
 * the axis in messages (`panel "民生"`). Throws `CHART_EMPTY` for no items and
 * `CHART_MIXED_UNITS` naming every unit with the ids that carry it, e.g. "poor-households-lifted
 * (households) and poor-persons-lifted (persons) have different units".
 */
export function assertItemsUnit(items: readonly ChartItem[], lang: Lang, where = 'a chart'): ItemsUnit {
  const [first] = items;
  if (first === undefined)
    throw new WorkreportError(message('CHART_EMPTY', 'nothing', { where, things: 'figures or indicators' }), {
      input: items,
    });
  const byUnit = new Map<string, string[]>();
  for (const item of items) {
    const key = itemKey(item);
    byUnit.set(key, [...(byUnit.get(key) ?? []), item.id]);
  }
  if (byUnit.size > 1) {
    const groups = [...byUnit].map(([unit, ids]) => ({ unit, ids }));
    throw new WorkreportError(message('CHART_MIXED_UNITS', 'axis', { where, groups, split: 'axis (or panel)' }), {
      input: [...byUnit.keys()],
    });
  }
  const label = isIndicatorResult(first)
    ? indicatorUnitLabel(indicatorValue(first), lang)
    : unitLabel(first.quantity.unit, lang, figureWords(first, lang).counted);
  const key = itemKey(first);
  return { key, label, title: labelled('unit', lang) + (label || key) };
}

/** The figure ids a chart of `items` rests on (an indicator's input ids), each once, and the indicator ids if any. */
export function itemIds(items: readonly ChartItem[]): { figureIds: string[]; indicatorIds?: string[] } {
  const figureIds = [
    ...new Set(items.flatMap((item) => (isIndicatorResult(item) ? item.inputs.map((i) => i.id) : [item.id]))),
  ];
  const indicatorIds = items.filter(isIndicatorResult).map((item) => item.id);
  return indicatorIds.length === 0 ? { figureIds } : { figureIds, indicatorIds };
}
