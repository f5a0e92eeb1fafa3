/**
 * Typing of `vega-functions`, which vega-format.ts imports instead of `vega` (which registers every
 * transform as a side effect and hardly tree-shakes; STACK.md "Bundle weight"). The package ships
 * no .d.ts; the function is the one `vega` re-exports, so its type is vega's.
 */
declare module 'vega-functions' {
  export { expressionFunction } from 'vega';
}
