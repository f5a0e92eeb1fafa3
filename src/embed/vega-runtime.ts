import type { Spec, View as ViewType } from 'vega';
import { transforms } from 'vega-dataflow';
import { expressionInterpreter } from 'vega-interpreter';
import { parse } from 'vega-parser';
import { View } from 'vega-view';
import { registerNumberFormat } from '../charts/vega-format.ts';
import { CHART_TRANSFORMS } from './vega-transforms.ts';

/**
 * The part of Vega a page needs to run precompiled chart specs under a strict Content-Security-
 * Policy: the view, the parser and the transforms the site's charts use (vega-transforms.ts),
 * with expressions evaluated by `vega-interpreter` from parsed ASTs instead of compiled with
 * `Function`. The workreport number format (`workreportNumber`, src/charts/vega-format.ts) is
 * registered, so axis labels read 1万 as in the pre-rendered SVG.
 */

Object.assign(transforms, CHART_TRANSFORMS);
registerNumberFormat();

/** What {@link createView} attaches to the view. */
export interface ViewOptions {
  /** Vega's tooltip handler signature: called with the hovered item's tooltip value, or null to hide. */
  tooltip?: (handler: unknown, event: MouseEvent, item: unknown, value: unknown) => void;
}

/**
 * A live vega view of `spec`, rendered as SVG into `element` (which may be detached from the
 * document), once its first render has run. No `eval`, no `Function`, no inline styles.
 */
export async function createView(spec: Spec, element: HTMLElement, options: ViewOptions = {}): Promise<ViewType> {
  const runtime = parse(spec, undefined, { ast: true });
  const view: ViewType = new View(runtime, { expr: expressionInterpreter, renderer: 'svg', hover: false });
  if (options.tooltip !== undefined) view.tooltip(options.tooltip as Parameters<ViewType['tooltip']>[0]);
  view.initialize(element);
  await view.runAsync();
  return view;
}
