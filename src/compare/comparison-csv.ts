import { csvText } from '../figures/csv.ts';
import type { Comparison } from './comparison.ts';

/**
 * A comparison as flat rows for CSV: one line per value of each row, with the change that leads
 * to it from the previous value (empty for the first). Numbers stay numbers; texts are cells.
 */

/** CSV columns, in order. */
export const COMPARISON_COLUMNS = [
  'key',
  'label_zh',
  'label_en',
  'unit',
  'match',
  'dataset',
  'year',
  'value',
  'qualifier',
  'quote',
  'offset',
  'estimate',
  'change_from',
  'measure',
  'computed',
  'stated',
  'stated_quote',
  'basis',
  'flag',
  'flag_message',
] as const;

/** One CSV line: numbers as numbers, absent fields as `null` (an empty cell). */
export type ComparisonCsvRow = Record<(typeof COMPARISON_COLUMNS)[number], string | number | null>;

/**
 * The lines of a comparison, row by row, value by value.
 * @example comparisonCsvRows(comparison)[1] // { key: '地区生产总值', year: 2018, value: 120000000000, change_from: 2017, computed: 8.84…, stated: 8, flag: 'GROWTH_MISMATCH', … }
 */
export function comparisonCsvRows(comparison: Comparison): ComparisonCsvRow[] {
  return comparison.rows.flatMap((row) =>
    row.values.map((v): ComparisonCsvRow => {
      const change = row.changes.find((c) => c.to === v.year);
      return {
        key: row.key,
        label_zh: row.label.zh,
        label_en: row.label.en ?? null,
        unit: row.counted === undefined ? row.unit : `${row.unit} (${row.counted})`,
        match: row.match,
        dataset: v.dataset,
        year: v.year,
        value: v.value,
        qualifier: v.qualifier,
        quote: v.quote,
        offset: v.offset,
        estimate: v.estimate === true ? 'yes' : null,
        change_from: change?.from ?? null,
        measure: change?.measure ?? null,
        computed: change?.computed ?? null,
        stated: change?.stated ?? null,
        stated_quote: change?.statedQuote ?? null,
        basis: change?.basis?.join(' ') ?? null,
        flag: change?.flag?.code ?? null,
        flag_message: change?.flag?.message ?? null,
      };
    }),
  );
}

/**
 * A comparison as CSV text: UTF-8 with a byte-order mark (spreadsheets then read Chinese), header
 * {@link COMPARISON_COLUMNS}, one line per value (comparisonCsvRows), formula-like text cells neutralised.
 * @example comparisonCsv(comparison).split('\n')[0] // '\uFEFFkey,label_zh,label_en,unit,match,…'
 */
export function comparisonCsv(comparison: Comparison): string {
  return csvText(comparisonCsvRows(comparison), COMPARISON_COLUMNS);
}
