import type { Label } from '../figures/figure.ts';
import type { Lang } from './chart.ts';

/**
 * Alt text and default titles written from a chart's data, in the chart's language.
 * Screen readers read `description`, so it states the unit and the extremes in words.
 */

/** What a chart shows of one item, as alt text needs it. */
export interface DescribedItem {
  label: string;
  /** Exact value, used only to find the largest and smallest items. */
  value: number;
  /** The value as the chart prints it, with qualifier and unit (近300亩). */
  display: string;
}

/** Names of chart kinds as alt text opens with them. */
export const KIND_NAMES = {
  bar: { zh: '条形图', en: 'Bar chart' },
  'grouped-bar': { zh: '分组条形图', en: 'Grouped bar chart' },
  progress: { zh: '进度条', en: 'Progress bar' },
  kpi: { zh: '数字卡片', en: 'Number card' },
  waffle: { zh: '方格图', en: 'Waffle chart' },
  'dot-plot': { zh: '点图', en: 'Dot plot' },
  lollipop: { zh: '棒棒糖图', en: 'Lollipop chart' },
  dumbbell: { zh: '哑铃图', en: 'Dumbbell chart' },
  'small-multiples': { zh: '分面条形图', en: 'Small multiples of bar charts' },
} as const satisfies Record<string, Label>;

/**
 * The largest and smallest of `items` in words, ties to the first:
 * zh `最高为优质稻种植（2万亩），最低为果园（近300亩）`, en `Highest: … (20,000 mu); lowest: … (about 300 mu)`;
 * one item reads `优质稻种植（2万亩）`. `items` must not be empty.
 */
export function extremes(items: readonly DescribedItem[], lang: Lang): string {
  const max = items.reduce((a, b) => (b.value > a.value ? b : a));
  const min = items.reduce((a, b) => (b.value < a.value ? b : a));
  if (lang === 'zh')
    return items.length === 1
      ? `${max.label}（${max.display}）`
      : `最高为${max.label}（${max.display}），最低为${min.label}（${min.display}）`;
  return items.length === 1
    ? `${max.label} (${max.display})`
    : `Highest: ${max.label} (${max.display}); lowest: ${min.label} (${min.display})`;
}

/**
 * Alt text of a chart of items on one value axis:
 * zh `条形图：<title>，共5项，单位：亩；最高为优质稻种植（2万亩），最低为果园（近300亩）。`
 * en `Bar chart: <title>. 5 items, unit: mu. Highest: … (20,000 mu); lowest: … (about 300 mu).`
 * With `groups`, the count reads `共2组5项` / `5 items in 2 groups`. Ties go to the first item.
 * `items` must not be empty (builders check units first, which refuses none).
 */
export function describeRange(
  kind: Label,
  title: string,
  unit: string,
  items: readonly DescribedItem[],
  lang: Lang,
  groups?: number,
): string {
  const n = items.length;
  if (lang === 'zh') {
    const count = groups === undefined ? `共${n}项` : `共${groups}组${n}项`;
    return `${kind.zh}：${title}，${count}，单位：${unit}；${extremes(items, lang)}。`;
  }
  const count = `${n} ${n === 1 ? 'item' : 'items'}${groups === undefined ? '' : ` in ${groups} ${groups === 1 ? 'group' : 'groups'}`}`;
  return `${kind.en}: ${title}. ${count}, unit: ${unit}. ${extremes(items, lang)}.`;
}

/**
 * A title listing what a chart shows, for when the caller gives none:
 * zh `优质稻种植、稻田养虾、果园等5项`, en `Quality rice, Rice-shrimp farming, Orchards and 2 more`.
 */
export function listTitle(labels: readonly string[], lang: Lang): string {
  const shown = labels.slice(0, 3);
  const rest = labels.length - shown.length;
  if (lang === 'zh') return shown.join('、') + (rest > 0 ? `等${labels.length}项` : '');
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown.join('');
}
