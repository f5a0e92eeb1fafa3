/**
 * A dataset folder's files as text, parsed as `parseDataset` takes them, with the messages a person
 * can act on when a JSON file does not parse (file, line and column, also where V8 names no
 * position). Pure: the Node reader (read-dataset.ts) and the notebooks (notebooks/datasets.ts) share it.
 */
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import { DATASET_FILES, type DatasetFileRole, type DatasetFiles } from './files.ts';

/**
 * Where `JSON.parse` stops on `text`, as an offset: the position its message gives (`… in JSON at
 * position 9`), `text.length` when the text ends too early, undefined when the text parses. Node 20
 * names no position for an unexpected token (`Unexpected token ']', "[1,]" is not valid JSON`): -1.
 */
function jsonStop(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const reason = (error as Error).message;
    if (/end of (?:JSON )?input|Unterminated string/i.test(reason)) return text.length;
    const position = /at position (\d+)/.exec(reason)?.[1];
    return position === undefined ? -1 : Number(position);
  }
}

/**
 * Where a JSON text first goes wrong, as an offset: the position `JSON.parse` names, else the end of
 * the shortest prefix that fails other than by ending (found by bisection: a prefix fails so when
 * the parser stops inside it, or at a token it does not place).
 */
function errorOffset(text: string): number {
  const stop = jsonStop(text);
  if (stop !== undefined && stop >= 0) return Math.min(stop, text.length);
  const failsInside = (prefix: string): boolean => {
    const at = jsonStop(prefix);
    return at !== undefined && at < prefix.length;
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (failsInside(text.slice(0, mid + 1))) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** An offset of `text` as `line L, column C` (both from 1). */
function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}

/** The offset of a comma right before the `}` or `]` at `at` (white space between), if there is one. */
function commaBefore(text: string, at: number): number | undefined {
  if (text[at] !== '}' && text[at] !== ']') return undefined;
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return text[i] === ',' ? i : undefined;
}

/**
 * The text of a dataset's JSON file parsed (a leading byte-order mark dropped).
 *
 * @param file the file as the user knows it, for messages: `datasets/yangshahu-2019/figures.json`.
 * @param where the folder as the user knows it: `datasets/yangshahu-2019`.
 * @throws WorkreportError `DATASET_INVALID` naming the file, line and column: a trailing comma, an
 *   empty file, or any other syntax error in V8's words.
 */
function parseJsonFile(raw: string, file: string, where: string): unknown {
  const text = raw.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const at = errorOffset(text);
    const comma = commaBefore(text, at);
    if (comma !== undefined) {
      const params = { where, file, place: placeOf(text, comma), closing: text[at] ?? '' };
      throw new WorkreportError(message('DATASET_INVALID', 'trailingComma', params), { input: file });
    }
    if (text.trim() === '') {
      throw new WorkreportError(message('DATASET_INVALID', 'emptyJson', { where, file }), { input: file });
    }
    // V8's own words, without the text it quotes or the position (the place says where).
    const reason =
      (error as Error).message
        .split('\n')[0]
        ?.replace(/, (?:\.\.\.)?".*$/s, '')
        .replace(/ in JSON at position \d+.*$/, '') ?? 'syntax error';
    throw new WorkreportError(
      message('DATASET_INVALID', 'notJson', { where, file, place: placeOf(text, at), reason }),
      {
        input: file,
      },
    );
  }
}

/** The contents of a dataset folder as text: its files by name (`report.json` → its text). */
export type FolderText = ReadonlyMap<string, string>;

/**
 * The files of a dataset folder, given as text, as `parseDataset` takes them: `source.txt` verbatim
 * and every JSON file parsed (files the folder lacks stay absent; files that are not dataset files
 * are ignored). Pure: Node reads a folder into it (read-dataset.ts), a notebook page a fetched chunk.
 *
 * @param where the folder as the user knows it, for messages: `datasets/yangshahu-2019`.
 * @throws WorkreportError `DATASET_INVALID` when `source.txt` is missing or a JSON file does not
 *   parse (file, line and column).
 */
export function datasetFilesOfText(files: FolderText, where: string): DatasetFiles {
  const source = files.get(DATASET_FILES.source);
  if (source === undefined) {
    const file = `${where}/${DATASET_FILES.source}`;
    throw new WorkreportError(message('DATASET_INVALID', 'noSource', { where, file }), { input: where });
  }
  const json: DatasetFiles['json'] = {};
  for (const [role, file] of Object.entries(DATASET_FILES) as [DatasetFileRole, string][]) {
    const text = files.get(file);
    if (role !== 'source' && text !== undefined) json[role] = parseJsonFile(text, `${where}/${file}`, where);
  }
  return { source, json };
}
