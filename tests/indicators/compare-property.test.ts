import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkreportError } from '../../src/errors.ts';
import type { Figure } from '../../src/figures/figure.ts';
import type { Period } from '../../src/figures/period.ts';
import { QUALIFIER_IDS, type Qualifier } from '../../src/figures/qualifier.ts';
import { UNITS, type UnitId } from '../../src/figures/unit.ts';
import { compare, type ComparedSide, type Comparison, type FigureComparison, type IndicatorComparison } from '../../src/indicators/compare.ts';
import { defineIndicators, type IndicatorDefInput } from '../../src/indicators/define-indicators.ts';
import type { IndicatorDef, IndicatorInput } from '../../src/indicators/indicator.ts';
import type { ResultQualifier } from '../../src/indicators/result.ts';
import { figure } from './figures.ts';

/**
 * Property tests of `compare` over generated reports (fast-check), beside the example-based
 * compare.test.ts, which checks the same properties on the real dataset and one fixture only.
 *
 * Every property runs 200 cases from the fixed seed below, so a run is reproducible; on failure
 * fast-check prints the seed and the shrunk counterexample. To explore other cases, change SEED
 * (or pass `path` from a failure report to replay it).
 */
const SEED = 20191216;
const RUNS = { numRuns: 200, seed: SEED };

/** Units that convert into each other; a figure id keeps one family in both reports. */
const FAMILIES = {
  area: ['mu', 'ha', 'm2', 'km2'],
  money: ['CNY'],
  persons: ['persons'],
  households: ['households'],
  ratio: ['percent'],
  count: ['count'],
} satisfies Record<string, UnitId[]>;
type Family = keyof typeof FAMILIES;

/**
 * The pool of figure ids (and, for counts, what is counted, the same in both reports); two reports
 * drawing from it overlap partly.
 */
const POOL: { id: string; family: Family; counted?: string }[] = [
  { id: 'households-registered', family: 'households' },
  { id: 'households-lifted', family: 'households' },
  { id: 'persons-lifted', family: 'persons' },
  { id: 'land-acquired', family: 'area' },
  { id: 'shed-area', family: 'area' },
  { id: 'fees-collected', family: 'money' },
  { id: 'reply-rate', family: 'ratio' },
  { id: 'lamps-installed', family: 'count', counted: 'lamps' },
  { id: 'petitions-answered', family: 'count', counted: 'petitions' },
];

type Input = [id: string, unit: IndicatorInput['unit'], direction: IndicatorInput['direction'], counted?: string];

/** An indicator definition over pool ids (labels and method are placeholders). */
function indicator(id: string, unit: IndicatorDef['unit'], formula: string, inputs: Input[]): IndicatorDefInput {
  return {
    id,
    label: { zh: id, en: id },
    unit,
    formula,
    inputs: inputs.map(([input, inputUnit, direction, counted]) => ({ id: input, unit: inputUnit, direction, ...(counted === undefined ? {} : { counted }) })),
    method: { zh: '示例', en: 'illustrative' },
  };
}

/**
 * Optional indicators over the pool: a share, a difference (can be negative or 0), a sum after an
 * exact 亩/m² → ha conversion, a rate, a percent read as a ratio, and one whose `counted` never
 * matches (always a problem, so `neither`). Inputs may be missing or zero on either side.
 */
const INDICATORS: IndicatorDef[] = defineIndicators([
  indicator('households-lifted-share', 'ratio', "d['households-lifted'] / d['households-registered']", [['households-lifted', 'households', 'increasing'], ['households-registered', 'households', 'decreasing']]),
  indicator('households-remaining', 'households', "d['households-registered'] - d['households-lifted']", [['households-registered', 'households', 'increasing'], ['households-lifted', 'households', 'decreasing']]),
  indicator('land-and-sheds', 'ha', "d['land-acquired'] + d['shed-area']", [['land-acquired', 'ha', 'increasing'], ['shed-area', 'ha', 'increasing']]),
  indicator('fees-per-person', 'CNY/persons', "d['fees-collected'] / d['persons-lifted']", [['fees-collected', 'CNY', 'increasing'], ['persons-lifted', 'persons', 'decreasing']]),
  indicator('petitions-replied', 'count', "d['reply-rate'] * d['petitions-answered']", [['reply-rate', 'ratio', 'increasing'], ['petitions-answered', 'count', 'increasing', 'petitions']]),
  indicator('lamps-as-items', 'count', "d['lamps-installed']", [['lamps-installed', 'count', 'increasing', 'items']]),
]);

/** 0, integers, decimals (two places and arbitrary) and large numbers up to 10¹⁵. */
const value = fc.oneof(
  fc.constant(0),
  fc.nat({ max: 10_000 }),
  fc.nat({ max: 100_000_000 }).map((n) => n / 100),
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.maxSafeNat(),
  fc.double({ min: 1e9, max: 1e15, noNaN: true, noDefaultInfinity: true }),
);

/** About half exact, as in reports; the rest any qualifier (近, 余, 以上, 不到). */
const qualifier = fc.oneof({ weight: 2, arbitrary: fc.constant<Qualifier>('exact') }, { weight: 3, arbitrary: fc.constantFrom(...QUALIFIER_IDS) });

const period: fc.Arbitrary<Period> = fc.oneof(
  fc.constantFrom(2019, 2020).map((year): Period => ({ kind: 'year', year })),
  fc.constant<Period>({ kind: 'cumulative' }),
  fc.constant<Period>({ kind: 'through', end: '2019-11-30' }),
  fc.constant<Period>({ kind: 'unspecified' }),
  fc.constantFrom(2020, 2021).map((year): Period => ({ kind: 'target', year })),
);

/** A figure with this pool id, of any unit of `units`. */
function figureOf(entry: (typeof POOL)[number], units: readonly UnitId[] = FAMILIES[entry.family]): fc.Arbitrary<Figure> {
  return fc
    .record({ value, unit: fc.constantFrom(...units), qualifier, period })
    .map(({ value: v, unit, qualifier, period: p }) => figure(entry.id, v, unit, { qualifier, period: p, ...(unit === 'count' && entry.counted ? { counted: entry.counted } : {}) }));
}

/**
 * A report: some of the pool's ids in any order, each a figure of its family. Mostly dense (each id
 * present 4 times in 5, so two reports share most ids and indicators compute on both), sometimes
 * sparse or empty.
 */
const report: fc.Arbitrary<{ figures: Figure[] }> = fc
  .oneof(
    { weight: 3, arbitrary: fc.tuple(...POOL.map((entry) => fc.option(fc.constant(entry), { freq: 5, nil: undefined }))).map((entries) => entries.filter((e) => e !== undefined)) },
    { weight: 1, arbitrary: fc.subarray(POOL) },
  )
  .chain((entries) => fc.shuffledSubarray(entries, { minLength: entries.length }))
  .chain((entries) => fc.tuple(...entries.map((entry) => figureOf(entry))))
  .map((figures) => ({ figures }));

/** Indicator definitions are optional: none in a third of the cases, else any of the catalogue. */
const indicators = fc.oneof({ weight: 1, arbitrary: fc.constant<IndicatorDef[]>([]) }, { weight: 2, arbitrary: fc.subarray(INDICATORS, { minLength: 1 }) });

// ---------------------------------------------------------------------------------------------
// Oracles, independent of compare.ts: units converted with the toBase fractions of unit.ts in
// floating point, so compared with a relative tolerance.

const TOLERANCE = 1e-12;

function convert(v: number, from: UnitId, to: UnitId): number {
  const f = UNITS[from].toBase;
  const t = UNITS[to].toBase;
  return (v * f.num * t.den) / (f.den * t.num);
}

/** |actual − expected| within TOLERANCE of `scale` (the larger operand, for a difference). */
function close(actual: number, expected: number, scale = Math.abs(expected)): boolean {
  return Math.abs(actual - expected) <= TOLERANCE * scale;
}

/** The side's value is its stated value converted to the comparison's unit. */
function expectConverted(side: ComparedSide, unit: UnitId): void {
  expect(UNITS[side.stated.unit].dimension).toBe(UNITS[unit].dimension);
  const expected = convert(side.stated.value, side.stated.unit, unit);
  expect(close(side.value, expected), `${side.stated.value} ${side.stated.unit} as ${unit}: ${side.value}, expected ${expected}`).toBe(true);
}

const SWAPPED_KIND = { change: 'change', target_vs_actual: 'target_vs_actual', only_a: 'only_b', only_b: 'only_a' } as const;
const SWAPPED_INDICATOR_KIND = { change: 'change', neither: 'neither', only_a: 'only_b', only_b: 'only_a' } as const;
/** b − a bounded above is a − b bounded below; approx, unknown and exact stay. */
const NEGATED_QUALIFIER: Record<ResultQualifier, ResultQualifier> = { exact: 'exact', approx: 'approx', unknown: 'unknown', at_least: 'at_most', at_most: 'at_least' };

/** The error compare throws, or fails the property if it returns a result. */
function thrown(run: () => unknown): WorkreportError {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkreportError);
    return error as WorkreportError;
  }
  throw new Error(`expected UNIT_INCOMPATIBLE, got a result: ${JSON.stringify(result)}`);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------

/** compare(A, A): every figure a zero change in its own unit, bit for bit; no row one-sided. */
function expectSameFigures(a: { figures: Figure[] }, same: Comparison): void {
  expect(same.figures.map((c) => c.key)).toEqual(a.figures.map((f) => f.id));
  for (const [i, c] of same.figures.entries()) {
    const f = a.figures[i] as Figure;
    expect(c.kind).toBe('change');
    expect(c.unit).toBe(f.quantity.unit);
    expect([c.a?.value, c.b?.value]).toEqual([f.quantity.value, f.quantity.value]);
    expect(c.change).toEqual({ absolute: 0, relative: f.quantity.value === 0 ? null : 0 });
    expect(c.attainment).toBeNull();
  }
}

/** compare(A, A): every indicator computable on A a zero change, the others `neither`. */
function expectSameIndicators(defs: IndicatorDef[], same: Comparison): void {
  expect(same.indicators.map((c) => c.id)).toEqual(defs.map((d) => d.id));
  for (const c of same.indicators) {
    if (c.kind === 'neither') {
      expect([c.a, c.b, c.change]).toEqual([null, null, null]);
      continue;
    }
    expect(c.kind).toBe('change');
    expect(c.b).toBe(c.a);
    expect(c.change?.absolute).toBe(0);
    // (b − a) / a is −0 for an indicator below zero (households remaining, when more are lifted
    // than registered): a zero all the same.
    expect(c.a === 0 ? c.change?.relative === null : c.change?.relative === 0, `relative ${c.change?.relative} for a = ${c.a}`).toBe(true);
  }
}

/** Order: a's figures as listed, then b's figures not in a. */
function expectOrder(a: { figures: Figure[] }, b: { figures: Figure[] }, forward: Comparison): void {
  const idsA = a.figures.map((f) => f.id as string);
  const onlyB = b.figures.map((f) => f.id as string).filter((id) => !idsA.includes(id));
  expect(forward.figures.map((c) => c.key)).toEqual([...idsA, ...onlyB]);
}

/** One figure in compare(A, B) (`c`) and compare(B, A) (`o`). */
function expectOpposite(c: FigureComparison, o: FigureComparison | undefined): void {
  if (!o) throw new Error(`${c.key} is missing from compare(B, A)`);
  expect(o.unit).toBe(c.unit);
  expect(o.kind).toBe(SWAPPED_KIND[c.kind]);
  expect([o.a, o.b]).toEqual([c.b, c.a]);
  for (const s of [c.a, c.b]) if (s) expectConverted(s, c.unit);
  const targets = [c.a, c.b].filter((s) => s?.stated.period.kind === 'target').length;
  if (c.kind === 'only_a' || c.kind === 'only_b') {
    expect(c.kind === 'only_a' ? c.b : c.a).toBeNull();
    expect([c.change, c.attainment, c.qualifier]).toEqual([null, null, null]);
  } else if (c.kind === 'change') {
    expect(targets).not.toBe(1);
    const [sa, sb] = [c.a as ComparedSide, c.b as ComparedSide];
    const { absolute, relative } = c.change ?? { absolute: NaN, relative: NaN };
    // Exactly opposite: both directions convert to the same unit, and b − a = −(a − b) in floating point.
    expect(o.change?.absolute).toBe(0 - absolute);
    const [ea, eb] = [convert(sa.stated.value, sa.stated.unit, c.unit), convert(sb.stated.value, sb.stated.unit, c.unit)];
    expect(close(absolute, eb - ea, Math.max(Math.abs(ea), Math.abs(eb))), `${absolute}, expected ${eb - ea}`).toBe(true);
    expect(relative).toBe(sa.value === 0 ? null : absolute / sa.value);
    expect([c.attainment, o.attainment]).toEqual([null, null]);
    expect(o.qualifier).toBe(NEGATED_QUALIFIER[c.qualifier as ResultQualifier]);
  } else {
    // Target vs actual is the same row both ways: same gap, ratio and qualifier, the target side swapped.
    expect(targets).toBe(1);
    const planOnA = c.attainment?.target === 'a';
    const [target, actual] = (planOnA ? [c.a, c.b] : [c.b, c.a]) as [ComparedSide, ComparedSide];
    expect(target.stated.period.kind).toBe('target');
    expect([c.change, o.change]).toEqual([null, null]);
    expect(c.attainment).toEqual({ target: planOnA ? 'a' : 'b', gap: actual.value - target.value, ratio: target.value === 0 ? null : actual.value / target.value });
    expect(o.attainment).toEqual({ ...c.attainment, target: planOnA ? 'b' : 'a' });
    expect(o.qualifier).toBe(c.qualifier);
  }
}

describe('compare(A, A) (fast-check)', () => {
  it('is a zero change for every figure (relative 0, or null where the value is 0) and every computable indicator; nothing is one-sided', () => {
    fc.assert(
      fc.property(report, indicators, (a, defs) => {
        const same = compare(a, a, defs);
        expectSameFigures(a, same);
        expectSameIndicators(defs, same);
      }),
      RUNS,
    );
  });
});

describe('compare(A, B) against compare(B, A) (fast-check)', () => {
  it('gives exactly opposite absolute changes in one unit, matching the unit conversion; sides and one-side markers swap; target vs actual stays', () => {
    fc.assert(
      fc.property(report, report, indicators, (a, b, defs) => {
        const forward = compare(a, b, defs);
        const backward = compare(b, a, defs);
        expectOrder(a, b, forward);
        expectOrder(b, a, backward);
        const byKey = new Map(backward.figures.map((o) => [o.key, o]));
        expect(backward.figures).toHaveLength(forward.figures.length);
        for (const c of forward.figures) expectOpposite(c, byKey.get(c.key));
        // Indicators: same ids in order; only_a and only_b swap, change and neither stay.
        expect(backward.indicators.map((c) => c.id)).toEqual(forward.indicators.map((c) => c.id));
        for (const [i, c] of forward.indicators.entries()) {
          const o = backward.indicators[i] as IndicatorComparison;
          expect(o.kind).toBe(SWAPPED_INDICATOR_KIND[c.kind]);
          expect([o.a, o.b]).toEqual([c.b, c.a]);
          if (c.kind === 'change') expect(o.change?.absolute).toBe(0 - (c.change?.absolute ?? NaN));
          else expect([c.change, o.change]).toEqual([null, null]);
        }
      }),
      RUNS,
    );
  });
});

/** Two reports sharing one id whose units are of different dimensions; the rest compatible. */
const incompatible = fc
  .record({ a: report, b: report, pick: fc.nat(), entry: fc.constantFrom(...POOL) })
  .chain(({ a, b, pick, entry }) => {
    const other = (Object.keys(FAMILIES) as Family[]).filter((f) => f !== entry.family).flatMap((f) => FAMILIES[f]);
    return fc.tuple(figureOf(entry), figureOf(entry, other), fc.boolean()).map(([fa, fb, swap]) => {
      const put = (figures: Figure[], f: Figure, at: number): Figure[] => {
        const rest = figures.filter((g) => g.id !== f.id);
        return [...rest.slice(0, at % (rest.length + 1)), f, ...rest.slice(at % (rest.length + 1))];
      };
      const [x, y] = swap ? [fb, fa] : [fa, fb];
      return { a: { figures: put(a.figures, x, pick) }, b: { figures: put(b.figures, y, pick * 7) }, id: entry.id, ua: x.quantity.unit, ub: y.quantity.unit };
    });
  });

describe('compare with units that do not convert (fast-check)', () => {
  it('always throws UNIT_INCOMPATIBLE naming the id and both units, in either direction, and never returns a number', () => {
    fc.assert(
      fc.property(incompatible, indicators, ({ a, b, id, ua, ub }, defs) => {
        const forward = thrown(() => compare(a, b, defs));
        expect(forward.code).toBe('UNIT_INCOMPATIBLE');
        expect(forward.input).toEqual([id, ua, ub]);
        expect(forward.message).toContain(`"${id}" is ${ua} in report a`);
        expect(forward.message).toContain(`but ${ub} in report b`);
        const backward = thrown(() => compare(b, a, defs));
        expect(backward.code).toBe('UNIT_INCOMPATIBLE');
        expect(backward.input).toEqual([id, ub, ua]);
      }),
      RUNS,
    );
  });
});

describe('compare leaves its inputs alone (fast-check)', () => {
  it('does not mutate either report or the indicator definitions, whether it returns or throws', () => {
    const pair = fc.oneof(
      fc.record({ a: report, b: report }),
      incompatible.map(({ a, b }) => ({ a, b })),
    );
    fc.assert(
      fc.property(pair, indicators, ({ a, b }, defs) => {
        const before = structuredClone({ a, b, defs });
        // Frozen inputs make any write throw a TypeError (ES modules are strict), which fails the
        // check below; the deep equality then also compares every value with the copy.
        deepFreeze({ a, b, defs });
        try {
          compare(a, b, defs);
        } catch (error) {
          expect((error as WorkreportError).code).toBe('UNIT_INCOMPATIBLE');
        }
        expect({ a, b, defs }).toStrictEqual(before);
      }),
      RUNS,
    );
  });
});
