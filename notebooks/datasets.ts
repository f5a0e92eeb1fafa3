/**
 * The datasets of the notebooks: every folder `datasets/<id>/` found at build time, validated with
 * `parseDataset` and gated with `checkDataset` exactly as the site build and `workreport check` do
 * (src/datasets/discover.ts). There is no list of datasets: adding a folder adds it to every
 * notebook's picker. A folder that fails is left out with its messages; the others keep working.
 *
 * Vite inlines the files (`import.meta.glob`, eager): the notebooks stay offline. The JSON files are
 * read as text and parsed here rather than imported as JSON modules, so that a malformed JSON file
 * leaves out its dataset (with line and column) instead of failing the whole build.
 *
 * Cells import it by relative path: `import {datasets, leftOut} from "../datasets.ts";`.
 */
import { checkDataset } from '../src/datasets/check-dataset.ts';
import type { Dataset } from '../src/datasets/dataset.ts';
import { DATASET_FILES, type DatasetFiles, type JsonFileRole } from '../src/datasets/files.ts';
import { parseDataset } from '../src/datasets/parse-dataset.ts';
import { WorkreportError } from '../src/errors.ts';
import type { InputElement } from '../src/notebook/field.ts';
import { h } from '../src/notebook/h.ts';
import { select } from '../src/notebook/select.ts';
import { message } from '../src/messages.ts';

/** A dataset folder left out of the notebooks, with why. */
export interface LeftOutDataset {
  /** The folder name. */
  id: string;
  /** Every problem, one per line, naming file, id and field. */
  message: string;
}

/** The datasets found: the publishable ones and the ones left out, each sorted by id. */
export interface NotebookDatasets {
  datasets: Dataset[];
  leftOut: LeftOutDataset[];
}

/** The contents of one dataset folder as found: its files by name (`report.json` → its text). */
export type FolderFiles = ReadonlyMap<string, string>;

/** The JSON roles of the dataset files, by file name (`figures.json` → `figures`). */
const JSON_ROLES = new Map<string, JsonFileRole>(
  (Object.entries(DATASET_FILES) as [keyof typeof DATASET_FILES, string][]).flatMap(([role, file]) =>
    role === 'source' ? [] : [[file, role]],
  ),
);

/**
 * The files of each folder, from the path → text maps `import.meta.glob` gives: paths end in
 * `<id>/<file>`; files whose names are not dataset files are ignored.
 */
export function foldersOf(...globs: readonly Readonly<Record<string, string>>[]): Map<string, Map<string, string>> {
  const folders = new Map<string, Map<string, string>>();
  for (const glob of globs) {
    for (const [path, text] of Object.entries(glob)) {
      const [id, file] = path.split('/').slice(-2);
      if (id === undefined || file === undefined || (file !== DATASET_FILES.source && !JSON_ROLES.has(file))) continue;
      const folder = folders.get(id) ?? new Map<string, string>();
      folder.set(file, text);
      folders.set(id, folder);
    }
  }
  return folders;
}

/** A JSON file parsed, or a `DATASET_INVALID` error naming the file, line and column. */
function parseJson(text: string, path: string, where: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason)?.[1];
    let place: string | undefined;
    if (position !== undefined) {
      const before = body.slice(0, Number(position));
      place = `line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    throw new WorkreportError(message('DATASET_INVALID', 'notJson', { where, file: path, place, reason }), {
      input: path,
    });
  }
}

/**
 * The files of one folder as `parseDataset` takes them: `source.txt` verbatim and every JSON file
 * parsed (files the folder lacks stay absent).
 *
 * @param files the folder's files by name, as text.
 * @param where the folder as the user knows it, for messages: `datasets/yangshahu-2019`.
 * @throws WorkreportError `DATASET_INVALID` when `source.txt` is missing or a JSON file does not parse.
 */
export function datasetFiles(files: FolderFiles, where: string): DatasetFiles {
  const source = files.get(DATASET_FILES.source);
  if (source === undefined) {
    throw new WorkreportError(
      message('DATASET_INVALID', 'noSource', { where, file: `${where}/${DATASET_FILES.source}` }),
      {
        input: where,
      },
    );
  }
  const json: DatasetFiles['json'] = {};
  for (const [file, role] of JSON_ROLES) {
    const text = files.get(file);
    if (text !== undefined) json[role] = parseJson(text, `${where}/${file}`, where);
  }
  return { source, json };
}

/**
 * Validate and check every folder: the datasets that may be published and the ones left out with
 * their messages, as `discoverDatasets` reports them in Node. Pure: runs in a page.
 *
 * @param folders each folder's files by name, by folder name (the dataset id).
 * @param root the datasets folder as the user knows it, for messages. Default: `datasets`.
 */
export function checkFolders(folders: ReadonlyMap<string, FolderFiles>, root = 'datasets'): NotebookDatasets {
  const datasets: Dataset[] = [];
  const leftOut: LeftOutDataset[] = [];
  for (const id of [...folders.keys()].sort()) {
    const where = `${root}/${id}`;
    try {
      const dataset = parseDataset(id, datasetFiles(folders.get(id) ?? new Map(), where), where);
      const problems = checkDataset(dataset);
      if (problems.length === 0) datasets.push(dataset);
      else
        leftOut.push({
          id,
          message: `dataset ${where} fails its check:\n  ${problems.map((p) => p.message).join('\n  ')}`,
        });
    } catch (error) {
      if (!(error instanceof WorkreportError)) throw error;
      leftOut.push({ id, message: error.message.replace(/^\[[A-Z_]+\] /, '') });
    }
  }
  return { datasets, leftOut };
}

const jsonFiles = import.meta.glob<string>('@workreport-datasets/*/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const sourceFiles = import.meta.glob<string>('@workreport-datasets/*/source.txt', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** The files of every folder of `datasets/`, by folder name, as text (valid or not). */
export const folders: ReadonlyMap<string, FolderFiles> = foldersOf(jsonFiles, sourceFiles);

const found = checkFolders(folders);

/** Every dataset of `datasets/` that passes `checkDataset`, sorted by id. */
export const datasets: readonly Dataset[] = found.datasets;

/** The folders of `datasets/` left out, sorted by id, each with its messages. */
export const leftOut: readonly LeftOutDataset[] = found.leftOut;

/** Format of a dataset in a picker: its title and id, as text. */
export function datasetName(dataset: Dataset): string {
  return `${dataset.report.meta.title.zh} · ${dataset.id}`;
}

/** The dataset picker every notebook opens with: the publishable datasets by title and id, the first chosen. */
export function datasetPicker(): InputElement<Dataset> {
  return select(datasets, { label: '报告 Report', format: datasetName });
}

/**
 * What a notebook shows about the folders left out: nothing when none is, else a `<details>` naming
 * each folder with its messages (as text), or a message that no dataset could be published.
 */
export function leftOutNotice(left: readonly LeftOutDataset[], published: number = datasets.length): HTMLElement {
  if (left.length === 0) return h('span', { 'data-left-out': 0 });
  const summary = `${published === 0 ? '没有可用的数据集。No dataset can be shown. ' : ''}${left.length} 个数据集未通过检查、未列出 · ${left.length} dataset folder${left.length > 1 ? 's' : ''} left out (run workreport check <id>)`;
  return h(
    'details',
    { class: 'wr-message', 'data-left-out': left.length },
    h('summary', {}, summary),
    left.map((d) => [h('strong', {}, d.id), h('pre', {}, h('code', {}, d.message))]),
  );
}
