import { describe, expect, it } from 'vitest';
import { yangshahu2019Indicators } from '../datasets.ts';
import { loadReport } from '../datasets.ts';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import type { IndicatorResult } from '../../src/indicators/result.ts';

const report = loadReport('yangshahu-2019');
const results = computeIndicators(report, yangshahu2019Indicators);
const byId = (id: string): IndicatorResult => {
  const result = results.find((r) => r.id === id);
  if (!result) throw new Error(`no indicator ${id}`);
  return result;
};

/**
 * Every indicator of the real report: [id, the value as JavaScript prints it, the same arithmetic on
 * the report's numbers written out by hand, unit, qualifier]. The arquero path must agree bit for bit.
 */
const EXPECTED: [string, number, number, string, string][] = [
  ['poor-households-lifted-share', 0.8189655172413793, 665 / 812, 'ratio', 'exact'],
  ['poor-persons-lifted-share', 0.8647103658536586, 2269 / 2624, 'ratio', 'exact'],
  ['poor-households-remaining', 147, 812 - 665, 'households', 'exact'],
  ['poor-persons-remaining', 355, 2624 - 2269, 'persons', 'exact'],
  ['poor-persons-remaining-if-expected-additional', 122, 2624 - 2269 - 233, 'persons', 'exact'],
  ['poor-persons-lifted-share-if-expected-additional', 0.9535060975609756, (2269 + 233) / 2624, 'ratio', 'exact'],
  ['registered-poor-household-size', 3.231527093596059, 2624 / 812, 'persons/households', 'exact'],
  ['lifted-poor-household-size', 3.4120300751879697, 2269 / 665, 'persons/households', 'exact'],
  ['remaining-poor-household-size', 2.4149659863945576, (2624 - 2269) / (812 - 665), 'persons/households', 'exact'],
  ['illegal-building-average-area', 100.12903225806451, 9312 / 93, 'm2/count', 'exact'],
  ['shed-average-area', 50.156739811912225, 16000 / 319, 'm2/count', 'exact'],
  ['four-types-building-average-area', 146.87946428571428, 65802 / 448, 'm2/count', 'exact'],
  ['sanitation-fee-payers-implied', 42300, 1269000 / 30, 'persons', 'exact'],
  ['donations-to-sanitation-fees', 3.2584712371946414, 4135000 / 1269000, 'ratio', 'exact'],
  ['cremation-share-of-simplified-funerals', 0.47183098591549294, 67 / 142, 'ratio', 'exact'],
  ['customs-reform-events', 426, 101 + 142 + 183, 'count', 'exact'],
  ['customs-reform-savings-per-event', 14084.507042253521, 6000000 / (101 + 142 + 183), 'CNY/count', 'at_least'],
  ['land-acquired-ha', 28.666666666666668, 430 / 15, 'ha', 'exact'],
  ['young-crop-compensation-ha', 33.333333333333336, 500 / 15, 'ha', 'exact'],
  ['land-reclamation-ha', 20, 300 / 15, 'ha', 'approx'],
  ['farmland-structure-total', 23700, 20000 + 1700 + 300 + 500 + 1200, 'mu', 'approx'],
  ['quality-rice-share', 0.8438818565400844, 20000 / 23700, 'ratio', 'approx'],
  ['rice-shrimp-share', 0.07172995780590717, 1700 / 23700, 'ratio', 'approx'],
  ['orchard-share', 0.012658227848101266, 300 / 23700, 'ratio', 'approx'],
  ['herb-share', 0.02109704641350211, 500 / 23700, 'ratio', 'approx'],
  ['rapeseed-share', 0.05063291139240506, 1200 / 23700, 'ratio', 'approx'],
  ['hotline-petitions-received-implied', 421.42857142857144, 413 / 0.98, 'count', 'exact'],
  ['gang-crime-leads-total', 7, 4 + 3, 'count', 'exact'],
  ['detentions-total', 60, 35 + 25, 'persons', 'exact'],
];

describe('yangshahu-2019 indicators', () => {
  it('defines at least twenty indicators, every one asserted below, all computable', () => {
    expect(results.length).toBeGreaterThanOrEqual(20);
    expect(results.map((r) => r.id).sort()).toEqual(EXPECTED.map(([id]) => id).sort());
    expect(results.filter((r) => r.problem !== null)).toEqual([]);
  });

  it.each(EXPECTED)(
    '%s is %d (hand-checked), in its unit with its qualifier',
    (id, expected, byHand, unit, qualifier) => {
      expect(expected).toBe(byHand);
      const result = byId(id);
      expect(result.value).toBe(expected);
      expect(result.unit).toBe(unit);
      expect(result.qualifier).toBe(qualifier);
    },
  );

  it('poverty exit rate is 2269/2624 = 86.47%, kept unrounded as a fraction', () => {
    expect(byId('poor-persons-lifted-share').value).toBe(0.8647103658536586);
    expect((byId('poor-persons-lifted-share').value ?? 0) * 100).toBeCloseTo(86.47, 2);
  });

  it('money saved per event is a lower bound because 600余万元 is', () => {
    const result = byId('customs-reform-savings-per-event');
    expect(result.qualifier).toBe('at_least');
    expect(result.inputs[0]?.figure).toMatchObject({ value: 6000000, qualifier: 'more_than', quote: '600余万元' });
  });

  it('keeps formula, inputs, their stated values, units, qualifiers, periods, quotes and offsets', () => {
    const result = byId('land-acquired-ha');
    expect(result.formula).toBe("d['land-acquired']");
    expect(result.inputs).toEqual([
      {
        id: 'land-acquired',
        direction: 'increasing',
        unit: 'ha',
        value: 28.666666666666668,
        figure: {
          value: 430,
          unit: 'mu',
          qualifier: 'exact',
          period: { kind: 'through', end: '2019-12-16' },
          quote: '430亩',
          offset: 984,
        },
      },
    ]);
  });

  it('reads the reply rate as a fraction: 98% enters 413/0.98 as 0.98', () => {
    expect(
      byId('hotline-petitions-received-implied').inputs.map((i) => [i.id, i.value, i.figure?.value, i.figure?.unit]),
    ).toEqual([
      ['hotline-petitions-answered', 413, 413, 'count'],
      ['hotline-reply-rate', 0.98, 98, 'percent'],
    ]);
  });

  it('quotes every input exactly as it stands in source.txt', () => {
    for (const result of results) {
      for (const input of result.inputs) {
        const quote = input.figure?.quote ?? '';
        expect(report.source.slice(input.figure?.offset, (input.figure?.offset ?? 0) + quote.length)).toBe(quote);
      }
    }
  });

  it('has a method in both languages for every indicator and mentions overlap for the farmland shares', () => {
    for (const result of results) {
      expect(result.method.zh.length).toBeGreaterThan(0);
      expect(result.method.en.length).toBeGreaterThan(0);
    }
    for (const id of [
      'farmland-structure-total',
      'quality-rice-share',
      'orchard-share',
      'herb-share',
      'rapeseed-share',
    ]) {
      expect(byId(id).method.en).toMatch(/overlap|share land/);
    }
  });
});
