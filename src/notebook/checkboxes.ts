import { assertOptions, field, type FieldOptions, type InputElement } from './field.ts';
import { h } from './h.ts';

/** Options of {@link checkboxes}. */
export interface CheckboxesOptions<T> extends FieldOptions {
  /** The options ticked at first (compared with ===). Default: none. */
  value?: readonly T[];
  /** The text shown for an option. Default: `String`. */
  format?: (option: T) => string;
  /**
   * Name of the group an option is listed under; groups are shown in order of first appearance,
   * each under its name. Default: one list, no names.
   */
  group?: (option: T) => string;
  /**
   * Text shown in place of the boxes when there are no options; given, a list with no options is
   * allowed and its `value` is `[]` (a report with no indicators offers none to tick). Default:
   * none, and no options throws.
   */
  empty?: string;
}

/**
 * A list of checkboxes, one per option; its `value` is the array of ticked options, in the order
 * of `options` (not the order they were ticked).
 *
 * @example checkboxes(report.figures, { label: '数字 Figures', format: (f) => f.label.zh, group: (f) => f.section })
 * @example checkboxes(indicators, { label: '指标 Indicators', empty: '这份报告没有指标 No indicators' })
 * @throws WorkreportError `OPTION_INVALID` for no options, unless `empty` is given.
 */
export function checkboxes<T>(
  options: readonly T[],
  { label, value = [], format = String, group, empty }: CheckboxesOptions<T>,
): InputElement<T[]> {
  if (options.length === 0 && empty !== undefined) {
    return field(
      label,
      h('span', { class: 'wr-input__options wr-input__empty', 'data-empty': '' }, empty),
      () => [],
      true,
    );
  }
  assertOptions('checkboxes', options);
  const boxes = options.map((option, i) => h('input', { type: 'checkbox', value: i, checked: value.includes(option) }));
  const item = (i: number) => h('label', {}, boxes[i], format(options[i] as T));
  let controls: HTMLElement;
  if (group === undefined) {
    controls = h(
      'span',
      { class: 'wr-input__options' },
      options.map((_, i) => item(i)),
    );
  } else {
    const groups = new Map<string, number[]>();
    options.forEach((option, i) => groups.set(group(option), [...(groups.get(group(option)) ?? []), i]));
    controls = h(
      'div',
      { class: 'wr-input__groups' },
      [...groups].map(([name, members]) =>
        h(
          'div',
          { class: 'wr-input__group' },
          h('span', { class: 'wr-input__group-name' }, name),
          h('span', { class: 'wr-input__options' }, members.map(item)),
        ),
      ),
    );
  }
  return field(label, controls, () => options.filter((_, i) => boxes[i]?.checked === true), true);
}
