/**
 * Page weight and speed of the static-first story and embed pages and of the compose notebook
 * against two baselines (run after `vite build`: `npm run bench:page`; `WORKREPORT_DIST` names
 * another built site, `BENCH_RUNS` the runs per time).
 *
 * Baselines, built here with Vite into node_modules/.cache/workreport-bench and served beside the site:
 *   - `vega-embed`: the same chart embedded the plain way, its Vega-Lite spec compiled in the browser;
 *   - `precompiled Vega`: the chart's Vega spec compiled at build time, run by `vega`'s View.
 * For each page, in Debian's Chromium, with a cold cache:
 *   - JS bytes: every script the page loads, gzip -9, and the HTML document's bytes (raw, gzip -9);
 *   - JS before first chart: the scripts (gzip -9) whose response ended before the chart's first
 *     frame on screen (Resource Timing `responseEnd` against that frame's time), loaded over the
 *     phone profile's network, where it tells what a reader waits for;
 *   - first chart pixels: time from navigation start to the first animation frame in which the
 *     chart's SVG is in the page with a size (the frame is painted right after);
 *   - interactive: time until the chart's live vega view is mounted (tooltips work), or, for the
 *     notebook, until no cell is pending.
 * Two profiles: desktop (no throttling) and phone (4× slower CPU, DevTools' "Fast 3G": 562.5 ms
 * latency, 1.44 Mbit/s down, 0.675 up). Each time is the median of RUNS runs; the pages take turns
 * within each run. Prints ratios page / baseline. A benchmark, not a test: it prints, it asserts nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { compile } from 'vega-lite';
import { siteChart } from '../src/site/chart-sets.ts';
import { embedPath, storyPath } from '../src/site/routes.ts';
import { serveStatic, STRICT_CSP } from '../src/site/static-server.ts';

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
      if (window.chartPixels === undefined && svg !== null && svg.getBoundingClientRect().width > 0) window.chartPixels = performance.now();
      if (window.chartInteractive === undefined && document.querySelector(interactive) !== null) window.chartInteractive = performance.now();
      if (window.chartInteractive === undefined || window.chartPixels === undefined) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  })();`;
}

/** Script bytes (gzip -9), those loaded before the chart's first frame, and document bytes of one load of `target`. */
async function weigh(
  browser: Browser,
  target: Target,
  profile: Profile,
): Promise<{ js: number; jsBeforeChart: number; scripts: number; html: number; htmlGzip: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Under a slow network, so that "before the chart" separates the scripts a chart waits for from those that come after it.
  const cdp = await context.newCDPSession(page);
  if (profile.network !== undefined)
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  const bodies = new Map<string, Promise<Buffer>>();
  let html: Promise<Buffer> | undefined;
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script') bodies.set(response.url(), response.body());
    if (type === 'document' && html === undefined) html = response.body();
  });
  await page.addInitScript(marker(target));
  await page.goto(target.url, { waitUntil: 'networkidle' });
  await page.waitForFunction(
    () =>
      (window as unknown as Marks).chartInteractive !== undefined &&
      (window as unknown as Marks).chartPixels !== undefined,
    undefined,
    { timeout: 60_000 },
  );
  const before = await page.evaluate(() => {
    const pixels = (window as unknown as Marks).chartPixels ?? 0;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).responseEnd <= pixels)
      .map((entry) => entry.name);
  });
  const gzipped = new Map<string, number>();
  for (const [url, body] of bodies) gzipped.set(url, gzipSync(await body, { level: 9 }).length);
  const document = (await html) ?? Buffer.alloc(0);
  await context.close();
  return {
    js: [...gzipped.values()].reduce((sum, bytes) => sum + bytes, 0),
    jsBeforeChart: before.reduce((sum, url) => sum + (gzipped.get(url) ?? 0), 0),
    scripts: gzipped.size,
    html: document.length,
    htmlGzip: gzipSync(document, { level: 9 }).length,
  };
}

/** What the init script of {@link time} records on `window`, in milliseconds since navigation start. */
interface Marks {
  chartPixels?: number;
  chartInteractive?: number;
}

/** Milliseconds from navigation start to the chart's first frame on screen and to interactive. */
async function time(
  browser: Browser,
  target: Target,
  profile: Profile,
): Promise<{ pixels: number; interactive: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network !== undefined)
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  await page.addInitScript(marker(target));
  await page.goto(target.url, { waitUntil: 'load' });
  // Inline arrows (no named functions inside): tsx would add `__name` helpers the page lacks, and
  // string predicates would need `eval`, which the pages' CSP forbids.
  await page.waitForFunction(() => (window as unknown as Marks).chartInteractive !== undefined, undefined, {
    timeout: 60_000,
  });
  const result = await page.evaluate(() => ({
    pixels: (window as unknown as Marks).chartPixels ?? Number.NaN,
    interactive: (window as unknown as Marks).chartInteractive ?? Number.NaN,
  }));
  await context.close();
  return result;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number): string => `${Math.round(value)} ms`;
const ratio = (value: number, base: number): string => (base > 0 ? `${((100 * value) / base).toFixed(0)}%` : 'n/a');

async function main(): Promise<void> {
  const baselineDir = await buildBaseline();
  const precompiledDir = await buildPrecompiled();
  const site = await serveStatic(DIST, { headers: { 'Content-Security-Policy': STRICT_CSP } });
  // Notebooks compile their cells in the page (Observable's runtime), which the strict CSP forbids: served without it, as `vite preview` does.
  const notebooks = await serveStatic(DIST);
  const baseline = await serveStatic(baselineDir);
  const precompiled = await serveStatic(precompiledDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const targets: Target[] = [
    {
      name: 'baseline (vega-embed + vega-lite)',
      url: `${baseline.origin}/`,
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
      name: 'precompiled Vega (vega View)',
      url: `${precompiled.origin}/`,
      chart: '#chart svg',
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
    const weights: Awaited<ReturnType<typeof weigh>>[] = [];
    const slow = PROFILES.find((profile) => profile.network !== undefined) ?? PROFILES[0];
    if (slow === undefined) throw new Error('no profile');
    for (const target of targets) weights.push(await weigh(browser, target, slow));
    const base = weights[0];
    if (base === undefined) throw new Error('no baseline');
    console.log(
      `Page weight (gzip -9), chart ${CHART}; JS before chart: the scripts loaded before its first frame, on ${slow.name}`,
    );
    console.log(
      'page'.padEnd(40),
      'JS'.padStart(10),
      'vs base'.padStart(8),
      'JS before chart'.padStart(16),
      'vs base'.padStart(8),
      'scripts'.padStart(8),
      'HTML'.padStart(10),
      'HTML gz'.padStart(10),
    );
    targets.forEach((target, i) => {
      const w = weights[i];
      if (w === undefined) return;
      console.log(
        target.name.padEnd(40),
        kib(w.js).padStart(10),
        ratio(w.js, base.js).padStart(8),
        kib(w.jsBeforeChart).padStart(16),
        ratio(w.jsBeforeChart, base.jsBeforeChart).padStart(8),
        String(w.scripts).padStart(8),
        kib(w.html).padStart(10),
        kib(w.htmlGzip).padStart(10),
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
      const baseTime = times[0];
      const precompiledTime = times[3];
      if (baseTime === undefined || precompiledTime === undefined) continue;
      console.log(`\nTimes, ${profile.name} (median of ${RUNS}, cold cache)`);
      console.log(
        'page'.padEnd(40),
        'chart pixels'.padStart(13),
        'vs base'.padStart(8),
        'interactive'.padStart(12),
        'vs base'.padStart(8),
        'vs precompiled'.padStart(15),
      );
      targets.forEach((target, i) => {
        const t = times[i];
        if (t === undefined) return;
        console.log(
          target.name.padEnd(40),
          ms(t.pixels).padStart(13),
          ratio(t.pixels, baseTime.pixels).padStart(8),
          ms(t.interactive).padStart(12),
          ratio(t.interactive, baseTime.interactive).padStart(8),
          ratio(t.interactive, precompiledTime.interactive).padStart(15),
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
