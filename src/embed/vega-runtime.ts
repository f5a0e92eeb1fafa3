import type { Runtime, View as ViewType } from 'vega';
import { transforms } from 'vega-dataflow';
import { expressionInterpreter } from 'vega-interpreter';
import { View } from 'vega-view';
import { registerNumberFormat } from '../charts/vega-format.ts';
import { WorkreportError } from '../errors.ts';
import { runtimeMessage } from '../runtime-messages.ts';
import { CHART_TRANSFORMS } from './vega-transforms.ts';

/**
 * The part of Vega a page needs to run charts parsed at build time under a strict Content-Security-
 * Policy: the view and the transforms the site's charts use (vega-transforms.ts), with expressions
 * evaluated by `vega-interpreter` from their syntax trees instead of compiled with `Function`. The
 * workreport number format (`workreportNumber`, src/charts/vega-format.ts) is registered, so axis
 * labels read 1万 as in the pre-rendered SVG.
 */

Object.assign(transforms, CHART_TRANSFORMS);
registerNumberFormat();

/** What {@link createView} attaches to the view. */
export interface ViewOptions {
  /** Vega's tooltip handler signature: called with the hovered item's tooltip value, or null to hide. */
  tooltip?: (handler: unknown, event: MouseEvent, item: unknown, value: unknown) => void;
}

/**
 * A live vega view of `dataflow`, rendered as SVG into `element` (which may be detached from the
 * document), once its first render has run. No `eval`, no `Function`, no inline styles.
 *
 * `dataflow` is what vega's parser makes of a Vega spec with expressions as syntax trees: the site
 * serves each chart so (src/charts/dataflow.ts), and for a spec of one's own it is
 * `vega.parse(spec, undefined, { ast: true })`, in a build step or in the page. The page then
 * needs neither vega's parser (~50 KB of script) nor the time it takes to run.
 *
 * @throws WorkreportError `DATAFLOW_INVALID` when `dataflow` has no `operators` array (a Vega spec
 *   passed as it is, or a file that is not a chart's dataflow).
 */
export async function createView(
  dataflow: Runtime,
  element: HTMLElement,
  options: ViewOptions = {},
): Promise<ViewType> {
  if (!Array.isArray((dataflow as Partial<Runtime> | null)?.operators)) {
    const value: unknown = dataflow;
    const got =
      value === null || typeof value !== 'object'
        ? String(value === null ? null : typeof value)
        : Array.isArray(value)
          ? 'an array'
          : '$schema' in value
            ? 'a Vega spec'
            : 'an object';
    throw new WorkreportError(runtimeMessage('DATAFLOW_INVALID', 'notParsed', { fn: 'createView', got }), {
      input: dataflow,
    });
  }
  const view: ViewType = new View(dataflow, { expr: expressionInterpreter, renderer: 'svg', hover: false });
  if (options.tooltip !== undefined) view.tooltip(options.tooltip as Parameters<ViewType['tooltip']>[0]);
  view.initialize(element);
  await view.runAsync();
  return view;
}
