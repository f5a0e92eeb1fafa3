import { csvFormat } from 'd3-dsv';

/**
 * CSV as every output of workreport writes it (figures, indicators, exports, comparisons, the
 * site's chart data, notebook downloads): a text cell a spreadsheet would run as a formula is
 * neutralised the way OWASP recommends, numbers stay numbers.
 */

/** Characters that make a spreadsheet read a text cell as a formula: `=`, `+`, `-`, `@`, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A signed number as text (`-3.2%`, `+1,200`, `-0.5‰`): a spreadsheet reads it as a number, never a
 * formula, so it is written as it is and a quote such as `-3.2%` still matches its text.
 */
const SIGNED_NUMBER = /^[+\-−－]?\d+(?:[.,]\d+)*[%％‰]?$/;

/**
 * A text cell that a spreadsheet would run as a formula, prefixed with `'`; numbers (negative ones
 * too, and signed numbers written as text such as `-3.2%`), null and other texts as they are.
 *
 * @example neutralised("=cmd|' /C calc'!A0") // "'=cmd|' /C calc'!A0"
 * @example neutralised('-2+3') // "'-2+3"
 * @example neutralised('-3.2%') // '-3.2%'
 * @example neutralised(-11.66) // -11.66
 */
export function neutralised<T>(cell: T): T | string {
  return typeof cell === 'string' && FORMULA_START.test(cell) && !SIGNED_NUMBER.test(cell) ? `'${cell}` : cell;
}

/**
 * A cell read back from CSV that {@link neutralised} wrote: the `'` it put before a formula-like
 * text removed, anything else as it is.
 *
 * @example restored("'=1+1") // '=1+1'
 */
export function restored(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Options of {@link csvText}. */
export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, so spreadsheet programs read Chinese. Default: `true`. */
  bom?: boolean;
}

/**
 * `rows` as CSV text with a header of `columns` in that order, formula-like text cells
 * neutralised, ending with a newline.
 *
 * @example csvText([{ label: '=1+1', value: -3 }], ['label', 'value']) // "\uFEFFlabel,value\n'=1+1,-3\n"
 */
export function csvText(rows: readonly object[], columns: readonly string[], options: CsvOptions = {}): string {
  const { bom = true } = options;
  const safe = rows.map(
    (row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, neutralised(value as unknown)])) as Record<
        string,
        unknown
      >,
  );
  return `${bom ? '\uFEFF' : ''}${csvFormat(safe as Record<string, string>[], [...columns])}\n`;
}
