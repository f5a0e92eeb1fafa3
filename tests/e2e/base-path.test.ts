import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, STRICT_CSP, type StaticServer } from '../../src/site/static-server.ts';
import { sharedChromium, TIMEOUT } from '../site/browser.ts';
import { BASE, BUILD_TIMEOUT, fixtureSite } from './fixture-site.ts';

/**
 * A site published under a sub-path: the browser tests' own site (tests/e2e/fixture-site.ts),
 * built with `vite build --base /reports/` from two charts of Yangshahu 2019 (one step added to its story that
 * shares the farmland chart of the step before it and cites one of its five figures) and the two
 * hostile datasets, served there under the strict CSP. A crawl from `/reports/` follows every link,
 * script, stylesheet, chart spec and download of every page: each stays under the base and answers
 * 200. In Chromium, the story's and an embed page's charts become interactive (their spec fetches
 * are under the base), and the chart brings the cited bar forward with a transition, and back
 * when the reader returns.
 */

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = await fixtureSite();
  server = await serveStatic(join(dir, 'site'), { headers: { 'Content-Security-Policy': STRICT_CSP } });
  browser = await sharedChromium();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await server?.close();
});

/** The URLs a page refers to: links, scripts, stylesheets, images and source views. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|data-source-view)="([^"]*)"/g)].map((match) =>
    (match[1] ?? '').replace(/&amp;/g, '&'),
  );
}

describe(`a site built with --base ${BASE}`, () => {
  test(
    'every page, link, script, stylesheet and download stays under the base and answers 200',
    async () => {
      const pages = new Set<string>();
      const checked = new Map<string, number>();
      const outside: string[] = [];
      const queue = [BASE];
      while (queue.length > 0) {
        const path = queue.shift() as string;
        if (pages.has(path)) continue;
        pages.add(path);
        const response = await fetch(server.origin + path);
        checked.set(path, response.status);
        if (!response.ok || !(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
        const html = await response.text();
        // Embed code boxes hold the snippets as text: their URLs are under the base too.
        for (const [, snippet = ''] of html.matchAll(/<textarea class="embed__code"[^>]*>([^<]*)<\/textarea>/g)) {
          for (const [, url = ''] of snippet.matchAll(/(?:src|href)=&quot;([^&?]*)[^&]*&quot;/g)) {
            if (!url.startsWith(BASE)) outside.push(`${path} snippet: ${url}`);
            else if (url.endsWith('/')) queue.push(url);
            else if (!checked.has(url)) checked.set(url, (await fetch(server.origin + url)).status);
          }
        }
        for (const reference of references(html)) {
          if (reference.startsWith('#') || reference.startsWith('data:')) continue;
          const url = new URL(reference, server.origin + path);
          if (url.origin !== server.origin) continue;
          if (!url.pathname.startsWith(BASE)) {
            outside.push(`${path}: ${reference}`);
            continue;
          }
          const target = url.pathname + url.search;
          if (target.endsWith('/') || target.includes('/?')) queue.push(url.pathname);
          else if (!checked.has(url.pathname))
            checked.set(url.pathname, (await fetch(server.origin + url.pathname)).status);
        }
      }
      expect(outside).toEqual([]);
      expect([...checked].filter(([, status]) => status !== 200)).toEqual([]);
      // The index, gallery, story (zh, en), source view, 10 charts' embed pages and reader views (zh, en), 5 notebooks.
      expect(pages.size).toBeGreaterThanOrEqual(1 + 1 + 2 + 1 + 10 * 4 + 5);
      expect(checked.size).toBeGreaterThan(pages.size);
    },
    4 * TIMEOUT,
  );

  test(
    'the story’s charts and an embed page’s chart become interactive, with no failed request or CSP violation',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${response.url()}: HTTP ${response.status()}`);
      });
      await page.goto(`${server.origin}${BASE}stories/yangshahu-2019/`, { waitUntil: 'load' });
      await page.waitForSelector('[data-chart][data-interactive-chart]', { state: 'attached', timeout: TIMEOUT });
      for (const path of [
        'embed/yangshahu-2019/farmland-by-crop/',
        'embed/yangshahu-2019/farmland-by-crop/en/reader/?theme=dark',
      ]) {
        await page.goto(`${server.origin}${BASE}${path}`, { waitUntil: 'load' });
        await page.waitForSelector('html[data-interactive]', { state: 'attached', timeout: TIMEOUT });
      }
      expect(problems).toEqual([]);
      await context.close();
    },
    2 * TIMEOUT,
  );

  test(
    'the notebooks link the source view and the site inside the base',
    async () => {
      // Notebook Kit's pages set inline styles, so they are served without the embeds' strict policy (as tests/e2e/notebooks.test.ts does).
      const plain = await serveStatic(join(dir, 'site'));
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${plain.origin}${BASE}notebooks/figures/`, { waitUntil: 'load' });
      await page.waitForSelector('html[data-cells-pending="0"]', { state: 'attached', timeout: 2 * TIMEOUT });
      expect(await page.getAttribute('html', 'data-cells-failed')).toBe('0');
      const links = await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      const quotes = links.filter((href) => href.includes('/source/'));
      // One link per figure of the dataset the notebook opens on, the first by id (hostile-2023).
      const figures = JSON.parse(readFileSync(join(dir, 'datasets/hostile-2023/figures.json'), 'utf8')) as {
        figures: unknown[];
      };
      expect(quotes).toHaveLength(figures.figures.length);
      expect(quotes.filter((href) => !href.startsWith(`${plain.origin}${BASE}source/hostile-2023/#`))).toEqual([]);
      expect(links).toContain(`${plain.origin}${BASE}`);
      await context.close();
      await plain.close();
    },
    3 * TIMEOUT,
  );

  test(
    'two steps sharing a chart: the second brings its cited bars forward (by the text of the page’s language) with a 0.4 s transition, the first shows all again',
    async () => {
      for (const reducedMotion of ['no-preference', 'reduce'] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion });
        const page = await context.newPage();
        await page.goto(`${server.origin}${BASE}stories/yangshahu-2019/`, { waitUntil: 'load' });
        const at = async (stepId: string) => {
          await page.locator(`#${stepId}`).evaluate((step) => step.scrollIntoView({ block: 'center' }));
          await page.waitForFunction(
            (id) =>
              document.getElementById(id)?.classList.contains('is-active') &&
              document.querySelector<HTMLElement>('[data-chart]')?.dataset.interactiveChart ===
                'yangshahu-2019/farmland-by-crop',
            stepId,
            { timeout: TIMEOUT },
          );
          return page.evaluate(() => {
            const live = [
              ...document.querySelectorAll('[data-chart-layer].is-shown .chart[data-interactive] .chart__variant'),
            ].find((v) => v.getClientRects().length > 0);
            const bars = [...(live?.querySelectorAll('.mark-rect.role-mark > path') ?? [])];
            return {
              bars: bars.length,
              dimmed: bars.filter((bar) => bar.classList.contains('is-dimmed')).length,
              opacity: bars.map((bar) => getComputedStyle(bar).opacity),
              transition: getComputedStyle(bars[0] as Element).transitionDuration,
            };
          });
        };
        const all = await at('farmland-by-crop');
        expect(all).toMatchObject({ bars: 5, dimmed: 0 });
        await page.waitForTimeout(500);
        const one = await at('quality-rice');
        expect(one.dimmed, 'four of the five bars fade back').toBe(4);
        expect(one.transition).toBe(reducedMotion === 'reduce' ? '0s' : '0.4s');
        await page.waitForTimeout(500);
        expect((await at('quality-rice')).opacity.filter((o) => o === '0.3')).toHaveLength(4);
        expect((await at('farmland-by-crop')).dimmed).toBe(0);
        // The English page dims by the English text, which cites two of the five.
        await page.goto(`${server.origin}${BASE}stories/yangshahu-2019/en/`, { waitUntil: 'load' });
        await at('farmland-by-crop');
        expect((await at('quality-rice')).dimmed, 'three of the five bars fade back').toBe(3);
        await context.close();
      }
    },
    3 * TIMEOUT,
  );
});
