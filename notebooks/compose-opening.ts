/**
 * The compose notebook's opening state: the choices it starts from before a reader changes an
 * input, and the chart they make. The notebook's cells read the choices from here, and the build
 * draws that chart as static SVG into the page (notebooks/opening-chart.ts), so that the first
 * chart a reader sees needs no script and is the one the notebook's first run then makes live.
 */
import { barChart } from '../src/charts/bar.ts';
import type { Chart, Lang } from '../src/charts/chart.ts';
import type { ChartOptions } from '../src/charts/options.ts';
import type { ThemeMode } from '../src/charts/theme.ts';
import type { Dataset } from '../src/datasets/dataset.ts';
import type { Figure, ReportMeta } from '../src/figures/figure.ts';
import { distinctLabels } from '../src/notebook/distinct-labels.ts';

/** The chart kind, language and theme ticked at first. */
export const OPENING = { kind: 'bar', lang: 'zh', theme: 'light' } as const satisfies {
  kind: string;
  lang: Lang;
  theme: ThemeMode;
};

/**
 * The widest chart the notebook draws, in pixels; a narrower column gets a chart as wide as it.
 * The static opening chart is drawn at this width and scaled down by CSS in a narrower column.
 */
export const COMPOSE_WIDTH = 640;

/** What the figures are compared on: unit and what is counted (`户`, `亩`…). */
const axisOf = (figure: Figure): string => `${figure.quantity.unit} ${figure.quantity.counted ?? ''}`;

/**
 * The figures ticked at first: those of the dataset's bar chart with the most figures (charts.json),
 * else up to five figures of the unit and counted thing most figures share, in report order.
 */
export function openingFigures(dataset: Dataset): Figure[] {
  const { figures } = dataset.report;
  const [largestBar] = dataset.charts
    .filter((chart) => chart.kind === 'bar')
    .sort((a, b) => b.figures.length - a.figures.length);
  if (largestBar !== undefined) return figures.filter((f) => largestBar.figures.includes(f.id));
  const counts = new Map<string, number>();
  for (const figure of figures) counts.set(axisOf(figure), (counts.get(axisOf(figure)) ?? 0) + 1);
  const [commonAxis] = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  return figures.filter((f) => axisOf(f) === commonAxis).slice(0, 5);
}

/**
 * The options every chart of the notebook is built with: its id (`<dataset>/notebook-<kind>`),
 * language, theme and width (the column's `width` in pixels, at most {@link COMPOSE_WIDTH}).
 */
export function composeOptions(
  report: ReportMeta,
  choice: { kind: string; lang: Lang; theme: ThemeMode; width: number },
): ChartOptions {
  const { kind, lang, theme, width } = choice;
  return { report, id: `${report.id}/notebook-${kind}`, lang, theme, width: Math.min(width, COMPOSE_WIDTH) };
}

/**
 * The chart of the opening state for `dataset` at full width: a bar chart of {@link openingFigures}
 * (figures sharing a label told apart by their quotes).
 *
 * @throws WorkreportError `OPTION_INVALID` when those figures make no bar chart (mixed units, none);
 *   the notebook then shows why in the chart's place, and the build draws no opening chart.
 */
export function openingChart(dataset: Dataset): Chart {
  const options = composeOptions(dataset.report.meta, { ...OPENING, width: COMPOSE_WIDTH });
  return barChart(distinctLabels(openingFigures(dataset)), options);
}
