/**
 * Page weight and speed of the static-first story and embed pages and of the compose notebook
 * against two baselines (run after `vite build`: `npm run bench:page`; `WORKREPORT_DIST` names
 * another built site, `BENCH_RUNS` the runs per time).
 *
 * Baselines, built here with Vite into node_modules/.cache/workreport-bench and served beside the site:
 *   - `vega-embed`: the same chart embedded the plain way, its Vega-Lite spec compiled in the browser;
 *   - `precompiled Vega`: the chart's Vega spec compiled at build time, run by `vega`'s View.
 * Every page is served gzip-compressed (level 9), as a static host serves it. In Debian's Chromium,
 * cold cache, each page's first chart is on screen in the first animation frame in which its SVG is
 * in the page with a size and at least one mark item (`.role-mark > *`: a bar, a dot); then:
 *   - JS before first chart: the bytes transferred (CDP `Network.loadingFinished`
 *     `encodedDataLength`: gzip body and headers) of every script whose loading finished before
 *     that frame, on the phone profile, where it tells what a reader waits for; with the number of
 *     those scripts, all the page's JS and its HTML document, all as transferred;
 *   - first chart: time from navigation start to that frame (it is painted right after);
 *   - interactive: time until the chart answers a pointer (its tooltips work): the baselines' vega
 *     view mounted; the story's and embed page's listeners on their pre-rendered SVG
 *     (src/embed/chart-block.ts); for the notebook, no cell pending (notebooks/runtime.ts).
 * Two profiles: desktop (no throttling) and phone (4× slower CPU and DevTools' "Fast 3G": 562.5 ms
 * latency, 1.6 Mbit/s down and 750 kbit/s up, each × 0.9 as DevTools applies them). Each time is
 * the median of RUNS runs; the pages take turns within each run. Prints ratios to the vega-embed
 * page and to the precompiled-Vega page, and for interactive the ratio to the precompiled page paired
 * within each run, as its median and quartiles. A benchmark, not a test: it prints, it asserts nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { compile } from 'vega-lite';
import { siteChart } from '../src/site/chart-sets.ts';
import { embedPath, storyPath } from '../src/site/routes.ts';
import { serveStatic, STRICT_CSP } from '../src/site/static-server.ts';
import { LAUNCH_ARGS } from '../tests/site/browser.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = process.env.WORKREPORT_DIST ?? join(ROOT, 'dist');
const CHART = 'yangshahu-2019/farmland-by-crop';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** A page measured: where it is, which element is its chart, and when it is interactive. */
interface Target {
  name: string;
  url: string;
  /** CSS selector of the chart's SVG once it is on screen. */
  chart: string;
  /** CSS selector that matches once the chart is live. */
  interactive: string;
}

/** Network and CPU conditions of a run. */
interface Profile {
  name: string;
  cpu: number;
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
}

const PROFILES: readonly Profile[] = [
  { name: 'desktop', cpu: 1 },
  // DevTools' "Fast 3G" preset: 150 ms × 3.75 latency, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up.
  {
    name: 'phone (Fast 3G)',
    cpu: 4,
    network: { latency: 562.5, downloadThroughput: (1.6 * 1e6 * 0.9) / 8, uploadThroughput: (750 * 1e3 * 0.9) / 8 },
  },
];

/** Build the baseline page: vega-embed + vega-lite compiling the chart's Vega-Lite spec in the browser. */
async function buildBaseline(): Promise<string> {
  const dir = join(ROOT, 'node_modules/.cache/workreport-bench/baseline');
  const out = join(dir, 'dist');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'spec.json'), JSON.stringify(siteChart(CHART, 'zh', 'wide').spec));
  writeFileSync(
    join(dir, 'main.ts'),
    [
      "import embed from 'vega-embed';",
      `import '${join(ROOT, 'src/charts/vega-format.ts')}';`,
      "import spec from './spec.json';",
      "embed('#chart', spec as never, { renderer: 'svg', actions: false }).then(() => document.documentElement.setAttribute('data-interactive', ''));",
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<link rel="icon" href="data:,"><title>baseline</title><script type="module" src="./main.ts"></script></head><body><div id="chart"></div></body></html>',
  );
  await build({
    configFile: false,
    root: dir,
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  return out;
}

/** Build the precompiled baseline: the chart's Vega spec compiled here, run in the browser by `vega`'s View. */
async function buildPrecompiled(): Promise<string> {
  const dir = join(ROOT, 'node_modules/.cache/workreport-bench/precompiled');
  const out = join(dir, 'dist');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'spec.json'), JSON.stringify(compile(siteChart(CHART, 'zh', 'wide').spec).spec));
  writeFileSync(
    join(dir, 'main.ts'),
    [
      "import { View, parse } from 'vega';",
      `import '${join(ROOT, 'src/charts/vega-format.ts')}';`,
      "import spec from './spec.json';",
      "new View(parse(spec as never), { renderer: 'svg', container: '#chart', hover: true }).runAsync().then(() => document.documentElement.setAttribute('data-interactive', ''));",
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<link rel="icon" href="data:,"><title>precompiled</title><script type="module" src="./main.ts"></script></head><body><div id="chart"></div></body></html>',
  );
  await build({
    configFile: false,
    root: dir,
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  return out;
}

/** The init script that marks, on `window`, when `target`'s chart is first on screen and when it is interactive. */
function marker(target: Target): string {
  // A string, not a function: tsx would add helpers (`__name`) that do not exist in the page. Init
  // scripts are injected by the browser, so the pages' CSP does not apply to them.
  return `(() => {
    const chart = ${JSON.stringify(target.chart)};
    const interactive = ${JSON.stringify(target.interactive)};
    const watch = () => {
      const svg = document.querySelector(chart);
      if (window.chartPixels === undefined && svg !== null && svg.getBoundingClientRect().width > 0 && svg.querySelector('.role-mark > *') !== null) window.chartPixels = performance.now();
      if (window.chartInteractive === undefined && document.querySelector(interactive) !== null) window.chartInteractive = performance.now();
      if (window.chartInteractive === undefined || window.chartPixels === undefined) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  })();`;
}

/** What the init script of {@link marker} records on `window`, in milliseconds since navigation start. */
interface Marks {
  chartPixels?: number;
  chartInteractive?: number;
}

/** A new page under `profile`'s CPU and network conditions, with `target`'s marker installed. */
async function openPage(browser: Browser, target: Target, profile: Profile): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network !== undefined)
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  await page.addInitScript(marker(target));
  return { page, cdp };
}

/** Wait until the marker has seen `target`'s chart on screen and interactive. */
async function chartReady(page: Page): Promise<void> {
  // Inline arrows (no named functions inside): tsx would add `__name` helpers the page lacks, and
  // string predicates would need `eval`, which the pages' CSP forbids.
  await page.waitForFunction(
    () =>
      (window as unknown as Marks).chartInteractive !== undefined &&
      (window as unknown as Marks).chartPixels !== undefined,
    undefined,
    { timeout: 120_000 },
  );
}

/** Bytes transferred by one load of a page, from CDP's network events. */
interface Weight {
  /** Every script, in bytes transferred. */
  js: number;
  /** The scripts whose loading finished before the chart's first frame, in bytes transferred. */
  jsBeforeChart: number;
  /** How many scripts loaded in all, and before the chart. */
  scripts: number;
  scriptsBeforeChart: number;
  /** The HTML document, in bytes transferred. */
  html: number;
}

/** One load of `target` under `profile`, its requests followed with CDP's Network domain. */
async function weigh(browser: Browser, target: Target, profile: Profile): Promise<Weight> {
  const { page, cdp } = await openPage(browser, target, profile);
  /** Each request: its resource type, and when (CDP monotonic seconds) and with how many bytes it finished. */
  const requests = new Map<string, { type?: string; finished?: number; bytes?: number }>();
  /** CDP's monotonic clock to wall-clock seconds, from the first request's `wallTime`. */
  let wallOffset: number | undefined;
  cdp.on('Network.requestWillBeSent', (event) => {
    wallOffset ??= event.wallTime - event.timestamp;
    requests.set(event.requestId, { type: event.type });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request === undefined) return;
    request.finished = event.timestamp;
    request.bytes = event.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await page.goto(target.url, { waitUntil: 'networkidle', timeout: 120_000 });
  await chartReady(page);
  // The chart's first frame on the wall clock, in milliseconds (the page's clock counts from its time origin).
  const chartAt = await page.evaluate(() => performance.timeOrigin + ((window as unknown as Marks).chartPixels ?? 0));
  await page.context().close();
  const finished = [...requests.values()].filter((r) => r.finished !== undefined && r.bytes !== undefined);
  const scripts = finished.filter((r) => r.type === 'Script');
  const before = scripts.filter((r) => ((r.finished ?? 0) + (wallOffset ?? 0)) * 1000 <= chartAt);
  const sum = (list: typeof finished): number => list.reduce((total, r) => total + (r.bytes ?? 0), 0);
  return {
    js: sum(scripts),
    jsBeforeChart: sum(before),
    scripts: scripts.length,
    scriptsBeforeChart: before.length,
    html: sum(finished.filter((r) => r.type === 'Document')),
  };
}

/** Milliseconds from navigation start to the chart's first frame on screen and to interactive. */
async function time(
  browser: Browser,
  target: Target,
  profile: Profile,
): Promise<{ pixels: number; interactive: number }> {
  const { page } = await openPage(browser, target, profile);
  await page.goto(target.url, { waitUntil: 'load', timeout: 120_000 });
  await chartReady(page);
  const result = await page.evaluate(() => ({
    pixels: (window as unknown as Marks).chartPixels ?? Number.NaN,
    interactive: (window as unknown as Marks).chartInteractive ?? Number.NaN,
  }));
  await page.context().close();
  return result;
}

const median = (values: number[]): number => quantile(values, 0.5);
/** The value at fraction `q` of the sorted values (nearest rank). */
const quantile = (values: number[], q: number): number =>
  [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1) + 0.5)] ?? Number.NaN;
/** Ratios as `median (first quartile–third quartile)` in percent: `93% (88–101)`. */
const spread = (ratios: number[]): string =>
  `${(100 * median(ratios)).toFixed(0)}% (${(100 * quantile(ratios, 0.25)).toFixed(0)}–${(100 * quantile(ratios, 0.75)).toFixed(0)})`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number): string => `${Math.round(value)} ms`;
const ratio = (value: number, base: number): string => (base > 0 ? `${((100 * value) / base).toFixed(0)}%` : 'n/a');
/** One table row: the page's name, then right-aligned cells of the given widths. */
const row = (name: string, cells: readonly (readonly [string, number])[]): string =>
  [name.padEnd(38), ...cells.map(([text, width]) => text.padStart(width))].join(' ');

async function main(): Promise<void> {
  const baselineDir = await buildBaseline();
  const precompiledDir = await buildPrecompiled();
  const site = await serveStatic(DIST, { headers: { 'Content-Security-Policy': STRICT_CSP }, gzip: true });
  // Notebooks compile their cells in the page (Observable's runtime), which the strict CSP forbids: served without it, as `vite preview` does.
  const notebooks = await serveStatic(DIST, { gzip: true });
  const baseline = await serveStatic(baselineDir, { gzip: true });
  const precompiled = await serveStatic(precompiledDir, { gzip: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  });
  // The two baselines first: the ratios are to them.
  const targets: Target[] = [
    {
      name: 'vega-embed (Vega-Lite in the browser)',
      url: `${baseline.origin}/`,
      chart: '#chart svg',
      interactive: 'html[data-interactive]',
    },
    {
      name: 'precompiled Vega (vega View)',
      url: `${precompiled.origin}/`,
      chart: '#chart svg',
      interactive: 'html[data-interactive]',
    },
    {
      name: 'story (first step)',
      url: `${site.origin}${storyPath('yangshahu-2019', 'zh')}`,
      chart: '[data-chart] .is-shown svg',
      interactive: '[data-chart][data-interactive-chart]',
    },
    {
      name: `embed ${CHART}`,
      url: `${site.origin}${embedPath(CHART, 'zh')}`,
      chart: '.chart svg',
      interactive: 'html[data-interactive]',
    },
    {
      name: 'compose notebook',
      url: `${notebooks.origin}/notebooks/compose/`,
      chart: '[data-chart] svg',
      interactive: 'html[data-cells-pending="0"]',
    },
  ];
  try {
    const slow = PROFILES.find((profile) => profile.network !== undefined);
    if (slow === undefined) throw new Error('no throttled profile');
    const weights: Weight[] = [];
    for (const target of targets) weights.push(await weigh(browser, target, slow));
    const [embedWeight, precompiledWeight] = weights;
    if (embedWeight === undefined || precompiledWeight === undefined) throw new Error('no baseline');
    console.log(`Bytes transferred (gzip -9 from the server), chart ${CHART}, ${slow.name}, cold cache`);
    console.log(
      row('page', [
        ['JS before chart', 16],
        ['vs embed', 9],
        ['vs precomp', 11],
        ['scripts', 8],
        ['all JS', 10],
        ['vs embed', 9],
        ['scripts', 8],
        ['HTML', 10],
      ]),
    );
    targets.forEach((target, i) => {
      const w = weights[i];
      if (w === undefined) return;
      console.log(
        row(target.name, [
          [kib(w.jsBeforeChart), 16],
          [ratio(w.jsBeforeChart, embedWeight.jsBeforeChart), 9],
          [ratio(w.jsBeforeChart, precompiledWeight.jsBeforeChart), 11],
          [String(w.scriptsBeforeChart), 8],
          [kib(w.js), 10],
          [ratio(w.js, embedWeight.js), 9],
          [String(w.scripts), 8],
          [kib(w.html), 10],
        ]),
      );
    });

    for (const profile of PROFILES) {
      // Each run loads every page once, in rotating order, so a busy moment of the machine falls on all of them.
      const runs: { pixels: number; interactive: number }[][] = targets.map(() => []);
      for (let run = 0; run < RUNS; run++) {
        for (let i = 0; i < targets.length; i++) {
          const at = (i + run) % targets.length;
          const target = targets[at];
          if (target !== undefined) runs[at]?.push(await time(browser, target, profile));
        }
      }
      const times = runs.map((r) => ({
        pixels: median(r.map((x) => x.pixels)),
        interactive: median(r.map((x) => x.interactive)),
      }));
      const [embedTime, precompiledTime] = times;
      if (embedTime === undefined || precompiledTime === undefined) continue;
      console.log(`\nTimes, ${profile.name} (median of ${RUNS}, cold cache)`);
      console.log(
        row('page', [
          ['first chart', 12],
          ['vs embed', 9],
          ['vs precomp', 11],
          ['interactive', 12],
          ['vs embed', 9],
          ['vs precomp', 11],
          ['paired vs precomp', 19],
        ]),
      );
      const precompiledRuns = runs[1] ?? [];
      targets.forEach((target, i) => {
        const t = times[i];
        if (t === undefined) return;
        // The page's interactive time over the precompiled page's in the same run, for each run: a busy
        // moment of the machine slows both, so this spread shows how sure the median ratio is.
        const paired = (runs[i] ?? []).map(
          (x, run) => x.interactive / (precompiledRuns[run]?.interactive ?? Number.NaN),
        );
        console.log(
          row(target.name, [
            [ms(t.pixels), 12],
            [ratio(t.pixels, embedTime.pixels), 9],
            [ratio(t.pixels, precompiledTime.pixels), 11],
            [ms(t.interactive), 12],
            [ratio(t.interactive, embedTime.interactive), 9],
            [ratio(t.interactive, precompiledTime.interactive), 11],
            [spread(paired), 19],
          ]),
        );
      });
    }
  } finally {
    await browser.close();
    await site.close();
    await baseline.close();
    await precompiled.close();
    await notebooks.close();
  }
}

await main();
