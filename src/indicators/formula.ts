import { WorkreportError } from '../errors.ts';
import { message, quoteAt } from '../messages.ts';
import type { FigureId } from '../figures/figure.ts';

/**
 * Indicator formulas: arithmetic over figure ids, written as arquero expressions.
 *
 *   formula = sum
 *   sum     = product (("+" | "-") product)*
 *   product = factor (("*" | "/") factor)*
 *   factor  = ref | "(" sum ")"
 *   ref     = "d['" figure-id "']" | 'd["' figure-id '"]'
 *   figure-id = kebab-case ASCII, e.g. poor-persons-lifted
 *
 * Whitespace is allowed between tokens. There are no number literals: constants belong to unit
 * conversions (`UNITS` in src/figures/unit.ts), so every number in a result comes from the report.
 * The same string is handed to arquero's `derive` unchanged.
 */

/** How a result moves when one input grows, all other inputs fixed. */
export type Direction = 'increasing' | 'decreasing';

/** A figure referenced by a formula and how the formula's structure moves with it. */
export interface FormulaReference {
  id: FigureId;
  /** `mixed` when the figure occurs with both signs, e.g. `a / (a + b)`. */
  direction: Direction | 'mixed';
}

type Node = { kind: 'ref'; id: FigureId } | { kind: 'op'; op: '+' | '-' | '*' | '/'; left: Node; right: Node };

/**
 * Parse a formula and list the figures it references, in order of first occurrence, each with the
 * direction the formula's structure gives it: the right side of `-` and `/` flips it. This assumes
 * every sub-expression is non-negative, as counts, areas, money and ratios in a report are.
 *
 * Example: `(d['a'] - d['b']) / d['c']` → a increasing, b decreasing, c decreasing.
 *
 * @throws WorkreportError `FORMULA_INVALID`, quoting the failing snippet and its offset in the formula.
 */
export function formulaReferences(formula: string): FormulaReference[] {
  const signs = new Map<FigureId, Set<1 | -1>>();
  const visit = (node: Node, sign: 1 | -1): void => {
    if (node.kind === 'ref') {
      const seen = signs.get(node.id) ?? new Set<1 | -1>();
      seen.add(sign);
      signs.set(node.id, seen);
      return;
    }
    visit(node.left, sign);
    const flips = node.op === '-' || node.op === '/';
    visit(node.right, flips ? (sign === 1 ? -1 : 1) : sign);
  };
  visit(parseFormula(formula), 1);
  return [...signs].map(([id, seen]) => ({
    id,
    direction: seen.size > 1 ? 'mixed' : seen.has(1) ? 'increasing' : 'decreasing',
  }));
}

const REF = /^d\[(['"])([a-z0-9]+(?:-[a-z0-9]+)*)\1\]/;

function parseFormula(formula: string): Node {
  let pos = 0;
  const fail = (expected: string): never => {
    const found = pos < formula.length ? quoteAt(formula, pos) : 'the end of the formula';
    throw new WorkreportError(message('FORMULA_INVALID', 'syntax', { formula, expected, found }), { input: formula });
  };
  const skip = (): void => {
    while (pos < formula.length && /\s/.test(formula.charAt(pos))) pos++;
  };
  const peek = (): string => {
    skip();
    return formula.charAt(pos);
  };
  const binary = (operand: () => Node, ops: string): Node => {
    let left = operand();
    for (let c = peek(); c !== '' && ops.includes(c); c = peek()) {
      pos++;
      left = { kind: 'op', op: c as '+' | '-' | '*' | '/', left, right: operand() };
    }
    return left;
  };
  const sum = (): Node => binary(product, '+-');
  const product = (): Node => binary(factor, '*/');
  const factor = (): Node => {
    if (peek() === '(') {
      pos++;
      const inner = sum();
      if (peek() !== ')') fail('")"');
      pos++;
      return inner;
    }
    const match = REF.exec(formula.slice(pos));
    if (!match) return fail(`a figure reference d['figure-id'] or "("`);
    pos += match[0].length;
    return { kind: 'ref', id: match[2] as FigureId };
  };
  const root = sum();
  if (peek() !== '') fail('an operator + - * / or the end of the formula');
  return root;
}
