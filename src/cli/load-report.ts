import { readFileSync } from 'node:fs';
import { DATASETS, type DatasetEntry } from '../../datasets/index.ts';
import { WorkreportError } from '../errors.ts';
import type { Report } from '../figures/figure.ts';
import { withSource } from '../figures/report-data.ts';

/**
 * The registry entry of a shipped dataset (data, source URL, indicator and check definitions).
 * @throws WorkreportError `DATASET_UNKNOWN` naming the id and the ids that exist.
 */
export function datasetEntry(id: string): DatasetEntry {
  const entry = DATASETS[id];
  if (!entry) {
    throw new WorkreportError('DATASET_UNKNOWN', `no dataset "${id}"; available: ${Object.keys(DATASETS).join(', ')}`, { input: id });
  }
  return entry;
}

/**
 * Load a shipped dataset with its source text (Node only: reads `datasets/<id>/source.txt` as UTF-8).
 * @throws WorkreportError `DATASET_UNKNOWN` naming the id and the ids that exist.
 */
export function loadReport(id: string): Report {
  const entry = datasetEntry(id);
  return withSource(entry.data, readFileSync(entry.source, 'utf8'));
}
