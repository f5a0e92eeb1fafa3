import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { csvFormat } from 'd3-dsv';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { yangshahu2019 } from '../datasets.ts';
import { FIGURE_COLUMNS, figureRow } from '../../src/index.ts';
import { NOTEBOOKS } from '../../notebooks/notebooks.ts';

/**
 * The notebooks of the built site (dist/, made by `vite build` before vitest in `npm test`), served
 * by Vite's preview server on a free port and opened in Debian's Chromium. A notebook has settled
 * when notebooks/runtime.ts reports no pending cell on <html data-cells-pending>.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The machine has 2 cores; Chromium start and chart rendering can be slow. */
const TIMEOUT = 30_000;
const SCREENSHOTS = '/tmp/notebooks';

let server: PreviewServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  for (const name of NOTEBOOKS) {
    if (!existsSync(new URL(`../../dist/notebooks/${name}/index.html`, import.meta.url))) {
      throw new Error(`dist/ has no notebook "${name}": run \`vite build\` before the e2e tests (npm test does)`);
    }
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await preview({ root: ROOT, logLevel: 'error', preview: { port: 0, strictPort: true, host: '127.0.0.1' } });
  const { port } = server.httpServer.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What went wrong while a notebook was open. */
interface Problems {
  /** Console errors and warnings, and uncaught page errors. */
  console: string[];
  /** Requests that failed or answered 400 or more. */
  failedRequests: string[];
  /** Requests to anywhere but the preview server (a CDN): aborted, and listed here. */
  offSite: string[];
}

interface Opened {
  page: Page;
  problems: Problems;
}

/** Open `/notebooks/<name>/`, flagging every request that leaves the preview server, and wait until all cells settle. */
async function openNotebook(name: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: Problems = { console: [], failedRequests: [], offSite: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.console.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin)) problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    problems.offSite.push(url);
    return route.abort('blockedbyclient');
  });
  await page.goto(`${origin}/notebooks/${name}/`, { waitUntil: 'load' });
  await settled(page);
  return { page, problems };
}

/** Wait until no cell of the notebook is computing or waiting for an input. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.cellsPending === '0', null, { timeout: TIMEOUT });
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

/** The charts every notebook draws on load, by the `data-chart` name of their container. */
const CHARTS: Record<(typeof NOTEBOOKS)[number], string[]> = {
  figures: ['figures'],
  compose: ['compose'],
  indicators: ['edit'],
  compare: ['compare'],
  extract: [],
};

describe('site index', () => {
  test('links every notebook', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const links = await page.$$eval('a[href^="/notebooks/"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(NOTEBOOKS.map((name) => `/notebooks/${name}/`));
    await page.close();
  }, TIMEOUT);
});

describe.each(NOTEBOOKS)('notebook %s', (name) => {
  test('loads offline: every cell settles without error, no request fails or leaves the site, its charts are drawn', async () => {
    const { page, problems } = await openNotebook(name);
    const state = await stateOf(page);
    expect(state.cells).toBeGreaterThan(0);
    expect(state.failed).toBe(0);
    expect(state.errors).toEqual([]);
    expect(state.charts.map((c) => c.name)).toEqual(CHARTS[name]);
    for (const chart of state.charts) {
      expect(chart.message, `chart ${chart.name}`).toBe('');
      expect(chart.marks, `marks of chart ${chart.name}`).toBeGreaterThan(0);
    }
    expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true, animations: 'disabled' });
    await page.close();
  }, TIMEOUT);

  test('fits a 375 px phone: inputs, tables and code stay inside the column', async () => {
    const { page } = await openNotebook(name);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForFunction(() => document.documentElement.clientWidth === 375, null, { timeout: TIMEOUT });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  }, TIMEOUT);
});

describe('interactions', () => {
  test('figures: a search for 亩 keeps only the figures that mention it, in the table and the chart', async () => {
    const { page, problems } = await openNotebook('figures');
    const rows = () => page.locator('table.wr-table tbody tr:not(.wr-table__empty)').count();
    expect(await rows()).toBe(yangshahu2019.figures.length);
    const matching = yangshahu2019.figures.filter((f) => [f.id, f.label.zh, f.label.en, f.provenance.quote, f.note ?? ''].some((t) => t.includes('亩')));
    await page.getByLabel('搜索 Search').fill('亩');
    await page.waitForFunction((n) => document.querySelectorAll('table.wr-table tbody tr').length === n, matching.length);
    await settled(page);
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(yangshahu2019.figures.length);
    // One panel per unit (and counted thing), at most four: here every matching figure fits.
    const axes = new Set(matching.map((f) => `${f.quantity.unit} ${f.quantity.counted ?? ''}`));
    expect(axes.size).toBeLessThanOrEqual(4);
    expect(await page.locator('[data-chart="figures"] svg g.mark-rect.role-mark > path').count()).toBe(matching.length);
    expect((await stateOf(page)).charts[0]?.titles).toContain(`筛选出的${matching.length}个数字`);
    expect(await page.locator('.wr-text mark.is-current').count()).toBe(matching.length);
    const link = await page.locator('table.wr-table tbody a').first().getAttribute('href');
    expect(link).toBe(`/source/${yangshahu2019.meta.id}/#${matching[0]?.id}`);
    const sourcePage = await page.request.get(origin + (link ?? ''));
    expect(sourcePage.status()).toBe(200);
    expect(await sourcePage.text()).toContain(`id="${matching[0]?.id}"`);
    expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
    await page.close();
  }, TIMEOUT);

  test('compose: switching the chart kind from bar to dot plot changes the spec and the chart, and the SVG and PNG downloads are that chart', async () => {
    const { page, problems } = await openNotebook('compose');
    const spec = async () => JSON.parse((await page.locator('pre[data-vega-lite]').textContent()) ?? 'null') as { description: string };
    const before = await spec();
    expect(before.description).toMatch(/^条形图/);
    await page.getByLabel('点图 Dot plot').check();
    await page.waitForFunction((description) => !document.querySelector('pre[data-vega-lite]')?.textContent?.includes(description), before.description);
    await settled(page);
    const after = await spec();
    expect(after.description).toMatch(/^点图/);
    expect((await stateOf(page)).charts[0]?.marks).toBeGreaterThan(0);
    expect(await page.locator('textarea.wr-code').inputValue()).toContain(after.description);
    const saved = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
    };
    const svg = await saved('下载 SVG');
    expect(svg.name).toBe('yangshahu-2019-notebook-dot-plot.svg');
    expect(svg.bytes.toString('utf8')).toMatch(/^<svg[\s\S]*优质稻/);
    const png = await saved('下载 PNG');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
    await page.close();
  }, TIMEOUT);

  test('indicators: 900 households lifted out of 812 registered raises a finding and changes the indicators', async () => {
    const { page, problems } = await openNotebook('indicators');
    await page.getByLabel(/新数值 New value/).fill('900');
    await page.waitForSelector('[data-findings="appeared"] li', { timeout: TIMEOUT });
    await settled(page);
    const appeared = await page.$$eval('[data-findings="appeared"] li', (items) => items.map((li) => li.textContent ?? ''));
    expect(appeared.some((text) => text.includes('COUNT_EXCEEDS_TOTAL') && text.includes('lifted-within-registered-households'))).toBe(true);
    expect(await page.locator('[data-edit-summary] table tbody tr:not(.wr-table__empty)').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-chart="edit"] svg').textContent()).toContain('900');
    expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
    await page.close();
  }, TIMEOUT);

  test('compare: loading the Yangshahu figures CSV itself as the second report gives a change of zero for every figure', async () => {
    const { page, problems } = await openNotebook('compare');
    const csv = `\uFEFF${csvFormat(yangshahu2019.figures.map(figureRow), [...FIGURE_COLUMNS])}\n`;
    await page.getByLabel(/Figures CSV of another report/).setInputFiles({ name: 'yangshahu-2019.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForFunction(() => document.querySelector('[data-summary]')?.textContent?.includes('yangshahu-2019.csv') === true);
    await settled(page);
    const summary = await page.locator('[data-summary]').textContent();
    expect(summary).toContain(`${yangshahu2019.figures.length} 变化`);
    const changes = await page.$$eval('table.wr-table', (tables) => [...(tables[0]?.querySelectorAll('tbody tr td:nth-child(4)') ?? [])].map((td) => td.textContent ?? ''));
    expect(changes).toHaveLength(yangshahu2019.figures.length);
    expect(changes.every((text) => text.includes('±0'))).toBe(true);
    expect((await stateOf(page)).charts[0]?.marks).toBeGreaterThan(0);
    expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
    await page.close();
  }, TIMEOUT);

  test('extract: pasted text is read anew, and a fixed value goes into the exported figures.json', async () => {
    const { page, problems } = await openNotebook('extract');
    await page.getByLabel('报告全文 Report text').fill('截至目前，共征地430亩，迁坟100冢。');
    await page.waitForFunction(() => document.querySelectorAll('.wr-text mark').length === 2);
    await settled(page);
    const exported = async () => JSON.parse((await page.locator('pre[data-export]').textContent()) ?? 'null') as { quote: string; value: number }[];
    expect((await exported()).map((f) => [f.quote, f.value])).toEqual([['430亩', 430], ['100冢', 100]]);
    await page.getByLabel('430亩 的数值 value').fill('431');
    await page.waitForSelector('.wr-text mark.is-edited');
    await settled(page);
    expect((await exported()).map((f) => f.value)).toEqual([431, 100]);
    expect(problems).toEqual({ console: [], failedRequests: [], offSite: [] });
    await page.close();
  }, TIMEOUT);
});
