import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { defineIndicators, type IndicatorDefInput } from '../../src/indicators/define-indicators.ts';
import { figure } from './figures.ts';

const share: IndicatorDefInput = {
  id: 'share',
  label: { zh: '比例', en: 'Share' },
  unit: 'ratio',
  formula: "d['part'] / d['whole']",
  inputs: [
    { id: 'part', unit: 'count', counted: 'cases', direction: 'increasing' },
    { id: 'whole', unit: 'count', counted: 'cases', direction: 'decreasing' },
  ],
  method: { zh: '部分除以整体。', en: 'Part over whole.' },
};
const cases = { counted: 'cases' };

describe('computeIndicators: problems are values', () => {
  it('computes a share unrounded, with its inputs, quotes and qualifier', () => {
    const [result] = computeIndicators(
      { figures: [figure('part', 67, 'count', cases), figure('whole', 142, 'count', cases)] },
      defineIndicators([share]),
    );
    expect(result?.value).toBe(67 / 142);
    expect(result?.qualifier).toBe('exact');
    expect(result?.problem).toBeNull();
    expect(result?.inputs.map((i) => [i.id, i.value, i.figure?.quote])).toEqual([
      ['part', 67, '67'],
      ['whole', 142, '142'],
    ]);
  });

  it('gives INPUT_MISSING and value null, not 67/0 or 0, when the denominator figure is absent', () => {
    const [result] = computeIndicators({ figures: [figure('part', 67, 'count', cases)] }, defineIndicators([share]));
    expect(result?.value).toBeNull();
    expect(result?.qualifier).toBeNull();
    expect(result?.problem).toMatchObject({ code: 'INPUT_MISSING', ids: ['whole'] });
    expect(result?.inputs[1]).toMatchObject({ id: 'whole', value: null, figure: null });
  });

  it('never lets arquero read a missing numerator as 0 (null / 142 would be 0 in derive)', () => {
    const [result] = computeIndicators({ figures: [figure('whole', 142, 'count', cases)] }, defineIndicators([share]));
    expect(result?.value).toBeNull();
    expect(result?.problem?.code).toBe('INPUT_MISSING');
  });

  it('lists every missing input, and does not disturb other indicators computed beside it', () => {
    const sum = {
      ...share,
      id: 'sum',
      unit: 'count' as const,
      formula: "d['part'] + d['other']",
      inputs: [share.inputs[0]!, { id: 'other', unit: 'count' as const, direction: 'increasing' as const }],
    };
    const [a, b] = computeIndicators(
      { figures: [figure('part', 5, 'count', cases), figure('whole', 10, 'count', cases)] },
      defineIndicators([sum, share]),
    );
    expect(a?.problem).toMatchObject({ code: 'INPUT_MISSING', ids: ['other'] });
    expect(b?.value).toBe(0.5);
  });

  it('gives DIVISION_BY_ZERO naming the zero input, for x/0 and for 0/0', () => {
    const [x0] = computeIndicators(
      { figures: [figure('part', 3, 'count', cases), figure('whole', 0, 'count', cases)] },
      defineIndicators([share]),
    );
    expect(x0?.value).toBeNull();
    expect(x0?.problem).toMatchObject({ code: 'DIVISION_BY_ZERO', ids: ['whole'] });
    const [zz] = computeIndicators(
      { figures: [figure('part', 0, 'count', cases), figure('whole', 0, 'count', cases)] },
      defineIndicators([share]),
    );
    expect(zz?.problem?.code).toBe('DIVISION_BY_ZERO');
  });

  it('gives UNIT_INCOMPATIBLE for a length where an area is expected (米 for 平方米)', () => {
    const area = {
      ...share,
      id: 'area-per-building',
      unit: 'm2/count' as const,
      formula: "d['area'] / d['buildings']",
      inputs: [
        { id: 'area', unit: 'm2' as const, direction: 'increasing' as const },
        { id: 'buildings', unit: 'count' as const, direction: 'decreasing' as const },
      ],
    };
    const [result] = computeIndicators(
      { figures: [figure('area', 9312, 'm'), figure('buildings', 93, 'count')] },
      defineIndicators([area]),
    );
    expect(result?.value).toBeNull();
    expect(result?.problem).toMatchObject({ code: 'UNIT_INCOMPATIBLE', ids: ['area'] });
    expect(result?.problem?.message).toContain('area is m, expected m2');
    expect(result?.inputs[0]).toMatchObject({ value: null, figure: { value: 9312, unit: 'm' } });
  });

  it('gives UNIT_INCOMPATIBLE for a count of something else than the input counts', () => {
    const [result] = computeIndicators(
      { figures: [figure('part', 67, 'count', { counted: 'graves' }), figure('whole', 142, 'count', cases)] },
      defineIndicators([share]),
    );
    expect(result?.problem).toMatchObject({ code: 'UNIT_INCOMPATIBLE', ids: ['part'] });
  });

  it('converts units exactly with the unit.ts fractions: 430 亩 = 430/15 ha, 98% = 0.98, 185.31 km unchanged', () => {
    const defs = defineIndicators([
      {
        ...share,
        id: 'ha',
        unit: 'ha',
        formula: "d['land']",
        inputs: [{ id: 'land', unit: 'ha', direction: 'increasing' }],
      },
      {
        ...share,
        id: 'ratio',
        unit: 'ratio',
        formula: "d['rate']",
        inputs: [{ id: 'rate', unit: 'ratio', direction: 'increasing' }],
      },
      {
        ...share,
        id: 'km',
        unit: 'km',
        formula: "d['ditches']",
        inputs: [{ id: 'ditches', unit: 'km', direction: 'increasing' }],
      },
      {
        ...share,
        id: 'm',
        unit: 'm',
        formula: "d['ditches']",
        inputs: [{ id: 'ditches', unit: 'm', direction: 'increasing' }],
      },
    ]);
    const results = computeIndicators(
      { figures: [figure('land', 430, 'mu'), figure('rate', 98, 'percent'), figure('ditches', 185.31, 'km')] },
      defs,
    );
    expect(results.map((r) => r.value)).toEqual([28.666666666666668, 0.98, 185.31, 185310]);
    expect(results[0]?.value).toBe(430 / 15);
  });

  it('propagates qualifiers: 600余万 ÷ events is at least, 近300亩 is approx', () => {
    const defs = defineIndicators([
      {
        ...share,
        id: 'per-event',
        unit: 'CNY/count',
        formula: "d['saved'] / d['events']",
        inputs: [
          { id: 'saved', unit: 'CNY', direction: 'increasing' },
          { id: 'events', unit: 'count', direction: 'decreasing' },
        ],
      },
      {
        ...share,
        id: 'ha',
        unit: 'ha',
        formula: "d['orchard']",
        inputs: [{ id: 'orchard', unit: 'ha', direction: 'increasing' }],
      },
    ]);
    const figures = [
      figure('saved', 6000000, 'CNY', { qualifier: 'more_than' }),
      figure('events', 426, 'count'),
      figure('orchard', 300, 'mu', { qualifier: 'approx' }),
    ];
    const [perEvent, orchard] = computeIndicators({ figures }, defs);
    expect(perEvent).toMatchObject({ value: 6000000 / 426, qualifier: 'at_least' });
    expect(orchard).toMatchObject({ value: 20, qualifier: 'approx' });
  });

  it('returns nothing for no definitions', () => {
    expect(computeIndicators({ figures: [figure('part', 1, 'count')] }, [])).toEqual([]);
  });
});

describe('computeIndicators: edge tables', () => {
  it('reports every input missing for a report without figures', () => {
    const [result] = computeIndicators({ figures: [] }, defineIndicators([share]));
    expect(result?.problem).toMatchObject({ code: 'INPUT_MISSING', ids: ['part', 'whole'] });
  });
});
