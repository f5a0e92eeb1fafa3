import { describe, expect, it } from 'vitest';
import { CodeSet } from '../../src/figures/code-set.ts';

describe('CodeSet', () => {
  it('tests the character at a position, false outside the text', () => {
    const set = new CodeSet('第万%');
    expect([0, 1, 2, 3].map((i) => set.at('第3万%', i))).toEqual([true, false, true, true]);
    expect(set.at('第', -1)).toBe(false);
    expect(set.at('第', 1)).toBe(false);
  });

  it('keeps sets apart past the 32 that share one table', () => {
    const sets = Array.from({ length: 40 }, (_, i) => new CodeSet([String.fromCharCode(0x4e00 + i)]));
    const text = Array.from({ length: 40 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    for (const [i, set] of sets.entries()) {
      expect([...text].map((_, j) => set.at(text, j))).toEqual([...text].map((_, j) => j === i));
    }
  });

  it('unites sets', () => {
    const union = CodeSet.union(new CodeSet('第'), new CodeSet('数几'), new CodeSet([]));
    expect([...'第数几十'].map((_, i) => union.at('第数几十', i))).toEqual([true, true, true, false]);
  });
});
