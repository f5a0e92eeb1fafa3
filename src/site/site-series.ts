import type { Chart, Lang } from '../charts/chart.ts';
import { changeTable } from '../charts/change-table.ts';
import { lineChart } from '../charts/line.ts';
import { slopeChart } from '../charts/slope.ts';
import type { ThemeMode } from '../charts/theme.ts';
import { compareDatasets } from '../compare/compare-datasets.ts';
import type { Comparison, ComparisonRow } from '../compare/comparison.ts';
import type { ChangeMeasure } from '../compare/growth.ts';
import { findSeries, placeKey } from '../compare/series.ts';
import type { Dataset } from '../datasets/dataset.ts';
import { WorkreportError } from '../errors.ts';
import type { Place, ReportMeta } from '../figures/figure.ts';
import { inLang } from '../figures/locale.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Mapping } from '../compare/mapping.ts';
import { siteDiscovery, siteRootDir } from './site-report.ts';
import { message } from '../messages.ts';
import { warn } from '../log.ts';
import { problem } from '../problem.ts';

/**
 * The series the site compares (DESIGN.md "Series"): the published datasets of one place, two or
 * more years, found by place in their metadata (never listed by hand), each compared once with
 * `compareDatasets`, and the charts of its comparison page.
 */
export interface SiteSeries {
  /** ASCII id of the page, `/compare/<id>/`, and the prefix of its chart ids: the members' common id prefix (`wuchang-district`), never a dataset's id. */
  id: string;
  /** `湖北省/武汉市/武昌区`. */
  key: string;
  place: Place;
  /** In the order of the years they review. */
  members: Dataset[];
  comparison: Comparison;
  /** The series' mapping file, when there is one (`series/<id>.mapping.json`). */
  mapping?: Mapping;
}

/**
 * The mapping a user wrote for series `id` in `series/<id>.mapping.json` under `root`
 * (`{"groups": [["全口径财政收入", "公共财政总收入"]]}`: labels or figure ids that measure one thing),
 * or undefined when there is none. A file that does not parse or validate is reported on stderr
 * and ignored, so the page still builds, matched without it.
 */
export function readSeriesMapping(root: string, id: string): Mapping | undefined {
  const path = join(root, 'series', `${id}.mapping.json`);
  if (!existsSync(path)) return undefined;
  try {
    return parseMapping(JSON.parse(readFileSync(path, 'utf8')) as unknown, `series/${id}.mapping.json`);
  } catch (error) {
    const file = `series/${id}.mapping.json`;
    warn(problem('LEFT_OUT', 'mapping', { file, reason: (error as Error).message }, [file]));
    return undefined;
  }
}

/** The most indicators one chart shows. */
const MAX_ROWS = 8;

/** An id without its trailing year or years: `wuchang-district-2017` → `wuchang-district`, `chaanling-2011-2015` → `chaanling`. */
function stem(id: string): string {
  return id.replace(/(?:-\d{4})+$/, '');
}

/**
 * The id of a series page from its members' ids (in year order): the stem most of them share
 * (`wuchang-district-2017`, `…-2018` → `wuchang-district`), the earliest member's on a tie, so a
 * dataset of the place added under another name does not move the page.
 *
 * @example seriesId(['nanlinqiao-2022', 'broken-2022', 'nanlinqiao-2023']) // 'nanlinqiao'
 */
export function seriesId(memberIds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const id of memberIds) counts.set(stem(id), (counts.get(stem(id)) ?? 0) + 1);
  let best = '';
  for (const [candidate, n] of counts) if (best === '' || n > (counts.get(best) ?? 0)) best = candidate;
  return best === '' ? 'series' : best;
}

let cached: SiteSeries[] | undefined;
let cachedFor: unknown;

/** Every series of the published datasets, by id (compared once per discovery). */
export function siteSeries(): SiteSeries[] {
  const discovery = siteDiscovery();
  if (cached !== undefined && cachedFor === discovery) return cached;
  const used = new Set<string>(discovery.datasets.map((d) => d.id));
  cached = findSeries(discovery.datasets, (d) => d.report.meta)
    .filter((series) => series.members.length >= 2)
    .map((series) => {
      let id = seriesId(series.members.map((d) => d.id));
      while (used.has(id)) id = `${id}-2`;
      used.add(id);
      const mapping = readSeriesMapping(siteRootDir(), id);
      const comparison = compareDatasets(
        series.members.map((d) => ({ id: d.id, report: d.report })),
        mapping === undefined ? {} : { mapping },
      );
      return {
        id,
        key: series.key,
        place: series.place,
        members: series.members,
        comparison,
        ...(mapping === undefined ? {} : { mapping }),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  cachedFor = discovery;
  return cached;
}

/**
 * The series page `id`.
 *
 * @throws WorkreportError `DATASET_UNKNOWN` naming the id and the series that exist.
 */
export function seriesById(id: string): SiteSeries {
  const found = siteSeries().find((s) => s.id === id);
  if (found === undefined) {
    const series = siteSeries().map((s) => s.id);
    throw new WorkreportError(message('DATASET_UNKNOWN', 'noSeries', { id, series }), { input: id });
  }
  return found;
}

/** The place in words, smallest part last: `湖北省武汉市武昌区`. */
export function placeName(place: Place): string {
  return placeKey(place).replace(/\//g, '');
}

/** Rows two or more reports state, actual figures (not targets), matched by what they measure. */
export function matchedRows(comparison: Comparison): ComparisonRow[] {
  return comparison.rows.filter(
    (row) => row.match !== 'none' && row.target !== true && new Set(row.values.map((v) => v.year)).size >= 2,
  );
}

/** What a chart of a series shows, before it is built. */
interface SeriesChartDef {
  slug: string;
  /** The comparison rows it plots (for its data downloads). */
  rows: ComparisonRow[];
  build: (lang: Lang, width: number | undefined, theme?: ThemeMode) => Chart;
}

/** The most one chart's largest value may be of its smallest, so no line sits flat at the bottom of an axis (亿元 totals beside 元 per head). */
const MAX_SPREAD = 100;

/** Rows of one unit in groups whose values lie within {@link MAX_SPREAD} of each other, largest first. */
function byMagnitude(rows: readonly ComparisonRow[]): ComparisonRow[][] {
  const size = (row: ComparisonRow): number => Math.max(...row.values.map((v) => Math.abs(v.value)));
  const groups: ComparisonRow[][] = [];
  for (const row of [...rows].sort((a, b) => size(b) - size(a))) {
    const group = groups.at(-1);
    const top = group?.[0];
    if (group !== undefined && top !== undefined && size(top) <= MAX_SPREAD * Math.max(size(row), Number.MIN_VALUE))
      group.push(row);
    else groups.push([row]);
  }
  return groups;
}

/** The sentences of a series' charts in each language. */
/** The check charts of stated changes, by measure, and their slugs. */
const GROWTH_CHECKS: readonly (readonly [ChangeMeasure, string])[] = [
  ['percent', 'growth-check'],
  ['percentage-points', 'growth-check-points'],
];

/** Whether chart `chartId` of a series is one of its checks of stated changes ({@link GROWTH_CHECKS}). */
export function isGrowthCheck(chartId: string): boolean {
  return GROWTH_CHECKS.some(([, slug]) => chartId.endsWith(`/${slug}`));
}

const TEXT: Record<
  Lang,
  {
    /** A levels chart's title: up to three labels (`more` when there are others), then the years. */
    levels: (names: readonly string[], more: boolean, span: string) => string;
    /** The note naming the reports of the series (titles in zh, years in en). */
    sources: (reports: readonly ReportMeta[]) => string;
    /** The title of the check of stated changes, by measure: percent growth, or percentage points. */
    growthTitle: Record<ChangeMeasure, string>;
  }
> = {
  zh: {
    levels: (names, more, span) => `${names.join('、')}${more ? '等' : ''}，${span}年`,
    sources: (reports) => `数据来自${reports.map((meta) => `《${meta.title.zh}》`).join('、')}。`,
    growthTitle: {
      percent: '报告所称增速与两年数值算出的增速',
      'percentage-points': '报告所称百分点变化与两年数值算出的变化',
    },
  },
  en: {
    levels: (names, more, span) => `${names.join(', ')}${more ? ' and more' : ''}, ${span}`,
    sources: (reports) => `From the reports of ${reports.map((meta) => meta.year).join(', ')}.`,
    growthTitle: {
      percent: 'Growth as the reports state it, and as their levels give it',
      'percentage-points': 'Changes in percentage points as the reports state them, and as their levels give them',
    },
  },
};

/** The title of the chart of the rows of one unit, from their labels. */
function levelsTitle(rows: readonly ComparisonRow[], years: readonly number[], lang: Lang): string {
  const names = rows.slice(0, 3).map((row) => inLang(row.label, lang));
  return TEXT[lang].levels(names, rows.length > 3, `${years[0]}–${years.at(-1)}`);
}

/**
 * The charts of a series page, in reading order: per unit, the levels of its matched indicators
 * (a slope chart between two years, a line chart for three or more); then the change table of every
 * stated growth beside the growth its levels give, flags marked.
 */
function seriesChartDefs(series: SiteSeries): SeriesChartDef[] {
  const rows = matchedRows(series.comparison);
  const latest = series.members.at(-1)?.report.meta;
  if (latest === undefined) return [];
  const byUnit = new Map<string, ComparisonRow[]>();
  for (const row of rows) {
    const unit = `${row.unit}|${row.counted ?? ''}`;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), row]);
  }
  const years = series.comparison.years;
  const notes = (lang: Lang): string[] => [TEXT[lang].sources(series.members.map((d) => d.report.meta))];
  const groups = [...byUnit.entries()].flatMap(([unit, unitRows]) =>
    byMagnitude(unitRows).map((rowsOfScale) => [unit, rowsOfScale] as const),
  );
  const defs: SeriesChartDef[] = groups.map(([unit, scaleRows], index) => {
    const shown = scaleRows.slice(0, MAX_ROWS);
    const slug = `levels-${unit
      .split('|')[0]
      ?.toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')}${index === 0 ? '' : `-${index + 1}`}`;
    return {
      slug,
      rows: shown,
      build: (lang, width, theme = 'light') => {
        const options = {
          report: latest,
          id: `${series.id}/${slug}`,
          lang,
          theme,
          title: levelsTitle(shown, years, lang),
          notes: notes(lang),
          ...(width === undefined ? {} : { width }),
        };
        return years.length === 2 ? slopeChart(shown, options) : lineChart(shown, options);
      },
    };
  });
  // One check per measure: percent growth and percentage points never share an axis (changeTable).
  for (const [measure, slug] of GROWTH_CHECKS) {
    const stated = rows.filter((row) =>
      row.changes.some((change) => change.stated !== undefined && change.measure === measure),
    );
    if (stated.length === 0) continue;
    defs.push({
      slug,
      rows: stated,
      build: (lang, width, theme = 'light') =>
        changeTable(stated, {
          report: latest,
          id: `${series.id}/${slug}`,
          lang,
          theme,
          title: TEXT[lang].growthTitle[measure],
          notes: notes(lang),
          ...(width === undefined ? {} : { width }),
        }),
    });
  }
  return defs;
}

/**
 * The comparison rows chart `slug` of `series` plots.
 *
 * @throws WorkreportError `CHART_UNKNOWN` naming the series and its charts.
 */
export function seriesChartRows(series: SiteSeries, slug: string): ComparisonRow[] {
  const defs = buildableDefs(series);
  const def = defs.find((d) => d.slug === slug);
  if (def === undefined) {
    const params = { series: series.id, slug, known: defs.map((d) => d.slug) };
    throw new WorkreportError(message('CHART_UNKNOWN', 'inSeries', params), { input: slug });
  }
  return def.rows;
}

/** The charts of each series that build in both languages, so the zh and en pages show the same ones. */
const buildable = new WeakMap<SiteSeries, SeriesChartDef[]>();

/**
 * The chart definitions of `series` that its builders accept in zh and in en; one refused in either
 * (rows it cannot draw, two rows with one untranslated label) is left out of both, with a warning on stderr.
 */
function buildableDefs(series: SiteSeries): SeriesChartDef[] {
  let defs = buildable.get(series);
  if (defs === undefined) {
    defs = seriesChartDefs(series).filter((def) => {
      try {
        for (const lang of ['zh', 'en'] as const) def.build(lang, undefined);
        return true;
      } catch (error) {
        if (!(error instanceof WorkreportError)) throw error;
        const params = { series: series.id, chart: def.slug, reason: error.message };
        warn(problem('LEFT_OUT', 'seriesChart', params, [series.id, def.slug]));
        return false;
      }
    });
    buildable.set(series, defs);
  }
  return defs;
}

/**
 * Every chart of a series page in `lang`, at overall `width` pixels (default: each builder's), in
 * colour `theme` (default: light), with ids `<series id>/<slug>`: those that build in both
 * languages (buildableDefs), so one odd series never stops the site.
 */
export function seriesCharts(series: SiteSeries, lang: Lang, width?: number, theme: ThemeMode = 'light'): Chart[] {
  return buildableDefs(series).map((def) => def.build(lang, width, theme));
}
