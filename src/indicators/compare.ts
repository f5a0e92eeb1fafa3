import * as aq from 'arquero';
import { WorkreportError } from '../errors.ts';
import type { Figure, FigureId, Report } from '../figures/figure.ts';
import { UNIT_IDS, UNITS, type UnitId } from '../figures/unit.ts';
import { computeIndicators } from './compute-indicators.ts';
import type { IndicatorDef, IndicatorId } from './indicator.ts';
import type { IndicatorUnit } from './indicator-unit.ts';
import { propagateQualifier } from './propagate-qualifier.ts';
import type { ResultQualifier, StatedFigure } from './result.ts';
import { statedFigure } from './stated-figure.ts';
import { conversionTable, type Conversion } from './unit-conversion.ts';

/**
 * Year-over-year comparison of two reports, figures joined by id (a stable key, never label text).
 *
 * - `change`: both sides are achievements (or both plans): b − a and (b − a) / a.
 * - `target_vs_actual`: one side is a plan (`period.kind === 'target'`, e.g. the 2020 plan of a 2019
 *   report) and the other an achievement: actual − target and actual / target, not a change.
 * - `only_a` / `only_b`: the figure is in one report only.
 */
export type ComparisonKind = 'change' | 'target_vs_actual' | 'only_a' | 'only_b';

/** One side of a comparison: the figure as stated, and its value in the comparison's unit. */
export interface ComparedSide {
  value: number;
  stated: StatedFigure;
}

/** Two reports' figures with one id, side by side. Nothing is rounded. */
export interface FigureComparison {
  key: FigureId;
  kind: ComparisonKind;
  /**
   * The unit both sides are compared in: of the two units, the one listed first in `UNIT_IDS`
   * (亩 before 公顷), so that compare(A, B) and compare(B, A) use the same. The only unit for a
   * one-sided figure.
   */
  unit: UnitId;
  a: ComparedSide | null;
  b: ComparedSide | null;
  /** For `change`: `absolute` = b − a in `unit`; `relative` = (b − a) / a, a fraction, null when a is 0. */
  change: { absolute: number; relative: number | null } | null;
  /** For `target_vs_actual`: `gap` = actual − target in `unit`; `ratio` = actual / target, null when the target is 0. */
  attainment: { target: 'a' | 'b'; gap: number; ratio: number | null } | null;
  /**
   * How the difference relates to the true one: for `change`, b − a (a 20余 on side a makes it an
   * upper bound); for `target_vs_actual`, the gap and ratio (a 20余 target makes them upper bounds,
   * whichever side the plan is on). Null for a one-sided figure.
   */
  qualifier: ResultQualifier | null;
}

/** One indicator computed on both reports. `a`/`b` are null where that side has a problem. */
export interface IndicatorComparison {
  id: IndicatorId;
  unit: IndicatorUnit;
  kind: 'change' | 'only_a' | 'only_b' | 'neither';
  a: number | null;
  b: number | null;
  change: { absolute: number; relative: number | null } | null;
}

/** The result of {@link compare}. */
export interface Comparison {
  figures: FigureComparison[];
  indicators: IndicatorComparison[];
}

/**
 * @deprecated Superseded by `compareDatasets` (src/compare/), which matches figures by what they
 * measure rather than by id, reads stated growth from the text and checks it. Kept only while the
 * compare notebook and the public indexes (src/index.ts, src/indicators/index.ts) still use it;
 * delete this file and tests/indicators/compare*.test.ts with them.
 *
 * Compare report `b` with report `a` (typically the next year's with this year's).
 *
 * Figures are full-joined by id with arquero, converted exactly to a common unit (亩 ↔ 公顷 with the
 * fractions of unit.ts; money is always in CNY, so 万元 figures compare as CNY), and their change
 * derived only where both sides exist: arquero would read a missing side as 0.
 * compare(A, A) gives zero change everywhere; compare(A, B) and compare(B, A) give exactly
 * opposite absolute changes.
 *
 * @param indicators definitions computed on both reports and compared by id. Default: none.
 * @returns figure comparisons in a's figure order, then b's figures not in a; indicators in order.
 * @throws WorkreportError `UNIT_INCOMPATIBLE` when one id carries units of different dimensions
 *   (亩 in one report, 户 in the other) or counts of different things (`counted` sites vs items),
 *   naming the id, both units and both quotes.
 */
export function compare(a: Pick<Report, 'figures'>, b: Pick<Report, 'figures'>, indicators: readonly IndicatorDef[] = []): Comparison {
  return { figures: compareFigures(a.figures, b.figures), indicators: compareIndicators(a, b, indicators) };
}

function side(figures: readonly Figure[], prefix: 'a' | 'b') {
  return aq.from(
    figures.map((f, i) => ({ [`${prefix}_id`]: f.id, [`${prefix}_order`]: i, [`${prefix}_unit`]: f.quantity.unit, [`${prefix}_value`]: f.quantity.value, [`${prefix}_target`]: f.period.kind === 'target' })),
    ['id', 'order', 'unit', 'value', 'target'].map((c) => `${prefix}_${c}`),
  );
}

/** For two units of one dimension: the comparison unit and each side's exact factor to it. */
function unitPairs() {
  const factor = new Map(conversionTable().map((c) => [`${c.from}>${c.to}`, c]));
  const rows = [];
  for (const ua of UNIT_IDS) {
    for (const ub of UNIT_IDS) {
      if (UNITS[ua].dimension !== UNITS[ub].dimension) continue;
      const unit = UNIT_IDS.indexOf(ua) <= UNIT_IDS.indexOf(ub) ? ua : ub;
      // Units of one dimension always convert to each other.
      const fa = factor.get(`${ua}>${unit}`) as Conversion;
      const fb = factor.get(`${ub}>${unit}`) as Conversion;
      rows.push({ pair_a: ua, pair_b: ub, unit, a_num: fa.num, a_den: fa.den, b_num: fb.num, b_den: fb.den });
    }
  }
  return aq.from(rows, ['pair_a', 'pair_b', 'unit', 'a_num', 'a_den', 'b_num', 'b_den']);
}

interface PairRow {
  a_id: string | undefined;
  b_id: string | undefined;
  unit: UnitId | undefined;
  kind: ComparisonKind;
  a_converted: number | null;
  b_converted: number | null;
  absolute: number | null;
  relative: number | null;
  gap: number | null;
  attainment: number | null;
}

function compareFigures(figuresA: readonly Figure[], figuresB: readonly Figure[]): FigureComparison[] {
  const rows = side(figuresA, 'a')
    .join_full(side(figuresB, 'b'), ['a_id', 'b_id'])
    .join_left(unitPairs(), [['a_unit', 'b_unit'], ['pair_a', 'pair_b']])
    .derive({
      kind: (d) => (d.a_id == null ? 'only_b' : d.b_id == null ? 'only_a' : d.a_target !== d.b_target ? 'target_vs_actual' : 'change'),
    })
    .derive({
      a_converted: (d) => (d.a_id == null ? null : d.unit == null ? d.a_value : (d.a_value * d.a_num) / d.a_den),
      b_converted: (d) => (d.b_id == null ? null : d.unit == null ? d.b_value : (d.b_value * d.b_num) / d.b_den),
    })
    .derive({
      absolute: (d) => (d.kind === 'change' ? d.b_converted - d.a_converted : null),
      relative: (d) => (d.kind === 'change' && d.a_converted !== 0 ? (d.b_converted - d.a_converted) / d.a_converted : null),
      gap: (d) => (d.kind !== 'target_vs_actual' ? null : d.a_target ? d.b_converted - d.a_converted : d.a_converted - d.b_converted),
      attainment: (d) =>
        d.kind !== 'target_vs_actual'
          ? null
          : d.a_target
            ? (d.a_converted === 0 ? null : d.b_converted / d.a_converted)
            : (d.b_converted === 0 ? null : d.a_converted / d.b_converted),
    })
    .orderby((d) => (d.a_id == null ? 1 : 0), 'a_order', 'b_order')
    .objects() as PairRow[];

  const byIdA = new Map<string, Figure>(figuresA.map((f) => [f.id, f]));
  const byIdB = new Map<string, Figure>(figuresB.map((f) => [f.id, f]));
  return rows.map((row): FigureComparison => {
    const fa = row.a_id === undefined ? undefined : byIdA.get(row.a_id);
    const fb = row.b_id === undefined ? undefined : byIdB.get(row.b_id);
    const countsDiffer = fa !== undefined && fb !== undefined && fa.quantity.unit === 'count' && fb.quantity.unit === 'count' && (fa.quantity.counted ?? '') !== (fb.quantity.counted ?? '');
    if (fa && fb && countsDiffer) {
      throw new WorkreportError(
        'UNIT_INCOMPATIBLE',
        `figure "${fa.id}" counts ${fa.quantity.counted ?? '(unnamed things)'} in report a (「${fa.provenance.quote}」 at offset ${fa.provenance.offset}) but ${fb.quantity.counted ?? '(unnamed things)'} in report b (「${fb.provenance.quote}」 at offset ${fb.provenance.offset}); counts of different things do not compare: give one of them another id or the same \`counted\``,
        { input: [fa.id, fa.quantity.counted, fb.quantity.counted] },
      );
    }
    if (fa && fb && row.unit === undefined) {
      throw new WorkreportError(
        'UNIT_INCOMPATIBLE',
        `figure "${fa.id}" is ${fa.quantity.unit} in report a (「${fa.provenance.quote}」 at offset ${fa.provenance.offset}) but ${fb.quantity.unit} in report b (「${fb.provenance.quote}」 at offset ${fb.provenance.offset}); these do not convert: give one of them another id`,
        { input: [fa.id, fa.quantity.unit, fb.quantity.unit] },
      );
    }
    // A full join row has at least one side.
    const present = (fa ?? fb) as Figure;
    // Qualify the number shown: b − a for a change, actual − target (and actual / target) for a plan.
    const [up, down] = row.kind === 'target_vs_actual' && fb?.period.kind === 'target' ? [fa, fb] : [fb, fa];
    const qualifier = up && down ? propagateQualifier([{ qualifier: up.quantity.qualifier, direction: 'increasing' }, { qualifier: down.quantity.qualifier, direction: 'decreasing' }]) : null;
    return {
      key: present.id,
      kind: row.kind,
      unit: row.unit ?? present.quantity.unit,
      a: fa ? { value: row.a_converted as number, stated: statedFigure(fa) } : null,
      b: fb ? { value: row.b_converted as number, stated: statedFigure(fb) } : null,
      change: row.absolute === null ? null : { absolute: row.absolute, relative: row.relative },
      attainment: row.gap === null ? null : { target: fa?.period.kind === 'target' ? 'a' : 'b', gap: row.gap, ratio: row.attainment },
      qualifier,
    };
  });
}

function compareIndicators(a: Pick<Report, 'figures'>, b: Pick<Report, 'figures'>, defs: readonly IndicatorDef[]): IndicatorComparison[] {
  const resultsA = computeIndicators(a, defs);
  const resultsB = computeIndicators(b, defs);
  const rows = aq
    .from(resultsA.map((ra, i) => ({ id: ra.id, unit: ra.unit, a: ra.value, b: resultsB[i]?.value ?? null })), ['id', 'unit', 'a', 'b'])
    .derive({ kind: (d) => (d.a !== null && d.b !== null ? 'change' : d.a !== null ? 'only_a' : d.b !== null ? 'only_b' : 'neither') })
    .derive({
      absolute: (d) => (d.kind === 'change' ? d.b - d.a : null),
      relative: (d) => (d.kind === 'change' && d.a !== 0 ? (d.b - d.a) / d.a : null),
    })
    .objects() as (Omit<IndicatorComparison, 'change'> & { absolute: number | null; relative: number | null })[];
  return rows.map(({ absolute, relative, ...row }) => ({ ...row, change: absolute === null ? null : { absolute, relative } }));
}
