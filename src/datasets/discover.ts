import { basename } from 'node:path';
import { WorkreportError } from '../errors.ts';
import { checkDataset } from './check-dataset.ts';
import type { Dataset } from './dataset.ts';
import { datasetFolders, readDataset } from './read-dataset.ts';

/** A dataset folder that is left out, with why. */
export interface LeftOut {
  id: string;
  /** Every problem, one per line, naming file, id and field. */
  message: string;
}

/** What a scan of a datasets folder found. */
export interface Discovery {
  /** Valid datasets that pass `checkDataset`, sorted by id. */
  datasets: Dataset[];
  /** Folders left out, sorted by id. */
  leftOut: LeftOut[];
}

/**
 * Every dataset under `root` (one folder each), validated and checked: the ones that may be
 * published, and the ones left out with their messages, so one broken dataset never takes the
 * others down.
 *
 * @example discoverDatasets('datasets').datasets.map((d) => d.id) // ['…', 'yangshahu-2019', …]
 */
export function discoverDatasets(root: string): Discovery {
  const datasets: Dataset[] = [];
  const leftOut: LeftOut[] = [];
  for (const dir of datasetFolders(root)) {
    const id = basename(dir);
    try {
      const dataset = readDataset(dir);
      const problems = checkDataset(dataset);
      if (problems.length === 0) datasets.push(dataset);
      else
        leftOut.push({
          id,
          message: `dataset ${dataset.where} fails its check:\n  ${problems.map((p) => p.message).join('\n  ')}`,
        });
    } catch (error) {
      if (!(error instanceof WorkreportError)) throw error;
      leftOut.push({ id, message: error.detail });
    }
  }
  return { datasets, leftOut };
}
