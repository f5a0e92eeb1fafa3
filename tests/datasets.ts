/**
 * The datasets the tests run on, read from `datasets/` exactly as the CLI and the site read them:
 * every folder found (`DATASETS`, for tests that iterate over every dataset) and the reference
 * dataset's parts (`yangshahu2019`…, for tests that assert values worked out by hand from its text).
 */
import type { Chart, Lang } from '../src/charts/chart.ts';
import type { ChartLayout } from '../src/charts/definition.ts';
import { chartById as datasetChartById, datasetCharts } from '../src/datasets/dataset-charts.ts';
import { discoverDatasets } from '../src/datasets/discover.ts';
import { datasetsDir, loadDataset } from '../src/datasets/read-dataset.ts';

/** The repository root: vitest runs every test from it (in a jsdom test `import.meta.url` is not a file URL). */
export const ROOT = process.cwd();

/** What a scan of `datasets/` finds, as the site build sees it. */
export const DISCOVERY = discoverDatasets(datasetsDir(ROOT));

/** Every publishable dataset, by id. */
export const DATASETS = DISCOVERY.datasets;

/** The reference dataset, 洋沙湖镇2019年工作总结及2020年工作思路. */
export const yangshahu = loadDataset('yangshahu-2019', datasetsDir(ROOT));

/** Its curated data without the source text: metadata, sections, figures and exclusions. */
export const yangshahu2019 = {
  meta: yangshahu.report.meta,
  sections: yangshahu.report.sections,
  figures: yangshahu.report.figures,
  exclusions: yangshahu.exclusions,
};
export const yangshahu2019Indicators = yangshahu.indicators;
export const yangshahu2019Checks = yangshahu.checks;
/** Its chart definitions (charts.json), in reading order. */
export const YANGSHAHU_CHARTS = yangshahu.charts;

/** Its charts built in `lang`. */
export function yangshahuCharts(lang: Lang, layout: ChartLayout = {}): Chart[] {
  return datasetCharts(yangshahu, lang, layout);
}

/** Every chart of every dataset in `lang`, datasets by id, charts in reading order. */
export function allCharts(lang: Lang, layout: ChartLayout = {}): Chart[] {
  return DATASETS.flatMap((dataset) => datasetCharts(dataset, lang, layout));
}

/** The chart `id` (`<dataset>/<chart>`) of any dataset, in `lang`. */
export function chartById(id: string, lang: Lang, layout: ChartLayout = {}): Chart {
  return datasetChartById(DATASETS, id, lang, layout);
}

/** The report (metadata, sections, figures, source text) of dataset `id`. */
export function loadReport(id: string): ReturnType<typeof loadDataset>['report'] {
  return loadDataset(id, datasetsDir(ROOT)).report;
}
