import { basename, dirname, extname } from 'node:path';
import type { ExtractedFigure } from '../figures/extract-figures.ts';

/**
 * The rows `workreport corpus` writes to Parquet: one per figure, with the file it was found in,
 * the place and year read from that file's path, and the sentence around it (for searching by
 * words such as 征地, since a figure's quote holds only the number and its unit).
 */

/** One figure of a corpus, as a Parquet row (`CORPUS_COLUMNS` gives the column types). */
export interface CorpusRow {
  file: string;
  place: string | null;
  year: number | null;
  offset: number;
  quote: string;
  value: number;
  valueMax: number | null;
  unit: string;
  unitRaw: string;
  qualifier: string;
  counted: string | null;
  role: string | null;
  sentence: string;
}

/** Parquet columns of `workreport corpus`, in order, with their DuckDB types. */
export const CORPUS_COLUMNS = {
  file: 'VARCHAR',
  place: 'VARCHAR',
  year: 'INTEGER',
  offset: 'BIGINT',
  quote: 'VARCHAR',
  value: 'DOUBLE',
  valueMax: 'DOUBLE',
  unit: 'VARCHAR',
  unitRaw: 'VARCHAR',
  qualifier: 'VARCHAR',
  counted: 'VARCHAR',
  role: 'VARCHAR',
  sentence: 'VARCHAR',
} as const satisfies Record<keyof CorpusRow, string>;

/** Characters of a sentence kept on each side of its figure. */
export const SENTENCE_CHARS = 100;

/** A year a report may be about: 1949–2099, standing apart from other digits. */
const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g;
/** Separators trimmed from the ends of a place read from a file name. */
const SEPARATORS = /^[\s\-_.,，、（）()]+|[\s\-_.,，、（）()]+$/g;

/**
 * The place and year a report file is about, read from its path (DESIGN: names are the user's own
 * filing; nothing is guessed from the text):
 * - year: the last four-digit year (1950–2099) in the file name, else in its folder's name; none: null.
 *   `yangshahu-2019.txt` → 2019; `chaanling-2011-2015.txt` → 2015 (a plan period ends there);
 *   `杨沙湖镇/2019年工作总结.txt` → 2019.
 * - place: the file name before its first year, separators trimmed (`yangshahu-2019` → `yangshahu`,
 *   `杨沙湖镇2019年工作总结` → `杨沙湖镇`); when nothing is left there (`2019.txt`, `2019年工作总结.txt`),
 *   the folder's name (`杨沙湖镇/2019.txt` → `杨沙湖镇`); when the file name has no year, the whole
 *   name without its extension. Standard input has neither (null).
 */
export function placeAndYear(file: string): { place: string | null; year: number | null } {
  if (file === '-') return { place: null, year: null };
  const name = basename(file, extname(file));
  const folder = basename(dirname(file));
  const years = [...name.matchAll(YEAR)];
  const folderYears = [...folder.matchAll(YEAR)];
  const lastYear = years.at(-1) ?? folderYears.at(-1);
  const year = lastYear === undefined ? null : Number(lastYear[1]);
  const first = years[0];
  const before = (first === undefined ? name : name.slice(0, first.index)).replace(SEPARATORS, '');
  const place =
    before !== ''
      ? before
      : folder === '.' || folder === ''
        ? null
        : folder.replace(YEAR, '').replace(SEPARATORS, '') || null;
  return { place, year };
}

const SENTENCE_ENDS = new Set([...'。！？；\n'].map((c) => c.charCodeAt(0)));

/** The sentence `figure` stands in: from after the previous 。！？； or line end to the next one (included), at most `SENTENCE_CHARS` each side. */
export function sentenceAround(text: string, figure: ExtractedFigure): string {
  let start = figure.offset;
  const floor = Math.max(0, figure.offset - SENTENCE_CHARS);
  while (start > floor && !SENTENCE_ENDS.has(text.charCodeAt(start - 1))) start--;
  let end = figure.offset + figure.quote.length;
  const ceiling = Math.min(text.length, end + SENTENCE_CHARS);
  while (end < ceiling && !SENTENCE_ENDS.has(text.charCodeAt(end))) end++;
  if (end < text.length && text[end] !== '\n' && SENTENCE_ENDS.has(text.charCodeAt(end))) end++;
  return text.slice(start, end).trim();
}

/** The rows of the figures of `file`, found in its decoded `text`. */
export function corpusRows(file: string, text: string, figures: readonly ExtractedFigure[]): CorpusRow[] {
  const { place, year } = placeAndYear(file);
  return figures.map((figure) => ({
    file,
    place,
    year,
    offset: figure.offset,
    quote: figure.quote,
    value: figure.value,
    valueMax: figure.valueMax ?? null,
    unit: figure.unit,
    unitRaw: figure.unitRaw,
    qualifier: figure.qualifier,
    counted: figure.counted ?? null,
    role: figure.role ?? null,
    sentence: sentenceAround(text, figure),
  }));
}
