import type { Chart } from '../charts/chart.ts';
import { chartCsv, chartMetadata } from './chart-data.ts';
import { chartHome, siteChart, siteChartIds } from './chart-sets.ts';
import { embedPageHtml } from './embed-page.ts';
import { cachedPng } from './png-cache.ts';
import { compareSeriesPath, downloadPaths, embedPath, LANGS, readerPath, sourcePath, storyPath } from './routes.ts';
import { siteDatasetIds, siteReport } from './site-report.ts';
import { sourcePageHtml } from './source-page.ts';
import { seriesChartCsv, seriesChartMetadata } from './series-chart-data.ts';
import { seriesPageHtml } from './series-page.ts';
import { siteSeries } from './site-series.ts';
import { storyPageHtml, storySteps } from './story-page.ts';
import { chartSvg } from './static-svg.ts';

/**
 * Everything the site generates rather than reads from a template: the pages (source views,
 * embed pages) and the files beside them (data downloads, chart pictures).
 * The Vite plugin (plugin.ts) emits both into the build: the files as they are, the pages with the
 * head Vite made of their kind's template page (page-templates.ts), so their stylesheets and scripts
 * are bundled; its dev server serves both from this list.
 */

/** The head tags every page of one kind has: root-relative stylesheets and scripts that Vite resolves and bundles. */
export interface PageHead {
  /** The kind of page (`story`, `embed`…), which names its template page (page-templates.ts). */
  kind: string;
  /** The tags, which the page's HTML holds once, as they are here. */
  tags: string;
}

/** A generated page. */
export interface GeneratedPage {
  /** URL path, ending in `/`: `/embed/yangshahu-2019/land-and-compensation/`. */
  path: string;
  /** The head tags of its kind, the same object for every page of the kind. */
  head: PageHead;
  /** The HTML document, with `head.tags` as they are (before Vite resolves them). */
  html: () => string | Promise<string>;
}

/** A generated file. */
export interface GeneratedFile {
  /** URL path: `/embed/yangshahu-2019/land-and-compensation/data-zh.csv`. */
  path: string;
  content: () => string | Uint8Array | Promise<string | Uint8Array>;
}

/** The head tags of the generated pages of each kind but the gallery (gallery-page.ts). */
const HEAD = {
  embed: {
    kind: 'embed',
    tags: '<link rel="stylesheet" href="/src/embed/embed.css" />\n    <script type="module" src="/src/embed/page.ts"></script>',
  },
  source: {
    kind: 'source',
    tags: '<link rel="stylesheet" href="/src/story/page.css" />\n    <link rel="stylesheet" href="/src/site/source-page.css" />',
  },
  series: {
    kind: 'series',
    tags: '<link rel="stylesheet" href="/src/story/page.css" />\n    <link rel="stylesheet" href="/src/embed/chart.css" />\n    <link rel="stylesheet" href="/src/site/series-page.css" />\n    <script type="module" src="/src/embed/charts-page.ts"></script>',
  },
  story: {
    kind: 'story',
    tags: '<link rel="stylesheet" href="/src/story/page.css" />\n    <link rel="stylesheet" href="/src/embed/chart.css" />\n    <link rel="stylesheet" href="/src/story/story.css" />\n    <script type="module" src="/src/story/main.ts"></script>',
  },
} as const satisfies Record<string, PageHead>;

/**
 * Every generated page: per published dataset its source view and its story in each language, per
 * series its comparison page in each language, per chart and language an embed page and its reader view.
 */
export function generatedPages(): GeneratedPage[] {
  const sources = siteDatasetIds().map((datasetId) => ({
    path: sourcePath(datasetId),
    head: HEAD.source,
    html: () =>
      sourcePageHtml(datasetId, { storySteps: storySteps(siteReport(datasetId).dataset), head: HEAD.source.tags }),
  }));
  const stories = siteDatasetIds()
    .filter((datasetId) => siteReport(datasetId).dataset.story !== undefined)
    .flatMap((datasetId) =>
      LANGS.map((lang) => ({
        path: storyPath(datasetId, lang),
        head: HEAD.story,
        html: () => storyPageHtml(datasetId, lang, { head: HEAD.story.tags }),
      })),
    );
  const embeds = siteChartIds().flatMap((chartId) =>
    LANGS.flatMap((lang) => [
      {
        path: embedPath(chartId, lang),
        head: HEAD.embed,
        html: () => embedPageHtml(chartId, lang, { head: HEAD.embed.tags }),
      },
      {
        path: readerPath(chartId, lang),
        head: HEAD.embed,
        html: () => embedPageHtml(chartId, lang, { head: HEAD.embed.tags, mode: 'reader' }),
      },
    ]),
  );
  const series = siteSeries().flatMap((s) =>
    LANGS.map((lang) => ({
      path: compareSeriesPath(s.id, lang),
      head: HEAD.series,
      html: () => seriesPageHtml(s.id, lang, { head: HEAD.series.tags }),
    })),
  );
  return [...sources, ...stories, ...series, ...embeds];
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
 * Every generated file, per chart and language: the plotted data as CSV and JSON metadata, and the full chart at the
 * wide width as SVG and as PNG (2× pixels, white background; cached in `pngCache`, see png-cache.ts).
 */
export function generatedFiles(pngCache: string): GeneratedFile[] {
  return siteChartIds().flatMap((chartId) =>
    LANGS.flatMap((lang): GeneratedFile[] => {
      const downloads = downloadPaths(chartId, lang);
      const chart = () => siteChart(chartId, lang, 'wide');
      return [
        { path: downloads.csv, content: () => dataFile(chartId, chart(), 'csv') },
        { path: downloads.json, content: () => dataFile(chartId, chart(), 'json') },
        { path: downloads.svg, content: () => chartSvg(chart()) },
        { path: downloads.png, content: async () => cachedPng(await chartSvg(chart()), pngCache) },
      ];
    }),
  );
}
