/**
 * The structural suite every chart passes (STYLE.md habit 11): valid Vega-Lite, compiled without
 * warnings, parsed and rendered headless by Vega, alt text and source line present.
 */
import Ajv from 'ajv';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import schema from 'vega-lite/vega-lite-schema.json';
import { expect } from 'vitest';
import type { Chart } from '../../src/charts/chart.ts';
import type { Lang } from '../../src/charts/chart.ts';
import type { ThemeMode } from '../../src/charts/theme.ts';
import { installTextMetrics } from '../../src/render/text-metrics.ts';
import { textBlocks } from '../render/svg.ts';

// Measure text as the Node renderer and Chromium do (the chart font's widths), not at Vega's 0.8 em.
installTextMetrics();

// The Vega-Lite schema is large and refers to its definitions thousands of times: compiled with each
// definition as a function of its own (not inlined at every reference) and without code optimisation,
// the validator is ready in a quarter of the time and checks specs as fast.
const ajv = new Ajv({
  strict: false,
  allowUnionTypes: true,
  validateFormats: false,
  inlineRefs: false,
  code: { optimize: false },
});
const validateSpec = ajv.compile(schema);

/** What rendering a chart produced. */
export interface Rendered {
  vg: vega.Spec;
  svg: string;
  warnings: string[];
}

/** A Vega logger that records warnings and errors instead of printing them. */
function collectingLogger(messages: string[]): vega.LoggerInterface {
  return vega.logger(vega.Warn, undefined, (_method, level, args) => {
    messages.push(`${level} ${args.map(String).join(' ')}`);
  });
}

/**
 * Compile with vega-lite, parse and render to SVG with vega (renderer 'none'), collecting warnings.
 * Compiles a copy: vega tags the inline data rows it ingests, which would change the chart.
 */
export async function render(spec: TopLevelSpec): Promise<Rendered> {
  const warnings: string[] = [];
  const logger = collectingLogger(warnings);
  const vg = compile(structuredClone(spec), { logger }).spec;
  const view = new vega.View(vega.parse(vg), { renderer: 'none', logger });
  const svg = await view.toSVG();
  view.finalize();
  return { vg, svg, warnings };
}

/** Schema errors of a spec, as readable strings (empty when valid). */
export function schemaErrors(spec: unknown): string[] {
  return validateSpec(spec) ? [] : (validateSpec.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** The source footer's text, the drawn lines joined without whitespace (lines are wrapped at spaces). */
function footerText(svg: string): string {
  return textBlocks(svg).find((block) => block.startsWith('来源：') || block.startsWith('Source:')) ?? '';
}

/**
 * Assert the structural contract of a chart built by `build` from `inputs`:
 * inputs unchanged, spec valid, no compile or runtime warning, SVG with marks, alt text naming
 * every string of `mentions` (e.g. the largest and smallest values), source line drawn once as
 * the footer and kept in `usermeta`. Returns the render for further checks.
 *
 * @param rendered the chart's render when the caller has one (e.g. from `compileVega` and
 *   `vegaToSvg`, which throw on any warning); else the chart is rendered here with `render`.
 */
export async function expectWellFormed(
  chart: Chart,
  inputs: unknown,
  before: unknown,
  mentions: readonly string[],
  rendered?: Rendered,
): Promise<Rendered> {
  expect(inputs).toEqual(before);
  expect(schemaErrors(chart.spec)).toEqual([]);
  rendered ??= await render(chart.spec);
  expect(rendered.warnings).toEqual([]);
  expect(rendered.svg).toMatch(/^<svg/);
  expect(rendered.svg).toMatch(/<path|<rect|<text/);
  expect(chart.description.length).toBeGreaterThan(0);
  expect(chart.spec.description).toBe(chart.description);
  for (const text of mentions) expect(chart.description).toContain(text);
  // The source line is drawn once, as the footer, not in the title block.
  expect(footerText(rendered.svg)).toBe(chart.source.replace(/\s/g, ''));
  const title = chart.spec.title as { text: string[]; subtitle?: string[] };
  expect([...title.text, ...(title.subtitle ?? [])].join('')).not.toContain(chart.source.slice(0, 8));
  expect(chart.spec.usermeta).toMatchObject({ source: chart.source, notes: chart.notes });
  expect(chart.spec.$schema).toMatch(/vega-lite\/v6\.json$/);
  expect(chart.spec).not.toHaveProperty('width', 'container');
  return rendered;
}

/** The rendered text of the SVG's text elements, in document order. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

/** Every language and theme variant, for tests that build a chart four ways. */
export const VARIANTS: readonly { lang: Lang; theme: ThemeMode }[] = [
  { lang: 'zh', theme: 'light' },
  { lang: 'zh', theme: 'dark' },
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
];

/** The `aria-label`s of an SVG, in document order (XML entities decoded for `&amp;`, `&lt;`, `&gt;`, `&quot;`). */
export function ariaLabels(svg: string): string[] {
  const decode = (text: string): string =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return [...svg.matchAll(/aria-label="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
}

/** Inline data values of a spec. */
export function dataValues(chart: Chart): Record<string, unknown>[] {
  return (chart.spec as { data: { values: Record<string, unknown>[] } }).data.values;
}
