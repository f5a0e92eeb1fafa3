import { field, type FieldOptions, type InputElement } from './field.ts';
import { h } from './h.ts';

/** Options of {@link textInput}. */
export interface TextInputOptions extends FieldOptions {
  /** Text in the box at first. Default: `''`. */
  value?: string;
  /** Hint shown while the box is empty. Default: none. */
  placeholder?: string;
}

/**
 * A one-line text box; its `value` is the text typed, as typed (a dataset id, a title).
 *
 * @example textInput({ label: '编号 Id', value: 'my-town-2023', placeholder: 'kebab-case' })
 */
export function textInput({ label, value = '', placeholder }: TextInputOptions): InputElement<string> {
  const control = h('input', { type: 'text', placeholder, spellcheck: 'false' });
  control.value = value;
  return field(label, control, () => control.value);
}
