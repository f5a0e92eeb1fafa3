/**
 * Every dataset found in datasets/ is published with no further edit: a section of the index,
 * its story in zh and en and its source view, each served under the strict CSP in Chromium without
 * an error (its embed pages, each with its draft notice: tests/e2e/embed.test.ts). Iterates over
 * what the scan finds, never a list.
 */
import { describe, expect, test } from 'vitest';
import { parseProse, storyParagraphs } from '../../src/datasets/story.ts';
import { DATASETS } from '../datasets.ts';
import { closePage, NO_PROBLEMS, openPage, TIMEOUT, useSite } from '../site/browser.ts';

const site = useSite('index.html');

test(
  'the index has one section per dataset, in id order, linking its story, source view and every embed page',
  async () => {
    const { page, problems } = await openPage(site(), '/');
    expect(
      await page.$$eval('[data-report]', (sections) => sections.map((s) => (s as HTMLElement).dataset.report)),
    ).toEqual(DATASETS.map((d) => d.id));
    for (const dataset of DATASETS) {
      const links = await page.$$eval(`[data-report="${dataset.id}"] a`, (anchors) =>
        anchors.map((a) => a.getAttribute('href')),
      );
      expect(links).toContain(`/stories/${dataset.id}/`);
      expect(links).toContain(`/source/${dataset.id}/`);
      for (const chart of dataset.charts) expect(links).toContain(`/embed/${dataset.id}/${chart.id}/`);
    }
    expect(problems).toEqual(NO_PROBLEMS);
    await closePage(page);
  },
  TIMEOUT,
);

describe.each(DATASETS.map((d) => [d.id, d] as const))('dataset %s', (id, dataset) => {
  const story = dataset.story;

  test.each(['zh', 'en'] as const)(
    'its story (%s) has every step with its chart, every number a link to the source view',
    async (lang) => {
      if (story === undefined) throw new Error(`${id} has no story`);
      const { page, problems } = await openPage(site(), `/stories/${id}/${lang === 'en' ? 'en/' : ''}`);
      const steps = await page.$$eval('[data-step]', (els) => els.map((el) => (el as HTMLElement).dataset.chartId));
      expect(steps).toEqual(story.steps.map((s) => `${id}/${s.chart}`));
      // Every chart of the story ends up drawn in its stage layer: the first in the HTML, the others moved in from their step's <noscript> once the page is idle.
      await page.waitForFunction(() => document.querySelector('[data-chart-pending]') === null, undefined, {
        timeout: TIMEOUT,
      });
      const layers = await page.$$eval('[data-chart] [data-chart-layer]', (els) =>
        els.map((el) => ({
          chart: (el as HTMLElement).dataset.chartLayer,
          marks: el.querySelectorAll('[data-chart-block] .role-mark > *').length,
        })),
      );
      expect(layers.map((layer) => layer.chart)).toEqual([...new Set(steps)]);
      for (const layer of layers) expect(layer.marks, `marks of ${layer.chart}`).toBeGreaterThan(0);
      // The paragraphs the page shows: zh on the zh page; on the en page each paragraph's English, or its Chinese when it has none.
      const paragraphs = storyParagraphs(story);
      const translated = new Set(paragraphs.filter((p) => p.lang === 'en').map((p) => p.where));
      const cited = paragraphs
        .filter((p) => (lang === 'zh' ? p.lang === 'zh' : p.lang === 'en' || !translated.has(p.where)))
        .flatMap((p) => parseProse(p.text))
        .filter((part) => part.kind === 'figure' || part.kind === 'indicator' || part.kind === 'count').length;
      expect(await page.locator('main data, header data, footer data').count()).toBe(cited);
      expect(await page.locator('a.figure-link > data').count()).toBe(cited);
      const drafts = dataset.report.figures.filter((f) => f.review !== 'reviewed').length;
      expect(await page.locator('.notice--draft').count()).toBe(drafts > 0 ? 1 : 0);
      expect(problems).toEqual(NO_PROBLEMS);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'its source view marks every figure',
    async () => {
      const source = await openPage(site(), `/source/${id}/`);
      expect(await source.page.locator('mark[id]').count()).toBe(dataset.report.figures.length);
      expect(source.problems).toEqual(NO_PROBLEMS);
      await closePage(source.page);
    },
    TIMEOUT,
  );
});
