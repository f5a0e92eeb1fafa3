import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATASETS } from '../../datasets/index.ts';
import { WorkreportError } from '../errors.ts';
import type { Figure, Report } from '../figures/figure.ts';
import { withSource } from '../figures/report-data.ts';
import { computeIndicators } from '../indicators/compute-indicators.ts';
import type { IndicatorResult } from '../indicators/result.ts';

/**
 * A shipped dataset as the site generators use it, in Node at build time: the report with its
 * source text, its figures by id, and its indicators computed with arquero (never in a page).
 */
export interface SiteReport {
  report: Report;
  figures: ReadonlyMap<string, Figure>;
  indicators: readonly IndicatorResult[];
}

const cache = new Map<string, SiteReport>();

/** The ids of every shipped dataset (datasets/index.ts). */
export function siteDatasetIds(): string[] {
  return Object.keys(DATASETS);
}

/**
 * Dataset `id` with its source text read from disk and its indicators computed (once per process).
 *
 * @throws WorkreportError `DATASET_UNKNOWN` naming the id and the shipped ones.
 */
export function siteReport(id: string): SiteReport {
  const cached = cache.get(id);
  if (cached !== undefined) return cached;
  const entry = DATASETS[id];
  if (entry === undefined) {
    throw new WorkreportError('DATASET_UNKNOWN', `no dataset "${id}"; shipped datasets: ${Object.keys(DATASETS).join(', ')}`, { input: id });
  }
  const report = withSource(entry.data, readFileSync(fileURLToPath(entry.source), 'utf8'));
  const site: SiteReport = {
    report,
    figures: new Map(report.figures.map((figure) => [figure.id, figure])),
    indicators: computeIndicators(report, entry.indicators),
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
    throw new WorkreportError('FIGURE_NOT_FOUND', `${where} names figure "${figureId}", which report "${site.report.meta.id}" does not have`, {
      input: figureId,
    });
  }
  return figure;
}
