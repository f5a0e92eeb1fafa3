import { describe, expect, it } from 'vitest';
import { computedChange, growthInterval, intervalNumbers, overlaps } from '../../src/compare/growth.ts';
import { halfUnit, writtenInterval } from '../../src/compare/precision.ts';
import { rational, toNumber } from '../../src/compare/rational.ts';

const n = (r: ReturnType<typeof halfUnit>) => toNumber(r);

describe('written precision', () => {
  it('a level written 120.88亿元 is ± 0.005亿 (500000 CNY); a rate written 21.1% is ± 0.05', () => {
    expect(n(halfUnit('120.88亿元', 12088000000))).toBe(500000);
    expect(n(halfUnit('21.1%', 21.1))).toBe(0.05);
    expect(n(halfUnit('12%', 12))).toBe(0.5);
    expect(n(halfUnit('1亿8990万元', 189900000))).toBe(5000);
    expect(n(halfUnit('两千人', 2000))).toBe(500);
  });

  it('突破100亿元 (more than) bounds the value from below only; 约12% widens to a whole unit', () => {
    const more = writtenInterval('突破100亿元', 1e10, 'more_than');
    expect(more.hi).toBeNull();
    expect(toNumber(more.lo ?? rational(0))).toBe(1e10);
    expect(intervalNumbers(writtenInterval('12%左右', 12, 'approx'))).toEqual([11, 13]);
  });
});

describe('computed change', () => {
  it('is exact where floats are not: 1.13万 → 1.13万 is 0, and 614亿元 → 635亿元 is 21/614 × 100 %', () => {
    expect(computedChange(rational(11300), rational(11300), 'percent')).toBe(0);
    expect(computedChange(rational(61400000000), rational(63500000000), 'percent')).toBeCloseTo((21 / 614) * 100, 12);
  });

  it('between two percentages is a difference in percentage points: 73.3% → 73.7% is 0.4', () => {
    expect(computedChange(rational(73.3), rational(73.7), 'percentage-points')).toBe(0.4);
  });

  it('is null from 0', () => {
    expect(computedChange(rational(0), rational(5), 'percent')).toBeNull();
  });

  it('614 → 635 (± 0.5) allows 634.5/614.5 − 1 to 635.5/613.5 − 1, which 12% ± 0.5 does not reach', () => {
    const possible = growthInterval(
      writtenInterval('614亿元', 614e8, 'exact'),
      writtenInterval('635亿元', 635e8, 'exact'),
      'percent',
    );
    const [lo, hi] = intervalNumbers(possible);
    expect(lo).toBeCloseTo((634.5 / 614.5 - 1) * 100, 10);
    expect(hi).toBeCloseTo((635.5 / 613.5 - 1) * 100, 10);
    expect(overlaps(possible, writtenInterval('12%', 12, 'exact'))).toBe(false);
    expect(overlaps(possible, writtenInterval('3.5%', 3.5, 'exact'))).toBe(true);
  });
});
