import { field, type FieldOptions, type InputElement } from './field.ts';
import { h } from './h.ts';

/** Options of {@link textArea}. */
export interface TextAreaOptions extends FieldOptions {
  /** Text in the box at first. Default: `''`. */
  value?: string;
  /** Height of the box in lines. Default: 8. */
  rows?: number;
}

/**
 * A box for long text (a pasted report); its `value` is the text exactly as typed or pasted,
 * line breaks included.
 *
 * @example textArea({ label: '报告全文 Report text', value: source, rows: 12 })
 */
export function textArea({ label, value = '', rows = 8 }: TextAreaOptions): InputElement<string> {
  const control = h('textarea', { rows, spellcheck: 'false' });
  control.value = value;
  return field(label, control, () => control.value);
}
