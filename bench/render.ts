/**
 * Time to render every chart of every dataset under datasets/ (zh and en, light theme) to PNG with
 * src/render, next to two baselines in the same process (run: `npx tsx bench/render.ts`, or
 * `npm run bench:render`).
 *
 * Per chart, in milliseconds:
 * - `SVG`: a plain vega SVG-only pass over the same spec, what a page using vega-embed does, in
 *   Node: `compile(spec)` from vega-lite, then `new View(parse(vega)).toSVG()` with vega's default
 *   text measure (0.8 em a character);
 * - `PNG`: `renderPng(chart)`, the whole workreport path (SVG with the CJK text measure, then
 *   resvg-wasm with the fonts held in memory, scale 2), and its ratio to `SVG`;
 * - `raster`: `svgToPng(svg)` on workreport's SVG of the chart, rasterising only;
 * - `bare`: resvg-wasm called directly on that same SVG with the same in-memory font buffers and
 *   options (`new Resvg(svg, …).render().asPng()`), and the ratio of `raster` to it: the cost of
 *   src/render's wrapper (option checks, font lookup, error mapping).
 * The last line counts the charts whose `raster` and `bare` PNGs are byte-identical.
 *
 * All sides use the same vega, vega-lite and resvg-wasm, already warm. Each time is the median of
 * several runs after one warm-up, per chart; the sides take turns in rotating order, one render at
 * a time. A benchmark, not a test: it prints, it asserts nothing.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-wasm';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { Chart } from '../src/charts/chart.ts';
import { datasetCharts } from '../src/datasets/dataset-charts.ts';
import { discoverDatasets } from '../src/datasets/discover.ts';
import { datasetsDir } from '../src/datasets/read-dataset.ts';
import { fontBuffers } from '../src/render/fonts.ts';
import { CJK_FONT_FAMILY, findCjkFonts, renderPng, renderSvg, svgToPng } from '../src/render/index.ts';

const SVG_RUNS = 15;
const PNG_RUNS = 9;
const SCALE = 2;

/** vega-scenegraph's `textMetrics`, re-exported by `vega` but missing from its typings. */
const metrics = (vega as unknown as { textMetrics: { width: (item: unknown, text: unknown) => number } }).textMetrics;
/** Vega's own measure, kept before src/render replaces it (renderSvg installs its measure on every call). */
const defaultWidth = metrics.width;

/** The plain SVG: vega-lite compile, vega View, default text measure. */
async function plainSvg(chart: Chart): Promise<string> {
  metrics.width = defaultWidth;
  const view = new vega.View(vega.parse(compile(chart.spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The fonts svgToPng loads, as the very same in-memory buffers. */
const buffers = fontBuffers(findCjkFonts());

/** `svg` through resvg-wasm directly, with the options svgToPng passes (no background). */
function barePng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    font: { fontBuffers: buffers, defaultFontFamily: CJK_FONT_FAMILY, sansSerifFamily: CJK_FONT_FAMILY },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

/** Wall time in milliseconds of one `run()`. */
async function timed(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The median of `times`. */
function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Median wall times in milliseconds of each of `sides` over `runs` runs, after one warm-up of
 * each. Run i starts with side i mod n and goes round, so that a change in the machine's load
 * (other processes, the CPU clock) weighs on every side alike.
 */
async function compare(runs: number, sides: readonly (() => unknown)[]): Promise<number[]> {
  for (const side of sides) await side();
  const times = sides.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < sides.length; k++) {
      const j = (i + k) % sides.length;
      times[j]?.push(await timed(sides[j] as () => unknown));
    }
  }
  return times.map(median);
}

/** The median timings of one chart, in milliseconds. */
interface Row {
  name: string;
  svg: number;
  png: number;
  raster: number;
  bare: number;
}

const ms = (x: number): string => x.toFixed(1).padStart(8);
const ratio = (x: number, base: number): string => `${(x / base).toFixed(2)}×`.padStart(7);
const line = (row: Row): string =>
  `${row.name.padEnd(34)} ${ms(row.svg)} ${ms(row.png)} ${ratio(row.png, row.svg)}   ${ms(row.raster)} ${ms(row.bare)} ${ratio(row.raster, row.bare)}`;

const root = fileURLToPath(new URL('..', import.meta.url));
const datasets = discoverDatasets(datasetsDir(root)).datasets;
const charts = (['zh', 'en'] as const).flatMap((lang) => datasets.flatMap((dataset) => datasetCharts(dataset, lang)));
console.log(
  `node ${process.version}, ${os.cpus().length} cores; ${charts.length} charts (zh, en); SVG median of ${SVG_RUNS} runs, PNG median of ${PNG_RUNS} runs, scale ${SCALE}`,
);
console.log(`${'chart'.padEnd(34)}  SVG ms    PNG ms  ratio  raster ms   bare ms  ratio`);
const rows: Row[] = [];
let identical = 0;
for (const chart of charts) {
  const svg = await renderSvg(chart);
  // svgToPng first: it instantiates resvg's WebAssembly module, which barePng then shares.
  const raster = await svgToPng(svg, { scale: SCALE });
  if (Buffer.compare(Buffer.from(raster), Buffer.from(barePng(svg))) === 0) identical += 1;
  const [plain = Number.NaN] = await compare(SVG_RUNS, [() => plainSvg(chart)]);
  const [png = Number.NaN, rasterOnly = Number.NaN, bare = Number.NaN] = await compare(PNG_RUNS, [
    () => renderPng(chart, { scale: SCALE }),
    () => svgToPng(svg, { scale: SCALE }),
    () => barePng(svg),
  ]);
  const row: Row = {
    name: `${chart.id.slice(chart.id.indexOf('/') + 1)} (${chart.lang})`,
    svg: plain,
    png,
    raster: rasterOnly,
    bare,
  };
  rows.push(row);
  console.log(line(row));
}
const sum = (key: keyof Omit<Row, 'name'>): number => rows.reduce((total, row) => total + row[key], 0);
const mid = (key: keyof Omit<Row, 'name'>): number => median(rows.map((row) => row[key]));
console.log(
  line({ name: 'all charts (sum)', svg: sum('svg'), png: sum('png'), raster: sum('raster'), bare: sum('bare') }),
);
console.log(line({ name: 'median chart', svg: mid('svg'), png: mid('png'), raster: mid('raster'), bare: mid('bare') }));
console.log(`raster and bare PNGs byte-identical: ${identical} of ${charts.length} charts`);
