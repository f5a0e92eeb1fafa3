import { placeKey } from '../../compare/series.ts';
import type { ReportData } from '../../figures/report-data.ts';
import type { DraftOptions } from './draft-dataset.ts';

/**
 * The `init` options a machine draft was made with, read back from its report.json: id, zh title,
 * year reviewed, place (when known), url and publication date (unless still to fill). Drafting the
 * dataset's source text again with these options reproduces the draft file for file, so a newer
 * extractor can redraft every unreviewed dataset (`npm run redraft`) without losing what was given.
 */
export function redraftOptions(id: string, report: Pick<ReportData, 'meta'>): DraftOptions {
  const { meta } = report;
  const options: DraftOptions = { id, title: meta.title.zh, year: meta.year };
  const place = placeKey(meta.place);
  if (place !== '') options.place = place;
  if (meta.url !== undefined) options.url = meta.url;
  if (meta.published !== undefined && !(meta.toFill ?? []).includes('published')) options.published = meta.published;
  return options;
}
