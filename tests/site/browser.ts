import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, STRICT_CSP, type StaticServer } from '../../src/site/static-server.ts';

/**
 * What the browser tests share: the built site (`dist/`, or the folder named by
 * `WORKREPORT_DIST`) served with the strict Content-Security-Policy of issue 5, Debian's
 * Chromium through playwright-core, and a page opener that records everything that went wrong.
 */

/** The built site. `vite build` (run by `npm test` before vitest) writes it. */
export const DIST = process.env.WORKREPORT_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));

/** The machine has 2 cores; Chromium start and chart rendering can be slow. */
export const TIMEOUT = 30_000;

/**
 * Chromium's arguments on these machines (STACK.md): no sandbox (root), no GPU, no background
 * network; and offline: no host name resolves but 127.0.0.1 and localhost, where the tests serve
 * the site, so a request for a CDN or any other site fails at once and never leaves the machine.
 * (bench/page.ts launches with these too, and times pages as a reader's browser runs them.)
 */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/**
 * What the tests add to {@link LAUNCH_ARGS}: V8 runs the pages' scripts without its optimising
 * compilers (Maglev, TurboFan), on its interpreter and baseline compiler. A test keeps a page open
 * for a second or two, too short for optimised code to pay for its compiling: the browser tests cost
 * Chromium ~15 % less CPU time. The scripts behave the same; only their long loops run slower. Not
 * for timing pages (bench/page.ts does not add it).
 */
const TEST_ARGS = ['--js-flags=--no-maglev --no-opt'];

/**
 * The Chromium the tests drive: Debian's headless shell (package `chromium-headless-shell`, the
 * build Playwright runs its own headless tests with) when it is installed, else Debian's
 * `chromium`. Both are the same Blink with the same fonts; the shell has no browser UI layer
 * underneath, and the browser tests cost Chromium a quarter less CPU time with it.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const CHROMIUM = existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium';

/** Launch {@link CHROMIUM} for a test, headless, with {@link LAUNCH_ARGS} and {@link TEST_ARGS}. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...LAUNCH_ARGS, ...TEST_ARGS] });
}

let chromiumOfProcess: Promise<Browser> | undefined;

/**
 * Chromium for the browser tests of this process: launched by the first test file that asks, and
 * shared by the files the process runs after it (vitest runs the e2e files one after another in each
 * worker, their modules kept: `isolate: false`), as a reader keeps one browser open. Launched again
 * if it was closed or crashed. A launch costs ~0.6 CPU-s and starts Chromium's GPU, zygote and
 * utility processes anew. Playwright closes it when the process exits; test files close the
 * contexts they open, not the browser.
 */
export async function sharedChromium(): Promise<Browser> {
  const running = await chromiumOfProcess?.catch(() => undefined);
  if (running?.isConnected() === true) return running;
  chromiumOfProcess = launchChromium();
  return chromiumOfProcess;
}

/** The site served under the strict CSP, and a browser. */
export interface Site {
  server: StaticServer;
  origin: string;
  browser: Browser;
  /** Stop serving the site (the browser is the process's, {@link sharedChromium}). */
  close(): Promise<void>;
}

/**
 * Serve `DIST` with `Content-Security-Policy: <STRICT_CSP>`, with the process's Chromium ({@link sharedChromium}).
 *
 * @throws Error when `DIST` has no `required` file (the site was not built).
 */
export async function openSite(required: string): Promise<Site> {
  if (!existsSync(`${DIST}/${required}`))
    throw new Error(`${DIST} has no ${required}: run \`vite build\` before the browser tests (npm test does)`);
  const server = await serveStatic(DIST, { headers: { 'Content-Security-Policy': STRICT_CSP } });
  const browser = await sharedChromium();
  return {
    server,
    origin: server.origin,
    browser,
    async close() {
      await server.close();
    },
  };
}

/** What went wrong while a page was open. */
export interface Problems {
  /** Console errors and warnings, and uncaught page errors. */
  console: string[];
  /** Requests that failed or answered ≥ 400. */
  failedRequests: string[];
  /** `securitypolicyviolation` events: the directive and the blocked URI. */
  cspViolations: string[];
}

/**
 * The browser contexts of each browser, one per set of options: a page opened in a context that is
 * already running costs Chromium about 60 % of the CPU time a page in a fresh context costs, and the
 * pages share the HTTP cache and compiled scripts, as one reader's tabs do. The site keeps no state
 * in the browser (no storage, no cookies), so pages of one context see the site as a fresh one would.
 */
const contexts = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();

function sharedContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  let byOptions = contexts.get(browser);
  if (byOptions === undefined) {
    byOptions = new Map();
    contexts.set(browser, byOptions);
  }
  const key = JSON.stringify(options);
  let context = byOptions.get(key);
  if (context === undefined) {
    context = browser.newContext(options);
    byOptions.set(key, context);
  }
  return context;
}

/** A page kept open between tests, and where its listeners record what goes wrong. */
interface Tab {
  page: Page;
  problems: Problems;
  viewport: { width: number; height: number };
  /** The context's media settings, which `closePage` puts back. */
  media: Pick<BrowserContextOptions, 'colorScheme' | 'reducedMotion' | 'forcedColors'>;
}

/**
 * Pages closed with `closePage`, by context, kept for the next `openPage`: a new page costs Chromium a
 * renderer process and the browser process about twice the CPU time of a navigation in a page kept
 * open (every-dataset, 142 renderers for 125 pages).
 */
const idle = new WeakMap<BrowserContext, Tab[]>();
const tabs = new WeakMap<Page, Tab>();

/** A new page of `context`, recording what goes wrong into its tab's `problems` (replaced at each open). */
async function newTab(context: BrowserContext, settings: BrowserContextOptions & Pick<Tab, 'viewport'>): Promise<Tab> {
  const page = await context.newPage();
  const { viewport, colorScheme = null, reducedMotion = null, forcedColors = null } = settings;
  const media = { colorScheme, reducedMotion, forcedColors };
  const tab: Tab = { page, problems: { console: [], failedRequests: [], cspViolations: [] }, viewport, media };
  tabs.set(page, tab);
  if (settings.javaScriptEnabled !== false) {
    await page.exposeFunction('__reportCspViolation', (text: string) => tab.problems.cspViolations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
  }
  return tab;
}

/** Record `tab`'s console errors and warnings, uncaught errors and failed requests into its problems. */
function listen(tab: Tab): void {
  const { page } = tab;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      tab.problems.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => tab.problems.console.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) =>
    tab.problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) tab.problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
}

/**
 * A page of `site` opened at `path`, in the site's shared context for `options` (see `contexts`),
 * and its problems from this opening on: a page `closePage` kept, or a new one.
 */
export async function openPage(
  site: Site,
  path: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: Problems }> {
  const settings = { ...options, viewport: options.viewport ?? { width: 1280, height: 800 } };
  const context = await sharedContext(site.browser, settings);
  const tab = idle.get(context)?.pop() ?? (await newTab(context, settings));
  tab.problems = { console: [], failedRequests: [], cspViolations: [] };
  listen(tab);
  await tab.page.goto(site.origin + path, { waitUntil: 'load' });
  return { page: tab.page, problems: tab.problems };
}

/**
 * Close a page opened with `openPage`: it is kept for the next `openPage` of its context, as a
 * reader reuses a tab, once it has left its page (about:blank, with no listener left, so nothing of
 * this page reaches the next one's problems) and has its context's viewport and media again. Its
 * shared context stays open until the browser closes.
 */
export async function closePage(page: Page): Promise<void> {
  const tab = tabs.get(page);
  if (tab === undefined || page.isClosed()) return page.close();
  page.removeAllListeners();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.goto('about:blank');
  await page.emulateMedia({ media: null, ...tab.media });
  const size = page.viewportSize();
  if (size?.width !== tab.viewport.width || size.height !== tab.viewport.height)
    await page.setViewportSize(tab.viewport);
  const context = page.context();
  const kept = idle.get(context) ?? [];
  kept.push(tab);
  idle.set(context, kept);
}

/** The width the document scrolls to; more than the viewport means sideways scrolling. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** What a page's problems are when nothing went wrong. */
export const NO_PROBLEMS: Problems = { console: [], failedRequests: [], cspViolations: [] };

/**
 * The built site, served and with a browser, for the tests of one file: opened before them (failing
 * when `required` is not built), closed after them. Call at the top of a test file; the returned
 * function gives the site inside tests.
 */
export function useSite(required: string): () => Site {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await openSite(required);
  }, TIMEOUT);
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (site === undefined) throw new Error(`the site was not opened (${required})`);
    return site;
  };
}

/**
 * Dismiss every dialog `page` opens (an `alert` from a payload that ran) and record its message, after
 * `prefix`, in `into`: a test of hostile text expects `into` to stay empty.
 */
export function recordDialogs(page: Page, into: string[], prefix = ''): void {
  page.on('dialog', (dialog) => {
    into.push(prefix + dialog.message());
    void dialog.dismiss();
  });
}
