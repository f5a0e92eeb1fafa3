import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import type { Dataset } from './dataset.ts';
import { DATASET_FILES, type DatasetFiles } from './files.ts';
import { parseDataset } from './parse-dataset.ts';

/**
 * Reading dataset folders in Node (DESIGN.md "Datasets"): `datasets/<id>/` is found by scanning,
 * read, and validated with `parseDataset`. No registry: adding a dataset is adding a folder.
 */

/** The datasets folder of a project: `datasets/` under `root` (default: the current directory). */
export function datasetsDir(root: string = process.cwd()): string {
  return join(root, 'datasets');
}

/** `dir` as the user knows it: relative to the current directory when inside it. */
function shown(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' || rel.startsWith('..') ? dir : rel;
}

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

/** A JSON file parsed, or a `DATASET_INVALID` error naming the file, line and column. */
function readJson(path: string, where: string): unknown {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const at = errorOffset(text);
    const comma = commaBefore(text, at);
    if (comma !== undefined) {
      const params = { where, file: shown(path), place: placeOf(text, comma), closing: text[at] ?? '' };
      throw new WorkreportError(message('DATASET_INVALID', 'trailingComma', params), { input: path });
    }
    if (text.trim() === '') {
      throw new WorkreportError(message('DATASET_INVALID', 'emptyJson', { where, file: shown(path) }), {
        input: path,
      });
    }
    // V8's own words, without the text it quotes or the position (the place says where).
    const reason =
      (error as Error).message
        .split('\n')[0]
        ?.replace(/, (?:\.\.\.)?".*$/s, '')
        .replace(/ in JSON at position \d+.*$/, '') ?? 'syntax error';
    throw new WorkreportError(
      message('DATASET_INVALID', 'notJson', { where, file: shown(path), place: placeOf(text, at), reason }),
      { input: path },
    );
  }
}

/**
 * The files of the dataset folder `dir`: `source.txt` as UTF-8 (verbatim: offsets count in it)
 * and every JSON file that exists.
 *
 * @throws WorkreportError `DATASET_INVALID` when `source.txt` is missing or a JSON file does not parse.
 */
export function readDatasetFiles(dir: string): DatasetFiles {
  const where = shown(dir);
  const sourcePath = join(dir, DATASET_FILES.source);
  if (!existsSync(sourcePath)) {
    throw new WorkreportError(
      message('DATASET_INVALID', 'noSource', { where, file: `${where}/${DATASET_FILES.source}` }),
      {
        input: dir,
      },
    );
  }
  const json: DatasetFiles['json'] = {};
  for (const [role, file] of Object.entries(DATASET_FILES) as [keyof typeof DATASET_FILES, string][]) {
    if (role === 'source') continue;
    const path = join(dir, file);
    if (existsSync(path)) json[role] = readJson(path, where);
  }
  return { source: readFileSync(sourcePath, 'utf8'), json };
}

/**
 * Read and validate the dataset folder `dir` (its name is the dataset id).
 *
 * @example readDataset('datasets/yangshahu-2019').report.figures.length // 90
 * @throws WorkreportError `DATASET_INVALID` listing every problem with file, id and field.
 */
export function readDataset(dir: string): Dataset {
  return parseDataset(basename(dir), readDatasetFiles(dir), shown(dir));
}

/** The dataset folders under `root`, sorted by name: every directory holding a `report.json` or `source.txt`. */
export function datasetFolders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => !name.startsWith('.'))
    .map((name) => join(root, name))
    .filter(
      (dir) =>
        statSync(dir).isDirectory() &&
        (existsSync(join(dir, DATASET_FILES.report)) || existsSync(join(dir, DATASET_FILES.source))),
    )
    .sort();
}

/**
 * The dataset `id` from the datasets folder `root`.
 *
 * @example loadDataset('yangshahu-2019').report.meta.title.zh // '洋沙湖镇2019年工作总结及2020年工作思路'
 * @throws WorkreportError `DATASET_UNKNOWN` naming the id and the datasets that exist;
 *   `DATASET_INVALID` when its files are invalid.
 */
export function loadDataset(id: string, root: string = datasetsDir()): Dataset {
  const dir = join(root, id);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || !existsSync(join(dir, DATASET_FILES.source))) {
    const known = datasetFolders(root).map((d) => basename(d));
    throw new WorkreportError(message('DATASET_UNKNOWN', 'noFolder', { id, root: shown(root), known }), { input: id });
  }
  return readDataset(dir);
}
