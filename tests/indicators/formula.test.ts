import { describe, expect, it } from 'vitest';
import { WorkreportError } from '../../src/errors.ts';
import { formulaReferences } from '../../src/indicators/formula.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof WorkreportError ? error.code : String(error);
  }
  return undefined;
}

describe('formulaReferences', () => {
  it('reads a share: the numerator increases it, the denominator decreases it', () => {
    expect(formulaReferences("d['poor-persons-lifted'] / d['poor-persons-registered']")).toEqual([
      { id: 'poor-persons-lifted', direction: 'increasing' },
      { id: 'poor-persons-registered', direction: 'decreasing' },
    ]);
  });

  it('flips the sign on the right of a minus, and twice inside a subtracted denominator', () => {
    expect(formulaReferences("(d['a'] - d['b']) / (d['c'] - d['e'])")).toEqual([
      { id: 'a', direction: 'increasing' },
      { id: 'b', direction: 'decreasing' },
      { id: 'c', direction: 'decreasing' },
      { id: 'e', direction: 'increasing' },
    ]);
  });

  it('treats + and * as increasing in both operands and accepts double quotes and spaces', () => {
    expect(formulaReferences(' d["a"]*d["b"] +d["c"] ').map((r) => r.direction)).toEqual([
      'increasing',
      'increasing',
      'increasing',
    ]);
  });

  it('marks a figure that occurs with both signs as mixed (a share of a sum that includes it)', () => {
    expect(formulaReferences("d['a'] / (d['a'] + d['b'])")).toEqual([
      { id: 'a', direction: 'mixed' },
      { id: 'b', direction: 'decreasing' },
    ]);
  });

  it('rejects number literals, so every number in a result comes from the report', () => {
    expect(codeOf(() => formulaReferences("d['a'] * 100"))).toBe('FORMULA_INVALID');
    expect(() => formulaReferences("d['a'] * 100")).toThrow(/「100」 at offset 9/);
  });

  it('rejects dotted access, functions, unbalanced parentheses and trailing operators, quoting where', () => {
    expect(codeOf(() => formulaReferences('d.a / d.b'))).toBe('FORMULA_INVALID');
    expect(codeOf(() => formulaReferences("op.sum(d['a'])"))).toBe('FORMULA_INVALID');
    expect(() => formulaReferences("(d['a'] + d['b']")).toThrow(/expected "\)", found the end of the formula/);
    expect(() => formulaReferences("d['a'] +")).toThrow(/FORMULA_INVALID/);
    expect(() => formulaReferences("d['a'] d['b']")).toThrow(/「d\['b'\]」 at offset 7/);
    expect(codeOf(() => formulaReferences("d['Not_Kebab']"))).toBe('FORMULA_INVALID');
  });
});
