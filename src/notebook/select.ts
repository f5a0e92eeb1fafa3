import { assertOptions, field, indexOfOption, type FieldOptions, type InputElement } from './field.ts';
import { h } from './h.ts';

/** Options of {@link select}. */
export interface SelectOptions<T> extends FieldOptions {
  /** The option chosen at first; must be one of the options (compared with ===). Default: the first. */
  value?: T;
  /** The text shown for an option. Default: `String`. */
  format?: (option: T) => string;
}

/**
 * A drop-down list of `options`; its `value` is the chosen option itself (any type, e.g. a section
 * object or `null` for “all”). Use it in a notebook cell as `const section = view(select(…))`.
 *
 * @example select(['zh', 'en'], { label: '语言 Language', format: (l) => ({ zh: '中文', en: 'English' })[l] })
 * @throws WorkreportError `OPTION_INVALID` for no options or a `value` that is not one of them.
 */
export function select<T>(options: readonly T[], { label, value, format = String }: SelectOptions<T>): InputElement<T> {
  assertOptions('select', options);
  const chosen = indexOfOption('select', options, value, 0, format);
  const control = h(
    'select',
    {},
    options.map((option, i) => h('option', { value: i, selected: i === chosen }, format(option))),
  );
  return field(label, control, () => options[control.selectedIndex] as T);
}
