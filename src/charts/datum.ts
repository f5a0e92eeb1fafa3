import { WorkreportError } from '../errors.ts';
import type { Figure } from '../figures/figure.ts';
import type { Qualifier } from '../figures/qualifier.ts';
import type { UnitId } from '../figures/unit.ts';
import type { Lang } from './chart.ts';
import { WORDS } from './locale.ts';
import { formatFigure } from './words.ts';

/**
 * One row of a chart's inline data: a figure as the chart shows it.
 * `value` is the exact figure value in its unit; `display` is the rounded text with qualifier and
 * unit (近300亩); `quote` is the report's own words (provenance.quote), shown in tooltips.
 */
export interface ChartDatum {
  id: string;
  label: string;
  value: number;
  unit: UnitId;
  qualifier: Qualifier;
  display: string;
  quote: string;
}

/** A figure as a {@link ChartDatum} in `lang`. */
export function figureDatum(figure: Figure, lang: Lang): ChartDatum {
  return {
    id: figure.id,
    label: figure.label[lang],
    value: figure.quantity.value,
    unit: figure.quantity.unit,
    qualifier: figure.quantity.qualifier,
    display: formatFigure(figure, lang),
    quote: figure.provenance.quote,
  };
}

/** Tooltip channels: the item label, its formatted value and the report's quote. */
export function tooltipFields(lang: Lang): { field: string; type: 'nominal'; title: string }[] {
  return [
    { field: 'label', type: 'nominal', title: WORDS.item[lang] },
    { field: 'display', type: 'nominal', title: WORDS.value[lang] },
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
      throw new WorkreportError('OPTION_INVALID', `${builder}: ${other} and ${id} have the same ${what} "${label}"; a chart needs distinct ${what}s`, {
        input: label,
      });
    }
    seen.set(label, id);
  }
}
