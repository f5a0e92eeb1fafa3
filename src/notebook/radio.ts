import { assertOptions, field, indexOfOption, type FieldOptions, type InputElement } from './field.ts';
import { h } from './h.ts';

/** Options of {@link radio}. */
export interface RadioOptions<T> extends FieldOptions {
  /** The option chosen at first; must be one of the options (compared with ===). Default: the first. */
  value?: T;
  /** The text shown for an option. Default: `String`. */
  format?: (option: T) => string;
}

let groups = 0;

/**
 * A row of radio buttons, one per option; its `value` is the chosen option itself.
 *
 * @example radio(['bar', 'progress', 'kpi'], { label: '图表类型 Chart kind', value: 'bar' })
 * @throws WorkreportError `OPTION_INVALID` for no options or a `value` that is not one of them.
 */
export function radio<T>(options: readonly T[], { label, value, format = String }: RadioOptions<T>): InputElement<T> {
  assertOptions('radio', options);
  const chosen = indexOfOption('radio', options, value, 0, format);
  const name = `wr-radio-${++groups}`;
  const buttons = options.map((_, i) => h('input', { type: 'radio', name, value: i, checked: i === chosen }));
  const controls = h(
    'span',
    { class: 'wr-input__options' },
    options.map((option, i) => h('label', {}, buttons[i], format(option))),
  );
  return field(label, controls, () => options[buttons.findIndex((b) => b.checked)] as T, true);
}
