import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import { h } from './h.ts';

/**
 * An input as notebook-kit's `view()` (and `Generators.input`) reads it: an element whose `value`
 * is the current choice and which fires a bubbling `input` event whenever the choice changes.
 */
export type InputElement<T> = HTMLDivElement & { readonly value: T };

/** Options every input takes. */
export interface FieldOptions {
  /** What the input asks for, shown above it; also its accessible name. */
  label: string;
}

/**
 * Wrap `controls` in `<div class="wr-input">` under a caption and give it a read-only `value`
 * computed by `read` on each access. `grouped`: the controls are several (radio buttons,
 * checkboxes) and go in a `<fieldset>` with the caption as its `<legend>`; otherwise the caption
 * is a `<label>` around the single control.
 */
export function field<T>(label: string, controls: Node, read: () => T, grouped = false): InputElement<T> {
  const caption = h('span', { class: 'wr-input__label' }, label);
  const body = grouped ? h('fieldset', {}, h('legend', {}, caption), controls) : h('label', {}, caption, controls);
  const root = h('div', { class: 'wr-input' }, body);
  Object.defineProperty(root, 'value', { get: read, enumerable: true });
  return root as InputElement<T>;
}

/** The index of `value` in `options`, or `fallback` when `value` is undefined; throws `OPTION_INVALID` when it is absent. */
export function indexOfOption<T>(
  input: string,
  options: readonly T[],
  value: T | undefined,
  fallback: number,
  format: (option: T) => string,
): number {
  if (value === undefined) return fallback;
  const index = options.indexOf(value);
  if (index < 0) {
    throw new WorkreportError(
      message('OPTION_INVALID', 'notAChoice', { fn: input, value, choices: options.map(format) }),
      { input: value },
    );
  }
  return index;
}

/** Throws `OPTION_INVALID` when an input is given no options to choose from. */
export function assertOptions(input: string, options: readonly unknown[]): void {
  if (options.length === 0)
    throw new WorkreportError(message('OPTION_INVALID', 'noChoices', { fn: input }), { input: options });
}
