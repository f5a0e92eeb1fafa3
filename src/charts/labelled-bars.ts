import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import type { UnitSpec } from 'vega-lite/types_unstable/spec/unit.js';
import { markRole } from './aria.ts';
import type { Lang } from './chart.ts';

/** Gap in pixels between the end of a bar and its value label. */
export const VALUE_GAP = 4;

/** Line height in pixels of a value label wrapped onto two lines. */
const LINE_HEIGHT = 14;

/**
 * The layers of a bar with its value printed beyond its end, shared by the bar, grouped-bar and
 * small-multiples builders: the bar (read by screen readers from the row's `aria` text) and a
 * text label of field `textField` (hidden from screen readers, which already heard the value),
 * right of a bar of a value ≥ 0 and left of the left end of a negative one, so a label never
 * covers its bar. The position encodings come from the parent spec; the x scale leaves room for
 * the labels (layout.ts `valueScale`).
 * @param textField the row field printed at the bar's end, a string or an array of lines. Default: `display` (value with qualifier and unit)
 * @param textColor a fixed label colour; default: the theme's text colour
 */
export function labelledBarLayers(lang: Lang, textField = 'display', textColor?: string): UnitSpec<Field>[] {
  const label = (side: 'left' | 'right'): UnitSpec<Field> => ({
    transform: [{ filter: side === 'right' ? 'datum.value >= 0' : 'datum.value < 0' }],
    mark: {
      type: 'text',
      align: side === 'right' ? 'left' : 'right',
      baseline: 'middle',
      lineHeight: LINE_HEIGHT,
      dx: side === 'right' ? VALUE_GAP : -VALUE_GAP,
      aria: false,
    },
    encoding: {
      text: { field: textField, type: 'nominal' },
      ...(textColor === undefined ? {} : { color: { value: textColor } }),
    },
  });
  return [
    { mark: { type: 'bar', ...markRole('bar', lang) }, encoding: { description: { field: 'aria', type: 'nominal' } } },
    label('left'),
    label('right'),
  ];
}
