import type { Runtime } from 'vega';
import type { ChartMeta } from './frame.ts';

/**
 * What the site serves to make a chart live (`/embed/<chart-id>/vega-zh-560.json`, routes.ts
 * `vegaSpecPath`): the chart's precompiled Vega spec, pinned to the layout of its pre-rendered SVG
 * (`autosize: 'none'` with that render's plot size and padding, so the live view places the plot
 * where the SVG did without measuring text), already parsed by vega's parser into the dataflow a
 * `vega.View` runs (`vega.parse(spec, undefined, { ast: true })`, each expression as its syntax tree
 * for `vega-interpreter`), plus the spec's `usermeta` (which figures the chart shows). Built in Node
 * by src/site/static-svg.ts, run in the browser by src/embed/vega-runtime.ts, so pages neither
 * download vega's parser nor run it. JSON; made and read by the same pinned vega version.
 */
export type ChartDataflow = Runtime & { usermeta?: Partial<ChartMeta> };
