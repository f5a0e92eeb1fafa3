/**
 * What the layout check draws: charts × widths × languages × themes. The fixed list of the test
 * (layout.test.ts) covers every chart kind with the charts that broke (issue 14: 29 and 500
 * persons on an axis to 80,000, long English labels, growth rates with declines); the full matrix
 * (`npm run layout`) is every chart of every dataset and every series page.
 */
import type { Chart, ChartKind, Lang } from '../../../src/charts/chart.ts';
import { barChart } from '../../../src/charts/bar.ts';
import { groupedBarChart } from '../../../src/charts/grouped-bar.ts';
import type { ThemeMode } from '../../../src/charts/theme.ts';
import { datasetCharts } from '../../../src/datasets/dataset-charts.ts';
import type { Figure } from '../../../src/figures/figure.ts';
import { seriesCharts, siteSeries } from '../../../src/site/site-series.ts';
import { siteDatasetIds, siteReport } from '../../../src/site/site-report.ts';
import { funerals, otherEvents, report, weddings } from '../fixtures.ts';

/** Viewport widths in CSS pixels: a phone, a small tablet, a desktop. */
export const VIEWPORTS = [375, 640, 1280] as const;
/** Page margin each side: a chart is as wide as the viewport less the margins. */
export const PAGE_MARGIN = 16;
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const THEMES: readonly ThemeMode[] = ['light', 'dark'];

/** A chart that can be built at any width, language and theme. */
export interface ChartSource {
  id: string;
  kind: ChartKind;
  /** The themes it is built in (series charts are built light only, as the site builds them). */
  themes: readonly ThemeMode[];
  build(lang: Lang, theme: ThemeMode, width: number): Chart;
}

/** Every chart of every published dataset. */
function datasetSources(): ChartSource[] {
  return siteDatasetIds().flatMap((datasetId) => {
    const { dataset } = siteReport(datasetId);
    return dataset.charts.map((definition) => {
      const one = { ...dataset, charts: [definition] };
      const first = datasetCharts(one, 'zh')[0] as Chart;
      return {
        id: first.id,
        kind: first.kind,
        themes: THEMES,
        build: (lang: Lang, theme: ThemeMode, width: number) => datasetCharts(one, lang, { theme, width })[0] as Chart,
      };
    });
  });
}

/** Every chart of every series page (slopes, lines, growth check tables). */
function seriesSources(): ChartSource[] {
  return siteSeries().flatMap((series) =>
    seriesCharts(series, 'zh').map((first, index) => ({
      id: first.id,
      kind: first.kind,
      themes: ['light'] as const,
      build: (lang: Lang, _theme: ThemeMode, width: number) => seriesCharts(series, lang, width)[index] as Chart,
    })),
  );
}

/** A growth-rate figure: the report's cremation-rate figure with another label and value. */
function rate(id: string, zh: string, en: string, value: number): Figure {
  return {
    id: id as Figure['id'],
    section: weddings.section,
    label: { zh, en },
    quantity: { value, unit: 'percent', qualifier: 'exact' },
    period: weddings.period,
    provenance: { quote: `${value}%`, offset: 0 },
  };
}

/** Charts of code-built inputs for what the datasets lack: grouped bars, declines, an all-negative chart. */
function syntheticSources(): ChartSource[] {
  const mixed = [
    rate('growth-gdp', '地区生产总值增速', 'GDP growth', 7.8),
    rate('growth-revenue', '一般公共预算收入增速', 'General public budget revenue growth', -3.2),
    rate('growth-investment', '固定资产投资增速', 'Fixed-asset investment growth', 12.5),
  ];
  const falls = [
    rate('fall-exports', '出口总额增速', 'Export growth', -3.2),
    rate('fall-imports', '进口总额增速', 'Import growth', -11.4),
    rate('fall-land', '土地出让收入增速', 'Land sale revenue growth', -0.6),
  ];
  const groups = [
    { group: { zh: '移风易俗', en: 'Frugal customs' }, figures: [weddings, funerals, otherEvents] },
    {
      group: { zh: '移风易俗（再次）', en: 'Frugal customs, counted again by the village committees' },
      figures: [funerals, otherEvents],
    },
  ];
  const options = (id: string, lang: Lang, theme: ThemeMode, width: number) => ({
    report,
    id: `synthetic/${id}`,
    lang,
    theme,
    width,
  });
  return [
    {
      id: 'synthetic/growth-mixed',
      kind: 'bar',
      themes: THEMES,
      build: (lang, theme, width) => barChart(mixed, options('growth-mixed', lang, theme, width)),
    },
    {
      id: 'synthetic/growth-falls',
      kind: 'bar',
      themes: THEMES,
      build: (lang, theme, width) => barChart(falls, options('growth-falls', lang, theme, width)),
    },
    {
      id: 'synthetic/grouped',
      kind: 'grouped-bar',
      themes: THEMES,
      build: (lang, theme, width) => groupedBarChart(groups, options('grouped', lang, theme, width)),
    },
    {
      // A title with a run of Latin text no space breaks (a URL), wider than a phone's chart.
      id: 'synthetic/long-token',
      kind: 'bar',
      themes: THEMES,
      build: (lang, theme, width) =>
        barChart(mixed, {
          ...options('long-token', lang, theme, width),
          title: '来源：https://www.example.gov.cn/zwgk/zfxxgk/ghjh/gzbg/2024/index_1234567890.html',
        }),
    },
  ];
}

/** Every chart the site shows, plus the synthetic ones. */
export function allSources(): ChartSource[] {
  return [...datasetSources(), ...seriesSources(), ...syntheticSources()];
}

/**
 * The fixed list of the test: every chart kind, with the charts issue 14 names (persons and
 * households on exploding axes, labels cut in English, growth with declines) and the 375 px breaches
 * the full matrix found later (growth-check labels, a slope's left label, a progress headline).
 */
export const FIXED_CASES: readonly string[] = [
  'yangshahu-2019/party-discipline',
  'yangshahu-2019/crackdown-persons',
  'yangshahu-2019/customs-reform-events',
  'yangshahu-2019/land-and-compensation',
  'yangshahu-2019/poverty-households',
  'yangshahu-2019/poverty-households-waffle',
  'yangshahu-2019/poverty-households-gap',
  'yangshahu-2019/livelihood-overview',
  'yangshahu-2019/road-and-ditch-lengths',
  'mutang-2018/section-1-bar-households',
  'hongshan-district/levels-cny',
  'wuchang-district/levels-cny',
  'panyu-district/growth-check',
  'hongshan-district/growth-check',
  'panyu-district/levels-cny-2',
  'caidian-district-2014/review-2014-progress',
  'synthetic/growth-mixed',
  'synthetic/growth-falls',
  'synthetic/grouped',
  'synthetic/long-token',
];

/** The sources of the fixed list, in its order; throws naming an id that no longer exists. */
export function fixedSources(): ChartSource[] {
  const all = allSources();
  return FIXED_CASES.map((id) => {
    const found = all.find((s) => s.id === id);
    if (found === undefined) throw new Error(`layout cases: no chart ${id}; update FIXED_CASES`);
    return found;
  });
}
