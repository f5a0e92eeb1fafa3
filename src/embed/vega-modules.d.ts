/**
 * Typings of the vega sub-packages the browser runtime imports instead of `vega` (which registers
 * every transform as a side effect and hardly tree-shakes; STACK.md "Bundle weight"). They ship no
 * .d.ts; the classes and functions are the ones `vega` re-exports, so their types are vega's.
 */
declare module 'vega-view' {
  export { View } from 'vega';
}

declare module 'vega-parser' {
  export { parse } from 'vega';
}

declare module 'vega-dataflow' {
  /** The registry of transforms by name, which the parser looks up. */
  export const transforms: Record<string, unknown>;
}

declare module 'vega-functions' {
  export { expressionFunction } from 'vega';
}

/** Transform packages: transform classes by lowercase name, only registered (vega-transforms.ts), never called directly. */
declare module 'vega-transforms';
declare module 'vega-view-transforms';
declare module 'vega-encode';
