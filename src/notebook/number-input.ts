import { field, type FieldOptions, type InputElement } from './field.ts';
import { h } from './h.ts';

/** Options of {@link numberInput}. */
export interface NumberInputOptions extends FieldOptions {
  /** The number shown at first. */
  value: number;
  /** Smallest number allowed. Default: none. */
  min?: number;
  /** Step of the arrows; any number may still be typed. Default: `'any'`. */
  step?: number;
}

/**
 * A number box; its `value` is the number typed, or `null` while the box is empty, not a number
 * or below `min` (never NaN).
 *
 * @example numberInput({ label: '已脱贫户 Households lifted', value: 665, min: 0 })
 */
export function numberInput({ label, value, min, step }: NumberInputOptions): InputElement<number | null> {
  const control = h('input', { type: 'number', value, min, step: step ?? 'any' });
  return field(label, control, () => {
    const number = control.valueAsNumber;
    return Number.isFinite(number) && (min === undefined || number >= min) ? number : null;
  });
}
