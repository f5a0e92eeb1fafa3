import { describe, expect, it } from 'vitest';
import { propagateQualifier } from '../../src/indicators/propagate-qualifier.ts';

describe('propagateQualifier', () => {
  it('keeps exact inputs exact', () => {
    expect(
      propagateQualifier([
        { qualifier: 'exact', direction: 'increasing' },
        { qualifier: 'exact', direction: 'decreasing' },
      ]),
    ).toBe('exact');
  });

  it('makes a lower bound (余, 以上) a lower bound in an increasing position and an upper bound in a decreasing one', () => {
    expect(propagateQualifier([{ qualifier: 'more_than', direction: 'increasing' }])).toBe('at_least');
    expect(propagateQualifier([{ qualifier: 'at_least', direction: 'increasing' }])).toBe('at_least');
    expect(propagateQualifier([{ qualifier: 'more_than', direction: 'decreasing' }])).toBe('at_most');
  });

  it('makes an upper bound (不到, 以下) an upper bound when increasing and a lower bound when decreasing', () => {
    expect(propagateQualifier([{ qualifier: 'at_most', direction: 'increasing' }])).toBe('at_most');
    expect(propagateQualifier([{ qualifier: 'at_most', direction: 'decreasing' }])).toBe('at_least');
  });

  it('gives approx for an approximate input (近), and unknown when bounds pull both ways', () => {
    expect(
      propagateQualifier([
        { qualifier: 'approx', direction: 'decreasing' },
        { qualifier: 'exact', direction: 'increasing' },
      ]),
    ).toBe('approx');
    expect(
      propagateQualifier([
        { qualifier: 'approx', direction: 'increasing' },
        { qualifier: 'more_than', direction: 'increasing' },
      ]),
    ).toBe('approx');
    expect(
      propagateQualifier([
        { qualifier: 'more_than', direction: 'increasing' },
        { qualifier: 'more_than', direction: 'decreasing' },
      ]),
    ).toBe('unknown');
    expect(
      propagateQualifier([
        { qualifier: 'at_least', direction: 'increasing' },
        { qualifier: 'at_most', direction: 'increasing' },
      ]),
    ).toBe('unknown');
  });

  it('agrees two bounds that point the same way: 20余 ÷ 不到5 is at least', () => {
    expect(
      propagateQualifier([
        { qualifier: 'more_than', direction: 'increasing' },
        { qualifier: 'at_most', direction: 'decreasing' },
      ]),
    ).toBe('at_least');
  });
});
