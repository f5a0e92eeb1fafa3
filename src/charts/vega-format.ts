import { expressionFunction } from 'vega-functions';
import { formatNumber, formatTick, TICK_MAGNITUDES, type TickMagnitude } from './locale.ts';
import { WorkreportError } from '../errors.ts';
import { runtimeMessage } from '../runtime-messages.ts';

/**
 * The workreport number format as a Vega expression function, so that axis tick labels read like
 * the data labels: zh `5000`, `1万`, `1.5万`, `2亿`; en `5,000`, `1.27 million`. d3-format cannot
 * group by 万 (it only has SI k/M), so Vega-Lite specs name this function as their custom number
 * format type (`config.customFormatTypes`, `config.numberFormatType`, see theme.ts), and the
 * compiled Vega calls `workreportNumber(datum.value, "zh")`.
 *
 * The function is registered with vega's expression language once, when this module is first
 * imported; every builder imports it (through frame.ts and theme.ts), so a process or page that
 * builds a chart can render it. A page that only loads a compiled Vega spec must import this
 * module (or call {@link registerNumberFormat}) before parsing the spec. The registry lives in
 * `vega-functions`, which `vega`, `vega-parser` and `vega-embed` share, so importing it from there
 * keeps the whole `vega` bundle out of pages that only format numbers. Its typing is declared in
 * ./vega-functions.d.ts (the package ships none).
 */

/** Name of the expression function, and the `numberFormatType` of every workreport spec. */
export const NUMBER_FORMAT_TYPE = 'workreportNumber';

/**
 * `workreportNumber(value, format)` as Vega calls it: `format` is the spec's `config.numberFormat`
 * (`'zh'` or `'en'`; `'zh'` when a spec leaves it out), or an English axis's own `format` for
 * compact ticks in one magnitude, `'en-K'`, `'en-M'` or `'en-B'` (5K, 20K; 1.5M). A non-number (null, a string) prints as
 * its string, empty for null. Throws for any other `lang`, naming it, so a typo fails the render
 * instead of printing the wrong format.
 */
function workreportNumber(value: unknown, format: unknown = 'zh'): string {
  const [lang, magnitude, extra] = typeof format === 'string' ? format.split('-') : [];
  if (
    (lang !== 'zh' && lang !== 'en') ||
    extra !== undefined ||
    (magnitude !== undefined && !(magnitude in TICK_MAGNITUDES))
  ) {
    const params = { type: NUMBER_FORMAT_TYPE, format };
    throw new WorkreportError(runtimeMessage('NUMBER_FORMAT_INVALID', 'format', params), { input: format });
  }
  if (typeof value !== 'number' || !Number.isFinite(value))
    return typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value);
  return magnitude === undefined ? formatNumber(value, lang) : formatTick(value, lang, magnitude as TickMagnitude);
}

/**
 * Register `workreportNumber` with vega's expression language (idempotent: a second call, or a
 * second copy of this module, leaves the registered function in place).
 */
export function registerNumberFormat(): void {
  if (expressionFunction(NUMBER_FORMAT_TYPE) === undefined) expressionFunction(NUMBER_FORMAT_TYPE, workreportNumber);
}

registerNumberFormat();
