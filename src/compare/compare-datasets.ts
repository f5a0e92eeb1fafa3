import { roleAt } from '../figures/extract-role.ts';
import type { Figure, Report } from '../figures/figure.ts';
import { UNIT_IDS, type UnitId } from '../figures/unit.ts';
import { changeBetween, valueIn, type ChangeEnd } from './check-change.ts';
import type { ComparedChange, ComparedValue, Comparison, ComparisonRow, MatchKind } from './comparison.ts';
import { estimateWord } from './estimate.ts';
import type { Mapping } from './mapping.ts';
import { figureKey, resolveMapping, type FigureKey } from './match-key.ts';
import { comparisonNotes } from './notes.ts';
import { planVsActual } from './plan-vs-actual.ts';
import { toNumber } from './rational.ts';
import { statedChanges, type StatedChange } from './stated-change.ts';

/** A report to compare, with the id of its dataset (a `Dataset` is one). */
export interface ComparedReport {
  id: string;
  report: Report;
}

/** Options of {@link compareDatasets}. */
export interface CompareOptions {
  /** Groups of labels or figure ids the user declares equal (mapping.ts). Default: none. */
  mapping?: Mapping;
}

/** A figure of one report, keyed for matching, with what its report says around it. */
interface Entry extends ChangeEnd {
  key: FigureKey;
  stated?: StatedChange;
  /** The figure is the start of a change its sentence states (由93.5%提高到97.2%: 93.5%). */
  start?: true;
  order: number;
}

/** The year a figure stands for: its period's year, else the year its report reviews. */
function yearOf(figure: Figure, report: Report): number {
  return figure.period.kind === 'year' || figure.period.kind === 'target' ? figure.period.year : report.meta.year;
}

/** The figures of one report that are levels (not rates of change), keyed. */
function entries(item: ComparedReport, datasetIndex: number, resolve: ReturnType<typeof resolveMapping>): Entry[] {
  const { report, id } = item;
  const { linked, rates } = statedChanges(report);
  const stated = new Map<string, StatedChange>();
  for (const change of linked) if (!stated.has(change.level)) stated.set(change.level, change);
  return report.figures.flatMap((figure, i): Entry[] => {
    const { offset, quote } = figure.provenance;
    if (
      figure.quantity.unit === 'percentage-points' ||
      rates.some((r) => r.start < offset + quote.length && offset < r.end)
    )
      return [];
    const estimate = estimateWord(report.source, offset);
    const entry: Entry = {
      figure,
      dataset: id,
      year: yearOf(figure, report),
      key: figureKey(figure, id, resolve),
      order: datasetIndex * 1e6 + i,
    };
    const change = stated.get(figure.id);
    if (change !== undefined) entry.stated = change;
    if (roleAt(report.source, offset, offset + quote.length, figure.quantity) === 'from') entry.start = true;
    if (estimate !== undefined) entry.estimateAt = estimate.offset;
    return [entry];
  });
}

/** The row's unit: of its values' units, the one listed first in `UNIT_IDS` (亩 before 公顷). */
function rowUnit(group: readonly Entry[]): UnitId {
  return group
    .map((e) => e.figure.quantity.unit)
    .reduce((a, b) => (UNIT_IDS.indexOf(a) <= UNIT_IDS.indexOf(b) ? a : b));
}

function comparedValue(e: Entry, unit: UnitId): ComparedValue {
  const v: ComparedValue = {
    dataset: e.dataset,
    year: e.year,
    value: toNumber(valueIn(e.figure, unit)),
    qualifier: e.figure.quantity.qualifier,
    quote: e.figure.provenance.quote,
    offset: e.figure.provenance.offset,
    figure: e.figure.id,
    label: e.figure.label.zh,
  };
  if (e.estimateAt !== undefined) v.estimate = true;
  return v;
}

function matchOf(group: readonly Entry[]): MatchKind {
  if (new Set(group.map((e) => e.dataset)).size < 2) return 'none';
  if (group.some((e) => e.key.by === 'mapping')) return 'mapping';
  return new Set(group.map((e) => e.key.own)).size > 1 ? 'synonym' : 'label';
}

/**
 * How fit a figure is to stand for its indicator's level in its year: one with a stated change
 * first, then any but the start of a change (参保率由93.5%提高到97.2%: 93.5% is the earlier level,
 * dated by the report as the same year as 97.2%).
 */
function levelRank(e: Entry): number {
  return (e.stated === undefined ? 0 : 2) + (e.start === true ? 0 : 1);
}

/** Keeps one figure per dataset and year (the fittest, `levelRank`, else the first); the others. */
function splitPrimary(group: readonly Entry[]): { primary: Entry[]; extra: Entry[] } {
  const chosen = new Map<string, Entry>();
  for (const e of group) {
    const slot = `${e.dataset}|${e.year}`;
    const held = chosen.get(slot);
    if (held === undefined || levelRank(e) > levelRank(held)) chosen.set(slot, e);
  }
  const primary = [...chosen.values()];
  return { primary, extra: group.filter((e) => !primary.includes(e)) };
}

function buildRow(key: string, group: readonly Entry[], datasetOrder: readonly string[]): ComparisonRow {
  const ordered = [...group].sort(
    (a, b) => a.year - b.year || datasetOrder.indexOf(a.dataset) - datasetOrder.indexOf(b.dataset),
  );
  const unit = rowUnit(ordered);
  const first = ordered[0] as Entry;
  const latest = ordered.at(-1) as Entry;
  const synonym = ordered.find((e) => e.key.synonym !== undefined)?.key.synonym;
  const en = synonym?.en ?? (latest.figure.label.en !== latest.figure.label.zh ? latest.figure.label.en : undefined);
  const changes: ComparedChange[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const from = ordered[i - 1] as Entry;
    const to = ordered[i] as Entry;
    if (from.year === to.year) continue;
    const renamedBy =
      from.key.own === to.key.own
        ? undefined
        : from.key.by === 'mapping' || to.key.by === 'mapping'
          ? 'mapping'
          : 'synonym';
    const change = changeBetween(from, to, {
      unit,
      label: synonym?.zh ?? latest.figure.label.zh,
      ...(to.year === from.year + 1 && to.stated !== undefined ? { stated: to.stated } : {}),
      ...(synonym === undefined ? {} : { synonym }),
      ...(renamedBy === undefined ? {} : { renamedBy }),
    });
    if (change !== null) changes.push(change);
  }
  const row: ComparisonRow = {
    key,
    label:
      en === undefined
        ? { zh: synonym?.zh ?? latest.figure.label.zh }
        : { zh: synonym?.zh ?? latest.figure.label.zh, en },
    unit,
    values: ordered.map((e) => comparedValue(e, unit)),
    changes,
    match: matchOf(ordered),
  };
  if (unit === 'count' && first.figure.quantity.counted !== undefined) row.counted = first.figure.quantity.counted;
  if (first.key.target) row.target = true;
  return row;
}

/**
 * Compare the reports of one place across years (DESIGN.md CLI `compare`): one row per indicator
 * with its value in each report, the change between consecutive years computed exactly, the
 * growth the later report states beside it, and a flag where the two disagree beyond the
 * precision of the written numbers; plus each report's targets against the next report's actual
 * figures.
 *
 * - Matching is by what a figure measures, never by id: its label key (全年完成地区生产总值 =
 *   地区生产总值, scripts folded), the synonym table (全口径财政收入 = 公共财政总收入), or
 *   `options.mapping`; within one unit class (money never meets households; counts only of the
 *   same `counted`) and one kind of period (a target never meets an actual). Each row says how it
 *   matched; a figure with no partner is a row of its own (`match: 'none'`).
 * - Values are in the row's canonical unit (CNY for money), exact; changes are percent growth
 *   (percentage points between two percentages), converted to a number once.
 * - A report with two figures of one indicator and year keeps one in the row: the one with a
 *   stated change, else one that is not the start of a change (由93.5%提高到97.2% keeps 97.2%),
 *   else the first; the other becomes a row of its own.
 * - Reports are ordered by the year they review. A differing or unknown place, a repeated year or
 *   a single report is noted in `notes`, never refused. Never throws on data.
 *
 * @param datasets two or more reports with their dataset ids (a `Dataset` has both)
 * @returns rows in the order their figures first appear (earliest report first), plan vs actual,
 *   notes
 * @example compareDatasets([wuchang2017, wuchang2018]).rows[0]
 * // { key: '地区生产总值', label: { zh: '地区生产总值', en: 'GDP' }, unit: 'CNY', match: 'label',
 * //   values: [{ dataset: 'wuchang-district-2017', year: 2017, value: 110250000000, quote: '1102.5亿元', … }, …],
 * //   changes: [{ from: 2017, to: 2018, measure: 'percent', computed: 8.843537414965986, stated: 8, basis: ['estimate'], flag: { … } }] }
 */
export function compareDatasets(datasets: readonly ComparedReport[], options: CompareOptions = {}): Comparison {
  const ordered = [...datasets].sort((a, b) => a.report.meta.year - b.report.meta.year);
  const order = ordered.map((d) => d.id);
  const resolve = resolveMapping(options.mapping);
  const all = ordered.flatMap((d, i) => entries(d, i, resolve));
  const groups = new Map<string, Entry[]>();
  for (const e of all) {
    const slot = `${e.key.target ? 'target:' : ''}${e.key.measure}|${e.key.unitClass}`;
    groups.set(slot, [...(groups.get(slot) ?? []), e]);
  }
  const measures = new Map<string, number>();
  for (const slot of groups.keys()) {
    const measure = slot.slice(0, slot.lastIndexOf('|'));
    measures.set(measure, (measures.get(measure) ?? 0) + 1);
  }
  const rows: { order: number; row: ComparisonRow }[] = [];
  for (const [slot, group] of groups) {
    const measure = slot.slice(0, slot.lastIndexOf('|'));
    const key = (measures.get(measure) ?? 0) > 1 ? slot : measure;
    const { primary, extra } = splitPrimary(group);
    rows.push({ order: Math.min(...primary.map((e) => e.order)), row: buildRow(key, primary, order) });
    for (const e of extra)
      rows.push({ order: e.order, row: buildRow(`${key}#${e.dataset}/${e.figure.id}`, [e], order) });
  }
  const sorted = rows.sort((a, b) => a.order - b.order).map((r) => r.row);
  const first = ordered.find((d) =>
    (Object.values(d.report.meta.place) as (string | undefined)[]).some((p) => p !== undefined && p.trim() !== ''),
  );
  return {
    place: { ...(first ?? ordered[0])?.report.meta.place },
    datasets: order,
    years: ordered.map((d) => d.report.meta.year),
    rows: sorted,
    plan: planVsActual(sorted),
    notes: comparisonNotes(ordered.map((d) => ({ id: d.id, meta: d.report.meta }))),
  };
}

/**
 * {@link compareDatasets} over bare reports, each identified by its `meta.id`.
 * @example compareReports([hongshan2012, hongshan2013, hongshan2014]).rows.filter((r) => r.match === 'synonym')
 */
export function compareReports(reports: readonly Report[], options: CompareOptions = {}): Comparison {
  return compareDatasets(
    reports.map((report) => ({ id: report.meta.id, report })),
    options,
  );
}
