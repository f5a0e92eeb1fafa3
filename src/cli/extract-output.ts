import { csvFormatBody, csvFormatRows } from 'd3-dsv';
import { neutralised } from '../figures/csv.ts';
import type { Diagnostics, ExtractedFigure } from '../figures/extract-figures.ts';

/**
 * The output of `workreport extract` written as the figures are found, never held whole: the same
 * text, byte for byte, as `formatFigures` makes of all the figures at once (extract-command.ts).
 */

/** Output formats of `workreport extract`. */
export type ExtractFormat = 'json' | 'jsonl' | 'csv';

/** CSV columns of `workreport extract`, in order; empty cells for absent fields. */
export const EXTRACT_CSV_COLUMNS = [
  'file',
  'offset',
  'quote',
  'value',
  'valueMax',
  'unit',
  'unitRaw',
  'qualifier',
  'counted',
  'role',
] as const;

/**
 * CSV columns added by `--explain`: `status` is `figure`, `rejected` (a named rule set the number
 * aside: `rule`, `message`) or `unread` (it did not read as a quantity: `message` says why).
 */
export const EXPLAIN_CSV_COLUMNS = [...EXTRACT_CSV_COLUMNS, 'status', 'rule', 'message'] as const;

/**
 * Call `file` for each input in order, `figures` as many times as figures are found in it, then
 * `end`; each returns the text to print next.
 *
 * - JSON (`JSON.stringify(…, null, 2)` layout): an array for one file, an object keyed by file
 *   name for several.
 * - JSON Lines: one compact JSON object per figure and line, `{"file": …, …figure}`, nothing else
 *   (no figures, no output): for corpora, where one document would not fit in memory. With
 *   `explain`, a line per candidate set aside follows each file's figures, with `status`.
 * - CSV: a UTF-8 BOM, the header `EXTRACT_CSV_COLUMNS`, a row per figure (formula-like cells
 *   neutralised as `csvText` does), ending with a newline.
 * - With `explain`, JSON gives for each file an object `{ "figures": [...], "rejected": [...],
 *   "unread": [...] }` in place of the array (`explainFigures`), and CSV adds the columns of
 *   `EXPLAIN_CSV_COLUMNS` and a row per candidate set aside, after the file's figures.
 */
export class ExtractOutput {
  /** Figures printed in the current file. */
  private count = 0;
  private files = 0;
  private file = '';
  private readonly columns: readonly string[];

  constructor(
    private readonly format: ExtractFormat,
    /** Whether the inputs are several (an object keyed by file in JSON). */
    private readonly several: boolean,
    /** Whether candidates set aside are printed too (`--explain`). */
    private readonly explain = false,
  ) {
    this.columns = explain ? EXPLAIN_CSV_COLUMNS : EXTRACT_CSV_COLUMNS;
  }

  /** Figures printed so far in the current file. */
  get printed(): number {
    return this.count;
  }

  /**
   * The start of the output (before the first file) and of the next file's figures.
   * @param index the file's place among the inputs, from 0 (default: the next): a worker thread
   *   writing the figures of one file of many gives it
   */
  start(file: string, index = this.files): string {
    const first = index === 0;
    this.files = index + 1;
    this.file = file;
    this.count = 0;
    if (this.format === 'jsonl') return '';
    if (this.format === 'csv') return first ? `\uFEFF${csvFormatRows([[...this.columns]])}` : '';
    const open = this.explain ? `{\n${this.indent.slice(2)}"figures": [` : '[';
    if (!this.several) return open;
    return `${first ? '{\n' : ',\n'}  ${JSON.stringify(file)}: ${open}`;
  }

  /** Indentation of a figure in the JSON array. */
  private get indent(): string {
    return '  '.repeat(1 + (this.several ? 1 : 0) + (this.explain ? 1 : 0));
  }

  /** The text of more figures of the current file. */
  figures(figures: readonly ExtractedFigure[]): string {
    if (figures.length === 0) return '';
    if (this.format === 'csv') {
      this.count += figures.length;
      return this.csvRows(figures.map((figure) => (this.explain ? { ...figure, status: 'figure' } : figure)));
    }
    if (this.format === 'jsonl') {
      this.count += figures.length;
      return this.jsonLines(figures);
    }
    const { indent } = this;
    const parts = figures.map(
      (figure, i) =>
        `${this.count + i === 0 ? '\n' : ',\n'}${indent}${JSON.stringify(figure, null, 2).replaceAll('\n', `\n${indent}`)}`,
    );
    this.count += figures.length;
    return parts.join('');
  }

  /**
   * The end of the current file's figures; with `explain`, the candidates it set aside (in JSON Lines,
   * a line each with `status` `rejected` or `unread`).
   */
  finish(diagnostics: Diagnostics = { rejected: [], unread: [] }): string {
    const rejected = diagnostics.rejected.map(({ rule, quote, offset, message }) => ({
      offset,
      quote,
      status: 'rejected',
      rule,
      message,
    }));
    const unread = diagnostics.unread.map(({ quote, offset, why }) => ({
      offset,
      quote,
      status: 'unread',
      message: why,
    }));
    if (this.format === 'csv') return this.explain ? this.csvRows([...rejected, ...unread]) : '';
    if (this.format === 'jsonl') return this.explain ? this.jsonLines([...rejected, ...unread]) : '';
    const close = this.count === 0 ? ']' : `\n${this.indent.slice(2)}]`;
    if (!this.explain) return close;
    const inner = this.indent.slice(2);
    const list = (items: readonly object[]): string =>
      items.length === 0
        ? '[]'
        : `[\n${items.map((item) => `${inner}  ${JSON.stringify(item, null, 2).replaceAll('\n', `\n${inner}  `)}`).join(',\n')}\n${inner}]`;
    return `${close},\n${inner}"rejected": ${list(diagnostics.rejected)},\n${inner}"unread": ${list(diagnostics.unread)}\n${inner.slice(2)}}`;
  }

  /** `{"file": …, …record}` per line, without building that object: the record's own JSON after the file's. */
  private jsonLines(records: readonly object[]): string {
    const prefix = `{"file":${JSON.stringify(this.file)}`;
    let lines = '';
    for (const record of records) lines += `${prefix},${JSON.stringify(record).slice(1)}\n`;
    return lines;
  }

  /** CSV rows of the current file, formula-like cells neutralised. */
  private csvRows(records: readonly object[]): string {
    if (records.length === 0) return '';
    const rows = records.map((record) =>
      Object.fromEntries(
        Object.entries({ file: this.file, ...record }).map(([key, value]) => [key, neutralised(value as unknown)]),
      ),
    );
    return `\n${csvFormatBody(rows as Record<string, string>[], [...this.columns])}`;
  }

  /** The end of the output. */
  end(): string {
    if (this.format === 'jsonl') return '';
    if (this.format === 'csv') return '\n';
    return this.several ? '\n}\n' : '\n';
  }
}
