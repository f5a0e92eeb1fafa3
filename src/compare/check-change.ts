import type { Figure } from '../figures/figure.ts';
import { unitFactor, type UnitId } from '../figures/unit.ts';
import { BASES, type Basis } from './basis.ts';
import type { ChangeFlag, ComparedChange, ReasonEvidence } from './comparison.ts';
import { computedChange, growthInterval, intervalNumbers, overlaps, type ChangeMeasure } from './growth.ts';
import { message } from '../messages.ts';
import { writtenInterval, type Interval } from './precision.ts';
import { div, mul, rational, type Rational } from './rational.ts';
import type { StatedChange } from './stated-change.ts';
import type { Synonym } from './synonyms.ts';

/**
 * One change of a row: computed exactly from two levels, and checked against the change the
 * later report states, at the precision both are written with.
 */

/** One end of a change: the figure, the year it stands for, its report, and whether that report calls it an estimate. */
export interface ChangeEnd {
  figure: Figure;
  year: number;
  dataset: string;
  /** Offset of 预计 before the level, when the report calls it an estimate. */
  estimateAt?: number;
}

/** What the check needs besides the two ends. */
export interface ChangeContext {
  /** The row's unit: both levels are converted to it exactly. */
  unit: UnitId;
  label: string;
  /** The change the later report states for its level, if any (only between consecutive years). */
  stated?: StatedChange;
  /** The synonym table's entry for the row's indicator, if any (its growth convention, its source). */
  synonym?: Synonym;
  /** How two differently named figures met: through the synonym table or the user's mapping; absent when their label keys are equal. */
  renamedBy?: 'synonym' | 'mapping';
}

/** The exact factor from one unit of a dimension to another (unit.ts `unitFactor`). */
function factor(from: UnitId, to: UnitId): Rational {
  const { num, den } = unitFactor(from, to);
  return div({ num: BigInt(num), den: 1n }, { num: BigInt(den), den: 1n });
}

/** A figure's value in `unit`, exactly. */
export function valueIn(figure: Figure, unit: UnitId): Rational {
  return mul(rational(figure.quantity.value), factor(figure.quantity.unit, unit));
}

function intervalIn(figure: Figure, unit: UnitId): Interval {
  const { value, qualifier } = figure.quantity;
  const written = writtenInterval(figure.provenance.quote, value, qualifier);
  const f = factor(figure.quantity.unit, unit);
  return { lo: written.lo === null ? null : mul(written.lo, f), hi: written.hi === null ? null : mul(written.hi, f) };
}

/** The stated rate's interval, signed: 下降3.81% allows −3.815 to −3.805. */
function statedInterval(stated: StatedChange): Interval {
  const written = writtenInterval(stated.quote.replace(/^[-－−]/, ''), Math.abs(stated.value), stated.qualifier);
  if (stated.value >= 0) return written;
  const neg = (r: Rational | null): Rational | null => (r === null ? null : { num: -r.num, den: r.den });
  return { lo: neg(written.hi), hi: neg(written.lo) };
}

/** The likely reasons for a mismatch that the texts and the synonym table give. */
function reasons(from: ChangeEnd, to: ChangeEnd, ctx: ChangeContext): ReasonEvidence[] {
  const found: ReasonEvidence[] = [];
  const said = new Set<Basis>();
  for (const word of ctx.stated?.basis ?? []) {
    if (word.basis === 'year-on-year' || said.has(word.basis)) continue;
    said.add(word.basis);
    found.push({ reason: word.basis, words: word.word, dataset: to.dataset, offset: word.offset });
  }
  for (const end of [from, to]) {
    if (end.estimateAt === undefined || found.some((r) => r.reason === 'estimate' && r.dataset === end.dataset))
      continue;
    found.push({ reason: 'estimate', words: BASES.estimate.label.zh, dataset: end.dataset, offset: end.estimateAt });
  }
  const growthBasis = ctx.synonym?.growthBasis;
  if (growthBasis !== undefined && !said.has(growthBasis) && ctx.stated?.measure === 'percent') {
    found.push({
      reason: growthBasis,
      words: `${ctx.synonym?.zh}: ${BASES[growthBasis].label.zh}`,
      source: `${ctx.synonym?.source.publisher}, ${ctx.synonym?.source.title}`,
    });
  }
  if (ctx.renamedBy !== undefined) {
    const synonym = ctx.synonym;
    const source =
      ctx.renamedBy === 'mapping' || synonym === undefined
        ? 'mapping file'
        : `${synonym.source.publisher}, ${synonym.source.title}${synonym.note === undefined ? '' : `; ${synonym.note}`}`;
    found.push({ reason: 'renamed', words: `${from.figure.label.zh} → ${to.figure.label.zh}`, source });
  }
  return found;
}

/**
 * The change from `from` to `to` in `ctx.unit`: computed exactly (`computed`), the stated change
 * when there is one, and a flag when the stated change is outside every change the two written
 * levels allow. A level written 120.88亿元 is ± 0.005亿, a rate written 21.1% ± 0.05% (approximate
 * words widen to a whole unit, 突破/余/以上 leave one side open); the flag names the likely
 * reasons the texts give (预计, 同口径, 按可比价, a renamed indicator) and, for indicators whose growth the
 * statistics bureau states at comparable prices (GDP, value added), that convention.
 *
 * @returns null when the start level is 0 (no growth rate from nothing)
 * @example changeBetween({ figure: gdp2012, year: 2012, dataset: 'hongshan-district-2012' }, { figure: gdp2013, … }, { unit: 'CNY', label: '地区生产总值', stated })
 * // { from: 2012, to: 2013, measure: 'percent', computed: 3.420195439739414, stated: 12, basis: ['estimate', 'like-for-like'], flag: { code: 'GROWTH_MISMATCH', … } }
 */
export function changeBetween(from: ChangeEnd, to: ChangeEnd, ctx: ChangeContext): ComparedChange | null {
  const measure: ChangeMeasure = ctx.unit === 'percent' ? 'percentage-points' : 'percent';
  const computed = computedChange(valueIn(from.figure, ctx.unit), valueIn(to.figure, ctx.unit), measure);
  if (computed === null) return null;
  const change: ComparedChange = { from: from.year, to: to.year, measure, computed };
  const { stated } = ctx;
  if (stated === undefined || stated.measure !== measure) return change;
  change.stated = stated.value;
  change.statedQuote = stated.quote;
  change.statedOffset = stated.offset;
  const basis = [...new Set(stated.basis.map((b) => b.basis))];
  if (basis.length > 0) change.basis = basis;
  const possible = growthInterval(intervalIn(from.figure, ctx.unit), intervalIn(to.figure, ctx.unit), measure);
  const said = statedInterval(stated);
  if (overlaps(possible, said)) return change;
  const flagReasons = reasons(from, to, ctx);
  const computedRange = intervalNumbers(possible);
  const statedRange = intervalNumbers(said);
  const flag: ChangeFlag = {
    ...message('GROWTH_MISMATCH', 'change', {
      label: ctx.label,
      from: { year: from.year, quote: from.figure.provenance.quote },
      to: { year: to.year, quote: to.figure.provenance.quote },
      unit: measure,
      computed,
      computedRange,
      stated: stated.value,
      statedQuote: stated.quote,
      statedRange,
      reasons: flagReasons,
    }),
    ids: [`${from.dataset}/${from.figure.id}`, `${to.dataset}/${to.figure.id}`],
    computedRange,
    statedRange,
    reasons: flagReasons,
  };
  change.flag = flag;
  return change;
}
