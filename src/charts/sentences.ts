import type { Label, ReportMeta } from '../figures/figure.ts';
import { dateText } from '../figures/period-text.ts';
import type { Lang } from './chart.ts';
import { labelled, singular } from './locale.ts';

/**
 * The sentences charts share, in zh-CN and en: alt text of items on a value axis, default titles,
 * the source line, tooltip titles and the words of changes. Each language is one entry of
 * {@link CHART_SENTENCES}, typed alike, so a sentence missing in one language does not compile;
 * a word-order difference is a template here, never a branch in a builder. The sentences of one
 * kind only (its alt text) sit in that kind's file, typed the same way; the punctuation every
 * layer shares is src/figures/locale.ts.
 */

/** What a chart shows of one item, as alt text needs it. */
export interface DescribedItem {
  label: string;
  /** Exact value, used only to find the largest and smallest items. */
  value: number;
  /** The value as the chart prints it, with qualifier and unit (近300亩). */
  display: string;
}

/** The chart sentences of one language. */
export interface ChartSentences {
  /**
   * The largest and smallest item in words, as found by {@link extremes}: zh
   * `最高为优质稻种植（2万亩），最低为果园（近300亩）`, en `Highest: … (20,000 mu); lowest: … (about 300 mu)`;
   * one item reads `优质稻种植（2万亩）`.
   */
  extremes: (max: DescribedItem, min: DescribedItem, count: number) => string;
  /** zh `共5项`, `共2组5项`; en `5 items`, `5 items in 2 groups`. */
  itemCount: (items: number, groups?: number) => string;
  /** zh `<kind>：<title>，<count>，单位：<unit>；<extremes>。`, en `<kind>: <title>. <count>, unit: <unit>. <extremes>.` */
  range: (kind: string, title: string, count: string, unit: string, extremes: string) => string;
  /**
   * Alt text of a chart of rows over years (slope, line): zh `<kind>：<title>，<span>，共2项，单位：<unit>；<row>；<row>。`,
   * en `<kind>: <title>, <span>. 2 items, unit: <unit>. <row>; <row>.`
   */
  overYears: (kind: string, title: string, span: string, rows: readonly string[], unit: string) => string;
  /** zh `优质稻种植、稻田养虾、果园等5项`, en `Quality rice, Rice-shrimp farming, Orchards and 2 more`. */
  listTitle: (labels: readonly string[]) => string;
  /** zh `2018年至2019年`, en `2018 to 2019`: the years a chart spans, already written. */
  span: (from: string, to: string) => string;
  /** The source line: zh `来源：《title》，publisher，2019-12-16`, en `Source: "title", publisher, 16 Dec 2019`. */
  source: (meta: ReportMeta) => string;
  /** The default title of a part of a whole: zh `已脱贫户占建档立卡贫困户的比例`, en `Households lifted out as a share of registered poor households`. */
  shareTitle: (part: string, whole: string) => string;
  /** An item within its group: zh `低保与危房·完成低保评定`, en `Welfare: Subsistence allowance reviewed`. */
  within: (group: string, label: string) => string;
  /** Tooltip title of a year field. */
  year: string;
  /** The mark of an estimated value (a tooltip field), and that field's title. */
  estimate: string;
  estimateTitle: string;
  /** After a change in percentage points: zh `+0.4个百分点`, en `+0.4 pp`. */
  pointsAfter: string;
  /** Percentage points as a unit named in alt text. */
  points: string;
  /** A unit of one unit per another: zh `人/户`, en `persons per household` (`denominator` singular). */
  per: (numerator: string, denominator: string) => string;
}

/** `5 items`, `1 item`: an English count with its noun, plural unless one. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** `Registered poor households` → `registered poor households`, but `CPC members` stays: a label inside an English sentence. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const CHART_SENTENCES: Record<Lang, ChartSentences> = {
  zh: {
    extremes: (max, min, count) =>
      count === 1
        ? `${max.label}（${max.display}）`
        : `最高为${max.label}（${max.display}），最低为${min.label}（${min.display}）`,
    itemCount: (items, groups) => (groups === undefined ? `共${items}项` : `共${groups}组${items}项`),
    range: (kind, title, count, unit, extremes) => `${kind}：${title}，${count}，单位：${unit}；${extremes}。`,
    overYears: (kind, title, span, rows, unit) =>
      `${kind}：${title}，${span}，共${rows.length}项，单位：${unit}；${rows.join('；')}。`,
    listTitle: (labels) => labels.slice(0, 3).join('、') + (labels.length > 3 ? `等${labels.length}项` : ''),
    span: (from, to) => `${from}至${to}`,
    shareTitle: (part, whole) => `${part}占${whole}的比例`,
    within: (group, label) => `${group}·${label}`,
    source: ({ title, publisher, published }) =>
      labelled('source', 'zh') + [`《${title.zh}》`, publisher?.zh, published].filter(Boolean).join('，'),
    year: '年份',
    estimate: '预计',
    estimateTitle: '预计',
    pointsAfter: '个百分点',
    points: '个百分点',
    per: (numerator, denominator) => `${numerator}/${denominator}`,
  },
  en: {
    extremes: (max, min, count) =>
      count === 1
        ? `${max.label} (${max.display})`
        : `Highest: ${max.label} (${max.display}); lowest: ${min.label} (${min.display})`,
    itemCount: (items, groups) =>
      counted(items, 'item') + (groups === undefined ? '' : ` in ${counted(groups, 'group')}`),
    range: (kind, title, count, unit, extremes) => `${kind}: ${title}. ${count}, unit: ${unit}. ${extremes}.`,
    overYears: (kind, title, span, rows, unit) =>
      `${kind}: ${title}, ${span}. ${counted(rows.length, 'item')}, unit: ${unit}. ${rows.join('; ')}.`,
    listTitle: (labels) => {
      const shown = labels.slice(0, 3);
      const rest = labels.length - shown.length;
      if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
      return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown.join('');
    },
    span: (from, to) => `${from} to ${to}`,
    shareTitle: (part, whole) => `${part} as a share of ${lowerFirst(whole)}`,
    within: (group, label) => `${group}: ${label}`,
    source: ({ title, publisher, published }) =>
      labelled('source', 'en') +
      [`"${title.en}"`, publisher?.en, published === undefined ? undefined : dateText(published, 'en')]
        .filter(Boolean)
        .join(', '),
    year: 'Year',
    estimate: 'estimate',
    estimateTitle: 'Estimate',
    pointsAfter: ' pp',
    points: 'percentage points',
    per: (numerator, denominator) => `${numerator} per ${singular(denominator)}`,
  },
};

/** The chart sentences of `lang`; see {@link ChartSentences}. */
export function chartText(lang: Lang): ChartSentences {
  return CHART_SENTENCES[lang];
}

/**
 * The largest and smallest of `items` in words, ties to the first (see `ChartSentences.extremes`).
 * `items` must not be empty.
 */
export function extremes(items: readonly DescribedItem[], lang: Lang): string {
  const max = items.reduce((a, b) => (b.value > a.value ? b : a));
  const min = items.reduce((a, b) => (b.value < a.value ? b : a));
  return CHART_SENTENCES[lang].extremes(max, min, items.length);
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
  const t = CHART_SENTENCES[lang];
  return t.range(kind[lang], title, t.itemCount(items.length, groups), unit, extremes(items, lang));
}
