import type { TopLevelSpec } from 'vega-lite';
import { NUMBER_FORMAT_TYPE } from '../charts/vega-format.ts';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';

/** Options of {@link embedSnippet}. */
export interface EmbedSnippetOptions {
  /** `id` of the element the chart is drawn in. Default: `'chart'`. */
  elementId?: string;
  /** vega-embed options written into the snippet, e.g. `{ theme: 'dark' }`. Default: `{}`. */
  embedOptions?: Record<string, unknown>;
  /**
   * Packages and versions named in the install line, e.g. `{ 'vega-embed': '7.3.0', vega: '6.4.0',
   * 'vega-lite': '6.4.3', workreport: '0.1.0' }` (workreport for a spec of its builders, see below).
   */
  versions: Readonly<Record<string, string>>;
}

/**
 * HTML that draws `spec` in someone else's page with vega-embed, as SVG without the actions menu:
 * a `<div>` and a module script importing `vega-embed` from npm (for a page built with Vite or
 * another bundler; no CDN). A spec whose `config.numberFormatType` is workreport's number format
 * (axis labels in 万 and 亿, every chart of the builders) also imports and calls
 * `registerNumberFormat` from `workreport/embed`, without which Vega cannot draw it. The spec is inlined
 * as JSON with every `<` written `\u003c`, so text such as `</script>` in a title cannot end the
 * script early.
 *
 * @throws WorkreportError `OPTION_INVALID` for an `elementId` that is not a plain HTML id.
 * @example embedSnippet(chart.spec, { versions: { 'vega-embed': version, vega: vega.version, 'vega-lite': vegaLite.version } })
 */
export function embedSnippet(spec: TopLevelSpec, { elementId = 'chart', embedOptions = {}, versions }: EmbedSnippetOptions): string {
  if (!/^[A-Za-z][\w-]*$/.test(elementId)) {
    throw new WorkreportError(message('OPTION_INVALID', 'elementId', { value: elementId }), { input: elementId });
  }
  const json = (value: unknown, indent?: number) => JSON.stringify(value, null, indent).replace(/</g, '\\u003c');
  const install = Object.entries(versions).map(([name, version]) => `${name}@${version}`).join(' ');
  const options = { renderer: 'svg', actions: false, ...embedOptions };
  const numberFormat = spec.config?.numberFormatType === NUMBER_FORMAT_TYPE;
  return [
    `<div id=${json(elementId)}></div>`,
    '<script type="module">',
    `  // npm install ${install}; then build the page with Vite or another bundler.`,
    '  import embed from "vega-embed";',
    ...(numberFormat
      ? ['  // workreport is not on the npm registry: npm install <path to a clone of workreport> (after npm ci in it).']
      : []),
    ...(numberFormat ? ['  import {registerNumberFormat} from "workreport/embed";', `  registerNumberFormat(); // the spec's number format, ${JSON.stringify(NUMBER_FORMAT_TYPE)}`] : []),
    `  const spec = ${json(spec, 2).replace(/\n/g, '\n  ')};`,
    `  embed(${json(`#${elementId}`)}, spec, ${json(options)});`,
    '</script>',
    '',
  ].join('\n');
}
