import { WorkreportError } from '../errors.ts';
import type { Figure } from '../figures/figure.ts';
import { punctuation } from '../figures/locale.ts';
import type { IndicatorUnit } from '../indicators/indicator-unit.ts';
import type { Lang } from './chart.ts';
import { qualifierText, WORDS, type ValueQualifier } from './locale.ts';
import { figureWords, formatFigure } from './words.ts';
import { message } from '../messages.ts';

/**
 * One row of a chart's inline data: a figure (or a computed indicator) as the chart shows it.
 * `value` is the exact value in `unit` (a ratio indicator is shown in `percent`); `display` is the
 * rounded text with qualifier and unit (近300亩); `qualifierText` explains the qualifier
 * (近（约数）); `quote` is the report's own words (provenance.quote; for an indicator, the quotes
 * of its inputs), shown in tooltips; `aria` is the item's screen-reader label (label and display).
 * Every text is plain text: Vega draws it as text and vega-embed's tooltip escapes it.
 */
export interface ChartDatum {
  id: string;
  label: string;
  value: number;
  unit: IndicatorUnit;
  qualifier: ValueQualifier;
  display: string;
  qualifierText: string;
  quote: string;
  aria: string;
}

/** `label：display` in zh, `label: display` in en, the screen-reader text of an item. */
export function ariaText(label: string, display: string, lang: Lang): string {
  return punctuation(lang).colon(label) + display;
}

/** A figure as a {@link ChartDatum} in `lang`. */
export function figureDatum(figure: Figure, lang: Lang): ChartDatum {
  const label = figure.label[lang];
  const display = formatFigure(figure, lang);
  return {
    id: figure.id,
    label,
    value: figure.quantity.value,
    unit: figure.quantity.unit,
    qualifier: figure.quantity.qualifier,
    display,
    qualifierText: qualifierText(figure.quantity.qualifier, lang, figureWords(figure, 'zh').qualifier),
    quote: figure.provenance.quote,
    aria: ariaText(label, display, lang),
  };
}

/** Tooltip channels: the item label, its formatted value, its qualifier explained and the report's quote. */
export function tooltipFields(lang: Lang): { field: string; type: 'nominal'; title: string }[] {
  return [
    { field: 'label', type: 'nominal', title: WORDS.item[lang] },
    { field: 'display', type: 'nominal', title: WORDS.value[lang] },
    { field: 'qualifierText', type: 'nominal', title: WORDS.qualifier[lang] },
    { field: 'quote', type: 'nominal', title: WORDS.quote[lang] },
  ];
}

/**
 * Check that `labels` name distinct categories (a scale would merge two equal labels into one
 * bar). Throws `OPTION_INVALID` naming the repeated label and the ids that carry it.
 */
export function assertDistinct(builder: string, what: string, labels: readonly { id: string; label: string }[]): void {
  const seen = new Map<string, string>();
  for (const { id, label } of labels) {
    const other = seen.get(label);
    if (other !== undefined) {
      const params = { fn: builder, what, label, first: other, second: id };
      throw new WorkreportError(message('OPTION_INVALID', 'sameLabel', params), { input: label });
    }
    seen.set(label, id);
  }
}
