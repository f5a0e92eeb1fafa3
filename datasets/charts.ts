import type { Chart, Lang } from '../src/charts/chart.ts';
import type { ThemeMode } from '../src/charts/theme.ts';
import { WorkreportError } from '../src/errors.ts';
import { yangshahuCharts } from './yangshahu-2019/charts.ts';

/** Options of {@link allCharts} and {@link chartById}. */
export interface RegisteredChartOptions {
  /** Colour variant of every chart (src/charts/theme.ts); a social card follows its chart's. Default: `'light'`. */
  theme?: ThemeMode;
}

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
  const { theme } = options;
  return Object.values(CHART_SETS).flatMap((charts) => charts(lang, theme === undefined ? {} : { theme }));
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
