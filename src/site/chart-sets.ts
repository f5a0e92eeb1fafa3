import type { Chart, Lang } from '../charts/chart.ts';
import { datasetCharts } from '../datasets/dataset-charts.ts';
import { WorkreportError } from '../errors.ts';
import { CHART_WIDTHS, datasetOfChart, type WidthVariant } from './routes.ts';
import { siteDatasetIds, siteReport } from './site-report.ts';

/**
 * The charts of every published dataset (its charts.json) at the widths the site renders them (routes.ts
 * `CHART_WIDTHS`): titles are wrapped and numbers sized by width, so each width is its own build.
 */

const cache = new Map<string, ReadonlyMap<string, Chart>>();

/** Every chart of dataset `datasetId` in `lang` at width `variant`, by chart id (built once, then cached). */
function chartSet(datasetId: string, lang: Lang, variant: WidthVariant): ReadonlyMap<string, Chart> {
  const key = `${datasetId}|${lang}|${variant}`;
  let set = cache.get(key);
  if (set === undefined) {
    set = new Map(datasetCharts(siteReport(datasetId).dataset, lang, { width: CHART_WIDTHS[variant] }).map((chart) => [chart.id, chart]));
    cache.set(key, set);
  }
  return set;
}

/** The ids of every chart of every published dataset, datasets by id, each dataset's charts in reading order. */
export function siteChartIds(): string[] {
  return siteDatasetIds().flatMap((id) => siteReport(id).dataset.charts.map((chart) => `${id}/${chart.id}`));
}

/** The chart ids of one published dataset, in reading order. */
export function datasetChartIds(datasetId: string): string[] {
  return siteReport(datasetId).dataset.charts.map((chart) => `${datasetId}/${chart.id}`);
}

/**
 * The registered chart `id` in `lang`, laid out at width `variant`.
 *
 * @throws WorkreportError `CHART_UNKNOWN` when no dataset chart set has the id.
 */
export function siteChart(id: string, lang: Lang, variant: WidthVariant): Chart {
  const chart = chartSet(datasetOfChart(id), lang, variant).get(id);
  if (chart === undefined) {
    throw new WorkreportError('CHART_UNKNOWN', `no chart "${id}" in the chart set of dataset "${datasetOfChart(id)}"`, { input: id });
  }
  return chart;
}

/**
 * `chart` without its title block (title, subtitle, notes and source line, which Vega-Lite draws
 * as one title): for pages that write these texts as HTML around the chart. The input is not modified.
 */
export function withoutTitle(chart: Chart): Chart {
  const { title: _title, ...spec } = chart.spec as Chart['spec'] & { title?: unknown };
  return { ...chart, spec: spec as Chart['spec'] };
}
