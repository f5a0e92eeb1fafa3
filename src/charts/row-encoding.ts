import type { Lang } from './chart.ts';
import { categoryAxisDescription, valueAxisDescription } from './aria.ts';
import { tickAxis, type CategoryColumn, type ValueScale } from './layout.ts';

/**
 * The two encodings every chart of labelled rows shares (bar, dot plot, grouped bar, dumbbell,
 * growth check table): the rows down a category axis in the order given, with their wrapped label
 * column, and the values along an x axis laid out by {@link ValueScale} (its domain, ticks and label
 * room), with the unit as its title. Both axes carry a description for screen readers.
 */

/**
 * The y encoding of rows named by `field`, in the order of `labels`, with the label column `column`.
 * @example categoryY('label', ['水稻', '油菜'], { width: 40, lines: 1, axis: { labelLimit: 40, labelLineHeight: 14 } }, 'zh').sort // ['水稻', '油菜']
 */
export function categoryY(field: string, labels: readonly string[], column: CategoryColumn, lang: Lang) {
  return {
    field,
    type: 'nominal' as const,
    sort: [...labels],
    axis: { title: null, ...column.axis, description: categoryAxisDescription(labels, lang) },
  };
}

/** The x encoding of the values in `field` on the scale `value`, its axis titled `title` (`单位：亩`). */
export function valueX(field: string, value: ValueScale, title: string, lang: Lang) {
  return {
    field,
    type: 'quantitative' as const,
    scale: value.scale,
    axis: { title, ...tickAxis(lang, value.ticks, value.max), description: valueAxisDescription(title, lang) },
  };
}
