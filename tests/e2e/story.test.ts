import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { YANGSHAHU_CHARTS } from '../../datasets/yangshahu-2019/charts.ts';
import { yangshahu2019 } from '../../datasets/yangshahu-2019/report.ts';

/**
 * The built site (dist/, made by `vite build` before vitest in `npm test`) served by Vite's
 * preview server on a free port, driven in Debian's Chromium.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STORY = '/stories/yangshahu-2019/';
const SOURCE = readFileSync(new URL('../../datasets/yangshahu-2019/source.txt', import.meta.url), 'utf8');
/** The machine has 2 cores; Chromium start and chart rendering can be slow. */
const TIMEOUT = 30_000;
const SCREENSHOT = '/tmp/story.png';

let server: PreviewServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  if (!existsSync(new URL('../../dist/stories/yangshahu-2019/index.html', import.meta.url))) {
    throw new Error('dist/ has no story page: run `vite build` before the e2e tests (npm test does)');
  }
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

/** What went wrong while a page was open: console errors and warnings, page errors, failed requests. */
interface Problems {
  console: string[];
  failedRequests: string[];
}

async function openPage(path: string, viewport: { width: number; height: number }): Promise<{ page: Page; problems: Problems }> {
  const page = await browser.newPage({ viewport });
  const problems: Problems = { console: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.console.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.goto(origin + path, { waitUntil: 'load' });
  return { page, problems };
}

/** The story's steps as the page declares them. */
async function stepsOf(page: Page): Promise<{ chartId: string; text: string }[]> {
  return page.$$eval('[data-step]', (steps) =>
    steps.map((step) => ({ chartId: (step as HTMLElement).dataset.chartId ?? '', text: step.textContent ?? '' })),
  );
}

describe('site index', () => {
  test('links the Yangshahu 2019 story', async () => {
    const { page, problems } = await openPage('/', { width: 1280, height: 800 });
    await page.click(`a[href="${STORY}"]`);
    await page.waitForURL(origin + STORY);
    expect(await page.title()).toContain('洋沙湖镇');
    expect(problems).toEqual({ console: [], failedRequests: [] });
    await page.close();
  }, TIMEOUT);
});

describe('Yangshahu 2019 story', () => {
  test('every step, scrolled into view in order, is the one active step and shows its chart', async () => {
    const { page, problems } = await openPage(STORY, { width: 1280, height: 800 });
    const steps = await stepsOf(page);
    expect(steps.length).toBeGreaterThanOrEqual(7);
    const middle = Math.floor(steps.length / 2);

    for (const [index, step] of steps.entries()) {
      const element = page.locator('[data-step]').nth(index);
      await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForFunction(
        ({ index, chartId }) =>
          document.querySelectorAll('[data-step]')[index]?.classList.contains('is-active') === true &&
          document.querySelector<HTMLElement>('[data-chart]')?.dataset.renderedChart === chartId,
        { index, chartId: step.chartId },
        { timeout: TIMEOUT },
      );
      const state = await page.evaluate(() => {
        const active = [...document.querySelectorAll('[data-step].is-active')];
        const current = [...document.querySelectorAll('[data-step][aria-current="step"]')];
        const svg = document.querySelector('[data-chart] svg');
        return {
          active: active.length,
          current: current.length,
          marks: svg?.querySelectorAll('g[class*="mark-"] > path, g[class*="mark-"] > text').length ?? 0,
          hasSvg: svg !== null,
        };
      });
      expect(state, `step ${index} (${step.chartId})`).toMatchObject({ active: 1, current: 1, hasSvg: true });
      expect(state.marks, `marks of ${step.chartId}`).toBeGreaterThan(0);
      if (index === middle) await page.screenshot({ path: SCREENSHOT, animations: 'disabled' });
    }

    expect(problems).toEqual({ console: [], failedRequests: [] });
    await page.close();
  }, 4 * TIMEOUT);

  test('steps cover every section of the 2019 summary and name registered charts', async () => {
    const { page } = await openPage(STORY, { width: 1280, height: 800 });
    const sectionOf = new Map(YANGSHAHU_CHARTS.map((c) => [`${yangshahu2019.meta.id}/${c.slug}`, c.section]));
    const steps = await stepsOf(page);
    for (const step of steps) expect(sectionOf.has(step.chartId), `chart ${step.chartId} is registered`).toBe(true);
    const covered = new Set(steps.map((s) => sectionOf.get(s.chartId)));
    const summary = yangshahu2019.sections.filter((s) => s.part === 'summary').map((s) => s.id);
    expect(summary.filter((id) => !covered.has(id))).toEqual([]);
    await page.close();
  }, TIMEOUT);

  test('numbers in the prose are the report’s figures, and quotes are verbatim', async () => {
    const { page } = await openPage(STORY, { width: 1280, height: 800 });
    const cited = await page.$$eval('data[data-figure], data[data-ratio], data[data-sum], data[data-figure-count]', (elements) =>
      elements.map((e) => ({
        figure: (e as HTMLElement).dataset.figure,
        ratio: (e as HTMLElement).dataset.ratio,
        sum: (e as HTMLElement).dataset.sum,
        value: Number((e as HTMLDataElement).value),
        text: e.textContent ?? '',
      })),
    );
    const valueOf = (id: string): number => {
      const figure = yangshahu2019.figures.find((f) => f.id === id);
      if (figure === undefined) throw new Error(`the story cites figure "${id}", which the report does not have`);
      return figure.quantity.value;
    };
    expect(cited.length).toBeGreaterThan(30);
    for (const { figure, ratio, sum, value, text } of cited) {
      if (figure !== undefined) expect(value, `${figure} (${text})`).toBe(valueOf(figure));
      else if (ratio !== undefined) {
        const [part = '', whole = ''] = ratio.split('/');
        expect(value, `${ratio} (${text})`).toBe(Math.round((1000 * valueOf(part)) / valueOf(whole)) / 10);
      } else if (sum !== undefined) {
        expect(value, `${sum} (${text})`).toBe(sum.split('+').reduce((total, id) => total + valueOf(id), 0));
      } else expect(value, 'figure count').toBe(yangshahu2019.figures.length);
    }

    const quotes = await page.$$eval('q, blockquote', (elements) =>
      elements.map((e) => ({ text: e.textContent ?? '', cite: e.getAttribute('cite') })),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(SOURCE.includes(quote.text), `quote 「${quote.text}」 is in source.txt`).toBe(true);
      expect(quote.cite).toBe(yangshahu2019.meta.url);
    }
    await page.close();
  }, TIMEOUT);

  test('names the report’s title, publisher and address in “sources and method”', async () => {
    const { page } = await openPage(STORY, { width: 1280, height: 800 });
    const sources = await page.locator('.sources').innerText();
    const { title, publisher, url } = yangshahu2019.meta;
    expect(sources).toContain(title.zh);
    expect(sources).toContain(publisher.zh);
    expect(await page.locator(`.sources a[href="${url}"]`).count()).toBe(1);
    await page.close();
  }, TIMEOUT);

  test('does not scroll sideways on a 375 px phone', async () => {
    const { page, problems } = await openPage(STORY, { width: 375, height: 740 });
    const steps = await stepsOf(page);
    for (const [index, step] of steps.entries()) {
      await page.locator('[data-step]').nth(index).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForFunction(
        (chartId) => document.querySelector<HTMLElement>('[data-chart]')?.dataset.renderedChart === chartId,
        step.chartId,
        { timeout: TIMEOUT },
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `width at step ${index}`).toBeLessThanOrEqual(375);
    }
    expect(problems).toEqual({ console: [], failedRequests: [] });
    await page.close();
  }, 4 * TIMEOUT);
});
