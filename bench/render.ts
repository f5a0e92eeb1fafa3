/**
 * Time to render every registered chart (datasets/charts.ts, zh and en, light theme) to SVG and
 * to PNG with src/render, next to a plain baseline in the same process (run:
 * `npx tsx bench/render.ts`, or `npm run bench:render`).
 *
 * workreport: `renderSvg(chart)` (vega-lite compile of a copy of the spec, a headless vega View
 * with the CJK text measure, warnings collected) and `renderPng(chart)` (the same SVG, then resvg
 * with only the two Noto Sans CJK files loaded, scale 2).
 * Baseline, what a page using vega-embed does, in Node: `compile(spec)` from vega-lite, then
 * `new View(parse(vega)).toSVG()` with vega's default text measure (0.8 em a character), and for
 * PNG that SVG through resvg with the system fonts (`loadSystemFonts: true`), scale 2.
 * Both sides use the same vega and vega-lite, already warm. Each time is the median of several
 * runs after one warm-up, per chart; workreport and baseline runs alternate, one render at a time.
 * A benchmark, not a test: it prints, it asserts nothing.
 */
import os from 'node:os';
import { renderAsync } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import { allCharts } from '../datasets/charts.ts';
import type { Chart } from '../src/charts/chart.ts';
import { renderPng, renderSvg } from '../src/render/index.ts';

const SVG_RUNS = 15;
const PNG_RUNS = 3;
const SCALE = 2;

/** vega-scenegraph's `textMetrics`, re-exported by `vega` but missing from its typings. */
const metrics = (vega as unknown as { textMetrics: { width: (item: unknown, text: unknown) => number } }).textMetrics;
/** Vega's own measure, kept before src/render replaces it (renderSvg installs its measure on every call). */
const defaultWidth = metrics.width;

/** The plain SVG: vega-lite compile, vega View, default text measure. */
async function baselineSvg(chart: Chart): Promise<string> {
  metrics.width = defaultWidth;
  const view = new vega.View(vega.parse(compile(chart.spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The plain PNG: the plain SVG through resvg with the system fonts. */
async function baselinePng(chart: Chart): Promise<Uint8Array> {
  const image = await renderAsync(await baselineSvg(chart), { fitTo: { mode: 'zoom', value: SCALE }, font: { loadSystemFonts: true }, logLevel: 'off' });
  return image.asPng();
}

/** Wall time in milliseconds of one `run()`. */
async function timed(run: () => Promise<unknown>): Promise<number> {
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
 * Median wall times in milliseconds of `ours()` and `baseline()` over `runs` runs each, after one
 * warm-up of each. The two alternate, and which goes first alternates too, so that a change in
 * the machine's load (other processes, the CPU clock) weighs on both alike.
 */
async function pair(runs: number, ours: () => Promise<unknown>, baseline: () => Promise<unknown>): Promise<[number, number]> {
  await ours();
  await baseline();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      times[0].push(await timed(ours));
      times[1].push(await timed(baseline));
    } else {
      times[1].push(await timed(baseline));
      times[0].push(await timed(ours));
    }
  }
  return [median(times[0]), median(times[1])];
}

/** The four timings of one chart, in milliseconds. */
interface Row {
  name: string;
  svg: number;
  svgBase: number;
  png: number;
  pngBase: number;
}

const ms = (x: number): string => x.toFixed(1).padStart(8);
const ratio = (x: number, base: number): string => `${(x / base).toFixed(2)}×`.padStart(7);
const line = (row: Row): string =>
  `${row.name.padEnd(34)} ${ms(row.svg)} ${ms(row.svgBase)} ${ratio(row.svg, row.svgBase)}   ${ms(row.png)} ${ms(row.pngBase)} ${ratio(row.png, row.pngBase)}`;

const charts = [...allCharts('zh'), ...allCharts('en')];
console.log(`node ${process.version}, ${os.cpus().length} cores; ${charts.length} charts (zh, en); SVG median of ${SVG_RUNS} runs, PNG median of ${PNG_RUNS} runs, scale ${SCALE}`);
console.log(`${'chart'.padEnd(34)}  SVG ms    base ms  ratio     PNG ms    base ms  ratio`);
const rows: Row[] = [];
for (const chart of charts) {
  const [svg, svgBase] = await pair(SVG_RUNS, () => renderSvg(chart), () => baselineSvg(chart));
  const [png, pngBase] = await pair(PNG_RUNS, () => renderPng(chart, { scale: SCALE }), () => baselinePng(chart));
  const row: Row = { name: `${chart.id.slice(chart.id.indexOf('/') + 1)} (${chart.lang})`, svg, svgBase, png, pngBase };
  rows.push(row);
  console.log(line(row));
}
const sum = (key: keyof Omit<Row, 'name'>): number => rows.reduce((total, row) => total + row[key], 0);
console.log(line({ name: 'all charts (sum)', svg: sum('svg'), svgBase: sum('svgBase'), png: sum('png'), pngBase: sum('pngBase') }));
