import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { embedPath, readerPath } from '../../src/site/routes.ts';
import { serveStatic, type StaticServer } from '../../src/site/static-server.ts';
import { closePage, NO_PROBLEMS, openPage, TIMEOUT, useSite } from '../site/browser.ts';

/**
 * Who chooses an embed's colours and how much of the page it shows, in Chromium under the strict
 * CSP: the host page (`?theme=` of the iframe, `theme` of `<workreport-chart>`), light by default
 * inside a host page whatever the reader's setting; the site's own pages follow the reader's
 * setting, charts included. The reader view (`…/reader/`, and the full page inside a frame) shows
 * the chart, its texts and a data link only, with JavaScript or without.
 */

const CHART = 'yangshahu-2019/farmland-by-crop';
const FULL = embedPath(CHART, 'zh');
const READER = readerPath(CHART, 'zh');
const site = useSite(`embed/${CHART}/reader/index.html`);

/** The page background, the theme group of the chart shown, and the theme of the variant shown in an interactive block, in `target`. */
function look(
  target: Page | Frame,
): Promise<{ background: string; theme: string[]; liveTheme: string[]; mode: string | null }> {
  return target.evaluate(() => {
    const visible = (element: Element): boolean => element.getClientRects().length > 0;
    const groups = [...document.querySelectorAll('.chart__theme')].filter(visible);
    return {
      background: getComputedStyle(document.body).backgroundColor,
      theme: groups.map((group) => (group.classList.contains('chart__theme--dark') ? 'dark' : 'light')),
      liveTheme: [...document.querySelectorAll('.chart[data-interactive] .chart__theme .chart__variant')]
        .filter(visible)
        .map((variant) => (variant.closest('.chart__theme--dark') === null ? 'light' : 'dark')),
      mode: document.documentElement.getAttribute('data-mode'),
    };
  });
}

/** An article on another origin (its own port on 127.0.0.1, which Chromium lets frame the site) whose body is `body`. */
async function hostSite(body: string): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'workreport-host-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>Article</title></head><body>${body}</body></html>`,
  );
  return serveStatic(dir);
}

/** The document of the host page's iframe. */
async function frameOf(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (frame === null) throw new Error('the embed frame did not load');
  return frame;
}

/** Which parts of the embed page are shown. */
function parts(target: Page | Frame): Promise<Record<string, boolean>> {
  return target.evaluate(() => {
    const shown = (selector: string): boolean =>
      [...document.querySelectorAll(selector)].some((element) => element.getClientRects().length > 0);
    return {
      title: shown('.embed__title'),
      chart: shown('.chart svg'),
      source: shown('.embed__source'),
      data: shown('.embed__data a'),
      figures: shown('.embed__figures'),
      tools: shown('.embed__tools'),
      share: shown('.embed__share'),
    };
  });
}

const READER_PARTS = { title: true, chart: true, source: true, data: true, figures: false, tools: false, share: false };
const FULL_PARTS = { title: true, chart: true, source: true, data: false, figures: true, tools: true, share: true };
const WHITE = 'rgb(255, 255, 255)';
/** The dark chart's ground (src/charts/theme.ts), which dark pages share. */
const DARK = 'rgb(22, 25, 29)';

describe('embed themes', () => {
  test(
    'the reader view is light by default, also for a reader in dark mode; ?theme=dark and ?theme=auto change it, the interactive chart included',
    async () => {
      const cases = [
        { path: READER, scheme: 'dark', expected: { background: WHITE, theme: ['light'] } },
        { path: `${READER}?theme=dark`, scheme: 'light', expected: { background: DARK, theme: ['dark'] } },
        { path: `${READER}?theme=auto`, scheme: 'dark', expected: { background: DARK, theme: ['dark'] } },
        { path: `${READER}?theme=auto`, scheme: 'light', expected: { background: WHITE, theme: ['light'] } },
        { path: `${READER}?theme=purple`, scheme: 'dark', expected: { background: WHITE, theme: ['light'] } },
      ] as const;
      for (const { path, scheme, expected } of cases) {
        const { page, problems } = await openPage(site(), path, { colorScheme: scheme });
        await page.waitForSelector('html[data-interactive]', { state: 'attached', timeout: TIMEOUT });
        const seen = await look(page);
        expect(seen, `${path} in ${scheme} mode`).toMatchObject({ ...expected, liveTheme: expected.theme });
        expect(problems, path).toEqual(NO_PROBLEMS);
        await closePage(page);
      }
    },
    4 * TIMEOUT,
  );

  test(
    'the full embed page, opened directly, follows the reader’s setting: dark page, dark chart in dark mode',
    async () => {
      for (const [scheme, background, theme] of [
        ['dark', DARK, 'dark'],
        ['light', WHITE, 'light'],
      ] as const) {
        const { page, problems } = await openPage(site(), FULL, { colorScheme: scheme });
        await page.waitForSelector('html[data-interactive]', { state: 'attached', timeout: TIMEOUT });
        expect(await look(page)).toEqual({ background, theme: [theme], liveTheme: [theme], mode: null });
        expect(problems).toEqual(NO_PROBLEMS);
        await closePage(page);
      }
    },
    2 * TIMEOUT,
  );

  test(
    'in a host page: a light article read in dark mode shows a light chart, a dark article read in light mode a dark one',
    async () => {
      for (const [hostTheme, scheme] of [
        ['light', 'dark'],
        ['dark', 'light'],
      ] as const) {
        const context = await site().browser.newContext({ viewport: { width: 800, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        const host = await hostSite(
          `<h1>Article</h1><iframe src="${site().origin}${READER}?theme=${hostTheme}" width="100%" height="600" data-workreport-embed></iframe>`,
        );
        await page.goto(`${host.origin}/`);
        const frame = await frameOf(page);
        await frame.waitForSelector('html[data-interactive]', { state: 'attached', timeout: TIMEOUT });
        const seen = await look(frame);
        expect(seen.theme, `${hostTheme} host, reader in ${scheme} mode`).toEqual([hostTheme]);
        expect(seen.liveTheme).toEqual([hostTheme]);
        expect(seen.background).toBe(hostTheme === 'light' ? WHITE : DARK);
        expect(await parts(frame)).toEqual(READER_PARTS);
        await page.screenshot({ path: `/tmp/embed-host-${hostTheme}-reader-${scheme}.png` });
        await context.close();
        await host.close();
      }
    },
    2 * TIMEOUT,
  );

  test(
    '<workreport-chart theme="dark"> draws the dark chart; without the attribute it is light, in a reader’s dark mode too',
    async () => {
      for (const [attribute, expected] of [
        [' theme="dark"', 'dark'],
        ['', 'light'],
      ] as const) {
        const context = await site().browser.newContext({ viewport: { width: 800, height: 900 }, colorScheme: 'dark' });
        const page = await context.newPage();
        // A page of the site itself (same origin, so the element may fetch), built here.
        await page.route(`${site().origin}/host-test.html`, (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: `<!doctype html><html><body><workreport-chart src="${FULL}"${attribute}><a href="${FULL}">chart</a></workreport-chart><script type="module" src="/embed/chart.js"></script></body></html>`,
          }),
        );
        await page.goto(`${site().origin}/host-test.html`);
        await page.waitForFunction(
          () =>
            document.querySelector('workreport-chart')?.shadowRoot?.querySelector('.chart[data-interactive]') != null,
          undefined,
          { timeout: TIMEOUT },
        );
        const shown = await page.evaluate(() => {
          const root = document.querySelector('workreport-chart')?.shadowRoot;
          return [...(root?.querySelectorAll('.chart__theme') ?? [])]
            .filter((group) => group.getClientRects().length > 0)
            .map((group) => (group.classList.contains('chart__theme--dark') ? 'dark' : 'light'));
        });
        expect(shown, `theme attribute "${attribute}"`).toEqual([expected]);
        await context.close();
      }
    },
    2 * TIMEOUT,
  );
});

describe('reader mode', () => {
  test(
    'the reader view shows title, chart, source line and a data link only, also without JavaScript',
    async () => {
      for (const javaScriptEnabled of [true, false]) {
        const { page, problems } = await openPage(site(), READER, {
          javaScriptEnabled,
          viewport: { width: 375, height: 700 },
        });
        expect(await parts(page), `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toEqual(READER_PARTS);
        // The data link downloads the plotted values.
        expect(await page.getAttribute('.embed__data a', 'href')).toBe(`/embed/${CHART}/data-zh.csv`);
        expect(problems.failedRequests).toEqual([]);
        await closePage(page);
      }
    },
    2 * TIMEOUT,
  );

  test(
    'the full page opened directly shows everything; framed (an old snippet) or with ?mode=reader it turns to reader mode',
    async () => {
      const direct = await openPage(site(), FULL);
      expect(await parts(direct.page)).toEqual(FULL_PARTS);
      await closePage(direct.page);
      const param = await openPage(site(), `${FULL}?mode=reader`);
      expect(await parts(param.page)).toEqual(READER_PARTS);
      await closePage(param.page);

      const context = await site().browser.newContext({ viewport: { width: 800, height: 900 } });
      const page = await context.newPage();
      const host = await hostSite(`<iframe src="${site().origin}${FULL}" width="100%" height="600"></iframe>`);
      await page.goto(`${host.origin}/`);
      const frame = await frameOf(page);
      await frame.waitForSelector('html[data-interactive]', { state: 'attached', timeout: TIMEOUT });
      expect(await parts(frame)).toEqual(READER_PARTS);
      expect((await look(frame)).mode).toBe('reader');
      await context.close();
      await host.close();
    },
    2 * TIMEOUT,
  );
});
