import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { YANGSHAHU_CHARTS } from '../datasets.ts';
import { yangshahu2019 } from '../datasets.ts';
import { stuckScrollY } from '../../src/story/scrolly.ts';
import { closePage, DIST, openPage, openSite, scrollWidth, TIMEOUT, type Site } from '../site/browser.ts';
import { extraRequests } from '../site/extra-requests.ts';
import { hoverTooltip } from '../site/item-tooltip.ts';

/**
 * The Yangshahu 2019 story, built (`vite build`) and served under the strict CSP, in Chromium:
 * static first (every chart is SVG in the HTML), one active step whatever the reader does, every
 * number linked to the source view, zh and en.
 */

const STORY = '/stories/yangshahu-2019/';
const SOURCE = readFileSync(new URL('../../datasets/yangshahu-2019/source.txt', import.meta.url), 'utf8');
const SCREENSHOT = '/tmp/story.png';

let site: Site;

beforeAll(async () => {
  site = await openSite('stories/yangshahu-2019/index.html');
}, TIMEOUT);

afterAll(async () => {
  await site?.close();
});

const noProblems = { console: [], failedRequests: [], cspViolations: [] };

/** The story's steps as the page declares them. */
async function stepsOf(page: Page): Promise<{ id: string; chartId: string }[]> {
  return page.$$eval('[data-step]', (steps) =>
    steps.map((step) => ({ id: step.id, chartId: (step as HTMLElement).dataset.chartId ?? '' })),
  );
}

/** What the reader sees: active steps, the chart shown and whether it is interactive. */
interface StoryState {
  active: string[];
  current: number;
  rendered: string | undefined;
  interactive: string | undefined;
  /** Marks (paths and texts) of the SVG in the shown layer's displayed variant. */
  marks: number;
  /** Items of that SVG with a tooltip (src/render/item-svg.ts). */
  items: number;
}

function state(page: Page): Promise<StoryState> {
  return page.evaluate(() => {
    const graphic = document.querySelector<HTMLElement>('[data-chart]');
    const shown = document.querySelector<HTMLElement>('[data-chart-layer].is-shown');
    const variant =
      shown && [...shown.querySelectorAll<HTMLElement>('.chart__variant')].find((v) => v.getClientRects().length > 0);
    return {
      active: [...document.querySelectorAll('[data-step].is-active')].map((step) => step.id),
      current: document.querySelectorAll('[data-step][aria-current="step"]').length,
      rendered: graphic?.dataset.renderedChart,
      interactive: graphic?.dataset.interactiveChart,
      marks: variant?.querySelectorAll('g[class*="mark-"] > path, g[class*="mark-"] > text').length ?? 0,
      items: variant?.querySelectorAll('[data-tooltip]').length ?? 0,
    };
  });
}

/** Wait until `chartId` is the interactive chart of the stage and `stepId` the active step. */
async function waitForStep(page: Page, stepId: string, chartId: string): Promise<void> {
  await page.waitForFunction(
    ({ stepId, chartId }) =>
      document.getElementById(stepId)?.classList.contains('is-active') === true &&
      document.querySelector<HTMLElement>('[data-chart]')?.dataset.interactiveChart === chartId,
    { stepId, chartId },
    { timeout: TIMEOUT },
  );
}

/**
 * Scroll as a reader does until step `index` is the one being read: on a wide screen its middle at
 * the middle of the screen; on a phone, where steps stick under the chart (story.css), to where
 * it reaches its place (the page's own computation, src/story/scrolly.ts `stuckScrollY`).
 */
async function scrollToStep(page: Page, index: number): Promise<void> {
  const narrow = await page.evaluate(() => window.matchMedia('(max-width: 48rem)').matches);
  if (narrow)
    await page.evaluate(
      `window.scrollTo(0, (${stuckScrollY.toString()})([...document.querySelectorAll('[data-step]')], ${index}))`,
    );
  else
    await page
      .locator('[data-step]')
      .nth(index)
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/** The boxes of the chart shown (its visible SVG) and of the active step, and the viewport, in CSS pixels. */
function boxes(page: Page): Promise<{
  chart: { top: number; bottom: number; left: number; right: number; width: number };
  step: { top: number; bottom: number; clipped: boolean };
  active: string;
  viewport: { width: number; height: number };
}> {
  return page.evaluate(() => {
    const layer = document.querySelector('[data-chart-layer].is-shown');
    const svg = [...(layer?.querySelectorAll('svg') ?? [])].find((s) => s.getClientRects().length > 0);
    const chart = svg?.getBoundingClientRect();
    const step = document.querySelector<HTMLElement>('[data-step].is-active');
    const box = step?.getBoundingClientRect();
    return {
      chart: {
        top: chart?.top ?? NaN,
        bottom: chart?.bottom ?? NaN,
        left: chart?.left ?? NaN,
        right: chart?.right ?? NaN,
        width: chart?.width ?? 0,
      },
      step: {
        top: box?.top ?? NaN,
        bottom: box?.bottom ?? NaN,
        clipped: step === null ? true : step.scrollHeight > step.clientHeight + 1,
      },
      active: step?.id ?? '',
      viewport: { width: window.innerWidth, height: window.innerHeight },
    };
  });
}

describe('site index', () => {
  test(
    'links the Yangshahu 2019 story',
    async () => {
      const { page, problems } = await openPage(site, '/');
      await page.click(`a[href="${STORY}"]`);
      await page.waitForURL(site.origin + STORY);
      expect(await page.title()).toContain('洋沙湖镇');
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    TIMEOUT,
  );
});

describe('Yangshahu 2019 story', () => {
  test(
    'every step, scrolled into view in order, is the one active step and its chart is shown and interactive',
    async () => {
      const { page, problems } = await openPage(site, STORY);
      const steps = await stepsOf(page);
      expect(steps.length).toBeGreaterThanOrEqual(7);
      for (const [index, step] of steps.entries()) {
        await scrollToStep(page, index);
        await waitForStep(page, step.id, step.chartId);
        const seen = await state(page);
        expect(seen, `step ${index} (${step.chartId})`).toMatchObject({
          active: [step.id],
          current: 1,
          rendered: step.chartId,
        });
        // Once the crossfade is over, the step's chart is the only visible layer.
        await page.waitForFunction(
          (chartId) =>
            [...document.querySelectorAll<HTMLElement>('[data-chart-layer]')]
              .filter((layer) => getComputedStyle(layer).visibility === 'visible')
              .map((layer) => layer.dataset.chartLayer)
              .join() === chartId,
          step.chartId,
        );
        expect(seen.marks, `marks of ${step.chartId}`).toBeGreaterThan(0);
        expect(seen.items, `items with a tooltip of ${step.chartId}`).toBeGreaterThan(0);
        if (index === Math.floor(steps.length / 2)) await page.screenshot({ path: SCREENSHOT, animations: 'disabled' });
      }
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    4 * TIMEOUT,
  );

  test(
    'hovering an item of the sticky chart shows its tooltip, with the hint; a click opens its figure or indicator in the source view',
    async () => {
      const { page, problems } = await openPage(site, STORY, { viewport: { width: 1280, height: 800 } });
      const first = (await stepsOf(page))[0];
      if (first === undefined) throw new Error('the story has no steps');
      await waitForStep(page, first.id, first.chartId);
      const item = page.locator('[data-chart-layer].is-shown .chart__variant:visible [data-id][data-tooltip]').first();
      const { id, values, text, hint } = await hoverTooltip(page, item);
      for (const value of Object.values(values)) expect(text).toContain(value);
      expect(hint).toBe('点击查看原文');
      await item.click({ force: true });
      await page.waitForURL(new RegExp(`/source/yangshahu-2019/#(?:indicator-)?${id}$`), { timeout: TIMEOUT });
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'reloaded with step 5 in view, step 5 is the one active step and shows its chart',
    async () => {
      const { page, problems } = await openPage(site, STORY);
      const steps = await stepsOf(page);
      const fifth = steps[4];
      if (fifth === undefined) throw new Error('the story has fewer than 5 steps');
      await scrollToStep(page, 4);
      await waitForStep(page, fifth.id, fifth.chartId);
      await page.reload({ waitUntil: 'load' });
      await waitForStep(page, fifth.id, fifth.chartId);
      expect(await state(page)).toMatchObject({
        active: [fifth.id],
        current: 1,
        rendered: fifth.chartId,
        interactive: fifth.chartId,
      });
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    2 * TIMEOUT,
  );

  test(
    'after fast scrolling, a resize and a jump to an anchor, exactly one step is active: the one at the trigger line',
    async () => {
      const { page } = await openPage(site, STORY);
      // The trigger line: the middle of the screen, or on a phone the chart's bottom edge, where steps stick (story.css).
      const expected = (): Promise<string> =>
        page.evaluate(() => {
          const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
          const narrow = window.matchMedia('(max-width: 48rem)').matches;
          const trigger = narrow
            ? (document.querySelector('[data-chart]')?.getBoundingClientRect().bottom ?? 0) + 12
            : window.innerHeight / 2;
          const passed = steps.filter((step) => step.getBoundingClientRect().top <= trigger);
          return (passed.at(-1) ?? steps[0])?.id ?? '';
        });
      const settled = async (): Promise<void> => {
        const id = await expected();
        await page.waitForFunction(
          (id) =>
            document.querySelectorAll('[data-step].is-active').length === 1 &&
            document.getElementById(id)?.classList.contains('is-active'),
          id,
          { timeout: TIMEOUT },
        );
      };
      // Fast: ten jumps without waiting for a frame between them.
      await page.evaluate(() => {
        const height = document.documentElement.scrollHeight;
        for (let i = 1; i <= 10; i++) window.scrollTo(0, (height * ((i * 7) % 10)) / 10);
        window.scrollTo(0, height * 0.45);
      });
      await settled();
      await page.setViewportSize({ width: 375, height: 740 });
      await settled();
      await page.setViewportSize({ width: 1024, height: 700 });
      await settled();
      await page.goto(`${site.origin}${STORY}#demolished-area`);
      await settled();
      expect(await expected()).toBe('demolished-area');
      await closePage(page);
    },
    2 * TIMEOUT,
  );

  test(
    'a resize between the wide and the narrow layout keeps the step being read, and its chart',
    async () => {
      const { page, problems } = await openPage(site, STORY);
      const steps = await stepsOf(page);
      for (const index of [3, Math.floor(steps.length / 2), steps.length - 2]) {
        const step = steps[index];
        if (step === undefined) throw new Error(`the story has no step ${index}`);
        await page.setViewportSize({ width: 1280, height: 800 });
        await scrollToStep(page, index);
        await waitForStep(page, step.id, step.chartId);
        for (const viewport of [
          { width: 375, height: 740 },
          { width: 1280, height: 800 },
        ]) {
          await page.setViewportSize(viewport);
          await waitForStep(page, step.id, step.chartId);
          // Settled: the step stays the one being read a while after the resize.
          await page.waitForTimeout(250);
          expect(await state(page), `step ${index} at ${viewport.width} px`).toMatchObject({
            active: [step.id],
            rendered: step.chartId,
          });
        }
      }
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    2 * TIMEOUT,
  );

  test(
    'a step focused from the keyboard becomes the active step',
    async () => {
      const { page } = await openPage(site, STORY);
      const steps = await stepsOf(page);
      const third = steps[2];
      if (third === undefined) throw new Error('the story has fewer than 3 steps');
      expect(await page.getAttribute(`#${third.id}`, 'tabindex')).toBe('0');
      await page.focus(`#${third.id}`);
      await waitForStep(page, third.id, third.chartId);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'steps cover every section of the 2019 summary and name registered charts',
    async () => {
      const { page } = await openPage(site, STORY);
      const sectionOf = new Map(YANGSHAHU_CHARTS.map((c) => [`${yangshahu2019.meta.id}/${c.id}`, c.section]));
      const steps = await stepsOf(page);
      for (const step of steps) expect(sectionOf.has(step.chartId), `chart ${step.chartId} is registered`).toBe(true);
      const covered = new Set(steps.map((s) => sectionOf.get(s.chartId)));
      const summary = yangshahu2019.sections.filter((s) => s.part === 'review').map((s) => s.id);
      expect(summary.filter((id) => !covered.has(id))).toEqual([]);
      await closePage(page);
    },
    TIMEOUT,
  );

  for (const path of [STORY, `${STORY}en/`]) {
    test(
      `${path}: numbers are the report’s figures, each links to its highlight in the source view, quotes are verbatim`,
      async () => {
        const { page } = await openPage(site, path);
        const cited = await page.$$eval(
          'data[data-figure], data[data-ratio], data[data-sum], data[data-figure-count]',
          (elements) =>
            elements.map((e) => ({
              figure: (e as HTMLElement).dataset.figure,
              ratio: (e as HTMLElement).dataset.ratio,
              sum: (e as HTMLElement).dataset.sum,
              value: Number((e as HTMLDataElement).value),
              text: e.textContent ?? '',
              href: e.closest('a')?.getAttribute('href') ?? null,
            })),
        );
        const valueOf = (id: string): number => {
          const figure = yangshahu2019.figures.find((f) => f.id === id);
          if (figure === undefined) throw new Error(`the story cites figure "${id}", which the report does not have`);
          return figure.quantity.value;
        };
        const sourceHtml = readFileSync(`${DIST}/source/yangshahu-2019/index.html`, 'utf8');
        expect(cited.length).toBeGreaterThan(30);
        for (const { figure, ratio, sum, value, text, href } of cited) {
          expect(href, `${text} is a link`).toMatch(/^\/source\/yangshahu-2019\//);
          const anchor = href?.split('#')[1];
          if (anchor !== undefined) expect(sourceHtml, `${href} has its anchor`).toContain(` id="${anchor}"`);
          if (figure !== undefined) {
            expect(value, `${figure} (${text})`).toBe(valueOf(figure));
            expect(href).toBe(`/source/yangshahu-2019/#${figure}`);
          } else if (ratio !== undefined) {
            const [part = '', whole = ''] = ratio.split('/');
            expect(value, `${ratio} (${text})`).toBe(Math.round((1000 * valueOf(part)) / valueOf(whole)) / 10);
          } else if (sum !== undefined) {
            expect(value, `${sum} (${text})`).toBe(sum.split('+').reduce((total, id) => total + valueOf(id), 0));
          } else expect(value, 'figure count').toBe(yangshahu2019.figures.length);
        }
        const quotes = await page.$$eval('q', (elements) =>
          elements.map((e) => ({ text: e.textContent ?? '', cite: e.getAttribute('cite') })),
        );
        for (const quote of quotes) {
          expect(SOURCE.includes(quote.text), `quote 「${quote.text}」 is in source.txt`).toBe(true);
          expect(quote.cite).toBe(yangshahu2019.meta.url);
        }
        await closePage(page);
      },
      TIMEOUT,
    );
  }

  test(
    'names the report’s title, publisher and address in “sources and method”',
    async () => {
      const { page } = await openPage(site, STORY);
      const sources = await page.locator('.sources').innerText();
      const { title, publisher, url } = yangshahu2019.meta;
      expect(sources).toContain(title.zh);
      expect(sources).toContain(publisher?.zh ?? 'no publisher');
      expect(await page.locator(`.sources a[href="${url}"]`).count()).toBe(1);
      await closePage(page);
    },
    TIMEOUT,
  );

  for (const width of [375, 1280])
    test(
      `at ${width} px, a chart moved into its stage layer when the browser is idle takes the place its stand-in kept`,
      async () => {
        const context = await site.browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        // The idle periods the stage asks for wait in a queue until the test has measured the stand-ins.
        await page.addInitScript(
          'window.__idle = []; window.requestIdleCallback = (task) => window.__idle.push(task);',
        );
        await page.goto(site.origin + STORY, { waitUntil: 'load' });
        /** Each layer's box (its visible SVG) and whether it still waits for its chart, and the stage's height. */
        const measure = (): Promise<{ layers: { id: string; pending: boolean; box: number[] }[]; stage: number }> =>
          page.evaluate(() => ({
            layers: [...document.querySelectorAll<HTMLElement>('[data-chart-layer]')].map((layer) => {
              const svg = [...layer.querySelectorAll('svg')].find((s) => s.getClientRects().length > 0);
              const box = svg?.getBoundingClientRect();
              return {
                id: layer.dataset.chartLayer ?? '',
                pending: layer.dataset.chartPending !== undefined,
                box: box === undefined ? [] : [box.width, box.height].map((n) => Math.round(n * 10) / 10),
              };
            }),
            stage: document.querySelector('[data-chart]')?.getBoundingClientRect().height ?? NaN,
          }));
        await page.waitForFunction(() => (window as unknown as { __idle: unknown[] }).__idle.length > 0);
        const before = await measure();
        expect(before.layers.length).toBeGreaterThan(3);
        expect(before.layers.map((layer) => layer.pending)).toEqual(before.layers.map((_, index) => index > 0));
        // Idle at last: each period fills one layer and asks for the next.
        const periods = await page.evaluate(() => {
          const queue = (window as unknown as { __idle: (() => void)[] }).__idle;
          let count = 0;
          for (let task = queue.shift(); task !== undefined; task = queue.shift(), count++) task();
          return count;
        });
        expect(periods).toBe(before.layers.length);
        const after = await measure();
        expect(after.layers.every((layer) => !layer.pending)).toBe(true);
        expect(after.layers.map((layer) => [layer.id, layer.box])).toEqual(
          before.layers.map((layer) => [layer.id, layer.box]),
        );
        expect(after.stage).toBeCloseTo(before.stage, 1);
        expect(await page.locator('[data-chart-layer] [data-chart-block] svg .role-mark').count()).toBeGreaterThan(
          before.layers.length,
        );
        await context.close();
      },
      TIMEOUT,
    );

  test(
    'with JavaScript off, every step shows its chart as SVG beside its text, and the sticky graphic is gone',
    async () => {
      const { page, problems } = await openPage(site, STORY, { javaScriptEnabled: false });
      const steps = await stepsOf(page);
      const shown = await page.$$eval('[data-step]', (elements) =>
        elements.map((step) => {
          const svg = [...step.querySelectorAll('.step__chart svg')].find((s) => s.getClientRects().length > 0);
          return {
            marks: svg?.querySelectorAll('g[class*="mark-"] > path, g[class*="mark-"] > text').length ?? 0,
            label: svg?.getAttribute('aria-label') ?? '',
          };
        }),
      );
      expect(shown).toHaveLength(steps.length);
      for (const [index, chart] of shown.entries()) {
        expect(chart.marks, `step ${index} chart marks`).toBeGreaterThan(0);
        expect(chart.label, `step ${index} chart alt text`).not.toBe('');
      }
      expect(await page.locator('[data-chart]').isVisible()).toBe(false);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(1280);
      expect(problems.console).toEqual([]);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'the charts are in the HTML as SVG, and the chart keeps its box without a layout shift once it is interactive',
    async () => {
      const html = readFileSync(`${DIST}/stories/yangshahu-2019/index.html`, 'utf8');
      const stage = html.slice(html.indexOf('data-chart '), html.indexOf('class="scrolly__steps"'));
      expect(stage.match(/<svg /g)?.length).toBeGreaterThanOrEqual(2 * 7);
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(() => {
        const record = window as unknown as { shifts: number; staticBox?: DOMRect };
        record.shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            record.shifts += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        document.addEventListener('DOMContentLoaded', () => {
          record.staticBox = document.querySelector('[data-chart-layer].is-shown .chart')?.getBoundingClientRect();
        });
      });
      const page = await context.newPage();
      await page.goto(site.origin + STORY, { waitUntil: 'load' });
      const first = (await stepsOf(page))[0];
      if (first === undefined) throw new Error('the story has no steps');
      await waitForStep(page, first.id, first.chartId);
      const boxes = await page.evaluate(() => {
        const record = window as unknown as { shifts: number; staticBox?: DOMRect };
        const live = document.querySelector('[data-chart-layer].is-shown .chart')?.getBoundingClientRect();
        const interactive = document.querySelector('[data-chart-layer].is-shown .chart[data-interactive] svg') !== null;
        const plain = (r?: DOMRect) => r && { x: r.x, y: r.y, width: r.width, height: r.height };
        return { before: plain(record.staticBox), after: plain(live), shifts: record.shifts, interactive };
      });
      expect(boxes.interactive).toBe(true);
      expect(boxes.before).toBeDefined();
      expect(boxes.after?.x).toBeCloseTo(boxes.before?.x ?? -1, 0);
      expect(boxes.after?.width).toBeCloseTo(boxes.before?.width ?? -1, 0);
      expect(Math.abs((boxes.after?.height ?? 0) - (boxes.before?.height ?? 0))).toBeLessThanOrEqual(2);
      expect(boxes.shifts).toBeLessThan(0.01);
      await context.close();
    },
    TIMEOUT,
  );

  test(
    'does not scroll sideways on a 375 px phone, at any step',
    async () => {
      const { page, problems } = await openPage(site, STORY, { viewport: { width: 375, height: 740 } });
      const steps = await stepsOf(page);
      for (const [index, step] of steps.entries()) {
        await scrollToStep(page, index);
        await waitForStep(page, step.id, step.chartId);
        expect(await scrollWidth(page), `width at step ${index}`).toBeLessThanOrEqual(375);
      }
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    4 * TIMEOUT,
  );

  test(
    'on a 375 px phone, at every step and on the way to the next, the chart and the active step’s text are both in full view and do not overlap',
    async () => {
      const { page, problems } = await openPage(site, STORY, { viewport: { width: 375, height: 812 } });
      const steps = await stepsOf(page);
      const seen = new Set<string>();
      for (const [index, step] of steps.entries()) {
        await scrollToStep(page, index);
        await waitForStep(page, step.id, step.chartId);
        const start = await page.evaluate(() => window.scrollY);
        // The step's place, then a third and two thirds of the way to the next step's.
        for (const fraction of [0, 0.34, 0.67]) {
          if (index === steps.length - 1 && fraction > 0) break;
          const next =
            index + 1 < steps.length
              ? await page.evaluate(
                  `(${stuckScrollY.toString()})([...document.querySelectorAll('[data-step]')], ${index + 1})`,
                )
              : start;
          await page.evaluate((y) => window.scrollTo(0, y), Math.round(start + ((next as number) - start) * fraction));
          await page.waitForTimeout(150);
          const at = await boxes(page);
          const where = `step ${index} (${step.id}), ${Math.round(fraction * 100)} % on`;
          expect(at.active, where).toBe(step.id);
          expect(at.chart.top, `${where}: chart top`).toBeGreaterThanOrEqual(0);
          expect(at.chart.right, `${where}: chart right`).toBeLessThanOrEqual(at.viewport.width);
          expect(at.step.top, `${where}: step text below the chart`).toBeGreaterThanOrEqual(at.chart.bottom);
          expect(at.step.bottom, `${where}: step text above the screen's bottom`).toBeLessThanOrEqual(
            at.viewport.height,
          );
          expect(at.step.clipped, `${where}: step text not cut`).toBe(false);
          seen.add(at.active);
        }
      }
      expect(seen.size).toBe(steps.length);
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    4 * TIMEOUT,
  );

  test(
    'on a 375 px phone the last step stays in full view under the chart for half a screen of scrolling after it arrives',
    async () => {
      const { page, problems } = await openPage(site, STORY, { viewport: { width: 375, height: 740 } });
      const steps = await stepsOf(page);
      const last = steps.at(-1);
      if (last === undefined) throw new Error('the story has no step');
      await scrollToStep(page, steps.length - 1);
      await waitForStep(page, last.id, last.chartId);
      for (const further of [0, 0.25, 0.5]) {
        await page.evaluate((f) => window.scrollBy(0, Math.round(f * window.innerHeight)), further);
        await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
        const at = await boxes(page);
        const where = `${further * 100} % of a screen past the last step`;
        expect(at.active, where).toBe(last.id);
        expect(at.chart.top, `${where}: chart top`).toBeGreaterThanOrEqual(0);
        expect(at.step.top, `${where}: step text below the chart`).toBeGreaterThanOrEqual(at.chart.bottom);
        expect(at.step.bottom, `${where}: step text above the screen's bottom`).toBeLessThanOrEqual(at.viewport.height);
      }
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'on a 375 px phone, Shift+Tab from the last step goes back to the step before it, which becomes the one being read',
    async () => {
      const { page, problems } = await openPage(site, STORY, { viewport: { width: 375, height: 740 } });
      const steps = await stepsOf(page);
      const [before, last] = steps.slice(-2);
      if (before === undefined || last === undefined) throw new Error('the story has fewer than 2 steps');
      await page.focus(`#${last.id}`);
      await waitForStep(page, last.id, last.chartId);
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-step]')?.id)).toBe(before.id);
      await waitForStep(page, before.id, before.chartId);
      const at = await boxes(page);
      expect(at.active).toBe(before.id);
      expect(at.step.top, 'the step before, below the chart').toBeGreaterThanOrEqual(at.chart.bottom);
      expect(at.step.bottom, 'the step before, above the screen’s bottom').toBeLessThanOrEqual(at.viewport.height);
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'at 1280 px the sticky chart takes at least 60 % of the screen’s width',
    async () => {
      const { page, problems } = await openPage(site, STORY, { viewport: { width: 1280, height: 800 } });
      const steps = await stepsOf(page);
      for (const index of [0, Math.floor(steps.length / 2)]) {
        const step = steps[index];
        if (step === undefined) continue;
        await scrollToStep(page, index);
        await waitForStep(page, step.id, step.chartId);
        const at = await boxes(page);
        expect(
          at.chart.width / at.viewport.width,
          `step ${index}: chart width ${at.chart.width} of ${at.viewport.width}`,
        ).toBeGreaterThanOrEqual(0.6);
        expect(at.chart.bottom, `step ${index}: chart within the screen`).toBeLessThanOrEqual(at.viewport.height);
      }
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    2 * TIMEOUT,
  );

  test(
    '?lang=en opens the English story, whose charts are in English',
    async () => {
      const { page, problems } = await openPage(site, `${STORY}?lang=en#poverty-persons`);
      await page.waitForURL(`${site.origin}${STORY}en/#poverty-persons`);
      await page.waitForLoadState('load');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await waitForStep(page, 'poverty-persons', 'yangshahu-2019/poverty-persons');
      const text = await page.locator('[data-chart-layer].is-shown svg').first().textContent();
      expect(text).toContain('2,269');
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'follows the reader’s settings: reduced motion switches without transition, dark mode darkens the page',
    async () => {
      const { page } = await openPage(site, STORY, { reducedMotion: 'reduce', colorScheme: 'dark' });
      const look = await page.evaluate(() => ({
        transition: getComputedStyle(document.querySelector('[data-chart-layer]') as Element).transitionDuration,
        background: getComputedStyle(document.body).backgroundColor,
      }));
      expect(look.transition.split(',').every((d) => d.trim() === '0s')).toBe(true);
      // The dark page shares the dark charts' ground (src/charts/theme.ts), and shows the dark variant of the chart.
      expect(look.background).toBe('rgb(22, 25, 29)');
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('[data-chart-layer].is-shown .chart__theme')]
            .filter((g) => g.getClientRects().length > 0)
            .map((g) => g.className),
        ),
      ).toEqual(['chart__theme chart__theme--dark']);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'fetches no chart file to make its charts interactive, at either width, in both schemes, and none without JavaScript',
    async () => {
      for (const width of [375, 1280])
        for (const colorScheme of ['light', 'dark'] as const)
          for (const javaScriptEnabled of [true, false]) {
            const ready = '[data-chart][data-interactive-chart]';
            const extra = await extraRequests(site, STORY, { width, colorScheme, javaScriptEnabled, ready });
            expect(extra, `${width} px, ${colorScheme}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toEqual([]);
          }
    },
    2 * TIMEOUT,
  );
});
