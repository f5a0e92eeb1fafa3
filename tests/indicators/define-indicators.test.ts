import { describe, expect, it } from 'vitest';
import { WorkreportError } from '../../src/errors.ts';
import { defineIndicators, type IndicatorDefInput } from '../../src/indicators/define-indicators.ts';

const share: IndicatorDefInput = {
  id: 'share',
  label: { zh: '比例', en: 'Share' },
  unit: 'ratio',
  formula: "d['part'] / d['whole']",
  inputs: [
    { id: 'part', unit: 'count', direction: 'increasing' },
    { id: 'whole', unit: 'count', direction: 'decreasing' },
  ],
  method: { zh: '部分除以整体。', en: 'Part over whole.' },
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof WorkreportError ? error.code : String(error);
  }
  return undefined;
}

describe('defineIndicators', () => {
  it('returns valid definitions typed, unchanged', () => {
    const [def] = defineIndicators([share]);
    expect(def).toEqual(share);
  });

  it('accepts derived rate units and rejects unknown ones', () => {
    expect(defineIndicators([{ ...share, unit: 'm2/count' }])[0]?.unit).toBe('m2/count');
    expect(codeOf(() => defineIndicators([{ ...share, unit: 'mm' as 'm' }]))).toBe('INDICATOR_INVALID');
    expect(codeOf(() => defineIndicators([{ ...share, unit: 'm2/parsec' as 'm2/m' }]))).toBe('INDICATOR_INVALID');
  });

  it('rejects a formula that references a figure the inputs do not declare (it would read as 0 in arquero)', () => {
    const error = codeOf(() => defineIndicators([{ ...share, formula: "d['part'] / (d['whole'] + d['other'])" }]));
    expect(error).toBe('INDICATOR_INVALID');
    expect(() => defineIndicators([{ ...share, formula: "d['part'] / (d['whole'] + d['other'])" }])).toThrow(/other/);
  });

  it('rejects an input the formula does not use, and an input listed twice', () => {
    expect(codeOf(() => defineIndicators([{ ...share, formula: "d['part']" }]))).toBe('INDICATOR_INVALID');
    const twice = {
      ...share,
      inputs: [...share.inputs, { id: 'part', unit: 'count', direction: 'increasing' } as const],
    };
    expect(codeOf(() => defineIndicators([twice]))).toBe('INDICATOR_INVALID');
  });

  it('rejects a declared direction that contradicts the formula', () => {
    const wrong = {
      ...share,
      inputs: [share.inputs[0]!, { id: 'whole', unit: 'count', direction: 'increasing' } as const],
    };
    expect(() => defineIndicators([wrong])).toThrow(
      /"whole" is declared increasing but the formula .* makes it decreasing/,
    );
  });

  it('takes the declared direction where the figure occurs with both signs', () => {
    const own = { ...share, formula: "d['part'] / (d['part'] + d['whole'])" };
    expect(defineIndicators([own])[0]?.inputs[0]?.direction).toBe('increasing');
  });

  it('rejects duplicate ids, bad ids and bad formulas with their codes', () => {
    expect(codeOf(() => defineIndicators([share, share]))).toBe('INDICATOR_DUPLICATE_ID');
    expect(codeOf(() => defineIndicators([{ ...share, id: 'Share' }]))).toBe('INDICATOR_INVALID');
    expect(codeOf(() => defineIndicators([{ ...share, formula: "d['part'] / 2" }]))).toBe('FORMULA_INVALID');
    expect(codeOf(() => defineIndicators([{ ...share, inputs: [] }]))).toBe('INDICATOR_INVALID');
  });
});
