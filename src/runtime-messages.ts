/**
 * The part of the message catalogue (messages.ts) that the browser runtimes throw with: the chart blocks
 * and the `<workreport-chart>` element (src/embed), the scrollytelling story (src/story) and the number
 * format they register with Vega (charts/vega-format.ts). messages.ts spreads it into `MESSAGES`, so these
 * codes are codes of the one catalogue; it lives in its own file so that a page's script bundles these few
 * templates, not the whole catalogue (the story script would triple: see issue 15's report).
 *
 * Each message names the page element or address at fault and what the page needs instead. A runtime throws
 * a `WorkreportError` built from {@link runtimeMessage}, or logs with {@link runtimeWarn} what it can live with.
 */

export const RUNTIME_MESSAGES = {
  PAGE_INVALID: {
    noVariant: (p: { block: string }) =>
      `chartBlock: block "${p.block}" holds no chart SVG to make interactive; build the page with the workreport site plugin, or put a chart rendered by renderSvg in it`,
    noEmbedArticle: () =>
      'embed page: no [data-embed] article with a [data-chart-block] chart; build the page with the workreport site plugin',
    notEmbedPage: (p: { url: string }) =>
      `workreport-chart: ${p.url} is not a chart's embed page; point src at an /embed/… page of a workreport site`,
    noGraphic: () =>
      'story page: no [data-chart] element with the charts; build the page with the workreport site plugin',
    noLayers: () =>
      'createChartStage: the [data-chart] element has no [data-chart-layer] layers; build the page with the workreport site plugin',
    noLayer: (p: { chart: string; layers: readonly string[] }) =>
      `createChartStage: no layer shows chart "${p.chart}"; layers: ${p.layers.join(', ') || '(none)'}`,
    noFallback: (p: { chart: string }) =>
      `createChartStage: the layer of chart "${p.chart}" waits for it, and no <noscript data-chart-fallback> of the page holds it; build the page with the workreport site plugin`,
    noSteps: () => 'startScrolly: the page has no [data-step] elements; give each step of the story one',
    stepChart: (p: { step: number }) =>
      `startScrolly: step ${p.step} has no data-chart-id attribute; name the chart it shows`,
    notAStep: (p: { element: string; steps: number }) =>
      `setActiveStep: the element to activate (${p.element}) is not one of the ${p.steps} steps; pass one of them`,
  },
  FETCH_FAILED: {
    status: (p: { fn: string; url: string; status: number }) =>
      `${p.fn}: ${p.url} answered HTTP ${p.status}; check that the address is published`,
  },
  ORIGIN_REFUSED: {
    embed: (p: { url: string; allowed: readonly string[] }) =>
      `workreport-chart: ${p.url} is not of an allowed origin (${p.allowed.join(', ')}); list it in <meta name="workreport-chart-origins">`,
  },
  // Logged, not thrown (runtimeWarn): the page goes on with what it has.
  CHART_STATIC: {
    stage: (p: { chart: string }) => `chart "${p.chart}" stays static`,
    step: (p: { step: number; chart: string }) => `story step ${p.step}: chart "${p.chart}" stays static`,
    notShown: () => 'workreport-chart: the chart could not be shown',
  },
  ATTRIBUTE_INVALID: {
    theme: (p: { value: string }) =>
      `workreport-chart: theme="${p.value}" is not light, dark or auto; drawing it light`,
    origin: (p: { item: string }) =>
      `workreport-chart: "${p.item}" in <meta name="workreport-chart-origins"> is not a URL; list origins such as https://example.org`,
  },
  NUMBER_FORMAT_INVALID: {
    format: (p: { type: string; format: unknown }) =>
      `${p.type}: format must be "zh", "en" or "en-K", "en-M", "en-B", got ${JSON.stringify(p.format)}; set config.numberFormat of the spec`,
  },
} as const satisfies Record<string, Record<string, (params: never) => string>>;

/** The codes of the browser runtimes' messages. */
export type RuntimeCode = keyof typeof RUNTIME_MESSAGES;
type RuntimeCase<C extends RuntimeCode> = keyof (typeof RUNTIME_MESSAGES)[C] & string;
type RuntimeParams<C extends RuntimeCode, K extends RuntimeCase<C>> = (typeof RUNTIME_MESSAGES)[C][K] extends (
  params: infer P,
) => string
  ? P
  : never;

/**
 * The message of `code` in case `kase`, written from `params`: messages.ts `message()` for the codes of
 * this part, so that a runtime does not bundle the rest of the catalogue.
 *
 * @example runtimeMessage('PAGE_INVALID', 'stepChart', { step: 2 }).message // 'startScrolly: step 2 has no data-chart-id attribute; name the chart it shows'
 */
export function runtimeMessage<C extends RuntimeCode, K extends RuntimeCase<C>>(
  code: C,
  kase: K,
  params: RuntimeParams<C, K>,
): { code: C; message: string } {
  const template = RUNTIME_MESSAGES[code][kase] as (params: RuntimeParams<C, K>) => string;
  return { code, message: template(params) };
}

/**
 * Log `warning` on the console as `workreport [CODE] message`, with the error that caused it: what a
 * runtime reports and lives with (the static chart stays, a bad attribute falls back to its default).
 */
export function runtimeWarn(warning: { code: RuntimeCode; message: string }, cause?: unknown): void {
  const line = `workreport [${warning.code}] ${warning.message}`;
  if (cause === undefined) console.error(line);
  else console.error(line, cause);
}
