import type { Site } from './browser.ts';
import { TIMEOUT } from './browser.ts';

/** How {@link extraRequests} loads a page. */
export interface LoadOptions {
  width: number;
  colorScheme: 'light' | 'dark';
  javaScriptEnabled: boolean;
  /** With JavaScript on, the selector that says the page's charts are interactive. */
  ready: string;
}

/**
 * What a first load of `path` of `site` requests besides the page itself, its scripts and its
 * stylesheets (URL paths), in a context of its own (an empty cache) at `width` × 800 CSS pixels, once
 * the page is loaded and, with JavaScript on, `ready` is in it. A page whose charts are interactive
 * from their own markup (src/embed/chart-block.ts) requests nothing else.
 */
export async function extraRequests(site: Site, path: string, options: LoadOptions): Promise<string[]> {
  const { width, colorScheme, javaScriptEnabled, ready } = options;
  const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme, javaScriptEnabled });
  try {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(site.origin + path, { waitUntil: 'load' });
    if (javaScriptEnabled) await page.waitForSelector(ready, { state: 'attached', timeout: TIMEOUT });
    return requested.filter((requestedPath) => !/\.(?:js|css)$/.test(requestedPath) && requestedPath !== path);
  } finally {
    await context.close();
  }
}
