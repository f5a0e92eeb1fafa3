import type { Chart } from '../charts/chart.ts';
import { comparisonCsv } from '../compare/comparison-csv.ts';
import { compareSeriesPath, embedPath, figureHref, slugOfChart, sourcePath } from './routes.ts';
import { seriesChartRows, type SiteSeries } from './site-series.ts';

/**
 * "Get the data" of a chart of a series' comparison page: the comparison rows it plots, as CSV
 * (one line per value, with the change leading to it, formula-like text cells neutralised) and as
 * JSON with the chart's texts and every value's report, quote and place in its source view.
 */

/** The CSV of series chart `chart`: the rows it plots, as `workreport compare --format csv` writes them. */
export function seriesChartCsv(chart: Chart, series: SiteSeries): string {
  return comparisonCsv({ ...series.comparison, rows: seriesChartRows(series, slugOfChart(chart.id)) });
}

/** The JSON metadata of series chart `chart`: what it shows, the reports of the series, and its rows with each value's provenance. Pretty-printed. */
export function seriesChartMetadata(chart: Chart, series: SiteSeries): string {
  const rows = seriesChartRows(series, slugOfChart(chart.id));
  const metadata = {
    chart: {
      id: chart.id,
      lang: chart.lang,
      title: chart.title,
      notes: chart.notes,
      description: chart.description,
      page: embedPath(chart.id, chart.lang),
    },
    series: {
      id: series.id,
      place: series.key,
      comparisonPage: compareSeriesPath(series.id, chart.lang),
      reports: series.members.map((d) => ({
        id: d.id,
        year: d.report.meta.year,
        title: d.report.meta.title.zh,
        url: d.report.meta.url ?? null,
        sourceView: sourcePath(d.id),
      })),
    },
    rows: rows.map((row) => ({
      ...row,
      values: row.values.map((value) => ({ ...value, sourceView: figureHref(value.dataset, value.figure) })),
    })),
  };
  return `${JSON.stringify(metadata, null, 2)}\n`;
}
