import type { Place, ReportMeta } from '../figures/figure.ts';

/**
 * Series (DESIGN.md "Series"): the reports of one place across years. Reports belong to one place
 * when they have the same non-empty place parts (province, city, county, town); a report whose
 * place has no part belongs to none.
 */

/** The parts of a place, from the largest division down. */
const PARTS = ['province', 'city', 'county', 'town'] as const satisfies readonly (keyof Place)[];

/** Reports of one place, ordered by the year they review (two or more). */
export interface Series<T> {
  /** `湖北省/武汉市/武昌区`: the place's non-empty parts joined by `/`. */
  key: string;
  place: Place;
  /** The members in the order of the year they review (ties in the order given). */
  members: T[];
  years: number[];
}

/**
 * The key of a place, its non-empty parts joined by `/` (`湖北省/武汉市/武昌区`); `''` when it has none.
 * Parts are trimmed; a part of spaces is empty.
 */
export function placeKey(place: Place): string {
  return PARTS.map((p) => place[p]?.trim() ?? '')
    .filter((part) => part !== '')
    .join('/');
}

/**
 * The series among `items`: groups of two or more with one place key, each ordered by year.
 * Items without a place, and places with one report, form no series.
 * @param meta how to read an item's report metadata (a `Dataset` → `d.report.meta`)
 * @returns series ordered by place key (code-point order), members by year
 * @example findSeries(datasets, (d) => d.report.meta) // [{ key: '湖北省/武汉市/洪山区', years: [2012, 2013, 2014], … }, …]
 */
export function findSeries<T>(items: readonly T[], meta: (item: T) => Pick<ReportMeta, 'place' | 'year'>): Series<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = placeKey(meta(item).place);
    if (key === '') continue;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups]
    .filter(([, members]) => members.length >= 2)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, members]) => {
      const ordered = [...members].sort((a, b) => meta(a).year - meta(b).year);
      return {
        key,
        place: { ...meta(ordered[0] as T).place },
        members: ordered,
        years: ordered.map((m) => meta(m).year),
      };
    });
}
