import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { errors, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview as vitePreview } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DATASETS, DISCOVERY, yangshahu2019 } from '../datasets.ts';
import { DIST, recordDialogs, sharedChromium } from '../site/browser.ts';
import { serveStatic, STRICT_CSP, type StaticServer } from '../../src/site/static-server.ts';
import {
  COMPARISON_COLUMNS,
  compareDatasets,
  findSeries,
  type Comparison,
  type Mapping,
  type Series,
} from '../../src/compare/index.ts';
import type { Dataset } from '../../src/datasets/dataset.ts';
import { UNITS } from '../../src/figures/unit.ts';
import { draftDataset } from '../../src/datasets/draft/draft-dataset.ts';
import { parseDataset } from '../../src/datasets/parse-dataset.ts';
import { NOTEBOOKS } from '../../notebooks/notebooks.ts';

/**
 * The notebooks of the built site (dist/, made by `vite build` before vitest in `npm test`; or the
 * folder named by `WORKREPORT_DIST`), served as a static host serves it (src/site/static-server.ts:
 * content-hashed assets cached, so the notebook runtime is fetched and compiled once, not at every
 * notebook opened; Vite's preview server, which `npm start` runs, made each page revalidate them and
 * cost the run a fifth more CPU) and opened in Debian's Chromium. One test checks that `vite
 * preview` serves the notebooks too. A notebook has settled when notebooks/runtime.ts reports no
 * pending cell on <html data-cells-pending>.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The machine has 2 cores; Chromium start and chart rendering can be slow. */
const TIMEOUT = 30_000;
/**
 * How often a wait for a notebook's state tests it: every 100 ms rather than at every animation
 * frame (Playwright's default), which makes Chromium draw frames for as long as the notebook computes.
 */
const POLL_MS = 100;
const SCREENSHOTS = '/tmp/notebooks';

let server: StaticServer;
let browser: Browser;
let origin: string;

/**
 * Every dataset folder of `datasets/`, read with node:fs: its id, title and how many figures and
 * indicators its files hold. The notebooks list the ones that pass the publication gate (DISCOVERY).
 */
const FOLDERS = readdirSync(join(ROOT, 'datasets'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'datasets', entry.name, 'report.json')))
  .map((entry) => entry.name)
  .sort();
const json = (id: string, file: string): unknown => {
  const path = join(ROOT, 'datasets', id, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
};
const PUBLISHED = FOLDERS.filter((id) => DATASETS.some((d) => d.id === id)).map((id) => ({
  id,
  title: (json(id, 'report.json') as { title: { zh: string } }).title.zh,
  figures: ((json(id, 'figures.json') as { figures?: unknown[] } | undefined)?.figures ?? []).length,
  indicators: ((json(id, 'indicators.json') as { indicators?: unknown[] } | undefined)?.indicators ?? []).length,
}));
/** How the pickers name a dataset (notebooks/datasets.ts `datasetName`). */
const optionName = (dataset: { id: string; title: string }) => `${dataset.title} · ${dataset.id}`;
/**
 * The reference dataset in the pickers. A picker opens on the first dataset by id, which need not
 * be this one: a test that asserts values worked out by hand from its text picks it first.
 */
const YANGSHAHU = optionName({ id: yangshahu2019.meta.id, title: yangshahu2019.meta.title.zh });

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveStatic(DIST);
  origin = server.origin;
  browser = await sharedChromium();
}, TIMEOUT);

afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** What went wrong while a notebook was open. */
interface Problems {
  /** Console errors and warnings, and uncaught page errors. */
  console: string[];
  /** Requests that failed or answered 400 or more. */
  failedRequests: string[];
  /** Requests to anywhere but the preview server (a CDN): listed here (they fail: Chromium resolves no other host). */
  offSite: string[];
}

interface Opened {
  page: Page;
  problems: Problems;
  /** The published datasets whose chunk the page fetched (notebooks/datasets.ts `fetchDataset`), sorted, once each. */
  fetched: () => string[];
}

/** The dataset whose chunk `path` is (`/assets/<id>-<8-character hash>.js`), if it is one of a published dataset. */
function datasetOfChunk(path: string): string | undefined {
  const chunk = /^\/assets\/(.+)-[\w-]{8}\.js$/.exec(path)?.[1];
  return PUBLISHED.some((dataset) => dataset.id === chunk) ? chunk : undefined;
}

/** A page kept open between notebooks, and where its listeners record what goes wrong. */
interface Tab {
  page: Page;
  problems: Problems;
}

/**
 * Pages `closeNotebook` kept for the next `openNotebook`, all in one context: a notebook opened in a
 * page kept open costs Chromium a navigation, where a new page costs a context, a renderer process,
 * and compiling the notebook runtime again.
 */
let context: BrowserContext | undefined;
const idle: Tab[] = [];
const tabs = new WeakMap<Page, Tab>();
const VIEWPORT = { width: 1280, height: 900 };

/**
 * How long an action or a wait of the notebook tests may take: the slowest takes ~2 s on a loaded
 * machine. One still waiting after this will not happen; it fails with Playwright's account of what
 * it waited for, where the test's timeout would say only that the test took too long.
 */
const ACTION_TIMEOUT = 15_000;

/** A new page of the notebooks' context. */
async function newTab(): Promise<Tab> {
  context ??= await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT);
  const tab: Tab = { page, problems: { console: [], failedRequests: [], offSite: [] } };
  tabs.set(page, tab);
  return tab;
}

/** Open `/notebooks/<name>/`, flagging every request that leaves the preview server, and wait until all cells settle. */
async function openNotebook(name: string): Promise<Opened> {
  if (!existsSync(join(DIST, 'notebooks', name, 'index.html'))) {
    throw new Error(`${DIST} has no notebook "${name}": run \`vite build\` before the e2e tests (npm test does)`);
  }
  const tab = idle.pop() ?? (await newTab());
  const { page } = tab;
  const problems: Problems = { console: [], failedRequests: [], offSite: [] };
  tab.problems = problems;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.console.push(`pageerror: ${error.message}`));
  // A request leaving the preview server is listed here; it goes nowhere, as Chromium resolves no
  // other host (LAUNCH_ARGS, tests/site/browser.ts).
  const fetched = new Set<string>();
  page.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`)) problems.offSite.push(request.url());
    const dataset = datasetOfChunk(new URL(request.url()).pathname);
    if (dataset !== undefined) fetched.add(dataset);
  });
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin))
      problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.goto(`${origin}/notebooks/${name}/`, { waitUntil: 'load' });
  await settled(page);
  return { page, problems, fetched: () => [...fetched].sort() };
}

/**
 * Close a page: one `openNotebook` opened is kept for the next, once it has left its notebook
 * (about:blank, with no listener left, so nothing of it reaches the next one's problems) and has
 * the context's viewport again; any other page is closed.
 */
async function closeNotebook(page: Page): Promise<void> {
  const tab = tabs.get(page);
  if (tab === undefined || page.isClosed()) return page.close();
  page.removeAllListeners();
  await page.goto('about:blank');
  const size = page.viewportSize();
  if (size?.width !== VIEWPORT.width || size.height !== VIEWPORT.height) await page.setViewportSize(VIEWPORT);
  idle.push(tab);
}

/** Wait until no cell of the notebook is computing or waiting for an input. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.cellsPending === '0', null, {
    timeout: TIMEOUT,
    polling: POLL_MS,
  });
}

/** The notebook's cell state and what it drew. */
async function stateOf(page: Page) {
  return page.evaluate(() => ({
    cells: Number(document.documentElement.dataset.cells),
    failed: Number(document.documentElement.dataset.cellsFailed),
    errors: [...document.querySelectorAll('.observablehq--error')].map((e) => e.textContent ?? ''),
    charts: [...document.querySelectorAll('[data-chart]')].map((chart) => ({
      name: (chart as HTMLElement).dataset.chart ?? '',
      marks: chart.querySelectorAll('svg g[class*="mark-"] > path, svg g[class*="mark-"] > text').length,
      titles: [...chart.querySelectorAll('svg g.role-title-text text')].map((t) => t.textContent ?? ''),
      message: chart.querySelector('.wr-message')?.textContent ?? '',
    })),
  }));
}

/**
 * The compare notebook's series: the published datasets of one place (findSeries), named as its
 * picker names them; it opens on the first with the most matched rows, or, with no series, on the
 * first two datasets picked by hand.
 */
const SERIES = findSeries(DATASETS, (d) => d.report.meta);
const seriesName = (s: Series<Dataset> | null) =>
  s === null ? '任选两份报告 Two reports by hand' : `${s.key} · ${s.years.join('、')}`;
const matchedOf = (comparison: Comparison) => comparison.rows.filter((r) => r.match !== 'none').length;
const SERIES_MATCHED = SERIES.map((s) => matchedOf(compareDatasets(s.members)));
const BEST_SERIES = SERIES[SERIES_MATCHED.indexOf(Math.max(...SERIES_MATCHED))] ?? null;
const BY_DEFAULT: Dataset[] = BEST_SERIES?.members ?? DATASETS.slice(0, 2);

/** The charts the compare notebook draws for `members`: levels of matched rows, and growth checks per measure. */
function compareCharts(members: readonly Dataset[]): string[] {
  if (members.length < 2) return [];
  const chartable = compareDatasets(members).rows.filter((r) => r.match !== 'none' && r.target !== true);
  const has = (measure: string) => chartable.some((r) => r.changes.some((c) => c.measure === measure));
  return [
    ...(chartable.length > 0 ? ['compare-levels'] : []),
    ...(has('percent') ? ['compare-growth'] : []),
    ...(has('percentage-points') ? ['compare-points'] : []),
  ];
}

/**
 * Two unmatched figures of one series, of different reports and one kind of unit, that a mapping of
 * their two labels joins into one row matched by `mapping`: the first such pair found, or null.
 */
function joinableLabels(): { series: Series<Dataset>; mapping: Mapping; rows: number; mapped: number } | null {
  for (const series of SERIES) {
    const rows = compareDatasets(series.members).rows.filter((r) => r.match === 'none' && r.target !== true);
    const kind = (r: (typeof rows)[number]) =>
      r.unit === 'count' ? `count:${r.counted ?? ''}` : UNITS[r.unit].dimension;
    for (const a of rows) {
      for (const b of rows) {
        const [va, vb] = [a.values[0], b.values[0]];
        if (
          va === undefined ||
          vb === undefined ||
          va.dataset === vb.dataset ||
          va.year >= vb.year ||
          kind(a) !== kind(b)
        )
          continue;
        const mapping = { groups: [[va.label, vb.label]] };
        const joined = compareDatasets(series.members, { mapping });
        const mapped = joined.rows.filter((r) => r.match === 'mapping').length;
        if (mapped > 0) return { series, mapping, rows: joined.rows.length, mapped };
      }
    }
  }
  return null;
}

/** The charts every notebook draws on load, by the `data-chart` name of their container. */
const CHARTS: Record<(typeof NOTEBOOKS)[number], string[]> = {
  figures: ['figures'],
  compose: ['compose'],
  indicators: ['edit'],
  compare: compareCharts(BY_DEFAULT),
  extract: [],
};

describe('site index', () => {
  test(
    'links every notebook',
    async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}/`);
      // Relative links, so that the site works under any base path (vite build --base).
      const links = await page.$$eval('a[href^="notebooks/"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toEqual(NOTEBOOKS.map((name) => `${origin}/notebooks/${name}/`));
      await closeNotebook(page);
    },
    TIMEOUT,
  );

  test(
    'vite preview (what `npm start` serves) answers every notebook and every script and stylesheet it loads',
    async () => {
      const preview = await vitePreview({
        root: ROOT,
        logLevel: 'error',
        build: { outDir: DIST },
        preview: { port: 0, strictPort: true, host: '127.0.0.1' },
      });
      try {
        const { port } = preview.httpServer.address() as AddressInfo;
        const at = `http://127.0.0.1:${port}`;
        for (const name of NOTEBOOKS) {
          const response = await fetch(`${at}/notebooks/${name}/`);
          expect(response.status, name).toBe(200);
          const html = await response.text();
          const assets = [...html.matchAll(/<(?:script|link)\s[^>]*(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
            (match) => new URL(match[1] ?? '', `${at}/notebooks/${name}/`).href,
          );
          expect(assets.length, name).toBeGreaterThan(0);
          for (const asset of assets) expect((await fetch(asset)).status, asset).toBe(200);
        }
      } finally {
        await preview.close();
      }
    },
    TIMEOUT,
  );
});

describe.each(NOTEBOOKS)('notebook %s', (name) => {
  test(
    'loads offline: every cell settles without error, no request fails or leaves the site, its charts are drawn; it fetches only the datasets it shows',
    async () => {
      const { page, problems, fetched } = await openNotebook(name);
      const state = await stateOf(page);
      expect(state.cells).toBeGreaterThan(0);
      // Every cell has started computing at least once, and the count says so (`pick` waits on it).
      expect(Number(await page.getAttribute('html', 'data-cells-runs'))).toBeGreaterThanOrEqual(state.cells);
      expect(state.failed).toBe(0);
      expect(state.errors).toEqual([]);
      expect(state.charts.map((c) => c.name)).toEqual(CHARTS[name]);
      for (const chart of state.charts) {
        expect(chart.message, `chart ${chart.name}`).toBe('');
        expect(chart.marks, `marks of chart ${chart.name}`).toBeGreaterThan(0);
      }
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      // The first dataset by id, or for compare the members of every series (it opens on the best one).
      const shown =
        name === 'compare'
          ? [...new Set(SERIES.flatMap((series) => series.members.map((member) => member.id)))].sort()
          : PUBLISHED.slice(0, 1).map((dataset) => dataset.id);
      expect(fetched()).toEqual(shown);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true, animations: 'disabled' });
      await closeNotebook(page);
    },
    TIMEOUT,
  );

  test(
    'fits a 375 px phone: inputs, tables and code stay inside the column',
    async () => {
      const { page } = await openNotebook(name);
      await page.setViewportSize({ width: 375, height: 800 });
      await page.waitForFunction(() => document.documentElement.clientWidth === 375, null, { timeout: TIMEOUT });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await closeNotebook(page);
    },
    TIMEOUT,
  );
});

describe('interactions', () => {
  test(
    'figures: a search for 亩 keeps only the figures that mention it, in the table and the chart',
    async () => {
      const { page, problems } = await openNotebook('figures');
      await pick(page, '报告 Report', YANGSHAHU);
      const rows = () => page.locator('table.wr-table tbody tr:not(.wr-table__empty)').count();
      // The cells re-run after the pick: wait until the table shows the dataset picked.
      await expect.poll(rows, { timeout: 10_000 }).toBe(yangshahu2019.figures.length);
      const matching = yangshahu2019.figures.filter((f) =>
        [f.id, f.label.zh, f.label.en, f.provenance.quote, f.note ?? ''].some((t) => t.includes('亩')),
      );
      await page.getByLabel('搜索 Search').fill('亩');
      await page.waitForFunction(
        (n) => document.querySelectorAll('table.wr-table tbody tr').length === n,
        matching.length,
      );
      await settled(page);
      expect(matching.length).toBeGreaterThan(0);
      expect(matching.length).toBeLessThan(yangshahu2019.figures.length);
      // One panel per unit (and counted thing), at most four: here every matching figure fits.
      const axes = new Set(matching.map((f) => `${f.quantity.unit} ${f.quantity.counted ?? ''}`));
      expect(axes.size).toBeLessThanOrEqual(4);
      expect(await page.locator('[data-chart="figures"] svg g.mark-rect.role-mark > path').count()).toBe(
        matching.length,
      );
      expect((await stateOf(page)).charts[0]?.titles).toContain(`筛选出的${matching.length}个数字`);
      expect(await page.locator('.wr-text mark.is-current').count()).toBe(matching.length);
      // A relative link (../../source/…), so that it stays inside any base path.
      const link = await page
        .locator('table.wr-table tbody a')
        .first()
        .evaluate((a) => (a as HTMLAnchorElement).href);
      expect(link).toBe(`${origin}/source/${yangshahu2019.meta.id}/#${matching[0]?.id}`);
      const sourcePage = await page.request.get(link);
      expect(sourcePage.status()).toBe(200);
      expect(await sourcePage.text()).toContain(`id="${matching[0]?.id}"`);
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT,
  );

  test(
    'compose: switching the chart kind from bar to dot plot changes the spec and the chart, and the SVG and PNG downloads are that chart',
    async () => {
      const { page, problems } = await openNotebook('compose');
      await pick(page, '报告 Report', YANGSHAHU);
      const spec = async () =>
        JSON.parse((await page.locator('pre[data-vega-lite]').textContent()) ?? 'null') as { description: string };
      const before = await spec();
      expect(before.description).toMatch(/^条形图/);
      await page.getByLabel('点图 Dot plot').check();
      await page.waitForFunction(
        (description) => !document.querySelector('pre[data-vega-lite]')?.textContent?.includes(description),
        before.description,
      );
      await settled(page);
      const after = await spec();
      expect(after.description).toMatch(/^点图/);
      expect((await stateOf(page)).charts[0]?.marks).toBeGreaterThan(0);
      const snippet = await page.locator('textarea.wr-code').inputValue();
      expect(snippet).toContain(after.description);
      // The snippet a CMS takes: the chart as SVG in a figure, no script or style; pasted into an
      // article under the site's strict policy, it shows the dot plot with no violation.
      expect(snippet).toMatch(/^<figure class="workreport-chart" lang="zh-CN">\n {2}<svg [^>]*width="100%"/);
      expect(snippet).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
      const article = await browser.newPage({ viewport: { width: 375, height: 800 } });
      const violations: string[] = [];
      await article.route(`${origin}/an-article/`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: { 'Content-Security-Policy': STRICT_CSP },
          body: `<!doctype html><html><head><meta charset="utf-8"><title>An article</title></head><body><p>Text.</p>${snippet}<p>More text.</p></body></html>`,
        }),
      );
      await article.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP ${event.violatedDirective}`),
        ),
      );
      article.on('console', (message) => violations.push(message.text()));
      await article.goto(`${origin}/an-article/`, { waitUntil: 'load' });
      // As wide as the article's figure (375 px less the body's and the figure's default margins: 8 + 40 each side).
      const box = await article.locator('figure.workreport-chart svg').boundingBox();
      expect(box?.width).toBe(375 - 2 * 8 - 2 * 40);
      expect(await article.locator('figure.workreport-chart svg g[class*="mark-"] path').count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);
      await article.close();
      const saved = async (button: string) => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: button }).click(),
        ]);
        return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
      };
      const svg = await saved('下载 SVG');
      expect(svg.name).toBe('yangshahu-2019-notebook-dot-plot.svg');
      expect(svg.bytes.toString('utf8')).toMatch(/^<svg[\s\S]*优质稻/);
      const png = await saved('下载 PNG');
      expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT,
  );

  test(
    'compose: the page shows its opening chart before any script runs, and the notebook draws the same chart live in its place',
    async () => {
      /** The compose chart's alt text, mark items and axis labels, and whether it is the build's opening chart. */
      const chartOf = (page: Page) =>
        page.$eval('[data-chart="compose"]', (chart) => ({
          opening: chart.hasAttribute('data-opening'),
          label: chart.querySelector('svg')?.getAttribute('aria-label') ?? '',
          bars: chart.querySelectorAll('svg .role-mark > path').length,
          axisLabels: [...chart.querySelectorAll('svg .role-axis-label text')].map((t) => t.textContent ?? ''),
        }));
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const still = await context.newPage();
      await still.goto(`${origin}/notebooks/compose/`);
      const before = await chartOf(still);
      await context.close();
      // The first dataset of the picker (by id), its opening figures as bars, as the notebook's first run draws them.
      expect(before.opening).toBe(true);
      expect(before.label).toMatch(/^条形图：/);
      expect(before.bars).toBeGreaterThan(0);
      expect(before.axisLabels.length).toBeGreaterThanOrEqual(before.bars);
      const { page, problems } = await openNotebook('compose');
      const live = await chartOf(page);
      expect(live.opening).toBe(false);
      expect(await page.locator('[data-alt-text]').textContent()).toBe(`替代文本 Alt text：${before.label}`);
      expect({ bars: live.bars, axisLabels: live.axisLabels }).toEqual({
        bars: before.bars,
        axisLabels: before.axisLabels,
      });
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT,
  );

  test(
    'indicators: 900 households lifted out of 812 registered raises a finding and changes the indicators',
    async () => {
      const { page, problems } = await openNotebook('indicators');
      await pick(page, '报告 Report', YANGSHAHU);
      await page.getByLabel(/新数值 New value/).fill('900');
      await page.waitForSelector('[data-findings="appeared"] li', { timeout: TIMEOUT });
      await settled(page);
      const appeared = await page.$$eval('[data-findings="appeared"] li', (items) =>
        items.map((li) => li.textContent ?? ''),
      );
      expect(
        appeared.some(
          (text) => text.includes('COUNT_EXCEEDS_TOTAL') && text.includes('lifted-within-registered-households'),
        ),
      ).toBe(true);
      expect(await page.locator('[data-edit-summary] table tbody tr:not(.wr-table__empty)').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-chart="edit"] svg').textContent()).toContain('900');
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT,
  );
});

/** Pick `name` in the select labelled `label` and wait until the notebook has settled again. */
async function pick(page: Page, label: string | RegExp, name: string): Promise<void> {
  await afterRun(page, () => page.getByLabel(label).selectOption({ label: name }));
}

/**
 * Do `act` on one of the notebook's inputs (a pick, a fill, a click), then wait for the run it
 * starts and for every cell to settle: under load the run can start well after the input's event,
 * and `settled` alone would see the state from before. An action that changes nothing goes on after 2 s.
 */
async function afterRun(page: Page, act: () => Promise<unknown>): Promise<void> {
  const runs = await page.evaluate(() => Number(document.documentElement.dataset.cellsRuns));
  await act();
  await page
    .waitForFunction((before) => Number(document.documentElement.dataset.cellsRuns) > before, runs, {
      timeout: 2_000,
      polling: POLL_MS,
    })
    .catch(() => undefined);
  await settled(page);
}

/**
 * When the last downloads of each page started. Chromium lets a frame start at most 10 downloads a
 * second and drops the others without a word (Chromium CL 1132485, "Throttle url download requests
 * from a RenderFrame"): a test that downloads every file of every dataset waits its turn.
 */
const downloadsStarted = new WeakMap<Page, number[]>();

/** Clicks of a download button before a download that never starts fails the test. */
const DOWNLOAD_TRIES = 3;

/**
 * How long a click waits for its download to start: one starts within 0.2 s of its click on a
 * loaded machine (the slowest of 357 measured: 0.11 s), and three tries end before the test's
 * timeout, so that a failure reports what Playwright waited for rather than the test's timeout.
 */
const DOWNLOAD_START_MS = 5_000;

/**
 * What a download saved: its suggested name and its text. On a loaded machine the renderer may see
 * clicks closer together than they were sent and still drop one: a download that has not started
 * `DOWNLOAD_START_MS` after its click is clicked for again (said on stderr), up to `DOWNLOAD_TRIES` times.
 */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  for (let attempt = 1; ; attempt++) {
    const started = downloadsStarted.get(page) ?? [];
    const tenthLast = started.at(-10);
    if (tenthLast !== undefined && Date.now() - tenthLast < 1_100)
      await page.waitForTimeout(tenthLast + 1_100 - Date.now());
    downloadsStarted.set(page, [...started.slice(-9), Date.now()]);
    try {
      const [saved] = await Promise.all([
        page.waitForEvent('download', { timeout: DOWNLOAD_START_MS }),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      return { name: saved.suggestedFilename(), text: readFileSync(await saved.path(), 'utf8') };
    } catch (error) {
      if (attempt === DOWNLOAD_TRIES || !(error instanceof errors.TimeoutError)) throw error;
      console.warn(`download "${button}" did not start in ${DOWNLOAD_START_MS} ms (try ${attempt}): clicking again`);
    }
  }
}

describe('every dataset of datasets/', () => {
  test('the folders found are the ones the notebooks are given (every folder published or left out)', () => {
    expect(FOLDERS.length).toBeGreaterThan(0);
    expect([...DISCOVERY.datasets.map((d) => d.id), ...DISCOVERY.leftOut.map((d) => d.id)].sort()).toEqual(FOLDERS);
  });

  test(
    'figures: each dataset picked shows one row per figure of its figures.json, its title, a chart and its text',
    async () => {
      const { page, problems } = await openNotebook('figures');
      const options = await page.getByLabel('报告 Report').locator('option').allTextContents();
      expect(options).toEqual(PUBLISHED.map(optionName));
      expect(
        await page.locator('[data-report]').getAttribute('data-report'),
        'the first dataset by id is picked at first',
      ).toBe(PUBLISHED[0]?.id);
      for (const dataset of [...PUBLISHED].reverse()) {
        await pick(page, '报告 Report', optionName(dataset));
        const state = await stateOf(page);
        expect(state.failed, dataset.id).toBe(0);
        // The cells re-run after the pick: wait until they show the dataset picked, then check all of it.
        await expect
          .poll(() => page.locator('[data-report]').getAttribute('data-report'), { timeout: 10_000 })
          .toBe(dataset.id);
        expect(await page.locator('[data-report] strong').textContent()).toBe(dataset.title);
        await expect
          .poll(() => page.locator('table.wr-table tbody tr:not(.wr-table__empty)').count(), { timeout: 10_000 })
          .toBe(dataset.figures);
        await expect.poll(() => page.locator('.wr-text mark').count(), { timeout: 10_000 }).toBe(dataset.figures);
        // Every figure can be charted (figures sharing a label are told apart by their quotes): no message, marks drawn.
        if (dataset.figures > 0) {
          expect(state.charts[0]?.message, dataset.id).toBe('');
          expect(state.charts[0]?.marks, dataset.id).toBeGreaterThan(0);
        }
      }
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT * 2,
  );

  test(
    'compose and indicators: each dataset picked settles without a failed cell; indicators lists one row per indicator of its indicators.json',
    async () => {
      for (const name of ['compose', 'indicators'] as const) {
        const { page, problems } = await openNotebook(name);
        for (const dataset of [...PUBLISHED].reverse()) {
          await pick(page, '报告 Report', optionName(dataset));
          const state = await stateOf(page);
          expect(state.failed, `${name} ${dataset.id}: ${state.errors.join('; ')}`).toBe(0);
          if (name === 'indicators') {
            const rows = await page.locator('table.wr-table').first().locator('tbody tr:not(.wr-table__empty)').count();
            expect(rows, dataset.id).toBe(dataset.indicators);
          } else {
            // A dataset without indicators offers none to tick and says so.
            const choices = page.locator('.wr-input', { has: page.locator('legend', { hasText: '指标 Indicators' }) });
            expect(await choices.locator('[data-empty]').count(), dataset.id).toBe(dataset.indicators === 0 ? 1 : 0);
            if (dataset.indicators === 0)
              expect(await choices.locator('input[type="checkbox"]').count(), dataset.id).toBe(0);
            else expect(await choices.locator('input[type="checkbox"]').count(), dataset.id).toBeGreaterThan(0);
          }
        }
        expect(problems, name).toEqual({ console: [], failedRequests: [], offSite: [] });
        await closeNotebook(page);
      }
    },
    TIMEOUT * 3,
  );

  test(
    'extract: each dataset opened at the review desk lists its figures, passes its check, and downloads byte-identical files',
    async () => {
      const { page, problems } = await openNotebook('extract');
      await afterRun(page, () => page.getByLabel('已有数据集 An existing dataset').check());
      for (const dataset of PUBLISHED) {
        await pick(page, '数据集 Dataset', optionName(dataset));
        expect((await stateOf(page)).failed, dataset.id).toBe(0);
        // The review table is redrawn after the dataset's files load: wait for it rather than count it once.
        await expect
          .poll(() => page.locator('[data-review] table tbody tr:not(.wr-table__empty)').count(), {
            message: dataset.id,
            timeout: 10_000,
          })
          .toBe(dataset.figures);
        await expect
          .poll(() => page.locator('[data-gate]').getAttribute('data-gate'), { message: dataset.id, timeout: 10_000 })
          .toBe('0');
        for (const file of ['report.json', 'figures.json', 'charts.json', 'story.json']) {
          if (!existsSync(join(ROOT, 'datasets', dataset.id, file))) continue;
          const saved = await download(page, `下载 ${file}`);
          expect(saved.name).toBe(file);
          expect(saved.text, `${dataset.id}/${file}`).toBe(
            readFileSync(join(ROOT, 'datasets', dataset.id, file), 'utf8'),
          );
        }
        const source = await download(page, '下载 source.txt');
        expect(source.text).toBe(readFileSync(join(ROOT, 'datasets', dataset.id, 'source.txt'), 'utf8'));
      }
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT * 3,
  );
});

describe('compare notebook', () => {
  /** The rows the comparison table shows, and the count the summary states. */
  const shown = async (page: Page) => ({
    table: await page.locator('.wr-scroll table.wr-table tbody tr:not(.wr-table__empty)').count(),
    summary: Number(await page.locator('[data-summary]').getAttribute('data-rows')),
    byMatch: await page.$$eval('.wr-scroll table.wr-table [data-match]', (spans) =>
      spans.map((s) => (s as HTMLElement).dataset.match ?? ''),
    ),
  });
  const byMatchOf = (comparison: Comparison) => comparison.rows.map((r) => r.match);

  test(
    'lists every series found (or says there is none) and opens on the one with the most matched rows',
    async () => {
      const { page, problems } = await openNotebook('compare');
      const options = await page.getByLabel('对比哪些报告 Reports to compare').locator('option').allTextContents();
      expect(options).toEqual([...SERIES, null].map(seriesName));
      const selected = await page
        .getByLabel('对比哪些报告 Reports to compare')
        .evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent);
      expect(selected).toBe(seriesName(BEST_SERIES));
      expect(await page.locator('[data-no-series]').count()).toBe(SERIES.length === 0 ? 1 : 0);
      if (BY_DEFAULT.length >= 2)
        expect(await page.locator('[data-members]').getAttribute('data-members')).toBe(
          BY_DEFAULT.map((d) => d.id).join(' '),
        );
      else expect(await page.locator('[data-summary]').getAttribute('data-rows')).toBe('0');
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT,
  );

  test(
    'every series picked shows as many rows as compareDatasets gives it, each with how it matched; two reports by hand too',
    async () => {
      const { page, problems } = await openNotebook('compare');
      for (const series of SERIES) {
        await pick(page, '对比哪些报告 Reports to compare', seriesName(series));
        const comparison = compareDatasets(series.members);
        const state = await stateOf(page);
        expect(state.failed, `${series.key}: ${state.errors.join('; ')}`).toBe(0);
        expect(await page.locator('[data-members]').getAttribute('data-members')).toBe(
          series.members.map((d) => d.id).join(' '),
        );
        expect(await shown(page), series.key).toEqual({
          table: comparison.rows.length,
          summary: comparison.rows.length,
          byMatch: byMatchOf(comparison),
        });
        expect(
          state.charts.map((c) => c.name),
          series.key,
        ).toEqual(compareCharts(series.members));
        for (const chart of state.charts) expect(chart.marks, `${series.key} ${chart.name}`).toBeGreaterThan(0);
        const flagged = comparison.rows.flatMap((r) => r.changes).filter((c) => c.flag !== undefined).length;
        expect(await page.locator('[data-flag="GROWTH_MISMATCH"]').count(), series.key).toBe(flagged);
      }
      const [a, b] = [DATASETS.at(-1), DATASETS[0]];
      if (a !== undefined && b !== undefined && a !== b) {
        await pick(page, '对比哪些报告 Reports to compare', seriesName(null));
        await pick(page, '报告一 First report', optionName({ id: a.id, title: a.report.meta.title.zh }));
        await pick(page, '报告二 Second report', optionName({ id: b.id, title: b.report.meta.title.zh }));
        const comparison = compareDatasets([a, b]);
        expect((await stateOf(page)).failed).toBe(0);
        expect(await shown(page)).toEqual({
          table: comparison.rows.length,
          summary: comparison.rows.length,
          byMatch: byMatchOf(comparison),
        });
        expect(
          await page.locator('[data-note]').evaluateAll((notes) => notes.map((n) => (n as HTMLElement).dataset.note)),
        ).toEqual(comparison.notes.map((n) => n.code));
      }
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT * 3,
  );

  const JOIN = joinableLabels();
  test.skipIf(JOIN === null)(
    'a mapping joining two unmatched labels matches them in one row (mapping); a mapping that does not read is shown and left out',
    async () => {
      const { series, mapping, rows, mapped } = JOIN as NonNullable<typeof JOIN>;
      const { page, problems } = await openNotebook('compare');
      await pick(page, '对比哪些报告 Reports to compare', seriesName(series));
      const before = compareDatasets(series.members).rows.length;
      expect(rows).toBeLessThan(before);
      const box = page.getByLabel('对应表 Mapping (JSON)');
      await box.fill(JSON.stringify(mapping));
      await page.waitForFunction(
        (n) => document.querySelector('[data-summary]')?.getAttribute('data-rows') === String(n),
        rows,
      );
      await settled(page);
      const after = await shown(page);
      expect(after.table).toBe(rows);
      expect(after.byMatch.filter((m) => m === 'mapping')).toHaveLength(mapped);
      expect(after.byMatch).toEqual(byMatchOf(compareDatasets(series.members, { mapping })));
      expect(await page.locator('[data-mapping-groups] q').allTextContents()).toEqual(mapping.groups.flat());
      const saved = await download(page, '下载 JSON');
      expect((JSON.parse(saved.text) as Comparison).rows.filter((r) => r.match === 'mapping')).toHaveLength(mapped);

      await box.fill('{"groups": [');
      await page.waitForSelector('[data-mapping-problem]');
      await settled(page);
      expect(await page.locator('[data-mapping-problem]').textContent()).toContain('not JSON');
      expect((await shown(page)).table).toBe(before);
      await box.fill('{"groups": [["地区生产总值"]]}');
      await page.waitForFunction(
        () => document.querySelector('[data-mapping-problem]')?.textContent?.includes('groups.0') === true,
      );
      expect((await stateOf(page)).failed).toBe(0);
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT * 2,
  );

  test(
    'downloads the comparison shown as CSV (the columns of workreport compare, a line per value) and JSON',
    async () => {
      const { page, problems } = await openNotebook('compare');
      const comparison = compareDatasets(BY_DEFAULT);
      if (BY_DEFAULT.length < 2) {
        expect(await page.getByRole('button', { name: '下载 CSV' }).count()).toBe(0);
      } else {
        const csv = await download(page, '下载 CSV');
        expect(csv.name).toBe(`compare-${comparison.datasets.join('_')}.csv`);
        expect(csv.text.startsWith('\uFEFF')).toBe(true);
        const parsed = csvParse(csv.text.slice(1));
        expect(parsed.columns).toEqual([...COMPARISON_COLUMNS]);
        expect(parsed.map((line) => `${line.dataset}/${line.key}`)).toEqual(
          comparison.rows.flatMap((r) => r.values.map((v) => `${v.dataset}/${r.key}`)),
        );
        const json = JSON.parse((await download(page, '下载 JSON')).text) as Comparison;
        expect(json).toEqual(JSON.parse(JSON.stringify(comparison)));
      }
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT,
  );

  test(
    'hostile labels in the mapping render as text: no element is made from them and no script runs',
    async () => {
      const { page, problems } = await openNotebook('compare');
      const dialogs: string[] = [];
      recordDialogs(page, dialogs);
      await page.evaluate(() => {
        (window as unknown as { pwned: number }).pwned = 0;
      });
      const evil = [
        '<img src=x onerror="window.pwned++;alert(1)">',
        '<script>window.pwned++</script>',
        '<b>地区生产总值</b>',
      ];
      await page.getByLabel('对应表 Mapping (JSON)').fill(JSON.stringify({ groups: [evil] }));
      await page.waitForSelector('[data-mapping-groups="1"]');
      await settled(page);
      expect(await page.locator('[data-mapping-groups] q').allTextContents()).toEqual(evil);
      const made = await page.evaluate(() => ({
        images: document.querySelectorAll('main img').length,
        scripts: document.querySelectorAll('main script, main b').length,
      }));
      expect(made).toEqual({ images: 0, scripts: 0 });
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
      expect((await stateOf(page)).failed).toBe(0);
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT,
  );
});

describe('review desk (extract)', () => {
  const TEXT = '截至目前，共征地430亩，迁坟100冢，用时三个月完成。';

  /** The id of the figure whose quote is `quote`, from its row at the desk. */
  async function idOf(page: Page, quote: string): Promise<string> {
    const id = await page
      .locator('[data-review] table a[data-figure]', { hasText: quote })
      .first()
      .getAttribute('data-figure');
    if (id === null) throw new Error(`no figure 「${quote}」 at the desk`);
    return id;
  }

  /** Select `[start, end)` of the report text shown at the desk, as a reader dragging over it would. */
  async function selectInText(page: Page, start: number, end: number): Promise<void> {
    await page.evaluate(
      ([from, to]) => {
        const root = document.querySelector('.wr-review__text .wr-text');
        if (root === null) throw new Error('no text at the desk');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let at = 0;
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (from >= at && from <= at + length) range.setStart(node, from - at);
          if (to >= at && to <= at + length) {
            range.setEnd(node, to - at);
            break;
          }
          at += length;
        }
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      },
      [start, end] as const,
    );
    await page.waitForFunction(
      (quote) => document.querySelector('[data-selection]')?.textContent?.includes(quote) === true,
      TEXT.slice(start, end),
    );
  }

  test(
    'edit a value and a label, drop a figure, add one by selecting it, then download files that parseDataset accepts',
    async () => {
      const { page, problems } = await openNotebook('extract');
      // Each field's run is waited for, as `pick` does: `settled` alone could return before a late run of the id or
      // year field started, and the desk was then not valid by the time of the download (about one full run in six).
      await afterRun(page, () => page.getByLabel('报告全文 Report text').fill(TEXT));
      await afterRun(page, () => page.getByLabel('编号 Dataset id').fill('desk-test'));
      await afterRun(page, () => page.getByLabel(/回顾的年份 Year reviewed/).fill('2019'));
      await page.waitForFunction(() => document.querySelectorAll('.wr-review__text mark').length === 2);
      const land = await idOf(page, '430亩');
      const graves = await idOf(page, '100冢');

      await page.locator(`input[data-field="value"][data-figure="${land}"]`).fill('431');
      await page.locator(`input[data-field="label-zh"][data-figure="${land}"]`).fill('征地面积');
      await page.locator(`input[data-field="label-en"][data-figure="${land}"]`).fill('Land acquired');
      await page.locator(`input[data-field="reviewed"][data-figure="${land}"]`).check();
      await page.locator(`button[data-field="drop"][data-figure="${graves}"]`).click();
      const start = TEXT.indexOf('三个');
      await selectInText(page, start, start + 2);
      await afterRun(page, () => page.getByRole('button', { name: '添加选中的数字 Add the selected figure' }).click());
      await page.waitForSelector('.wr-review__text mark.is-added');
      // Nothing blocks the download: a desk that is not valid says why in place of the downloads and the gate.
      await page.locator('details[data-gate], [data-invalid]').first().waitFor();
      expect(await page.locator('[data-invalid]').allTextContents()).toEqual([]);
      expect(await page.locator('.wr-review__text mark.is-edited').textContent()).toBe('430亩');
      expect(await page.locator('.wr-review__text mark.is-dropped').textContent()).toBe('100冢');
      expect(await page.locator('[data-review-summary]').textContent()).toContain(
        '2 个数字 figures：已核对 reviewed 1，改过 edited 1，新增 added 1，删去 dropped 1',
      );
      // An edited value no longer matches its quote: it downloads, and the gate says what check will report.
      expect(await page.locator('details[data-gate]').textContent()).toContain(
        'PROVENANCE_VALUE_MISMATCH: datasets/desk-test/figures.json',
      );

      const files = new Map<string, string>();
      for (const file of ['report.json', 'figures.json', 'charts.json', 'story.json', 'source.txt'])
        files.set(file, (await download(page, `下载 ${file}`)).text);
      expect(files.get('source.txt')).toBe(TEXT);
      // The files workreport init writes for this text; the desk changed figures.json only.
      const init = draftDataset(TEXT, { id: 'desk-test', year: 2019 });
      for (const role of ['report', 'charts', 'story'] as const)
        expect(files.get(`${role}.json`), role).toBe(`${JSON.stringify(init.files[role], null, 2)}\n`);
      const figuresText = files.get('figures.json') ?? '';
      expect(figuresText).toBe(`${JSON.stringify(JSON.parse(figuresText), null, 2)}\n`);
      const parsed = parseDataset(
        'desk-test',
        {
          source: files.get('source.txt') ?? '',
          json: Object.fromEntries(
            ['report', 'figures', 'charts', 'story'].map((role) => [
              role,
              JSON.parse(files.get(`${role}.json`) ?? 'null') as unknown,
            ]),
          ),
        },
        'datasets/desk-test',
      );
      const byQuote = new Map(parsed.report.figures.map((f) => [f.provenance.quote, f]));
      expect([...byQuote.keys()]).toEqual(['430亩', '三个']);
      expect(byQuote.get('430亩')).toMatchObject({
        id: land,
        label: { zh: '征地面积', en: 'Land acquired' },
        quantity: { value: 431, unit: 'mu' },
        review: 'reviewed',
      });
      expect(byQuote.get('三个')).toMatchObject({
        quantity: { value: 3, unit: 'count', qualifier: 'exact' },
        provenance: { offset: start },
        period: { kind: 'year', year: 2019 },
        review: 'draft',
      });
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT,
  );

  test(
    'a selection that is no quantity, or overlaps a kept figure, is refused with a message; a field that does not read blocks the download',
    async () => {
      const { page, problems } = await openNotebook('extract');
      await page.getByLabel('报告全文 Report text').fill(TEXT);
      await page.waitForFunction(() => document.querySelectorAll('.wr-review__text mark').length === 2);
      await settled(page);
      const add = page.getByRole('button', { name: '添加选中的数字 Add the selected figure' });
      await selectInText(page, TEXT.indexOf('截至'), TEXT.indexOf('截至') + 4);
      await add.click();
      await expect
        .poll(() => page.locator('.wr-review .wr-message').textContent())
        .toContain('does not read as a quantity');
      await selectInText(page, TEXT.indexOf('征地'), TEXT.indexOf('430亩') + 3);
      await add.click();
      await expect
        .poll(() => page.locator('.wr-review .wr-message').textContent())
        .toContain('overlaps the figure 「430亩」');
      expect(await page.locator('.wr-review__text mark').count()).toBe(2);
      await page
        .locator('select[data-field="period-kind"][data-figure="' + (await idOf(page, '430亩')) + '"]')
        .selectOption('year');
      await page
        .locator('input[data-field="period-dates"][data-figure="' + (await idOf(page, '430亩')) + '"]')
        .fill('19');
      await page.waitForSelector('[data-invalid]');
      expect(await page.locator('[data-invalid]').textContent()).toContain('write a year such as 2019');
      expect(await page.getByRole('button', { name: '下载 figures.json' }).count()).toBe(0);
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT,
  );

  test(
    'hostile texts in a draft (title, heading, labels, source) render as text: no element is made from them and no script runs',
    async () => {
      const { page, problems } = await openNotebook('extract');
      const dialogs: string[] = [];
      recordDialogs(page, dialogs);
      await page.evaluate(() => {
        (window as unknown as { pwned: number }).pwned = 0;
      });
      const evil = (n: number) => `<img src=x onerror="window.pwned++;alert(${n})">`;
      const source = `${evil(1)}\n共征地430亩。<script>window.pwned++</script>`;
      const offset = source.indexOf('430亩');
      const report = {
        id: 'hostile-2019',
        title: { zh: evil(2), en: '<b>bold</b>' },
        year: 2019,
        place: { town: evil(3) },
        language: 'zh-CN',
        sections: [
          { id: 'all', heading: evil(4), label: { zh: evil(5) }, start: 0, end: source.length, part: 'review' },
        ],
      };
      const figures = {
        figures: [
          {
            id: 'land',
            section: 'all',
            label: { zh: evil(6), en: '<script>window.pwned++</script>' },
            quantity: { value: 430, unit: 'mu', qualifier: 'exact' },
            period: { kind: 'year', year: 2019 },
            provenance: { quote: '430亩', offset },
          },
        ],
      };
      await afterRun(page, () => page.getByLabel('草稿文件 Files of a draft').check());
      await page.getByLabel(/数据集文件 Files of datasets/).setInputFiles([
        { name: 'source.txt', mimeType: 'text/plain', buffer: Buffer.from(source) },
        { name: 'report.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) },
        { name: 'figures.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(figures)) },
      ]);
      await page.waitForSelector('[data-draft="hostile-2019"]');
      await settled(page);
      expect(await page.locator('[data-draft] strong').textContent()).toBe(evil(2));
      expect(await page.locator('input[data-field="label-zh"][data-figure="land"]').inputValue()).toBe(evil(6));
      expect(await page.locator('.wr-review__text .wr-text').textContent()).toBe(source);
      expect(await page.locator('.wr-review__text mark').textContent()).toBe('430亩');
      const made = await page.evaluate(() => ({
        images: document.querySelectorAll('main img').length,
        scripts: document.querySelectorAll('main script, main b').length,
      }));
      expect(made).toEqual({ images: 0, scripts: 0 });
      const saved = await download(page, '下载 figures.json');
      expect((JSON.parse(saved.text) as typeof figures).figures[0]?.label.zh).toBe(evil(6));
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
      expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
      await closeNotebook(page);
    },
    TIMEOUT,
  );
});
