import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NOTEBOOKS } from '../../notebooks/notebooks.ts';
import { serveStatic, type StaticServer } from '../../src/site/static-server.ts';
import { sharedChromium, TIMEOUT } from '../site/browser.ts';
import { BASE, BUILD_TIMEOUT, fixtureSite, NO_FIGURES, NOTEBOOK_CSP } from './fixture-site.ts';

/**
 * A published dataset may have no figures (a report.json and its source.txt pass `workreport check`):
 * every notebook opens it without a failed cell, and the indicators notebook says there is no figure
 * to edit instead of failing its edit cells. The browser tests' own site (tests/e2e/fixture-site.ts).
 */

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const dir = await fixtureSite();
  server = await serveStatic(join(dir, 'site'), { headers: { 'Content-Security-Policy': NOTEBOOK_CSP } });
  browser = await sharedChromium();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await server?.close();
});

describe(`a dataset without figures (${NO_FIGURES})`, () => {
  test(
    'every notebook with a dataset picker shows it without a failed cell; indicators has no figure to edit',
    async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const settled = () =>
        page.waitForFunction(() => document.documentElement.dataset.cellsPending === '0', undefined, {
          timeout: TIMEOUT,
        });
      const pickers = NOTEBOOKS.filter((name) => ['figures', 'compose', 'indicators'].includes(name));
      expect(pickers).toHaveLength(3);
      for (const name of pickers) {
        await page.goto(`${server.origin}${BASE}notebooks/${name}/`);
        await settled();
        const picker = page.getByLabel('报告 Report');
        const option = picker.locator('option', { hasText: NO_FIGURES });
        // The cells run again after the pick: wait for a run that starts after it, then for all to settle.
        const runs = Number(await page.getAttribute('html', 'data-cells-runs'));
        await picker.selectOption(await option.getAttribute('value'));
        await page.waitForFunction((before) => Number(document.documentElement.dataset.cellsRuns) > before, runs, {
          timeout: TIMEOUT,
        });
        await settled();
        const state = await page.evaluate(() => ({
          failed: document.documentElement.dataset.cellsFailed,
          errors: [...document.querySelectorAll('.observablehq--error')].map((e) => e.textContent),
          noFigures: document.querySelectorAll('[data-no-figures]').length,
        }));
        expect(state, name).toEqual({ failed: '0', errors: [], noFigures: name === 'indicators' ? 1 : 0 });
      }
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT * 2,
  );
});
