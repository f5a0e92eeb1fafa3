import type { Chart, Lang } from '../src/charts/chart.ts';
import { WorkreportError } from '../src/errors.ts';
import { yangshahuCharts, type ChartSetOptions } from './yangshahu-2019/charts.ts';

/**
 * Options of {@link allCharts}, {@link chartById} and {@link datasetCharts}: the overall `width` of
 * each chart in pixels (default: each builder's own) and its colour variant `theme` (default
 * `'light'`; a social card follows its chart's).
 */
export type RegisteredChartOptions = ChartSetOptions;

/**
 * Every registered chart of every shipped dataset, by chart id (`<dataset-id>/<slug>`).
 * One entry per dataset that has charts, keyed like `DATASETS` in ./index.ts.
 */
const CHART_SETS: Readonly<Record<string, (lang: Lang, options: RegisteredChartOptions) => Chart[]>> = {
  'yangshahu-2019': yangshahuCharts,
};

/**
 * Every registered chart in `lang`, datasets in `CHART_SETS` order, each dataset's charts in
 * reading order, in the colour variant `options.theme`.
 *
 * @example allCharts('en', { theme: 'dark' }).map((c) => c.theme) // ['dark', 'dark', …]
 * @throws WorkreportError `OPTION_INVALID` (from the builders) for a theme other than light/dark.
 */
export function allCharts(lang: Lang, options: RegisteredChartOptions = {}): Chart[] {
  return Object.values(CHART_SETS).flatMap((charts) => charts(lang, options));
}

/**
 * The registered charts of one dataset in `lang`, in reading order, laid out with `options`
 * (the site builds each chart at the widths it serves).
 *
 * @throws WorkreportError `CHART_UNKNOWN` naming the dataset when it has no registered charts.
 */
export function datasetCharts(datasetId: string, lang: Lang, options: RegisteredChartOptions = {}): Chart[] {
  const charts = CHART_SETS[datasetId];
  if (charts === undefined) {
    throw new WorkreportError('CHART_UNKNOWN', `dataset "${datasetId}" has no registered charts; datasets with charts: ${Object.keys(CHART_SETS).join(', ')}`, {
      input: datasetId,
    });
  }
  return charts(lang, options);
}

/**
 * The registered chart `id` in `lang`, in the colour variant `options.theme`.
 *
 * @example chartById('yangshahu-2019/poverty-households', 'en').title // 'Registered poor households lifted out of poverty'
 * @example chartById('yangshahu-2019/poverty-households', 'zh', { theme: 'dark' }).theme // 'dark'
 * @throws WorkreportError `CHART_UNKNOWN` naming the id and listing every registered id;
 *   `OPTION_INVALID` for a theme other than light/dark.
 */
export function chartById(id: string, lang: Lang, options: RegisteredChartOptions = {}): Chart {
  const charts = allCharts(lang, options);
  const chart = charts.find((c) => c.id === id);
  if (chart === undefined) {
    throw new WorkreportError('CHART_UNKNOWN', `no chart "${id}"; registered charts: ${charts.map((c) => c.id).join(', ')}`, { input: id });
  }
  return chart;
}
