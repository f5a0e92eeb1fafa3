import { punctuation } from '../figures/locale.ts';
import type { KeyNumber, Lang } from './chart.ts';
import { ariaText } from './datum.ts';
import { qualified } from './item.ts';
import { formatShare } from './locale.ts';

/**
 * What the key numbers of several kinds share. Each kind picks its own key number in its file, from
 * the rows it built (`Chart.keyNumber`): no one reads it back out of the spec.
 */

/** What a key number needs of a row: its label, exact value, and the value as printed. */
interface KeyRow {
  label: string;
  value: number;
  display: string;
  qualifier?: string | null;
}

/** The row with the largest value; the first of ties. `rows` must not be empty (builders refuse none). */
export function largest<R extends KeyRow>(rows: readonly R[]): R {
  return rows.reduce((max, row) => (row.value > max.value ? row : max));
}

/** The first of `rows`, which the builder has already refused to be empty. */
export function firstRow<R>(rows: readonly R[]): R {
  return rows.reduce((first) => first);
}

/** The largest value, labelled with its row's label: `2万亩`, 优质稻种植面积. */
export function largestValue(rows: readonly KeyRow[]): KeyNumber {
  const max = largest(rows);
  return { value: max.display, label: max.label };
}

/**
 * The share of `part` in `whole`, with both figures as the label: `81.9%`,
 * `已脱贫户：665户；建档立卡贫困户：812户`. The share is `约…` (`about …`) unless both figures are exact,
 * as the progress bar and the waffle print it, so both kinds of the same figures give the same key number.
 */
export function shareKeyNumber(part: KeyRow, whole: KeyRow, lang: Lang): KeyNumber {
  const exact = part.qualifier === 'exact' && whole.qualifier === 'exact';
  return {
    value: qualified(formatShare(part.value, whole.value, lang), exact ? 'exact' : 'approx', lang),
    label: [ariaText(part.label, part.display, lang), ariaText(whole.label, whole.display, lang)].join(
      punctuation(lang).clauses,
    ),
  };
}
