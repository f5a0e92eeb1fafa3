import { field, type FieldOptions, type InputElement } from './field.ts';
import { h } from './h.ts';

/** Options of {@link fileInput}. */
export interface FileInputOptions extends FieldOptions {
  /** File types offered, as in `<input accept>`, e.g. `'.csv,text/csv'`. Default: any. */
  accept?: string;
}

/**
 * A file picker; its `value` is the chosen `File`, or `null` until one is chosen (so that cells
 * reading it run at once and can fall back to a default). Read it with `await file.text()`.
 *
 * @example fileInput({ label: '另一份报告的数字 (CSV)', accept: '.csv,text/csv' })
 */
export function fileInput({ label, accept }: FileInputOptions): InputElement<File | null> {
  const control = h('input', { type: 'file', accept });
  return field(label, control, () => control.files?.[0] ?? null);
}
