import type { Chart, Lang } from '../src/charts/chart.ts';
import { WorkreportError } from '../src/errors.ts';
import { yangshahuCharts } from './yangshahu-2019/charts.ts';

/**
 * Every registered chart of every shipped dataset, by chart id (`<dataset-id>/<slug>`).
 * One entry per dataset that has charts, keyed like `DATASETS` in ./index.ts.
 */
const CHART_SETS: Readonly<Record<string, (lang: Lang) => Chart[]>> = {
  'yangshahu-2019': yangshahuCharts,
};

/** Every registered chart in `lang`, datasets in `CHART_SETS` order, each dataset's charts in reading order. */
export function allCharts(lang: Lang): Chart[] {
  return Object.values(CHART_SETS).flatMap((charts) => charts(lang));
}

/**
 * The registered chart `id` in `lang`.
 *
 * @example chartById('yangshahu-2019/poverty-households', 'en').title // 'Registered poor households lifted out of poverty'
 * @throws WorkreportError `CHART_UNKNOWN` naming the id and listing every registered id.
 */
export function chartById(id: string, lang: Lang): Chart {
  const charts = allCharts(lang);
  const chart = charts.find((c) => c.id === id);
  if (chart === undefined) {
    throw new WorkreportError('CHART_UNKNOWN', `no chart "${id}"; registered charts: ${charts.map((c) => c.id).join(', ')}`, { input: id });
  }
  return chart;
}
