import { field, type FieldOptions, type InputElement } from './field.ts';
import { h } from './h.ts';

/** Options of {@link search}. */
export interface SearchOptions extends FieldOptions {
  /** Hint shown while the box is empty. Default: none. */
  placeholder?: string;
  /** Text in the box at first. Default: `''`. */
  value?: string;
}

/**
 * A search box; its `value` is the text typed, as typed (match it however the notebook wants).
 *
 * @example search({ label: '搜索 Search', placeholder: '贫困, 亩, poverty…' })
 */
export function search({ label, placeholder, value = '' }: SearchOptions): InputElement<string> {
  const control = h('input', { type: 'search', placeholder, value, spellcheck: 'false' });
  return field(label, control, () => control.value);
}
