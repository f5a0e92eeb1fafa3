/**
 * A dataset whose every text field carries markup and formula payloads is published like any
 * other, and nothing in it runs: two years of one (hostile) place are drafted with `draftDataset`
 * from texts full of payloads, more payloads are written into labels, notes, titles, section
 * labels, chart texts and story prose, the site is built from that datasets folder
 * (`WORKREPORT_DATASETS`; tests/e2e/fixture-site.ts, under /reports/, with one ordinary dataset
 * beside them) and every page that shows them is crawled in Chromium under the strict CSP with a dialog
 * listener and a CSP-violation listener, tooltips opened: zero dialogs, zero violations, no element
 * made from a payload, and each payload shown as literal text. The notebooks, built from the same
 * folder, are crawled under the policy they need (`unsafe-eval`): zero dialogs, no element from a payload.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, STRICT_CSP, type StaticServer } from '../../src/site/static-server.ts';
import { recordDialogs, sharedChromium, TIMEOUT } from '../site/browser.ts';
import {
  ATTRIBUTE,
  BASE,
  BUILD_TIMEOUT,
  fixtureSite,
  FORMULA,
  HOSTILE_DATASETS,
  MARKUP,
  NOTEBOOK_CSP,
  SCRIPT,
} from './fixture-site.ts';

let dist = '';
let server: StaticServer;
/** The same site under the policy the notebooks need (README "Content Security Policy"). */
let notebookServer: StaticServer;
let browser: Browser;

/**
 * The pages of the built site that show the hostile datasets, as URL paths: every page but those of
 * the ordinary dataset built beside them (its story, source view and embeds: the same pages as the
 * main site's, which the other browser tests open under the same policy), or the notebooks
 * (`/notebooks/…`).
 */
function hostilePages(dir: string, notebooks = false): string[] {
  return pages(dir, notebooks).filter((path) => {
    const dataset = /^\/(?:embed|stories|source)\/([^/]+)\//.exec(path)?.[1];
    return dataset === undefined || HOSTILE_DATASETS.includes(dataset);
  });
}

/** Every page of the built site, as URL paths; the notebooks (`/notebooks/…`) or the other pages. */
function pages(dir: string, notebooks = false): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && file.startsWith(`notebooks${sep}`) === notebooks)
    .map(
      (file) =>
        `/${relative(dir, join(dir, file))
          .split(sep)
          .join('/')
          .replace(/index\.html$/, '')}`,
    );
}

beforeAll(async () => {
  const site = join(await fixtureSite(), 'site');
  dist = join(site, BASE);
  server = await serveStatic(site, { headers: { 'Content-Security-Policy': STRICT_CSP } });
  notebookServer = await serveStatic(site, { headers: { 'Content-Security-Policy': NOTEBOOK_CSP } });
  browser = await sharedChromium();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await server?.close();
  await notebookServer?.close();
});

describe('a dataset full of payloads', () => {
  test('is published: its stories, source views, embeds and the comparison of its two years are built', () => {
    const built = pages(dist);
    for (const path of [
      '/stories/hostile-2023/',
      '/stories/hostile-2024/en/',
      '/source/hostile-2023/',
      '/compare/hostile/',
      '/gallery/',
    ])
      expect(built).toContain(path);
    expect(built.filter((path) => path.startsWith('/embed/hostile-2023/')).length).toBeGreaterThan(0);
  });

  test('runs nothing on any page that shows them: no dialog, no CSP violation, no element made from a payload, tooltips opened; payloads read as text', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    const violations: string[] = [];
    await context.exposeFunction('__violation', (text: string) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __violation: (t: string) => void }).__violation(
          `${location.pathname} ${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    const shown = new Set<string>();
    const hovered = new Set<string>();
    // One tab visits every page, as a reader would: a new page per path cost Chromium a renderer process each.
    const page = await context.newPage();
    const opened: string[] = [];
    recordDialogs(page, opened);
    const crawled = hostilePages(dist);
    // The index, the gallery, the comparison of the two years, and each year's story, source view and embeds.
    expect(crawled.filter((path) => path.startsWith('/embed/hostile-2024/')).length).toBeGreaterThan(0);
    expect(crawled).toEqual(expect.arrayContaining(['/', '/gallery/', '/compare/hostile/', '/source/hostile-2024/']));
    for (const path of crawled) {
      await page.goto(server.origin + BASE.slice(0, -1) + path, { waitUntil: 'load' });
      // Open tooltips: hover the marks of an interactive chart, where there is one (a page with a
      // chart and a script makes it interactive; the comparison pages have no script).
      const live = await page.evaluate(
        () =>
          document.querySelector('.chart__variant') !== null &&
          document.querySelector('script[type="module"]') !== null,
      );
      if (live) await page.waitForSelector('.chart[data-interactive]', { state: 'attached', timeout: TIMEOUT });
      // A story moves its other charts into the stage from their <noscript> markup once idle: those too.
      await page.waitForFunction(() => document.querySelector('[data-chart-pending]') === null, undefined, {
        timeout: TIMEOUT,
      });
      const marks = page.locator('.chart[data-interactive] .chart__variant:visible g[class*="mark-"] path');
      for (let i = 0; i < Math.min(3, await marks.count()); i++) {
        await marks
          .nth(i)
          .hover({ force: true })
          .catch(() => undefined);
        hovered.add(path);
      }
      const found = await page.evaluate(() => ({
        handlers: [...document.querySelectorAll('*')].filter((e) =>
          [...e.attributes].some((a) => a.name.startsWith('on')),
        ).length,
        scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('alert')).length,
        images: document.querySelectorAll('img[src="x"]').length,
        text: document.body.innerText,
      }));
      expect({ path, handlers: found.handlers, scripts: found.scripts, images: found.images }).toEqual({
        path,
        handlers: 0,
        scripts: 0,
        images: 0,
      });
      for (const payload of [MARKUP, SCRIPT, ATTRIBUTE, FORMULA]) if (found.text.includes(payload)) shown.add(payload);
      dialogs.push(...opened.splice(0).map((text) => `${path}: ${text}`));
    }
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    expect([...shown].sort()).toEqual([MARKUP, SCRIPT, ATTRIBUTE, FORMULA].sort());
    // Every embed page's chart went live and had its marks hovered (up to three), and the stories' charts.
    const live = crawled.filter((path) => path.startsWith('/embed/') || path.startsWith('/stories/'));
    expect(live.filter((path) => !hovered.has(path))).toEqual([]);
    await context.close();
  }, 240_000);

  test('runs nothing in any notebook, which shows the hostile datasets (the first is picked): no dialog, no element made from a payload, payloads read as text', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    const shown = new Set<string>();
    const page = await context.newPage();
    const opened: string[] = [];
    recordDialogs(page, opened);
    for (const path of pages(dist, true)) {
      await page.goto(notebookServer.origin + BASE.slice(0, -1) + path, { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.cellsPending === '0', undefined, {
        timeout: 60_000,
      });
      const found = await page.evaluate(() => ({
        handlers: [...document.querySelectorAll('*')].filter((e) =>
          [...e.attributes].some((a) => a.name.startsWith('on')),
        ).length,
        images: document.querySelectorAll('img[src="x"]').length,
        text: document.body.innerText,
      }));
      expect({ path, handlers: found.handlers, images: found.images }).toEqual({ path, handlers: 0, images: 0 });
      for (const payload of [MARKUP, SCRIPT, ATTRIBUTE, FORMULA]) if (found.text.includes(payload)) shown.add(payload);
      dialogs.push(...opened.splice(0).map((text) => `${path}: ${text}`));
    }
    expect(dialogs).toEqual([]);
    expect(shown.size).toBeGreaterThan(0);
    await context.close();
  }, 240_000);
});
