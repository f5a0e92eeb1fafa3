import { WorkreportError } from '../errors.ts';
import type { ChangeMeasure } from '../compare/growth.ts';
import type { ComparedValue, ComparisonRow } from '../compare/comparison.ts';
import type { Lang } from './chart.ts';
import { roundDecimal } from './decimal.ts';
import { inLang, punctuation } from '../figures/locale.ts';
import { QUALIFIERS } from '../figures/qualifier.ts';
import { countedNoun, formatQuantity, labelled, unitLabel, type QuantityWords } from './locale.ts';
import { chartText } from './sentences.ts';
import { message } from '../messages.ts';

/**
 * What the comparison charts (slope, line, change table) share: the one unit of their rows, the
 * text of a value and of a change, and the figures they rest on.
 */

/** The unit every row of a comparison chart shares. */
export interface RowsUnit {
  /** `CNY`, `count (villages)`. */
  key: string;
  /** zh `元`, en `CNY`. */
  label: string;
  /** Axis title: zh `单位：元`. */
  title: string;
}

/** `CNY`, `count (villages)`: two rows share an axis only with equal keys. */
function unitKeyOf(row: ComparisonRow): string {
  return row.unit === 'count' && row.counted !== undefined ? `${row.unit} (${row.counted})` : row.unit;
}

/**
 * Check that comparison `rows` share one unit (亿元 and 户 never share an axis) and return it.
 * @throws WorkreportError `CHART_EMPTY` for no rows; `CHART_MIXED_UNITS` naming each unit with its row keys
 */
export function assertRowsUnit(rows: readonly ComparisonRow[], lang: Lang, builder: string): RowsUnit {
  const [first] = rows;
  if (first === undefined)
    throw new WorkreportError(message('CHART_EMPTY', 'nothing', { where: builder, things: 'comparison rows' }), {
      input: rows,
    });
  const byUnit = new Map<string, string[]>();
  for (const row of rows) byUnit.set(unitKeyOf(row), [...(byUnit.get(unitKeyOf(row)) ?? []), row.key]);
  if (byUnit.size > 1) {
    const groups = [...byUnit].map(([unit, ids]) => ({ unit, ids }));
    throw new WorkreportError(message('CHART_MIXED_UNITS', 'axis', { where: builder, groups, split: 'chart' }), {
      input: [...byUnit.keys()],
    });
  }
  const label = unitLabel(first.unit, lang, countedNoun(first.counted, lang)) || unitKeyOf(first);
  return { key: unitKeyOf(first), label, title: labelled('unit', lang) + label };
}

/**
 * A row's value as a label, with the qualifier word of its quote in zh: `1102.5亿元`,
 * `突破100亿元`; en `CNY 110.25 billion`, `more than CNY 10 billion`.
 */
export function valueText(row: ComparisonRow, value: ComparedValue, lang: Lang): string {
  const words: QuantityWords = {};
  const counted = countedNoun(row.counted, lang);
  if (counted !== undefined) words.counted = counted;
  // The word as the quote writes it; English reads the qualifier's label and ignores it.
  const def = QUALIFIERS[value.qualifier];
  const written = [...def.prefixes, ...def.suffixes]
    .sort((a, b) => b.length - a.length)
    .find((w) => value.quote.includes(w));
  if (written !== undefined) words.qualifier = written;
  return formatQuantity({ value: value.value, unit: row.unit, qualifier: value.qualifier }, lang, words);
}

/**
 * A change with its sign, rounded half-up to one decimal: `+8.8%`, `−11.7%`; in points zh
 * `+0.4个百分点`, en `+0.4 pp`. The minus is U+2212, as typeset.
 */
export function changeText(change: number, measure: ChangeMeasure, lang: Lang): string {
  const digits = roundDecimal(Math.abs(change), 1);
  const sign = digits === '0' ? '' : change < 0 ? '−' : '+';
  const unit = measure === 'percent' ? '%' : chartText(lang).pointsAfter;
  return `${sign}${digits}${unit}`;
}

/** `2017`, or en `2017`; zh `2017年`. */
export function yearText(year: number, lang: Lang): string {
  return punctuation(lang).year(year);
}

/** The row's label in `lang` (zh when it has no English). */
export function rowLabel(row: ComparisonRow, lang: Lang): string {
  return inLang(row.label, lang);
}

/** The figures the rows rest on, as `<dataset>/<figure>`, each once, in row order. */
export function rowFigureIds(rows: readonly ComparisonRow[]): string[] {
  return [...new Set(rows.flatMap((r) => r.values.map((v) => `${v.dataset}/${v.figure}`)))];
}
