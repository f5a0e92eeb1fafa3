import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import type { Dataset } from './dataset.ts';
import { DATASET_FILES, type DatasetFiles } from './files.ts';
import { datasetFilesOfText, type FolderText } from './folder-text.ts';
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
 * The dataset files of the folder `dir` that exist, by name, as text (UTF-8, verbatim: offsets count
 * in `source.txt`); other files are not read.
 */
export function readFolderText(dir: string): FolderText {
  const files = new Map<string, string>();
  for (const file of Object.values(DATASET_FILES)) {
    const path = join(dir, file);
    if (existsSync(path)) files.set(file, readFileSync(path, 'utf8'));
  }
  return files;
}

/**
 * The files of the dataset folder `dir`: `source.txt` verbatim and every JSON file that exists,
 * parsed (`datasetFilesOfText`).
 *
 * @throws WorkreportError `DATASET_INVALID` when `source.txt` is missing or a JSON file does not parse.
 */
export function readDatasetFiles(dir: string): DatasetFiles {
  return datasetFilesOfText(readFolderText(dir), shown(dir));
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
