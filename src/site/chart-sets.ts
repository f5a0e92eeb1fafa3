import type { Chart, Lang } from '../charts/chart.ts';
import type { ThemeMode } from '../charts/theme.ts';
import { withoutTexts } from '../charts/frame.ts';
import { datasetCharts } from '../datasets/dataset-charts.ts';
import { WorkreportError } from '../errors.ts';
import {
  CHART_WIDTHS,
  compareSeriesPath,
  datasetOfChart,
  slugOfChart,
  sourcePath,
  type WidthVariant,
} from './routes.ts';
import { siteDatasetIds, siteReport } from './site-report.ts';
import { seriesCharts, siteSeries, type SiteSeries } from './site-series.ts';
import { message } from '../messages.ts';

/**
 * The charts of the site at the widths it renders them (routes.ts `CHART_WIDTHS`: titles are
 * wrapped and numbers sized by width, so each width is its own build): those of every published
 * dataset (its charts.json, ids `<dataset>/<chart>`) and those of every series' comparison page
 * (ids `<series>/<chart>`).
 */

/** What a chart belongs to: a dataset, or the series of a place. */
export type ChartHome = { kind: 'dataset'; id: string } | { kind: 'series'; id: string; series: SiteSeries };

/**
 * The dataset or series chart `chartId` belongs to.
 *
 * @throws WorkreportError `CHART_UNKNOWN` when its prefix is neither a published dataset nor a series.
 */
export function chartHome(chartId: string): ChartHome {
  const id = datasetOfChart(chartId);
  if (siteDatasetIds().includes(id)) return { kind: 'dataset', id };
  const series = siteSeries().find((s) => s.id === id);
  if (series !== undefined) return { kind: 'series', id, series };
  throw new WorkreportError(message('CHART_UNKNOWN', 'noHome', { chart: chartId, home: id }), { input: chartId });
}

/** The page a chart's numbers link to: its dataset's source view, or its series' comparison page. */
export function chartHomePath(chartId: string): string {
  const home = chartHome(chartId);
  return home.kind === 'dataset' ? sourcePath(home.id) : compareSeriesPath(home.id, 'zh');
}

const cache = new Map<string, ReadonlyMap<string, Chart>>();

/** Every chart of the dataset or series `home` in `lang` at width `variant` in `theme`, by chart id (built once, then cached). */
function chartSet(
  home: ChartHome,
  lang: Lang,
  variant: WidthVariant,
  theme: ThemeMode = 'light',
): ReadonlyMap<string, Chart> {
  const key = `${home.kind}|${home.id}|${lang}|${variant}|${theme}`;
  let set = cache.get(key);
  if (set === undefined) {
    const width = CHART_WIDTHS[variant];
    const charts =
      home.kind === 'dataset'
        ? datasetCharts(siteReport(home.id).dataset, lang, { width, theme })
        : seriesCharts(home.series, lang, width, theme);
    set = new Map(charts.map((chart) => [chart.id, chart]));
    cache.set(key, set);
  }
  return set;
}

/** The ids of every chart of the site: every published dataset's (by id, in reading order), then every series' (by id). */
export function siteChartIds(): string[] {
  const datasets = siteDatasetIds().flatMap((id) => siteReport(id).dataset.charts.map((chart) => `${id}/${chart.id}`));
  return [...datasets, ...siteSeries().flatMap(seriesChartIds)];
}

/** The chart ids of one series' comparison page, in reading order. */
export function seriesChartIds(series: SiteSeries): string[] {
  return [...chartSet({ kind: 'series', id: series.id, series }, 'zh', 'wide').keys()];
}

/** The chart ids of one published dataset, in reading order. */
export function datasetChartIds(datasetId: string): string[] {
  return siteReport(datasetId).dataset.charts.map((chart) => `${datasetId}/${chart.id}`);
}

/**
 * The chart `id` of a dataset or a series in `lang`, laid out at width `variant`, in colour `theme` (default: light).
 *
 * @throws WorkreportError `CHART_UNKNOWN` when neither a dataset's nor a series' charts have the id.
 */
export function siteChart(id: string, lang: Lang, variant: WidthVariant, theme: ThemeMode = 'light'): Chart {
  const home = chartHome(id);
  const chart = chartSet(home, lang, variant, theme).get(id);
  if (chart === undefined) {
    const params = { chart: slugOfChart(id), kind: home.kind, home: home.id };
    throw new WorkreportError(message('CHART_UNKNOWN', 'notInSet', params), { input: id });
  }
  return chart;
}

const titleless = new WeakMap<Chart, Chart>();

/**
 * `chart` without its title block (title, subtitle, notes) and source footer: for pages that write
 * these texts as HTML around the chart (src/charts/frame.ts `withoutTexts`). The input is not
 * modified; the same chart gives the same object (so renders of it can be cached by identity).
 */
export function withoutTitle(chart: Chart): Chart {
  let bare = titleless.get(chart);
  if (bare === undefined) {
    bare = { ...chart, spec: withoutTexts(chart.spec) };
    titleless.set(chart, bare);
  }
  return bare;
}
