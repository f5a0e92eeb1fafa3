import { join, relative, resolve } from 'node:path';
import { WorkreportError } from '../errors.ts';
import type { Dataset } from '../datasets/dataset.ts';
import { datasetIndicators } from '../datasets/dataset-charts.ts';
import { discoverDatasets, type Discovery, type LeftOut } from '../datasets/discover.ts';
import { datasetsDir } from '../datasets/read-dataset.ts';
import type { Figure, Report } from '../figures/figure.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import { message } from '../messages.ts';

/**
 * The datasets the site publishes, in Node at build time: every folder of `datasets/` that passes
 * `checkDataset` (the others are left out with their messages, discover.ts), each with its figures
 * by id and its indicators computed with arquero (never in a page).
 */
export interface SiteReport {
  dataset: Dataset;
  report: Report;
  figures: ReadonlyMap<string, Figure>;
  indicators: readonly IndicatorResult[];
}

/** The project root whose `datasets/` the site publishes (Vite's `root`), set by the plugin. */
let siteRoot = process.cwd();
let discovery: Discovery | undefined;
const cache = new Map<string, SiteReport>();

/** Publish the datasets under `root`/datasets from now on (the plugin calls this with Vite's root). */
export function useSiteRoot(root: string): void {
  if (root === siteRoot && discovery !== undefined) return;
  siteRoot = root;
  discovery = undefined;
  cache.clear();
}

/** The project root the site is built from (Vite's `root`). */
export function siteRootDir(): string {
  return siteRoot;
}

/**
 * The folder the site publishes: `WORKREPORT_DATASETS` when set (a site built from another
 * datasets folder, e.g. `WORKREPORT_DATASETS=../my-datasets npm run build`), else `<root>/datasets`.
 */
export function siteDatasetsDir(): string {
  return process.env.WORKREPORT_DATASETS ?? datasetsDir(siteRoot);
}

/** What the scan of the site's datasets folder found (once per process and root). */
export function siteDiscovery(): Discovery {
  discovery ??= discoverDatasets(siteDatasetsDir());
  return discovery;
}

/**
 * Forget what the last scan found: the next {@link siteDiscovery} scans the datasets folder again
 * (the dev server calls it when a file under the folder is added, changed or removed).
 */
export function forgetSiteDiscovery(): void {
  discovery = undefined;
  cache.clear();
}

/**
 * The folders left out, as the site and the notebooks publish them: each message names the folder
 * `datasets/<id>`, never its path on the machine that built the site (absolute, or relative to where
 * the build ran: `WORKREPORT_DATASETS=/home/me/reports npm run build` must not publish `/home/me`).
 * The build's own warnings keep the real paths.
 */
export function publishedLeftOut(): LeftOut[] {
  const root = siteDatasetsDir();
  return siteDiscovery().leftOut.map(({ id, message: text }) => {
    const folder = join(root, id);
    const paths = [...new Set([resolve(folder), folder, relative(process.cwd(), folder)])].sort(
      (a, b) => b.length - a.length,
    );
    return { id, message: paths.reduce((published, path) => published.split(path).join(`datasets/${id}`), text) };
  });
}

/** The ids of every published dataset, in the site's order (by id). */
export function siteDatasetIds(): string[] {
  return siteDiscovery().datasets.map((d) => d.id);
}

/**
 * Published dataset `id` with its indicators computed (once per process).
 *
 * @throws WorkreportError `DATASET_UNKNOWN` naming the id and the published ones.
 */
export function siteReport(id: string): SiteReport {
  const cached = cache.get(id);
  if (cached !== undefined) return cached;
  const dataset = siteDiscovery().datasets.find((d) => d.id === id);
  if (dataset === undefined) {
    throw new WorkreportError(message('DATASET_UNKNOWN', 'notPublished', { id, published: siteDatasetIds() }), {
      input: id,
    });
  }
  const site: SiteReport = {
    dataset,
    report: dataset.report,
    figures: new Map(dataset.report.figures.map((figure) => [figure.id, figure])),
    indicators: datasetIndicators(dataset),
  };
  cache.set(id, site);
  return site;
}

/**
 * The figure `figureId` of `site`.
 *
 * @throws WorkreportError `FIGURE_NOT_FOUND` naming the figure, the report and `where` it was asked for.
 */
export function siteFigure(site: SiteReport, figureId: string, where: string): Figure {
  const figure = site.figures.get(figureId);
  if (figure === undefined) {
    const params = { where, id: figureId, report: site.report.meta.id };
    throw new WorkreportError(message('FIGURE_NOT_FOUND', 'named', params), { input: figureId });
  }
  return figure;
}
