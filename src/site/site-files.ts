import type { Chart, Lang } from '../charts/chart.ts';
import { chartCsv, chartMetadata } from './chart-data.ts';
import { chartHome, siteChart, siteChartIds, withoutTitle } from './chart-sets.ts';
import { embedPageHtml } from './embed-page.ts';
import { cachedPng } from './png-cache.ts';
import type { ThemeMode } from '../charts/theme.ts';
import {
  CHART_WIDTHS,
  compareSeriesPath,
  downloadPaths,
  embedPath,
  LANGS,
  readerPath,
  sourcePath,
  storyPath,
  THEMES,
  vegaSpecPath,
  type WidthVariant,
} from './routes.ts';
import { siteDatasetIds, siteReport } from './site-report.ts';
import { sourcePageHtml } from './source-page.ts';
import { seriesChartCsv, seriesChartMetadata } from './series-chart-data.ts';
import { seriesPageHtml } from './series-page.ts';
import { siteSeries } from './site-series.ts';
import { storyPageHtml, storySteps } from './story-page.ts';
import { chartSvg, compiledChart } from './static-svg.ts';

/**
 * Everything the site generates rather than reads from a template: the pages (source views,
 * embed pages) and the files beside them (precompiled Vega specs, data downloads, chart pictures).
 * The Vite plugin (plugin.ts) builds pages through Vite, so their stylesheets and scripts are
 * bundled, and emits the files as assets; its dev server serves both from this list.
 */

/** A generated page. */
export interface GeneratedPage {
  /** URL path, ending in `/`: `/embed/yangshahu-2019/land-and-compensation/`. */
  path: string;
  /** Rollup input name, unique. */
  name: string;
  /** The HTML document, before Vite resolves its `<link>` and `<script>` tags. */
  html: () => string | Promise<string>;
}

/** A generated file. */
export interface GeneratedFile {
  /** URL path: `/embed/yangshahu-2019/land-and-compensation/data-zh.csv`. */
  path: string;
  content: () => string | Uint8Array | Promise<string | Uint8Array>;
}

/** The head tags of the generated pages: root-relative sources that Vite resolves and bundles. */
const HEAD = {
  embed:
    '<link rel="stylesheet" href="/src/embed/embed.css" />\n    <script type="module" src="/src/embed/page.ts"></script>',
  source:
    '<link rel="stylesheet" href="/src/story/page.css" />\n    <link rel="stylesheet" href="/src/site/source-page.css" />',
  series:
    '<link rel="stylesheet" href="/src/story/page.css" />\n    <link rel="stylesheet" href="/src/embed/chart.css" />\n    <link rel="stylesheet" href="/src/site/series-page.css" />',
  story:
    '<link rel="stylesheet" href="/src/story/page.css" />\n    <link rel="stylesheet" href="/src/embed/chart.css" />\n    <link rel="stylesheet" href="/src/story/story.css" />\n    <script type="module" src="/src/story/main.ts"></script>',
} as const;

/**
 * Every generated page: per published dataset its source view and its story in each language, per
 * series its comparison page in each language, per chart and language an embed page and its reader view.
 */
export function generatedPages(): GeneratedPage[] {
  const sources = siteDatasetIds().map((datasetId) => ({
    path: sourcePath(datasetId),
    name: `source-${datasetId}`,
    html: () => sourcePageHtml(datasetId, { storySteps: storySteps(siteReport(datasetId).dataset), head: HEAD.source }),
  }));
  const stories = siteDatasetIds()
    .filter((datasetId) => siteReport(datasetId).dataset.story !== undefined)
    .flatMap((datasetId) =>
      LANGS.map((lang) => ({
        path: storyPath(datasetId, lang),
        name: `story-${datasetId}-${lang}`,
        html: () => storyPageHtml(datasetId, lang, { head: HEAD.story }),
      })),
    );
  const embeds = siteChartIds().flatMap((chartId) =>
    LANGS.flatMap((lang) => [
      {
        path: embedPath(chartId, lang),
        name: `embed-${chartId.replace('/', '-')}-${lang}`,
        html: () => embedPageHtml(chartId, lang, { head: HEAD.embed }),
      },
      {
        path: readerPath(chartId, lang),
        name: `reader-${chartId.replace('/', '-')}-${lang}`,
        html: () => embedPageHtml(chartId, lang, { head: HEAD.embed, mode: 'reader' }),
      },
    ]),
  );
  const series = siteSeries().flatMap((s) =>
    LANGS.map((lang) => ({
      path: compareSeriesPath(s.id, lang),
      name: `compare-${s.id}-${lang}`,
      html: () => seriesPageHtml(s.id, lang, { head: HEAD.series }),
    })),
  );
  return [...sources, ...stories, ...series, ...embeds];
}

/** The precompiled Vega JSON of a chart variant in a theme, with or without its title block. */
function vegaFile(chartId: string, lang: Lang, variant: WidthVariant, bare: boolean, theme: ThemeMode): GeneratedFile {
  return {
    path: vegaSpecPath(chartId, lang, variant, bare, theme),
    content: () => {
      const chart = siteChart(chartId, lang, variant, theme);
      return JSON.stringify(compiledChart(bare ? withoutTitle(chart) : chart));
    },
  };
}

/** The data download of a chart: its plotted rows with provenance, for a dataset chart or a series chart. */
function dataFile(chartId: string, chart: Chart, format: 'csv' | 'json'): string {
  const home = chartHome(chartId);
  if (home.kind === 'series')
    return format === 'csv' ? seriesChartCsv(chart, home.series) : seriesChartMetadata(chart, home.series);
  const site = siteReport(home.id);
  return format === 'csv' ? chartCsv(chart, site) : chartMetadata(chart, site);
}

/**
 * Every generated file, per chart and language: the precompiled Vega specs (both widths, both
 * themes, with and without title block), the plotted data as CSV and JSON metadata, and the full chart at the
 * wide width as SVG and as PNG (2× pixels, white background; cached in `pngCache`, see png-cache.ts).
 */
export function generatedFiles(pngCache: string): GeneratedFile[] {
  return siteChartIds().flatMap((chartId) =>
    LANGS.flatMap((lang): GeneratedFile[] => {
      const downloads = downloadPaths(chartId, lang);
      const chart = () => siteChart(chartId, lang, 'wide');
      const variants = Object.keys(CHART_WIDTHS) as WidthVariant[];
      return [
        ...THEMES.flatMap((theme) =>
          variants.flatMap((variant) => [
            vegaFile(chartId, lang, variant, false, theme),
            vegaFile(chartId, lang, variant, true, theme),
          ]),
        ),
        { path: downloads.csv, content: () => dataFile(chartId, chart(), 'csv') },
        { path: downloads.json, content: () => dataFile(chartId, chart(), 'json') },
        { path: downloads.svg, content: () => chartSvg(chart()) },
        { path: downloads.png, content: async () => cachedPng(await chartSvg(chart()), pngCache) },
      ];
    }),
  );
}
