import type { Lang } from '../charts/chart.ts';
import type { ThemeMode } from '../charts/theme.ts';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';

/**
 * Where every generated page and file of the site lives (DESIGN.md "Site"), as root-relative URL
 * paths. Chart ids contain a slash (`yangshahu-2019/poverty-households`), which the paths keep:
 * `/embed/yangshahu-2019/poverty-households/`. Chinese pages sit at the base path, English ones
 * in an `en/` folder below it.
 */

/**
 * The base URL path the site is published under: Vite's `base` (`vite build --base /x/`), `/`
 * by default. Every path below is a *site path* (root-relative as if the site sat at `/`, which
 * is also where the build writes its files); {@link href} turns one into the URL a page links to.
 */
let siteBase = '/';

/**
 * Publish the site under `base` (Vite's resolved `base`: `/`, `/x/`, or an absolute URL
 * `https://cdn.example/x/`). The site plugin calls it once its config is resolved.
 *
 * @throws WorkreportError `OPTION_INVALID` for a relative base (`./`, `''`): a generated page links across folders of
 *   different depths, which a relative base cannot express; give the path the site is served at.
 */
export function useSiteBase(base: string): void {
  if (!/^(?:\/|https?:\/\/)/.test(base)) {
    throw new WorkreportError(message('OPTION_INVALID', 'siteBase', { base }), { input: base });
  }
  siteBase = base.endsWith('/') ? base : `${base}/`;
}

/** The URL a page links to for site path `path`: `href('/embed/x/')` → `/reports/embed/x/` under base `/reports/`. */
export function href(path: string): string {
  return siteBase + path.replace(/^\//, '');
}

/** The colour themes a chart is drawn in on the site's pages, light first (src/charts/theme.ts). */
export const THEMES: readonly ThemeMode[] = ['light', 'dark'];

/** Widths in pixels at which every chart is rendered: the narrow one for phones, the wide one otherwise. */
export const CHART_WIDTHS = { narrow: 340, wide: 560 } as const;

/** A chart width variant. */
export type WidthVariant = keyof typeof CHART_WIDTHS;

/** The languages every page is generated in, Chinese first. */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The folder of a language's pages under a chart's or series' path: Chinese at the path itself. */
const LANG_DIRS: Record<Lang, string> = { zh: '', en: 'en/' };
const langDir = (lang: Lang): string => LANG_DIRS[lang];

/** The embed page of a chart: `/embed/yangshahu-2019/poverty-households/` (en: `…/en/`). */
export function embedPath(chartId: string, lang: Lang): string {
  return `/embed/${chartId}/${langDir(lang)}`;
}

/**
 * The reader view of a chart's embed page: `/embed/yangshahu-2019/poverty-households/reader/`
 * (en: `…/en/reader/`): chart, source line and a data link only, for an `<iframe>` in an article.
 */
export function readerPath(chartId: string, lang: Lang): string {
  return `${embedPath(chartId, lang)}reader/`;
}

/**
 * A file that belongs to a chart, next to its Chinese embed page:
 * `chartFilePath('yangshahu-2019/land-and-compensation', 'data-zh.csv')`
 * → `/embed/yangshahu-2019/land-and-compensation/data-zh.csv`.
 */
export function chartFilePath(chartId: string, file: string): string {
  return `/embed/${chartId}/${file}`;
}

/** The downloads of a chart in `lang`: data as CSV and JSON, picture as SVG and PNG. */
export function downloadPaths(chartId: string, lang: Lang): { csv: string; json: string; svg: string; png: string } {
  return {
    csv: chartFilePath(chartId, `data-${lang}.csv`),
    json: chartFilePath(chartId, `data-${lang}.json`),
    svg: chartFilePath(chartId, `chart-${lang}.svg`),
    png: chartFilePath(chartId, `chart-${lang}.png`),
  };
}

/** The script a host page loads to size embed iframes to their content. */
export const HOST_SCRIPT_PATH = '/embed/host.js';

/** The script a host page loads to place charts without an iframe: it defines `<workreport-chart>`. */
export const ELEMENT_SCRIPT_PATH = '/embed/chart.js';

/**
 * The script an embed page runs first, in its head (src/embed/page-mode.ts): it reads `?theme=`
 * and `?mode=` and notices a frame, before the page is drawn.
 */
export const PAGE_MODE_SCRIPT_PATH = '/embed/page-mode.js';

/** The source view of a report: `/source/yangshahu-2019/`. Figures are anchors by id. */
export function sourcePath(datasetId: string): string {
  return `${SOURCE_ROOT}${datasetId}/`;
}

/** Where the source views are: a figure of dataset `d` is at `${SOURCE_ROOT}d/#<figure>`. */
export const SOURCE_ROOT = '/source/';

/** A figure highlighted in the source view: `/source/yangshahu-2019/#land-acquired`. */
export function figureHref(datasetId: string, figureId: string): string {
  return `${sourcePath(datasetId)}#${figureId}`;
}

/** The anchor id of an indicator in the source view; figure ids are used as they are. */
export function indicatorAnchor(indicatorId: string): string {
  return `indicator-${indicatorId}`;
}

/** An indicator in the source view: `/source/yangshahu-2019/#indicator-poor-households-lifted-share`. */
export function indicatorHref(datasetId: string, indicatorId: string): string {
  return `${sourcePath(datasetId)}#${indicatorAnchor(indicatorId)}`;
}

/** The gallery of every registered chart in zh and en, light and dark (gallery-page.ts). */
export const GALLERY_PATH = '/gallery/';

/** The story of a report: `/stories/yangshahu-2019/` (en: `…/en/`). */
export function storyPath(datasetId: string, lang: Lang): string {
  return `/stories/${datasetId}/${langDir(lang)}`;
}

/** The comparison page of a series of one place's reports: `/compare/wuchang-district/` (en: `…/en/`). */
export function compareSeriesPath(seriesId: string, lang: Lang): string {
  return `/compare/${seriesId}/${langDir(lang)}`;
}

/** The dataset part of a chart id: `yangshahu-2019/poverty-households` → `yangshahu-2019`. */
export function datasetOfChart(chartId: string): string {
  const slash = chartId.indexOf('/');
  return slash < 0 ? chartId : chartId.slice(0, slash);
}

/** The chart part of a chart id: `yangshahu-2019/poverty-households` → `poverty-households`. */
export function slugOfChart(chartId: string): string {
  return chartId.slice(chartId.indexOf('/') + 1);
}
