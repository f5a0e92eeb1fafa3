import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/figures/period.ts';
import { periodText, readPeriod } from '../../src/notebook/period-text.ts';

describe('periodText and readPeriod', () => {
  const periods: Period[] = [
    { kind: 'year', year: 2019 },
    { kind: 'target', year: 2020 },
    { kind: 'cumulative' },
    { kind: 'cumulative', through: '2019-12' },
    { kind: 'since', start: '2016' },
    { kind: 'since', start: '2016', through: '2019-12-16' },
    { kind: 'through', end: '2019-11-30' },
    { kind: 'through', start: '2019-01', end: '2019-11-30' },
    { kind: 'unspecified' },
  ];
  it.each(periods)('round-trips %o', (period) => {
    expect(readPeriod(period.kind, periodText(period))).toEqual(period);
  });

  it('says what to write when the dates do not read', () => {
    expect(readPeriod('year', '19')).toBe('年度 year: write a year such as 2019');
    expect(readPeriod('since', '')).toMatch(/^以来 since: write a start, or start\/end/);
    expect(readPeriod('through', '2019/2019-13-1/2020')).toMatch(/^截至 through: write an end/);
    expect(readPeriod('cumulative', 'last year')).toMatch(/^累计 cumulative:/);
  });
});
