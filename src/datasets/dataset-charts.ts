import { buildChart, type ChartLayout } from '../charts/definition.ts';
import type { Chart, Lang } from '../charts/chart.ts';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import { computeIndicators } from '../indicators/compute-indicators.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import type { Dataset } from './dataset.ts';

/** The indicators of `dataset` computed with arquero (values unrounded, problems as values). */
export function datasetIndicators(dataset: Dataset): IndicatorResult[] {
  return computeIndicators(dataset.report, dataset.indicators);
}

/**
 * Every chart of `dataset` (its charts.json, in reading order) built in `lang` with `layout`;
 * chart ids are `<dataset id>/<chart id>`.
 *
 * @example datasetCharts(loadDataset('yangshahu-2019'), 'en').map((c) => c.id)[0] // 'yangshahu-2019/party-discipline'
 * @throws WorkreportError from `buildChart` when a definition cannot be built (`checkDataset` reports these first).
 */
export function datasetCharts(dataset: Dataset, lang: Lang, layout: ChartLayout = {}): Chart[] {
  const figures = new Map(dataset.report.figures.map((f) => [f.id as string, f]));
  const indicators = new Map(datasetIndicators(dataset).map((r) => [r.id as string, r]));
  return dataset.charts.map((definition) =>
    buildChart(definition, { report: dataset.report.meta, figures, indicators }, lang, layout),
  );
}

/**
 * The chart `chartId` (`<dataset id>/<chart id>`) of one of `datasets`, built in `lang`.
 *
 * @throws WorkreportError `CHART_UNKNOWN` naming the id and listing the charts that exist.
 */
export function chartById(datasets: readonly Dataset[], chartId: string, lang: Lang, layout: ChartLayout = {}): Chart {
  const slash = chartId.indexOf('/');
  const dataset = datasets.find((d) => d.id === chartId.slice(0, slash));
  const definition = dataset?.charts.find((c) => c.id === chartId.slice(slash + 1));
  if (dataset === undefined || definition === undefined) {
    const known = datasets.flatMap((d) => d.charts.map((c) => `${d.id}/${c.id}`));
    throw new WorkreportError(message('CHART_UNKNOWN', 'inDataset', { id: chartId, known }), { input: chartId });
  }
  return datasetCharts({ ...dataset, charts: [definition] }, lang, layout)[0] as Chart;
}
