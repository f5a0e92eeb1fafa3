import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import type { UnitSpec } from 'vega-lite/types_unstable/spec/unit.js';
import { markRole } from './aria.ts';
import type { Lang } from './chart.ts';

/** Gap in pixels between the end of a bar and its value label. */
export const VALUE_GAP = 4;

/**
 * The two layers of a bar with its value printed at its end, shared by the bar, grouped-bar and
 * small-multiples builders: the bar (read by screen readers from the row's `aria` text) and a
 * text label of field `textField` (hidden from screen readers, which already heard the value).
 * The position encodings come from the parent spec.
 * @param textField the row field printed at the bar's end. Default: `display` (value with qualifier and unit)
 * @param textColor a fixed label colour; default: the theme's text colour
 */
export function labelledBarLayers(lang: Lang, textField = 'display', textColor?: string): UnitSpec<Field>[] {
  return [
    { mark: { type: 'bar', ...markRole('bar', lang) }, encoding: { description: { field: 'aria', type: 'nominal' } } },
    {
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: VALUE_GAP, aria: false },
      encoding: { text: { field: textField, type: 'nominal' }, ...(textColor === undefined ? {} : { color: { value: textColor } }) },
    },
  ];
}
