import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DATASETS, yangshahu2019 } from '../datasets.ts';
import { svgSize } from '../render/svg.ts';
import { barChart } from '../../src/charts/index.ts';
import { chartHome, siteChart, siteChartIds, withoutTitle } from '../../src/site/chart-sets.ts';
import { siteReport } from '../../src/site/site-report.ts';
import { seriesChartRows } from '../../src/site/site-series.ts';
import { downloadPaths, embedPath, LANGS, readerPath, slugOfChart } from '../../src/site/routes.ts';
import { serveStatic, STRICT_CSP, type StaticServer } from '../../src/site/static-server.ts';
import { staticSvg } from '../../src/site/static-svg.ts';
import {
  closePage,
  DIST,
  openPage,
  openSite,
  recordDialogs,
  scrollWidth,
  TIMEOUT,
  type Site,
} from '../site/browser.ts';
import { extraRequests } from '../site/extra-requests.ts';

/**
 * The embed pages (`/embed/<chart-id>/`), built and served under the strict CSP, in Chromium:
 * every page renders with no violation and becomes interactive; tooltips escape data; the iframe
 * follows the page's height through `workreport:resize` messages; the data downloads hold
 * exactly the plotted values.
 */

const CHART_IDS = siteChartIds();
const EXAMPLE = 'yangshahu-2019/farmland-by-crop';
const noProblems = { console: [], failedRequests: [], cspViolations: [] };
/** Embed frames loaded at once in the article of the every-page test. */
const FRAMES_AT_ONCE = 10;

let site: Site;

beforeAll(async () => {
  site = await openSite(`embed/${EXAMPLE}/index.html`);
}, TIMEOUT);

afterAll(async () => {
  await site?.close();
});

/** The chart variant a page shows (the stylesheet hides the others), as a selector for Playwright. */
const SHOWN = '.chart__variant:visible';

/** Wait until the embed page's chart is interactive, and return what its shown variant holds. */
async function interactive(page: Page): Promise<{ items: number; marks: number; width: number }> {
  await page.waitForSelector('html[data-interactive]', { state: 'attached', timeout: TIMEOUT });
  return page.evaluate(() => {
    const variant = [...document.querySelectorAll<HTMLElement>('.chart__variant')].find(
      (v) => v.getClientRects().length > 0 && v.clientWidth > 0,
    );
    return {
      items: variant?.querySelectorAll('[data-tooltip]').length ?? 0,
      marks: variant?.querySelectorAll('g[class*="mark-"] > path, g[class*="mark-"] > text').length ?? 0,
      width: variant?.getBoundingClientRect().width ?? 0,
    };
  });
}

describe('embed pages', () => {
  test(
    `all ${CHART_IDS.length * LANGS.length} pages (every chart, zh and en), framed as an article frames them, render under the strict CSP with no violation and become interactive`,
    async () => {
      expect(CHART_IDS.length).toBeGreaterThanOrEqual(10);
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      const path = (url: string): string => url.replace(site.origin, '');
      // Each page lists its CSP violations on its window, read with its marks once its frame is interactive.
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      // The article: a page of the site's origin under the same policy, holding the embed iframes.
      const article = `${site.origin}/an-article/`;
      await context.route(article, (route) =>
        route.fulfill({
          contentType: 'text/html',
          headers: { 'Content-Security-Policy': STRICT_CSP },
          body: '<!doctype html><html lang="zh-CN"><title>An article</title><body></body></html>',
        }),
      );
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`${path(message.location().url)}: ${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`${path(request.url())}: ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${path(response.url())}: HTTP ${response.status()}`);
      });
      await page.goto(article);
      const paths = CHART_IDS.flatMap((chartId) => LANGS.map((lang) => embedPath(chartId, lang)));
      for (const path of paths) {
        const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
        expect(html, `${path} has its chart as SVG`).toMatch(/<svg [^>]*aria-label="[^"]+"/);
        expect(html, `${path} has no inline script or style`).not.toMatch(
          /<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle="/,
        );
      }
      // Ten frames at a time, as an article with many charts holds them. Framed pages share the
      // article's renderer and the scripts it compiled: each page opened on its own cost Chromium
      // about twice the CPU time.
      const framed = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('iframe')].map((frame) => {
            const root = frame.contentDocument?.documentElement;
            const variant = [...(root?.querySelectorAll<HTMLElement>('.chart__variant') ?? [])].find(
              (v) => v.getClientRects().length > 0 && v.clientWidth > 0,
            );
            return {
              path: frame.getAttribute('src') ?? '',
              interactive: root?.querySelector('.chart[data-interactive]') !== null,
              variant: variant === undefined ? '' : `${variant.parentElement?.className} ${variant.className}`,
              marks: variant?.querySelectorAll('g[class*="mark-"] > path, g[class*="mark-"] > text').length ?? 0,
              // Items with a tooltip, from the render (src/render/item-svg.ts); a series chart's have no figure id to link to.
              items: variant?.querySelectorAll('[data-tooltip]').length ?? 0,
              drafts: root?.querySelectorAll('[data-review="draft"]').length ?? 0,
              violations: (frame.contentWindow as unknown as { __cspViolations?: string[] } | null)?.__cspViolations,
            };
          }),
        );
      for (let at = 0; at < paths.length; at += FRAMES_AT_ONCE) {
        const batch = paths.slice(at, at + FRAMES_AT_ONCE);
        await page.evaluate((sources) => {
          document.body.replaceChildren(
            ...sources.map((src) => Object.assign(document.createElement('iframe'), { src, width: 640, height: 520 })),
          );
        }, batch);
        await page
          .waitForFunction(
            () =>
              [...document.querySelectorAll('iframe')].every((frame) =>
                frame.contentDocument?.documentElement?.hasAttribute('data-interactive'),
              ),
            null,
            { polling: 50, timeout: TIMEOUT },
          )
          .catch(async () => {
            const still = (await framed()).filter((f) => !f.interactive).map((f) => f.path);
            throw new Error(`not interactive after ${TIMEOUT} ms: ${still.join(', ')}`);
          });
        for (const shown of await framed()) {
          expect(shown.interactive, `${shown.path} chart interactive`).toBe(true);
          // Framed, the page is light; the 640 px frame gives the chart its wide variant.
          expect(shown.variant, `${shown.path} variant shown`).toBe(
            'chart__theme chart__theme--light chart__variant chart__variant--wide',
          );
          expect(shown.marks, `${shown.path} marks`).toBeGreaterThan(0);
          expect(shown.items, `${shown.path} items with a tooltip`).toBeGreaterThan(0);
          expect(shown.violations, `${shown.path} CSP violations`).toEqual([]);
          // A chart of a dataset with figures not reviewed yet says it is a machine draft.
          const dataset = DATASETS.find((d) => shown.path.startsWith(`/embed/${d.id}/`));
          if (dataset !== undefined)
            expect(shown.drafts, `${shown.path} draft notice`).toBe(
              dataset.report.figures.some((f) => f.review !== 'reviewed') ? 1 : 0,
            );
        }
      }
      expect(problems).toEqual([]);
      await context.close();
    },
    6 * TIMEOUT,
  );

  test(
    'hovering a bar shows a tooltip with the figure, its qualifier and the report’s words; a click opens its sentence in the source view',
    async () => {
      const { page, problems } = await openPage(site, embedPath(EXAMPLE, 'zh'));
      await interactive(page);
      const bar = page.locator(`${SHOWN} g.mark-rect path`).first();
      await bar.hover();
      const tooltip = page.locator('.wr-tooltip');
      await tooltip.waitFor({ state: 'visible' });
      const text = await tooltip.innerText();
      expect(text).toContain('优质稻');
      expect(text).toContain('2万亩');
      expect(text).toContain('点击查看原文');
      await bar.click();
      await page.waitForURL(/\/source\/yangshahu-2019\/#quality-rice-area$/);
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'with the keyboard: Tab reaches the chart, the arrows step through its bars showing each tooltip, Enter opens the figure shown, Escape closes',
    async () => {
      const { page, problems } = await openPage(site, embedPath(EXAMPLE, 'zh'));
      await interactive(page);
      const block = page.locator('[data-embed] .chart[data-interactive]');
      expect(await block.getAttribute('tabindex')).toBe('0');
      await block.focus();
      const tooltip = page.locator('.wr-tooltip');
      const bars = await page
        .locator(`${SHOWN} g.mark-rect path[data-tooltip]`)
        .evaluateAll((paths) =>
          paths.map((path) => (JSON.parse(path.getAttribute('data-tooltip') ?? '{}') as { 项目: string }).项目),
        );
      expect(bars.length).toBe(5);
      const seen: string[] = [];
      for (let i = 0; i <= bars.length; i++) {
        await page.keyboard.press('ArrowRight');
        await tooltip.waitFor({ state: 'visible' });
        seen.push((await tooltip.locator('td').first().innerText()).trim());
        expect(await page.locator('.is-current').count()).toBe(1);
      }
      // One stop per bar (not also its value label), in the order drawn, then round to the first.
      expect(seen).toEqual([...bars, bars[0]]);
      await page.keyboard.press('Escape');
      await tooltip.waitFor({ state: 'hidden' });
      await page.keyboard.press('End');
      await page.keyboard.press('Home');
      expect(await tooltip.locator('td').first().innerText()).toBe(bars[0]);
      expect(bars[0]).toContain('优质稻');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/source\/yangshahu-2019\/#quality-rice-area$/);
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'a data label written as HTML (<img src=x onerror=…>) is shown as text in the chart and in its tooltip',
    async () => {
      const evil = '<img src=x onerror="window.__xss=1">';
      const [first, second] = yangshahu2019.figures.filter((f) => f.quantity.unit === 'mu');
      if (first === undefined || second === undefined) throw new Error('the report has fewer than two figures in mu');
      const crafted = barChart([{ ...first, label: { zh: evil, en: evil } }, second], {
        report: yangshahu2019.meta,
        id: EXAMPLE,
        lang: 'zh',
        width: 560,
      });
      const context = await site.browser.newContext({ viewport: { width: 640, height: 800 } });
      // The page as the site would build it with the crafted chart: its SVG in every variant.
      const svg = await staticSvg(withoutTitle(crafted), 'crafted-');
      const real = readFileSync(join(DIST, embedPath(EXAMPLE, 'zh'), 'index.html'), 'utf8');
      const page_ = real.replace(
        /(<div class="chart__variant[^>]*>)<svg[\s\S]*?<\/svg><\/div>/g,
        (_m, open: string) => `${open}${svg}</div>`,
      );
      expect(page_.split(svg).length - 1).toBe(4);
      await context.route(site.origin + embedPath(EXAMPLE, 'zh'), (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: { 'Content-Security-Policy': STRICT_CSP },
          body: page_,
        }),
      );
      const page = await context.newPage();
      await page.goto(site.origin + embedPath(EXAMPLE, 'zh'), { waitUntil: 'load' });
      await interactive(page);
      const live = page.locator(SHOWN);
      // The axis label is the same text, cut to the label width by Vega: `<img src=x onerror=…`.
      expect((await live.locator('text').allTextContents()).some((text) => text.startsWith('<img src=x'))).toBe(true);
      await live.locator('g.mark-rect path').first().hover();
      const tooltip = page.locator('.wr-tooltip');
      await tooltip.waitFor({ state: 'visible' });
      expect(await tooltip.innerText()).toContain(evil);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      await context.close();
    },
    TIMEOUT,
  );

  test(
    'in an iframe of another site, the host script sizes the frame to the height the page reports, also when it grows',
    async () => {
      const chartPath = embedPath(EXAMPLE, 'zh');
      // The full page (?mode=full: framed, it would turn to reader mode), whose embed code can be opened to grow it.
      const host = await hostSite(
        `<p>An article about farming.</p><iframe src="${site.origin}${chartPath}?mode=full" title="chart" width="100%" height="150" data-workreport-embed></iframe><p>More text.</p>`,
      );
      const context = await site.browser.newContext({ viewport: { width: 700, height: 900 } });
      const page = await context.newPage();
      const messages: unknown[] = [];
      await page.exposeFunction('__message', (data: unknown) => messages.push(data));
      await page.addInitScript(() =>
        window.addEventListener('message', (event) =>
          (window as unknown as { __message: (d: unknown) => void }).__message(event.data),
        ),
      );
      await page.goto(`${host.origin}/`, { waitUntil: 'load' });
      const frame = page.frameLocator('iframe');
      const sized = async (): Promise<number> => {
        const inner = await (await page.locator('iframe').elementHandle())?.contentFrame();
        const expected =
          (await inner?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))) ?? -1;
        await page.waitForFunction(
          (height) => document.querySelector('iframe')?.getAttribute('height') === String(height),
          expected,
          { timeout: TIMEOUT },
        );
        return expected;
      };
      const first = await sized();
      expect(first).toBeGreaterThan(300);
      expect(messages.at(-1)).toEqual({ type: 'workreport:resize', version: 1, chart: EXAMPLE, height: first });
      await frame.locator('.embed__share summary').click();
      const grown = await sized();
      expect(grown).toBeGreaterThan(first);
      expect(messages.at(-1)).toEqual({ type: 'workreport:resize', version: 1, chart: EXAMPLE, height: grown });
      expect(await frame.locator('#embed-code').inputValue()).toContain(
        `src="${site.origin}${readerPath(EXAMPLE, 'zh')}?theme=light"`,
      );
      await context.close();
      await host.close();
    },
    2 * TIMEOUT,
  );

  test(
    'without an iframe: the <workreport-chart> code, pasted into a page of the site under the strict CSP, shows the chart as SVG, makes it interactive with tooltips and links, and violates nothing',
    async () => {
      const chartPath = embedPath(EXAMPLE, 'zh');
      const context = await site.browser.newContext({ viewport: { width: 900, height: 900 } });
      // The code as a reader copies it from the embed page.
      const embed = await context.newPage();
      await embed.goto(site.origin + chartPath, { waitUntil: 'load' });
      await embed.locator('.embed__share summary').click();
      const code = await embed.locator('#embed-code-element').inputValue();
      expect(code).toContain(
        `<workreport-chart src="${site.origin}${chartPath}" theme="light"><a href="${site.origin}${chartPath}">`,
      );
      expect(code).toContain(`<script type="module" src="${site.origin}/embed/chart.js"></script>`);
      await embed.close();

      const article = `${site.origin}/an-article/`;
      await context.route(article, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: { 'Content-Security-Policy': STRICT_CSP },
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body><p>An article about farming.</p>${code}<p>More text.</p></body></html>`,
        }),
      );
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${response.url()}: HTTP ${response.status()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      await page.goto(article, { waitUntil: 'load' });

      const chart = page.locator('workreport-chart');
      await chart.locator('.chart svg[aria-label]').first().waitFor({ state: 'attached', timeout: TIMEOUT });
      expect(await chart.locator('.embed__title').innerText()).toBe(siteChart(EXAMPLE, 'zh', 'wide').title);
      expect(await chart.locator(':scope > a').isVisible()).toBe(false);
      await chart.locator('.chart[data-interactive]').waitFor({ state: 'attached', timeout: TIMEOUT });
      const bar = chart.locator(`${SHOWN} g.mark-rect path`).first();
      await bar.hover();
      const tooltip = chart.locator('.wr-tooltip');
      await tooltip.waitFor({ state: 'visible' });
      const text = await tooltip.innerText();
      expect(text).toContain('优质稻');
      expect(text).toContain('2万亩');
      expect(text).toContain('点击查看原文');
      const [sourceView] = await Promise.all([context.waitForEvent('page'), bar.click()]);
      await sourceView.waitForURL(`${site.origin}/source/yangshahu-2019/#quality-rice-area`);
      expect(page.url()).toBe(article);
      expect(problems).toEqual([]);
      await context.close();
    },
    2 * TIMEOUT,
  );

  test(
    '<workreport-chart> fetches only from its own origin or one the page lists, and rebuilds the chart from known parts: no form, frame, script, handler or javascript: link of the fetched page gets in',
    async () => {
      // A page of another origin that looks like an embed page, with hostile extras in and around the chart.
      const real = readFileSync(join(DIST, 'embed', EXAMPLE, 'index.html'), 'utf8');
      const hostile = real
        .replace(
          '<figcaption class="embed__caption">',
          '<form action="https://evil.example/"><input name="x"></form><iframe src="https://evil.example/"></iframe><figcaption class="embed__caption"><a href="javascript:alert(1)">click</a>',
        )
        .replace(/<svg /, '<svg onload="alert(1)" ')
        .replace(
          /<\/svg>/,
          '<script>alert(2)</script><foreignObject><div>x</div></foreignObject><a href="javascript:alert(3)"><text>x</text></a></svg>',
        );
      const evil = { origin: 'https://charts.example' };
      const script = `<script type="module" src="${site.origin}/embed/chart.js"></script>`;
      const context = await site.browser.newContext();
      await context.route(`${evil.origin}/**`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: { 'Access-Control-Allow-Origin': '*' },
          body: hostile,
        }),
      );
      const dialogs: string[] = [];
      const open = async (head: string): Promise<Page> => {
        const page = await context.newPage();
        recordDialogs(page, dialogs);
        await context.route(`${site.origin}/host-page/`, (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><workreport-chart src="${evil.origin}/"><a href="${evil.origin}/">chart</a></workreport-chart>${script}</body></html>`,
          }),
        );
        await page.goto(`${site.origin}/host-page/`, { waitUntil: 'load' });
        return page;
      };
      // Not listed: refused, the link stays.
      const refused = await open('');
      await refused.waitForTimeout(1000);
      expect(await refused.evaluate(() => document.querySelector('workreport-chart')?.shadowRoot ?? null)).toBeNull();
      expect(await refused.locator('workreport-chart > a').isVisible()).toBe(true);
      // Listed by the page: shown, rebuilt from known parts only.
      const listed = await open(`<meta name="workreport-chart-origins" content="${evil.origin}">`);
      const chart = listed.locator('workreport-chart');
      await chart.locator('.chart svg').first().waitFor({ state: 'attached', timeout: TIMEOUT });
      const inside = await listed.evaluate(() => {
        const root = document.querySelector('workreport-chart')?.shadowRoot;
        const all = [...(root?.querySelectorAll('*') ?? [])];
        return {
          forbidden: root?.querySelectorAll('form, iframe, input, script, foreignObject').length ?? -1,
          handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
          javascriptLinks: all.filter((e) =>
            (e.getAttribute('href') ?? e.getAttribute('xlink:href') ?? '').startsWith('javascript:'),
          ).length,
          svgs: root?.querySelectorAll('svg').length ?? 0,
        };
      });
      expect(inside).toMatchObject({ forbidden: 0, handlers: 0, javascriptLinks: 0 });
      expect(inside.svgs).toBeGreaterThan(0);
      await listed.waitForTimeout(500);
      expect(dialogs).toEqual([]);
      await context.close();
    },
    2 * TIMEOUT,
  );

  test(
    '<workreport-chart> wraps a title, note or source line with a long unbroken run (a URL) inside itself: on a 375 px phone the host page does not scroll sideways',
    async () => {
      const chartPath = embedPath(EXAMPLE, 'zh');
      const url = `https://example.org/${'averylongpathsegment'.repeat(12)}`;
      const real = readFileSync(join(DIST, 'embed', EXAMPLE, 'index.html'), 'utf8');
      const long = real
        .replace(/(<h1 class="embed__title"[^>]*>)/, `$1${url}`)
        .replace(/(<p class="embed__note">)/, `$1${url}`)
        .replace(/(<p class="embed__source">)/, `$1${url}`);
      expect(long.split(url).length - 1).toBe(3);
      const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
      await context.route(site.origin + chartPath, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: long }),
      );
      await context.route(`${site.origin}/an-article/`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><p>An article.</p><workreport-chart src="${site.origin}${chartPath}"><a href="${site.origin}${chartPath}">chart</a></workreport-chart><script type="module" src="${site.origin}/embed/chart.js"></script></body></html>`,
        }),
      );
      const page = await context.newPage();
      await page.goto(`${site.origin}/an-article/`, { waitUntil: 'load' });
      const chart = page.locator('workreport-chart');
      await chart.locator('.chart svg').first().waitFor({ state: 'attached', timeout: TIMEOUT });
      const widths = await page.evaluate(() => {
        const root = document.querySelector('workreport-chart')?.shadowRoot;
        return {
          page: document.documentElement.scrollWidth,
          texts: [...(root?.querySelectorAll('.embed__title, .embed__note, .embed__source') ?? [])].map(
            (element) => element.scrollWidth,
          ),
        };
      });
      expect(widths.texts).toHaveLength(3);
      expect(widths.page).toBeLessThanOrEqual(375);
      for (const width of widths.texts) expect(width).toBeLessThanOrEqual(375);
      await context.close();
    },
    TIMEOUT,
  );

  test(
    '<workreport-chart> inside a transformed, offset wrapper on a scrolled host page puts the tooltip beside the pointer; a scroll of the wrapper or Escape closes it',
    async () => {
      const chartPath = embedPath(EXAMPLE, 'zh');
      const context = await site.browser.newContext({ viewport: { width: 1000, height: 700 } });
      // A transform makes the wrapper the box fixed elements are placed in, unless the tooltip is in the top layer.
      await context.route(`${site.origin}/transformed/`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>.wrap { transform: translateX(0); margin: 300px 0 900px 200px; width: 640px }</style></head><body><div class="wrap"><workreport-chart src="${site.origin}${chartPath}"><a href="${site.origin}${chartPath}">chart</a></workreport-chart></div><script type="module" src="${site.origin}/embed/chart.js"></script></body></html>`,
        }),
      );
      const page = await context.newPage();
      await page.goto(`${site.origin}/transformed/`, { waitUntil: 'load' });
      const chart = page.locator('workreport-chart');
      await chart.locator('.chart[data-interactive]').waitFor({ state: 'attached', timeout: TIMEOUT });
      await page.evaluate(() => window.scrollTo(0, 150));
      const bar = chart.locator(`${SHOWN} g.mark-rect path`).first();
      const box = await bar.boundingBox();
      if (box === null) throw new Error('the bar has no box');
      const pointer = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
      await page.mouse.move(pointer.x, pointer.y);
      const tip = chart.locator('.wr-tooltip');
      await tip.waitFor({ state: 'visible', timeout: TIMEOUT });
      const at = await tip.boundingBox();
      // tooltip.ts puts it 12 px right of and below the pointer.
      expect(at?.x).toBeCloseTo(pointer.x + 12, 0);
      expect(at?.y).toBeCloseTo(pointer.y + 12, 0);
      // A scroll of a box around the chart (its event does not bubble) closes it, and so does Escape.
      await page.evaluate(() => {
        const wrap = document.querySelector<HTMLElement>('.wrap');
        if (wrap === null) return;
        wrap.style.height = '300px';
        wrap.style.overflow = 'auto';
        wrap.scrollTop = 60;
      });
      await tip.waitFor({ state: 'hidden', timeout: 5000 });
      await bar.hover();
      await tip.waitFor({ state: 'visible', timeout: 5000 });
      await page.keyboard.press('Escape');
      await tip.waitFor({ state: 'hidden', timeout: TIMEOUT });
      await context.close();
    },
    TIMEOUT,
  );

  test(
    'an embed in a collapsed container is interactive once shown: hovering a bar of its wide chart shows the tooltip',
    async () => {
      const host = await hostSite(
        `<div id="tab" hidden><iframe src="${site.origin}${embedPath(EXAMPLE, 'zh')}" title="chart" width="100%" height="500" data-workreport-embed></iframe></div>`,
      );
      const context = await site.browser.newContext({ viewport: { width: 700, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${host.origin}/`, { waitUntil: 'load' });
      const frame = page.locator('iframe').contentFrame();
      await frame.locator('.chart[data-interactive]').waitFor({ state: 'attached', timeout: TIMEOUT });
      await page.evaluate(() => document.getElementById('tab')?.removeAttribute('hidden'));
      const bar = frame.locator(`${SHOWN} g.mark-rect path`).first();
      expect(await frame.locator(SHOWN).locator('svg').getAttribute('width')).toBe('560');
      await bar.hover();
      await frame.locator('.wr-tooltip').waitFor({ state: 'visible', timeout: TIMEOUT });
      expect(await frame.locator('.wr-tooltip').innerText()).toContain('优质稻');
      await context.close();
      await host.close();
    },
    TIMEOUT,
  );

  test(
    'on a 375 px touch phone the narrow chart is shown and nothing scrolls sideways; a first tap on a bar shows its tooltip, a second opens its sentence; widened, the wide chart answers the pointer',
    async () => {
      const context = await site.browser.newContext({
        viewport: { width: 375, height: 800 },
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      await page.goto(site.origin + embedPath(EXAMPLE, 'zh'), { waitUntil: 'load' });
      const narrow = await interactive(page);
      expect(narrow.width).toBeLessThanOrEqual(351);
      expect(narrow.items).toBeGreaterThan(0);
      expect(await page.locator(SHOWN).getAttribute('class')).toBe('chart__variant chart__variant--narrow');
      await page.locator('.embed__share summary').click();
      await page.locator('.embed__figures summary').click();
      expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
      const bar = page.locator(`${SHOWN} g.mark-rect path`).first();
      await bar.tap();
      await page.locator('.wr-tooltip').waitFor({ state: 'visible', timeout: TIMEOUT });
      expect(await page.locator('.wr-tooltip').innerText()).toContain('优质稻');
      expect(page.url()).toBe(site.origin + embedPath(EXAMPLE, 'zh'));
      await bar.tap();
      await page.waitForURL(/\/source\/yangshahu-2019\/#quality-rice-area$/);
      await context.close();

      const { page: wide, problems } = await openPage(site, embedPath(EXAMPLE, 'zh'), {
        viewport: { width: 375, height: 800 },
      });
      await interactive(wide);
      await wide.setViewportSize({ width: 800, height: 800 });
      expect(await wide.locator(SHOWN).locator('svg').getAttribute('width')).toBe('560');
      await wide.locator(`${SHOWN} g.mark-rect path`).first().hover();
      await wide.locator('.wr-tooltip').waitFor({ state: 'visible', timeout: TIMEOUT });
      expect(problems).toEqual(noProblems);
      await closePage(wide);
    },
    2 * TIMEOUT,
  );

  test(
    'the embed page and the reader view fetch nothing to make their chart interactive: no chart file is requested, in either scheme, at either width, and none without JavaScript',
    async () => {
      for (const path of [embedPath(EXAMPLE, 'zh'), readerPath(EXAMPLE, 'en')])
        for (const width of [375, 1280])
          for (const colorScheme of ['light', 'dark'] as const)
            for (const javaScriptEnabled of [true, false]) {
              const ready = 'html[data-interactive]';
              const extra = await extraRequests(site, path, { width, colorScheme, javaScriptEnabled, ready });
              const what = `${path} at ${width} px, ${colorScheme}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
              expect(extra, what).toEqual([]);
            }
    },
    2 * TIMEOUT,
  );
});

/**
 * A news site on another origin (its own port) with `body` in its page and the embed host
 * script of the site under test, served with a strict CSP that allows only that site's script
 * and frames.
 */
async function hostSite(body: string): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'workreport-host-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>${body}<script src="${site.origin}/embed/host.js"></script></body></html>`,
  );
  return serveStatic(dir, {
    headers: {
      'Content-Security-Policy': `default-src 'self'; script-src 'self' ${site.origin}; frame-src ${site.origin}`,
    },
  });
}

describe('embed downloads', () => {
  for (const chartId of CHART_IDS) {
    test(`${chartId}: the CSV holds exactly the plotted values with units, the JSON their provenance`, () => {
      const home = chartHome(chartId);
      const files = downloadPaths(chartId, 'zh');
      const csv = readFileSync(join(DIST, files.csv), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const rows = csvParse(csv.slice(1));
      if (home.kind === 'dataset') {
        const chart = siteChart(chartId, 'zh', 'wide');
        const plotted =
          (chart.spec as { data?: { values?: { id: string; value: number; unit: string }[] } }).data?.values ?? [];
        expect(rows.map((row) => [row.figure_id, Number(row.value), row.unit])).toEqual(
          plotted.map((row) => [row.id, row.value, row.unit]),
        );
        const metadata = JSON.parse(readFileSync(join(DIST, files.json), 'utf8')) as {
          chart: { id: string };
          report: { url: string | null };
          figures: { id: string; provenance: { quote: string; offset: number } }[];
        };
        const { report } = siteReport(home.id);
        expect(metadata.chart.id).toBe(chartId);
        expect(metadata.report.url).toBe(report.meta.url ?? null);
        expect(metadata.figures.length).toBeGreaterThan(0);
        for (const { id, provenance } of metadata.figures) {
          expect(report.source.slice(provenance.offset, provenance.offset + provenance.quote.length), id).toBe(
            provenance.quote,
          );
        }
      } else {
        // A series chart: one CSV line per value of the comparison rows it plots, each quote at its offset in its own report.
        const plotted = seriesChartRows(home.series, slugOfChart(chartId));
        expect(rows.map((row) => [row.dataset, Number(row.value)])).toEqual(
          plotted.flatMap((row) => row.values.map((v) => [v.dataset, v.value])),
        );
        const metadata = JSON.parse(readFileSync(join(DIST, files.json), 'utf8')) as {
          chart: { id: string };
          rows: { values: { dataset: string; quote: string; offset: number }[] }[];
        };
        expect(metadata.chart.id).toBe(chartId);
        for (const value of metadata.rows.flatMap((row) => row.values)) {
          const { source } = siteReport(value.dataset).report;
          expect(source.slice(value.offset, value.offset + value.quote.length), value.dataset).toBe(value.quote);
        }
      }
      // The PNG is the SVG rasterised at scale 2: twice its width and height in pixels (IHDR, bytes 16–23).
      const svg = readFileSync(join(DIST, files.svg), 'utf8');
      expect(svg).toMatch(/^<svg /);
      const png = readFileSync(join(DIST, files.png));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const { width, height } = svgSize(svg);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.round(2 * width), Math.round(2 * height)]);
    });
  }
});
