import { allCharts } from '../../datasets/charts.ts';
import { yangshahuCharts, type ChartSetOptions } from '../../datasets/yangshahu-2019/charts.ts';
import type { Chart, Lang } from '../charts/chart.ts';
import { WorkreportError } from '../errors.ts';
import { CHART_WIDTHS, datasetOfChart, type WidthVariant } from './routes.ts';

/**
 * The registered charts at the widths the site renders them (routes.ts `CHART_WIDTHS`).
 * `datasets/charts.ts` lists every registered chart at its builders' default width; the site needs
 * each chart laid out for a given width (titles are wrapped and numbers sized by width), so it
 * calls each dataset's chart set with a layout. A dataset registered there but missing here fails
 * the build with `CHART_UNKNOWN`.
 */

/** Each dataset's chart set, taking a layout. Keys match `CHART_SETS` in datasets/charts.ts. */
const LAYOUT_CHART_SETS: Readonly<Record<string, (lang: Lang, layout: ChartSetOptions) => Chart[]>> = {
  'yangshahu-2019': yangshahuCharts,
};

const cache = new Map<string, ReadonlyMap<string, Chart>>();

/** Every chart of dataset `datasetId` in `lang` at width `variant`, by chart id (built once, then cached). */
function chartSet(datasetId: string, lang: Lang, variant: WidthVariant): ReadonlyMap<string, Chart> {
  const key = `${datasetId}|${lang}|${variant}`;
  let set = cache.get(key);
  if (set === undefined) {
    const build = LAYOUT_CHART_SETS[datasetId];
    if (build === undefined) {
      throw new WorkreportError(
        'CHART_UNKNOWN',
        `dataset "${datasetId}" has registered charts but the site cannot lay them out; add its chart set to LAYOUT_CHART_SETS in src/site/chart-sets.ts`,
        { input: datasetId },
      );
    }
    set = new Map(build(lang, { width: CHART_WIDTHS[variant] }).map((chart) => [chart.id, chart]));
    cache.set(key, set);
  }
  return set;
}

/** The ids of every registered chart (datasets/charts.ts `allCharts`), in registry order. */
export function siteChartIds(): string[] {
  return allCharts('zh').map((chart) => chart.id);
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
