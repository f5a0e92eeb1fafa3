import type { Qualifier } from './qualifier.ts';
import type { UnitId } from './unit.ts';

/**
 * A number with its unit and qualifier (DESIGN.md "Quantity").
 * `value` is after multipliers and in the canonical unit: 1.6万平方 → `{ value: 16000, unit: 'm2' }`,
 * 126.9万元 → `{ value: 1269000, unit: 'CNY' }`. Never rounded.
 */
export interface Quantity {
  value: number;
  unit: UnitId;
  qualifier: Qualifier;
  /** For `count`: what is counted, in English (`cases`, `graves`, `villages`). */
  counted?: string;
  /** The upper end of a range, in the same unit (3-5亿元: `value` 300000000, `valueMax` 500000000). */
  valueMax?: number;
}
