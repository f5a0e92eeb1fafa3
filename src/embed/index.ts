/**
 * `workreport/embed`: the browser side of charts, for pages that show workreport's pre-rendered charts and
 * make them interactive (tooltips, click-through) from what their SVG items carry, without vega. Runs under
 * a strict Content-Security-Policy (no `eval`, no inline script or style).
 * The `<workreport-chart>` element (element.ts) and the iframe host (host.ts) are scripts of their own, built
 * by the site as `/embed/chart.js` and `/embed/host.js`.
 */
export { chartBlock, clickHint, type ChartBlock, type ChartBlockOptions } from './chart-block.ts';
export { createTooltip, tooltipRows, type Tooltip } from './tooltip.ts';
export { contentHeight, postResizeMessages, type ResizeMessage } from './resize-message.ts';
