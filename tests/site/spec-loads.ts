import type { Site } from './browser.ts';
import { TIMEOUT } from './browser.ts';

/** The precompiled specs one load of a page asked for, and the ones it hydrated. */
export interface SpecLoads {
  /** `data-vega-spec` of every variant that got a live view, as URL paths. */
  hydrated: string[];
  /** Every precompiled spec the page requested (resource timing), as URL path and what asked (`link`: a preload; `fetch`: the runtime). */
  requested: { path: string; by: string }[];
}

/**
 * Load `path` of `site` once, in a context of its own (an empty HTTP cache, as a first visit),
 * at `width` × 800 CSS pixels in colour scheme `scheme`, wait until a chart variant is live
 * (`[data-hydrated]`, src/embed/chart-block.ts), and say which specs it requested and hydrated.
 * A page whose preloads match its layout requests each spec once, by its `<link rel="preload">`.
 */
export async function specLoads(site: Site, path: string, width: number, scheme: 'light' | 'dark'): Promise<SpecLoads> {
  const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
  try {
    const page = await context.newPage();
    await page.goto(site.origin + path, { waitUntil: 'load' });
    await page.waitForSelector('[data-hydrated]', { state: 'attached', timeout: TIMEOUT });
    return await page.evaluate(() => ({
      hydrated: [...document.querySelectorAll<HTMLElement>('[data-hydrated]')].map((v) => v.dataset.vegaSpec ?? ''),
      requested: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/vega-[^/]*\.json$/.test(new URL(entry.name).pathname))
        .map((entry) => ({
          path: new URL(entry.name).pathname,
          by: (entry as PerformanceResourceTiming).initiatorType,
        })),
    }));
  } finally {
    await context.close();
  }
}

/**
 * The precompiled specs (URL paths) a load of `path` of `site` requests with JavaScript off, in a
 * context of its own at 1280 × 800: none, when the page preloads only for readers whose scripts run.
 */
export async function specRequestsWithoutScripts(site: Site, path: string): Promise<string[]> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/\/vega-[^/]*\.json$/.test(pathname)) requested.push(pathname);
    });
    await page.goto(site.origin + path, { waitUntil: 'load' });
    return requested;
  } finally {
    await context.close();
  }
}
