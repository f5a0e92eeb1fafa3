import { describe, expect, it } from 'vitest';
import { yangshahu2019Indicators } from '../datasets.ts';
import { WorkreportError } from '../../src/errors.ts';
import { checkProvenance } from '../../src/figures/check-provenance.ts';
import { loadReport } from '../datasets.ts';
import { compare, type FigureComparison } from '../../src/indicators/compare.ts';
import { illustrative2020 } from '../fixtures/illustrative-2020/report.ts';
import { figure } from './figures.ts';

const y2019 = loadReport('yangshahu-2019');
const forward = compare(y2019, illustrative2020, yangshahu2019Indicators);
const key = (comparisons: FigureComparison[], id: string): FigureComparison => {
  const found = comparisons.find((c) => c.key === id);
  if (!found) throw new Error(`no comparison for ${id}`);
  return found;
};

describe('the illustrative 2020 fixture', () => {
  it('is labelled as made-up data and its quotes are proven against its own text', () => {
    expect(illustrative2020.source).toContain('示例数据,不是真实报告');
    expect(checkProvenance(illustrative2020)).toEqual([]);
  });
});

describe('compare(yangshahu-2019, illustrative-2020)', () => {
  it('joins figures by id and computes absolute and relative change', () => {
    expect(key(forward.figures, 'poor-households-lifted')).toMatchObject({ kind: 'change', unit: 'households', change: { absolute: 125, relative: 125 / 665 } });
    expect(key(forward.figures, 'poor-households-registered').change).toEqual({ absolute: 0, relative: 0 });
  });

  it('converts 40 公顷 and 430 亩 to one unit (亩) exactly', () => {
    const land = key(forward.figures, 'land-acquired');
    expect(land.unit).toBe('mu');
    expect(land.a?.value).toBe(430);
    expect(land.b?.value).toBe(600);
    expect(land.change).toEqual({ absolute: 170, relative: 170 / 430 });
    expect(land.b?.stated).toMatchObject({ value: 40, unit: 'ha', quote: '40公顷', offset: 92 });
  });

  it('keeps both provenances', () => {
    const fees = key(forward.figures, 'sanitation-fees-collected');
    expect([fees.a?.stated.quote, fees.b?.stated.quote]).toEqual(['126.9万元', '130万元']);
    expect(fees.change?.absolute).toBe(31000);
  });

  it('compares the 2019 report’s 2020 target with the 2020 actual as target vs actual, not a change', () => {
    const methods = key(forward.figures, 'points-based-evaluation-methods-2020');
    expect(methods.kind).toBe('target_vs_actual');
    expect(methods.change).toBeNull();
    expect(methods.attainment).toEqual({ target: 'a', gap: 0, ratio: 1 });
  });

  it('marks figures present on one side only, without inventing a change', () => {
    expect(key(forward.figures, 'street-lamps-installed')).toMatchObject({ kind: 'only_b', a: null, change: null, unit: 'count' });
    expect(key(forward.figures, 'graves-relocated')).toMatchObject({ kind: 'only_a', b: null, change: null });
    expect(forward.figures).toHaveLength(y2019.figures.length + 1);
    expect(forward.figures.at(-1)?.key).toBe('street-lamps-installed');
  });

  it('compares indicators by id, and marks those computable on one side only', () => {
    const share = forward.indicators.find((c) => c.id === 'poor-households-lifted-share');
    expect(share).toMatchObject({ kind: 'change', a: 665 / 812, b: 790 / 812 });
    expect(share?.change?.absolute).toBe(790 / 812 - 665 / 812);
    expect(forward.indicators.find((c) => c.id === 'poor-persons-lifted-share')).toMatchObject({ kind: 'only_a', b: null, change: null });
    expect(forward.indicators.find((c) => c.id === 'hotline-petitions-received-implied')?.b).toBe(450 / 0.99);
  });

  it('propagates qualifiers into the change: a 20余 on side a makes b − a an upper bound', () => {
    const a = { figures: [figure('x', 20, 'persons', { qualifier: 'more_than' })] };
    const b = { figures: [figure('x', 30, 'persons')] };
    expect(compare(a, b).figures[0]).toMatchObject({ change: { absolute: 10 }, qualifier: 'at_most' });
  });

  it('qualifies a target vs actual row by its gap, whichever report holds the plan: a 20余 target makes actual − target an upper bound', () => {
    const plan = { figures: [figure('x', 20, 'persons', { qualifier: 'more_than', period: { kind: 'target', year: 2020 } })] };
    const actual = { figures: [figure('x', 30, 'persons', { period: { kind: 'year', year: 2020 } })] };
    expect(compare(plan, actual).figures[0]).toMatchObject({ kind: 'target_vs_actual', attainment: { target: 'a', gap: 10, ratio: 1.5 }, qualifier: 'at_most' });
    expect(compare(actual, plan).figures[0]).toMatchObject({ kind: 'target_vs_actual', attainment: { target: 'b', gap: 10, ratio: 1.5 }, qualifier: 'at_most' });
  });

  it('refuses incompatible units with an error naming the id, both units and both quotes', () => {
    const a = { figures: [figure('x', 430, 'mu')] };
    const b = { figures: [figure('x', 163, 'households')] };
    expect(() => compare(a, b)).toThrow(WorkreportError);
    expect(() => compare(a, b)).toThrow(/UNIT_INCOMPATIBLE.*"x" is mu in report a \(「430」.*households in report b \(「163」/);
  });

  it('refuses counts of different things under one id: 93 sites against 93 items is not a comparison', () => {
    const a = { figures: [figure('x', 93, 'count', { counted: 'sites' })] };
    const b = { figures: [figure('x', 93, 'count', { counted: 'items' })] };
    expect(() => compare(a, b)).toThrow(/UNIT_INCOMPATIBLE.*"x" counts sites in report a.*but items in report b/);
  });
});

describe('compare properties', () => {
  it('compare(A, A) is zero change for every figure and indicator', () => {
    const same = compare(y2019, y2019, yangshahu2019Indicators);
    expect(same.figures.filter((c) => c.kind !== 'change' || c.change?.absolute !== 0)).toEqual([]);
    expect(same.indicators.every((c) => c.change?.absolute === 0)).toBe(true);
  });

  it('compare(A, B) is the negation of compare(B, A) in absolute terms, in the same unit', () => {
    const backward = compare(illustrative2020, y2019, yangshahu2019Indicators);
    for (const c of forward.figures) {
      const other = key(backward.figures, c.key);
      expect(other.unit).toBe(c.unit);
      expect(other.kind).toBe(c.kind === 'only_a' ? 'only_b' : c.kind === 'only_b' ? 'only_a' : c.kind);
      if (c.change) expect(other.change?.absolute).toBe(0 - c.change.absolute);
      if (c.attainment) expect(other.attainment?.gap).toBe(c.attainment.gap);
    }
    for (const c of forward.indicators) {
      const other = backward.indicators.find((o) => o.id === c.id);
      if (c.change) expect(other?.change?.absolute).toBe(0 - c.change.absolute);
    }
  });
});
