import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Chart } from '../charts/chart.ts';
import type { ThemeMode } from '../charts/theme.ts';
import { chartById, datasetCharts } from '../datasets/dataset-charts.ts';
import { discoverDatasets } from '../datasets/discover.ts';
import type { Dataset } from '../datasets/dataset.ts';
import { datasetsDir, loadDataset } from '../datasets/read-dataset.ts';
import { WorkreportError } from '../errors.ts';
import type * as vega from 'vega';
import { compileVega, renderPng, renderSocialCard, renderSvg, svgToPng, vegaToSvg } from '../render/index.ts';
import { LANGS, type Format, type RenderCommandOptions } from './render-options.ts';
import { outputDir, writeFileAtomic } from './write-file.ts';
import { message, type Message } from '../messages.ts';

/**
 * What `workreport render` does once its options are parsed (see `renderCommand`), in a module of
 * its own: it loads vega, vega-lite, resvg and the datasets, which other commands do not need.
 */

/** The output of `chart` in `format`: text for svg and JSON, PNG bytes (scale 2) for png. */
async function output(chart: Chart, format: Format): Promise<string | Uint8Array> {
  switch (format) {
    case 'svg':
      return renderSvg(chart);
    case 'png':
      return renderPng(chart);
    case 'vega-lite':
      return `${JSON.stringify(chart.spec, null, 2)}\n`;
    case 'vega':
      return vegaJson(compileVega(chart));
  }
}

/** A compiled Vega spec as the `.vg.json` file holds it: indented by two spaces, a final newline. */
function vegaJson(spec: vega.Spec): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

/** Paths written over in this run, reported at the end so nothing is replaced without a word. */
const replacedFiles: string[] = [];

function writeOut(path: string, data: string | Uint8Array): void {
  if (writeFileAtomic(path, data)) replacedFiles.push(path);
}

/** Say on stderr how many existing files a run replaced (none: nothing). */
function reportReplaced(): void {
  if (replacedFiles.length === 0) return;
  const shown = replacedFiles.slice(0, 3).join(', ');
  process.stderr.write(
    `workreport render: replaced ${replacedFiles.length} existing file${replacedFiles.length === 1 ? '' : 's'} (${shown}${replacedFiles.length > 3 ? ', …' : ''})\n`,
  );
  replacedFiles.length = 0;
}

function invalid(error: Message<'OPTION_INVALID'>, input: unknown): WorkreportError {
  return new WorkreportError(error, { input });
}

/**
 * Run `run` over `items`, at most `size` at a time, in order of start. Between items it gives the
 * event loop a turn: rendering is a chain of promises that never waits on I/O, and without a turn
 * Ctrl-C or SIGTERM would be handled only after the last chart (write-file.ts removes partial files then).
 */
async function inPool<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) {
      await run(item);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

/**
 * Every chart in zh and en in `theme`, to
 * `dir/<chart-id>.<lang>.{svg,png,vl.json,vg.json,card.png}` (PNG at scale 2, social card
 * 1200×630, both in the chart's theme). File names do not name the theme: write each theme to its
 * own directory. One progress line per chart and language on stderr.
 */
async function renderAll(dir: string, theme: ThemeMode, root: string): Promise<void> {
  const started = performance.now();
  const jobs = LANGS.flatMap((lang) => publishable(root).flatMap((dataset) => datasetCharts(dataset, lang, { theme })));
  let done = 0;
  await inPool(jobs, availableParallelism(), async (chart) => {
    const t0 = performance.now();
    const base = join(dir, `${chart.id}.${chart.lang}`);
    // One compile for the Vega file and the SVG.
    const compiled = compileVega(chart);
    const svg = await vegaToSvg(compiled, { name: `chart "${chart.id}"`, lang: chart.lang });
    const [png, card] = await Promise.all([svgToPng(svg), renderSocialCard(chart)]);
    writeOut(`${base}.vl.json`, await output(chart, 'vega-lite'));
    writeOut(`${base}.vg.json`, vegaJson(compiled));
    writeOut(`${base}.svg`, svg);
    writeOut(`${base}.png`, png);
    writeOut(`${base}.card.png`, card);
    done += 1;
    const counter = `${String(done).padStart(String(jobs.length).length)}/${jobs.length}`;
    process.stderr.write(`[${counter}] ${chart.id} (${chart.lang}) ${Math.round(performance.now() - t0)} ms\n`);
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `rendered ${jobs.length} charts (${LANGS.join(' + ')}, ${theme} theme) × svg, png, vl.json, vg.json, card.png to ${dir} in ${seconds} s\n`,
  );
}

/** The datasets of `root` that pass their check; the others are named on stderr and left out. */
function publishable(root: string): Dataset[] {
  const { datasets, leftOut } = discoverDatasets(root);
  for (const { message } of leftOut) process.stderr.write(`workreport: left out: ${message}\n`);
  return datasets;
}

/**
 * Run `workreport render [chart-id]` with its parsed options: one chart to a file or stdout, or
 * with `all` every chart to a folder. Errors: see `renderCommand`.
 */
export async function runRender(id: string | undefined, options: RenderCommandOptions): Promise<void> {
  const { format, lang, theme = 'light', output: path, all = false, datasets: root = datasetsDir() } = options;
  if (all) {
    if (id !== undefined) throw invalid(message('OPTION_INVALID', 'renderAllWithId', { id }), id);
    if (format !== undefined || lang !== undefined)
      throw invalid(message('OPTION_INVALID', 'renderAllWithFormat', {}), { format, lang });
    if (path === undefined) throw invalid(message('OPTION_INVALID', 'renderAllNoDir', {}), path);
    outputDir(path);
    await renderAll(path, theme, root);
    reportReplaced();
    return;
  }
  if (id === undefined) {
    const ids = publishable(root).flatMap((d) => d.charts.map((c) => `${d.id}/${c.id}`));
    throw invalid(message('OPTION_INVALID', 'renderWhich', { charts: ids }), id);
  }
  const chosen = format ?? 'svg';
  const datasetId = id.includes('/') ? id.slice(0, id.indexOf('/')) : id;
  const chart = chartById([loadDataset(datasetId, root)], id, lang ?? 'zh', { theme });
  if (chosen === 'png' && path === undefined && process.stdout.isTTY) {
    throw invalid(message('OPTION_INVALID', 'renderPngToTerminal', {}), chosen);
  }
  const data = await output(chart, chosen);
  if (path === undefined) process.stdout.write(data);
  else {
    writeOut(path, data);
    reportReplaced();
  }
}
