/**
 * Screenshots of the site's pages as readers see them, for review by eye: the story (at two of its
 * steps), an embed page opened directly, its reader view in a light and a dark article, a series
 * page and the index, at 375 and 1280 px, in zh and en, light and dark. Reads the built site
 * (`dist/`, or `WORKREPORT_DIST`); writes PNGs to the folder given (default `/tmp/page-shots/`)
 * and prints their names.
 *
 *   npx vite build && npx tsx scripts/page-screenshots.ts /tmp/page-shots
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, launchChromium } from '../tests/site/browser.ts';
import { serveStatic, STRICT_CSP } from '../src/site/static-server.ts';

const out = process.argv[2] ?? '/tmp/page-shots';
mkdirSync(out, { recursive: true });
const WIDTHS = [375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
const EMBED = 'embed/yangshahu-2019/farmland-by-crop/';

const site = await serveStatic(DIST, { headers: { 'Content-Security-Policy': STRICT_CSP } });
const hostDir = mkdtempSync(join(tmpdir(), 'workreport-shots-host-'));
for (const theme of ['light', 'dark'] as const) {
  const look = theme === 'light' ? 'background:#fff;color:#222' : 'background:#16191d;color:#eee';
  writeFileSync(
    join(hostDir, `${theme}.html`),
    `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>body{${look};font:18px/1.6 sans-serif;max-width:44rem;margin:0 auto;padding:1rem}</style></head><body><h1>An article (${theme})</h1><p>Text before the chart.</p><iframe src="${site.origin}/${EMBED}reader/?theme=${theme}" title="chart" width="100%" height="420" data-workreport-embed></iframe><p>Text after the chart.</p><script src="${site.origin}/embed/host.js"></script></body></html>`,
  );
}
const host = await serveStatic(hostDir);
const browser = await launchChromium();

async function shot(
  name: string,
  path: string,
  width: number,
  scheme: 'light' | 'dark',
  act?: (page: Page) => Promise<void>,
  origin = site.origin,
): Promise<void> {
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? 812 : 800 },
    colorScheme: scheme,
  });
  const page = await context.newPage();
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForTimeout(600);
  await act?.(page);
  await page.waitForTimeout(600);
  const file = join(out, `${name}-${width}-${scheme}.png`);
  await page.screenshot({ path: file, fullPage: act === undefined && !path.includes('stories') });
  console.log(file);
  await context.close();
}

/** Scroll the story to step `index` as its own runtime would (focus), and let the chart settle. */
const toStep = (index: number) => async (page: Page) => {
  await page.locator('[data-step]').nth(index).focus();
  await page.waitForTimeout(900);
};

for (const width of WIDTHS) {
  for (const scheme of SCHEMES) {
    for (const lang of ['zh', 'en'] as const) {
      const suffix = lang === 'zh' ? '' : 'en/';
      await shot(`story-${lang}-step2`, `/stories/yangshahu-2019/${suffix}`, width, scheme, toStep(1));
      await shot(`story-${lang}-step7`, `/stories/yangshahu-2019/${suffix}`, width, scheme, toStep(6));
      await shot(`embed-${lang}`, `/${EMBED}${suffix}`, width, scheme);
      await shot(`series-${lang}`, `/compare/hongshan-district/${suffix}`, width, scheme);
    }
    await shot('index', '/', width, scheme);
    for (const theme of ['light', 'dark'] as const)
      await shot(`host-${theme}-article`, `/${theme}.html`, width, scheme, undefined, host.origin);
  }
}
await browser.close();
await site.close();
await host.close();
