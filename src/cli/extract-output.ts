import { csvFormatBody, csvFormatRows } from 'd3-dsv';
import { neutralised } from '../figures/csv.ts';
import type { ExtractedFigure } from '../figures/extract-figures.ts';

/**
 * The output of `workreport extract` written as the figures are found, never held whole: the same
 * text, byte for byte, as `formatFigures` makes of all the figures at once (extract-command.ts).
 */

/** Output formats of `workreport extract`. */
export type ExtractFormat = 'json' | 'jsonl' | 'csv';

/** CSV columns of `workreport extract`, in order; empty cells for absent fields. */
export const EXTRACT_CSV_COLUMNS = ['file', 'offset', 'quote', 'value', 'valueMax', 'unit', 'unitRaw', 'qualifier', 'counted', 'role'] as const;

/**
 * Call `file` for each input in order, `figures` as many times as figures are found in it, then
 * `end`; each returns the text to print next.
 *
 * - JSON (`JSON.stringify(…, null, 2)` layout): an array for one file, an object keyed by file
 *   name for several.
 * - JSON Lines: one compact JSON object per figure and line, `{"file": …, …figure}`, nothing else
 *   (no figures, no output): for corpora, where one document would not fit in memory.
 * - CSV: a UTF-8 BOM, the header `EXTRACT_CSV_COLUMNS`, a row per figure (formula-like cells
 *   neutralised as `csvText` does), ending with a newline.
 */
export class ExtractOutput {
  /** Figures printed in the current file. */
  private count = 0;
  private files = 0;
  private file = '';

  constructor(
    private readonly format: ExtractFormat,
    /** Whether the inputs are several (an object keyed by file in JSON). */
    private readonly several: boolean,
  ) {}

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
    if (this.format === 'csv') return first ? `\uFEFF${csvFormatRows([[...EXTRACT_CSV_COLUMNS]])}` : '';
    if (!this.several) return '[';
    return `${first ? '{\n' : ',\n'}  ${JSON.stringify(file)}: [`;
  }

  /** The text of more figures of the current file. */
  figures(figures: readonly ExtractedFigure[]): string {
    if (figures.length === 0) return '';
    if (this.format === 'csv') {
      const rows = figures.map((figure) => Object.fromEntries(Object.entries({ file: this.file, ...figure }).map(([key, value]) => [key, neutralised(value as unknown)])));
      this.count += figures.length;
      return `\n${csvFormatBody(rows as Record<string, string>[], [...EXTRACT_CSV_COLUMNS])}`;
    }
    if (this.format === 'jsonl') {
      this.count += figures.length;
      // `{"file": …, …figure}` without building that object: the figure's own JSON after the file's.
      const prefix = `{"file":${JSON.stringify(this.file)}`;
      let lines = '';
      for (const figure of figures) lines += `${prefix},${JSON.stringify(figure).slice(1)}\n`;
      return lines;
    }
    const indent = this.several ? '    ' : '  ';
    const parts = figures.map((figure, i) => `${this.count + i === 0 ? '\n' : ',\n'}${indent}${JSON.stringify(figure, null, 2).replaceAll('\n', `\n${indent}`)}`);
    this.count += figures.length;
    return parts.join('');
  }

  /** The end of the current file's figures. */
  finish(): string {
    if (this.format !== 'json') return '';
    if (this.count === 0) return ']';
    return this.several ? '\n  ]' : '\n]';
  }

  /** The end of the output. */
  end(): string {
    if (this.format === 'jsonl') return '';
    if (this.format === 'csv') return '\n';
    return this.several ? '\n}\n' : '\n';
  }
}
