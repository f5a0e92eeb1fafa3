import { csvParse } from 'd3-dsv';
import { restored } from '../figures/csv.ts';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import type { Figure } from '../figures/figure.ts';
import { FIGURE_COLUMNS } from '../figures/figure-row.ts';
import { FigureSchema } from '../figures/schema.ts';

/**
 * Read back the figures of a CSV written by `workreport figures <id> --format csv` (or the
 * `figures.csv` of `workreport indicators --export`): one row per figure in the `FIGURE_COLUMNS`
 * of figure-row.ts, any column order, UTF-8 with or without BOM. Each row becomes the figure it was
 * written from: empty cells are absent optional fields, tags are split on `;`, and the period is
 * rebuilt from `period_kind`, `period_start` and `period_end`. Figures keep the file's order.
 *
 * @example readFiguresCsv(await FileAttachment('yangshahu-2019.csv').text())[0].quantity // { value: 2, unit: 'count', qualifier: 'exact', counted: 'measures' }
 * @throws WorkreportError `FIGURE_INVALID` for a header without every column (naming the missing
 *   ones) or a row that is not a valid figure (naming its line, id and field);
 *   `FIGURE_DUPLICATE_ID` for an id on two rows.
 */
export function readFiguresCsv(text: string): Figure[] {
  const parsed = csvParse(text.replace(/^\uFEFF/, ''));
  // Blank lines (a trailing newline a spreadsheet adds) are no rows.
  const rows = Object.assign(
    parsed.filter((row) => Object.values(row).some((value) => value !== undefined && value.trim() !== '')),
    { columns: parsed.columns },
  );
  const missing = FIGURE_COLUMNS.filter((c) => !rows.columns.includes(c));
  if (missing.length > 0) {
    throw new WorkreportError(message('FIGURE_INVALID', 'csvHeader', { missing }), { input: rows.columns });
  }
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const line = i + 2;
    const cell = (column: (typeof FIGURE_COLUMNS)[number]) => restored(row[column] ?? '');
    const quantity = { value: number(cell('value')), unit: cell('unit'), qualifier: cell('qualifier') };
    const input = {
      id: cell('id'),
      section: cell('section'),
      label: { zh: cell('label_zh'), en: cell('label_en') },
      quantity: cell('counted') === '' ? quantity : { ...quantity, counted: cell('counted') },
      period: period(cell('period_kind'), cell('period_start'), cell('period_end')),
      provenance: { quote: cell('quote'), offset: number(cell('offset')) },
      ...(cell('tags') === '' ? {} : { tags: cell('tags').split(';') }),
      ...(cell('note') === '' ? {} : { note: cell('note') }),
      ...(cell('review') === 'reviewed' || cell('review') === 'draft'
        ? { review: cell('review') as 'draft' | 'reviewed' }
        : {}),
    };
    const result = FigureSchema.safeParse(input);
    if (!result.success) {
      const issues = result.error.issues
        .map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`)
        .join('; ');
      throw new WorkreportError(message('FIGURE_INVALID', 'csvRow', { line, id: input.id, issues }), {
        input: row,
        cause: result.error,
      });
    }
    if (seen.has(result.data.id)) {
      throw new WorkreportError(message('FIGURE_DUPLICATE_ID', 'inCsv', { id: result.data.id, line }), {
        input: result.data.id,
      });
    }
    seen.add(result.data.id);
    return result.data;
  });
}

/** A decimal number as CSV writes it (`430`, `-11.66`, `1.2e+21`); anything else (an empty cell, `0x1F4`) is NaN, so that the schema names the field. */
function number(cell: string): number {
  return /^\s*-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*$/.test(cell) ? Number(cell) : Number.NaN;
}

/** The period `figureRow` flattened to kind, start and end (figure-row.ts `periodBounds`). */
function period(kind: string, start: string, end: string): unknown {
  switch (kind) {
    case 'year':
    case 'target':
      return { kind, year: number(start) };
    case 'cumulative':
      return end === '' ? { kind } : { kind, through: end };
    case 'since':
      return end === '' ? { kind, start } : { kind, start, through: end };
    case 'through':
      return start === '' ? { kind, end } : { kind, end, start };
    default:
      return { kind };
  }
}
