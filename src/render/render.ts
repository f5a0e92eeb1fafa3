import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Chart, Lang } from '../charts/chart.ts';
import { WorkreportError } from '../errors.ts';
import { warn } from '../log.ts';
import { message } from '../messages.ts';
import { missingGlyphs, svgText } from './glyph-coverage.ts';
import { CJK_FONT_FAMILY, findCjkFonts, fontBuffers, type FontSearch } from './fonts.ts';
import { checkOptionKeys } from './options.ts';
import { installItemSvg } from './item-svg.ts';
import { installTextMetrics } from './text-metrics.ts';

/**
 * Node rendering: Vega-Lite spec → Vega spec → SVG (a headless vega View with renderer 'none',
 * text measured by ./text-metrics.ts) → PNG (resvg's WebAssembly build with the Noto Sans CJK files
 * held in memory).
 * Every function takes a {@link Chart} or a bare Vega-Lite spec.
 */

/** What the renderers take: a registered chart or any Vega-Lite spec. */
export type Renderable = Chart | TopLevelSpec;

/** Options of {@link compileVega}. */
export interface CompileOptions {
  /**
   * Receives each warning of vega-lite's compiler (and, when rendering, of the vega runtime),
   * as `"WARN <message>"` or `"ERROR <message>"`. Default: none, and any warning fails with `RENDER_WARNING`
   * (a shipped chart compiles warning-free).
   */
  onWarning?: (message: string) => void;
}

/** Options of {@link renderSvg}. */
export interface SvgOptions extends CompileOptions {
  /** Language of the text, written as `xml:lang` on the root element. Default: the chart's `lang`; none for a bare spec. */
  lang?: Lang;
}

/** Options of {@link renderPng} and {@link svgToPng}. */
export interface PngOptions extends SvgOptions {
  /**
   * Receives a warning naming the characters no loaded font can draw (they come out as empty
   * boxes: an emoji, ⅓ without Noto Sans). Default: the library's logger (log.ts `setLogger`), as a `RENDER_WARNING` problem. (For renderPng, `onWarning`
   * also receives the compiler's warnings.)
   */
  onWarning?: (message: string) => void;
  /** Pixels per SVG pixel: a 560 px wide chart at scale 2 is 1120 pixels wide. Between 0 (excluded) and 10. Default: `2`. */
  scale?: number;
  /** CSS colour painted under the chart. Default: none (the spec's own `background`, else transparent). */
  background?: string;
  /** Where to look for the Noto Sans CJK files. Default: the standard search of `findCjkFonts`. */
  fonts?: FontSearch;
}

const MAX_SCALE = 10;
/** The BCP 47 tag of each language, for `xml:lang`. */
export const LANG_TAGS: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

function isChart(input: Renderable): input is Chart {
  return (
    typeof (input as Partial<Chart>).id === 'string' &&
    typeof (input as Partial<Chart>).kind === 'string' &&
    'spec' in input
  );
}

/** What a value is, for a message: `null`, `an array`, `a string` … */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value}`;
}

/** Fails with `RENDER_FAILED` (`notSpec`) unless `input` is an object that is not an array. */
function checkObject(fn: string, input: unknown): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new WorkreportError(message('RENDER_FAILED', 'notSpec', { fn, got: kindOf(input) }), { input });
  }
}

/** The top-level properties that only a Vega-Lite spec has. */
const VEGA_LITE_ONLY = ['mark', 'encoding', 'layer', 'concat', 'hconcat', 'vconcat', 'facet', 'repeat', 'spec'];

/**
 * Fails unless `spec` looks like a compiled Vega spec: a Vega-Lite one (its `$schema`, or `mark`,
 * `layer` …) is named as such; an object with neither a Vega `$schema` nor `marks` draws nothing.
 */
function checkVega(spec: vega.Spec, name: string): void {
  checkObject('vegaToSvg', spec);
  const schema = typeof spec.$schema === 'string' ? spec.$schema : '';
  if (schema.includes('vega-lite') || VEGA_LITE_ONLY.some((key) => key in spec)) {
    throw new WorkreportError(message('RENDER_FAILED', 'vegaLiteGiven', { name }), { input: name });
  }
  if (!/\/schema\/vega\//.test(schema) && !Array.isArray(spec.marks)) {
    throw new WorkreportError(message('RENDER_FAILED', 'notVega', { name }), { input: name });
  }
}

/** The spec of `input` and the name messages use for it (the chart id, else `spec`). */
function unpack(input: Renderable, fn: string): { spec: TopLevelSpec; name: string; lang?: Lang } {
  checkObject(fn, input);
  return isChart(input)
    ? { spec: input.spec, name: `chart "${input.id}"`, lang: input.lang }
    : { spec: input, name: 'spec' };
}

/** A vega logger that hands warnings and errors to `sink` instead of the console. */
function sinkLogger(sink: (message: string) => void): vega.LoggerInterface {
  return vega.logger(vega.Warn, undefined, (_method, level, args) =>
    sink(`${String(level)} ${args.map(String).join(' ')}`),
  );
}

/**
 * Where warnings go: to `onWarning` when given, else into a list that {@link Warnings.check}
 * turns into a `RENDER_WARNING` naming the input and quoting every warning.
 */
class Warnings {
  readonly list: string[] = [];
  readonly logger: vega.LoggerInterface;

  constructor(
    private readonly name: string,
    onWarning: ((message: string) => void) | undefined,
  ) {
    this.logger = sinkLogger(onWarning ?? ((message) => this.list.push(message)));
  }

  check(): void {
    if (this.list.length === 0) return;
    throw new WorkreportError(message('RENDER_WARNING', 'warnings', { name: this.name, warnings: this.list }), {
      input: this.list,
    });
  }
}

/**
 * Compile a copy of `spec`: vega-lite hands inline `data.values` to the Vega spec by reference,
 * and vega tags ingested rows with a `Symbol(vega_id)`, which would modify the caller's chart.
 */
function compileWith(spec: TopLevelSpec, name: string, warnings: Warnings): vega.Spec {
  try {
    return compile(structuredClone(spec), { logger: warnings.logger }).spec;
  } catch (error) {
    throw new WorkreportError(message('RENDER_FAILED', 'compile', { name, reason: (error as Error).message }), {
      input: name,
      cause: error,
    });
  }
}

/**
 * Compile a Vega-Lite spec to a Vega spec, as the site precompiles charts. The input is not
 * modified, and the result shares no objects with it.
 *
 * @example compileVega(chart).marks // the Vega marks of the chart
 * @throws WorkreportError `RENDER_FAILED` when vega-lite rejects the spec; `RENDER_WARNING` when
 *   it warns and no `onWarning` is given.
 */
export function compileVega(input: Renderable, options: CompileOptions = {}): vega.Spec {
  checkOptionKeys('compileVega', options, ['onWarning']);
  const { spec, name } = unpack(input, 'compileVega');
  const warnings = new Warnings(name, options.onWarning);
  const compiled = compileWith(spec, name, warnings);
  warnings.check();
  return compiled;
}

/**
 * Render a chart or Vega-Lite spec to an SVG document (a string starting with `<svg`), sized by
 * the spec in pixels (`width`/`height` attributes), text measured for Noto Sans CJK so that
 * labels are truncated where Chromium truncates them (one exception: see text-metrics.ts).
 * Needs no font file. The input is not modified.
 *
 * @throws WorkreportError `RENDER_FAILED` when vega-lite or vega cannot compile, parse or run the
 *   spec; `RENDER_WARNING` on any warning without `onWarning`; `OPTION_INVALID` for unknown options.
 */
export async function renderSvg(input: Renderable, options: SvgOptions = {}): Promise<string> {
  checkOptionKeys('renderSvg', options, ['onWarning', 'lang']);
  return svgOf(input, options, 'renderSvg');
}

async function svgOf(input: Renderable, options: SvgOptions, fn: string): Promise<string> {
  const { spec, name, lang: chartLang } = unpack(input, fn);
  const warnings = new Warnings(name, options.onWarning);
  return viewSvg(compileWith(spec, name, warnings), name, options.lang ?? chartLang, warnings);
}

/**
 * Render a Vega spec, as `compileVega` returns it, to an SVG document, as `renderSvg` renders a
 * Vega-Lite one (the same text metrics, warnings and `xml:lang`): for a caller that publishes the
 * compiled spec too and compiles each chart once (the site's build). The input is not modified (the
 * vega runtime writes into the rows it ingests, so it runs on a copy).
 *
 * @param name what messages call the spec (e.g. `chart "yangshahu-2019/farmland-by-crop"`). Default: `spec`.
 * @throws WorkreportError `RENDER_FAILED` when `spec` is not an object, is a Vega-Lite spec (render
 *   it with `renderSvg`), has neither a Vega `$schema` nor `marks`, or vega cannot parse or run it;
 *   `RENDER_WARNING` on any warning without `onWarning`; `OPTION_INVALID` for unknown options.
 */
export async function vegaToSvg(spec: vega.Spec, options: SvgOptions & { name?: string } = {}): Promise<string> {
  checkOptionKeys('vegaToSvg', options, ['onWarning', 'lang', 'name']);
  const { name = 'spec', lang, onWarning } = options;
  checkVega(spec, name);
  const warnings = new Warnings(name, onWarning);
  return viewSvg(structuredClone(spec), name, lang, warnings);
}

/** The SVG of a compiled Vega spec (which the view may modify), warnings checked, `xml:lang` set when `lang` is given. */
async function viewSvg(compiled: vega.Spec, name: string, lang: Lang | undefined, warnings: Warnings): Promise<string> {
  installTextMetrics();
  installItemSvg();
  let view: vega.View | undefined;
  let svg: string;
  try {
    view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: warnings.logger });
    svg = await view.toSVG();
  } catch (error) {
    throw new WorkreportError(message('RENDER_FAILED', 'view', { name, reason: (error as Error).message }), {
      input: name,
      cause: error,
    });
  } finally {
    view?.finalize();
  }
  warnings.check();
  return lang === undefined ? svg : svg.replace(/^<svg /, `<svg xml:lang="${LANG_TAGS[lang]}" `);
}

let resvgReady: Promise<void> | undefined;

/**
 * Load and instantiate resvg's WebAssembly module (`@resvg/resvg-wasm/index_bg.wasm`, ~2.5 MB),
 * once per process; later calls return the same promise.
 *
 * @throws WorkreportError `RENDER_FAILED` when the module cannot be read or instantiated.
 */
function initResvg(): Promise<void> {
  resvgReady ??= (async () => {
    const path = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
    try {
      await initWasm(await readFile(path));
    } catch (error) {
      throw new WorkreportError(message('RENDER_FAILED', 'wasm', { path, reason: (error as Error).message }), {
        input: path,
        cause: error,
      });
    }
  })();
  return resvgReady;
}

/**
 * Rasterise an SVG document to PNG bytes (8-bit RGBA) with resvg and the fonts of
 * {@link findCjkFonts} (no system fonts: every family falls back to Noto Sans CJK SC, characters
 * it has no glyph for to Noto Sans when installed). Output size in pixels: the SVG's width and
 * height times `scale`, rounded.
 *
 * The first call reads the font files into memory (~40 MB, kept for the process) and instantiates
 * resvg's WebAssembly module (0.1–0.2 s together). Each render then runs synchronously on the calling
 * thread, so concurrent calls take turns rather than run in parallel: 20–100 ms for a 560 px
 * chart at scale 2.
 *
 * @throws WorkreportError `FONT_MISSING` (naming `fonts-noto-cjk`) when the font is not found or
 *   a font file cannot be read; `OPTION_INVALID` for a scale outside (0, 10] or an unknown option;
 *   `RENDER_FAILED` when resvg rejects the SVG (or its module cannot be loaded).
 */
export async function svgToPng(
  svg: string,
  options: Pick<PngOptions, 'scale' | 'background' | 'fonts' | 'onWarning'> = {},
): Promise<Uint8Array> {
  checkOptionKeys('svgToPng', options, ['scale', 'background', 'fonts', 'onWarning']);
  const {
    scale = 2,
    background,
    fonts,
    onWarning = (text: string) => warn({ code: 'RENDER_WARNING', ids: [], message: text }),
  } = options;
  if (typeof scale !== 'number' || !(scale > 0 && scale <= MAX_SCALE)) {
    throw new WorkreportError(message('OPTION_INVALID', 'scale', { value: scale, max: MAX_SCALE }), {
      input: scale,
    });
  }
  const buffers = fontBuffers(findCjkFonts(fonts));
  const missing = missingGlyphs(svgText(svg), buffers);
  if (missing.length > 0) {
    onWarning(message('RENDER_WARNING', 'missingGlyphs', { chars: missing }).message);
  }
  await initResvg();
  let resvg: InstanceType<typeof Resvg> | undefined;
  try {
    resvg = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      ...(background === undefined ? {} : { background }),
      font: { fontBuffers: buffers, defaultFontFamily: CJK_FONT_FAMILY, sansSerifFamily: CJK_FONT_FAMILY },
    });
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } catch (error) {
    throw new WorkreportError(message('RENDER_FAILED', 'rasterise', { reason: (error as Error).message }), {
      input: svg.slice(0, 80),
      cause: error,
    });
  } finally {
    resvg?.free();
  }
}

/**
 * Render a chart or Vega-Lite spec to PNG bytes (starting with the PNG signature), `scale` times
 * the SVG size in pixels (default 2: a 560 px chart is 1120 pixels wide). The font is located
 * before any rendering, so a missing font fails fast. The input is not modified.
 *
 * @throws WorkreportError `FONT_MISSING` naming `fonts-noto-cjk`; `RENDER_FAILED`,
 *   `RENDER_WARNING` and `OPTION_INVALID` as {@link renderSvg} and {@link svgToPng}.
 */
export async function renderPng(input: Renderable, options: PngOptions = {}): Promise<Uint8Array> {
  checkOptionKeys('renderPng', options, ['onWarning', 'lang', 'scale', 'background', 'fonts']);
  const { scale, background, fonts, ...svgOptions } = options;
  findCjkFonts(fonts);
  const svg = await svgOf(input, svgOptions, 'renderPng');
  return svgToPng(svg, {
    scale,
    background,
    fonts,
    ...(svgOptions.onWarning === undefined ? {} : { onWarning: svgOptions.onWarning }),
  });
}
