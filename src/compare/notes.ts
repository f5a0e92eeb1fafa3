import type { ReportMeta } from '../figures/figure.ts';
import { message } from '../messages.ts';
import type { ComparisonNote } from './comparison.ts';
import { placeKey } from './series.ts';

/**
 * What a reader should know about the reports compared, never a refusal: reports of another
 * place than the first one with a place (`PLACE_DIFFERS`), without a place (`PLACE_UNKNOWN`),
 * reviewing the same year (`YEAR_REPEATED`), fewer than two reports (`SINGLE_YEAR`).
 * @param reports in comparison order
 * @example comparisonNotes([{ id: 'a', meta: wuchang2017.meta }, { id: 'b', meta: hongshan2013.meta }]) // [{ code: 'PLACE_DIFFERS', datasets: ['b'], … }]
 */
export function comparisonNotes(
  reports: readonly { id: string; meta: Pick<ReportMeta, 'place' | 'year'> }[],
): ComparisonNote[] {
  const notes: ComparisonNote[] = [];
  const note = (code: ComparisonNote['code'], datasets: string[], detail = ''): void => {
    notes.push({ ...message(code, 'datasets', { datasets, detail }), ids: datasets, datasets });
  };
  if (reports.length < 2)
    note(
      'SINGLE_YEAR',
      reports.map((r) => r.id),
    );
  const keys = reports.map((r) => placeKey(r.meta.place));
  const home = keys.find((k) => k !== '');
  const unknown = reports.filter((_, i) => keys[i] === '').map((r) => r.id);
  if (unknown.length > 0) note('PLACE_UNKNOWN', unknown);
  const elsewhere = reports.filter((_, i) => keys[i] !== '' && keys[i] !== home);
  if (elsewhere.length > 0)
    note(
      'PLACE_DIFFERS',
      elsewhere.map((r) => r.id),
      `${elsewhere.map((r) => placeKey(r.meta.place)).join(', ')} vs ${home}`,
    );
  const byYear = new Map<number, string[]>();
  for (const r of reports) byYear.set(r.meta.year, [...(byYear.get(r.meta.year) ?? []), r.id]);
  for (const [year, ids] of byYear) if (ids.length > 1) note('YEAR_REPEATED', ids, String(year));
  return notes;
}
