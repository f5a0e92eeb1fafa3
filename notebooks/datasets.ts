/**
 * The datasets of the notebooks. Which folders of `datasets/` are published was decided when the
 * site was built, by the checks the site build and `workreport check` run (`discoverDatasets`,
 * src/datasets/discover.ts), and comes with the page (notebooks/dataset-modules.ts): `catalog`
 * (each published dataset's id and report metadata) and `leftOut` (each folder that failed, with
 * its messages). There is no list of datasets: adding a folder adds it to every notebook's picker.
 *
 * A dataset's files are a chunk of their own, fetched when a cell asks for it (`fetchDataset`) and
 * parsed here with `parseDataset`: a page opens without checking or carrying every dataset, so it
 * opens as fast with a hundred datasets as with one, and stays offline (the chunks are the site's).
 *
 * Cells import it by relative path: `import {catalog, fetchDataset} from "../datasets.ts";`.
 */
import * as built from 'virtual:workreport/datasets';
import type { Dataset } from '../src/datasets/dataset.ts';
import type { LeftOut } from '../src/datasets/discover.ts';
import { datasetFilesOfText, type FolderText } from '../src/datasets/folder-text.ts';
import { parseDataset } from '../src/datasets/parse-dataset.ts';
import { WorkreportError } from '../src/errors.ts';
import type { ReportMeta } from '../src/figures/figure.ts';
import type { InputElement } from '../src/notebook/field.ts';
import { h } from '../src/notebook/h.ts';
import { select } from '../src/notebook/select.ts';
import { message } from '../src/messages.ts';

/** A published dataset as the pickers know it before it is loaded: its id and its report's metadata. */
export interface DatasetEntry {
  id: string;
  report: { meta: ReportMeta };
}

/** Every dataset of `datasets/` that passed its check when the site was built, sorted by id. */
export const catalog: readonly DatasetEntry[] = built.catalog;

/** The folders of `datasets/` the build left out, sorted by id, each with its messages. */
export const leftOut: readonly LeftOut[] = built.leftOut;

const loaded = new Map<string, Promise<Dataset>>();

/**
 * The files of the published dataset `id`, by file name, as text (`source.txt` verbatim, each JSON
 * file as written): its module, fetched once.
 *
 * @throws WorkreportError `DATASET_UNKNOWN` (the promise rejects) when `id` is not published.
 */
export async function fetchFolder(id: string): Promise<FolderText> {
  const load = built.loaders[id];
  if (load === undefined) {
    throw new WorkreportError(
      message('DATASET_UNKNOWN', 'notPublished', { id, published: catalog.map((entry) => entry.id) }),
      { input: id },
    );
  }
  return new Map(Object.entries((await load()).default));
}

/**
 * The published dataset `id`, parsed with `parseDataset` from its files ({@link fetchFolder}),
 * once per page. It is not checked again: the build checked the same files (`checkDataset`).
 *
 * @example const dataset = await fetchDataset(catalog[0].id); // dataset.report.figures …
 * @throws WorkreportError `DATASET_UNKNOWN` when `id` is not published; `DATASET_INVALID` when a
 *   file changed since the build and no longer parses (the promise rejects).
 */
export function fetchDataset(id: string): Promise<Dataset> {
  let dataset = loaded.get(id);
  if (dataset === undefined) {
    const where = `datasets/${id}`;
    dataset = fetchFolder(id).then((files) => parseDataset(id, datasetFilesOfText(files, where), where));
    loaded.set(id, dataset);
  }
  return dataset;
}

/** The published datasets of `entries` ({@link fetchDataset}), in their order. */
export function fetchDatasets(entries: readonly Pick<DatasetEntry, 'id'>[]): Promise<Dataset[]> {
  return Promise.all(entries.map((entry) => fetchDataset(entry.id)));
}

/** Format of a dataset (or its entry) in a picker: its title and id, as text. */
export function datasetName(dataset: DatasetEntry): string {
  return `${dataset.report.meta.title.zh} · ${dataset.id}`;
}

/**
 * The dataset picker every notebook opens with: the published datasets by title and id, the first
 * chosen. Its value is an entry; a cell loads the dataset: `await fetchDataset(chosen.id)`.
 */
export function datasetPicker(): InputElement<DatasetEntry> {
  return select(catalog, { label: '报告 Report', format: datasetName });
}

/**
 * What a notebook shows about the folders left out: nothing when none is, else a `<details>` naming
 * each folder with its messages (as text), or a message that no dataset could be published.
 */
export function leftOutNotice(left: readonly LeftOut[], published: number = catalog.length): HTMLElement {
  if (left.length === 0) return h('span', { 'data-left-out': 0 });
  const summary = `${published === 0 ? '没有可用的数据集。No dataset can be shown. ' : ''}${left.length} 个数据集未通过检查、未列出 · ${left.length} dataset folder${left.length > 1 ? 's' : ''} left out (run workreport check <id>)`;
  return h(
    'details',
    { class: 'wr-message', 'data-left-out': left.length },
    h('summary', {}, summary),
    left.map((d) => [h('strong', {}, d.id), h('pre', {}, h('code', {}, d.message))]),
  );
}
