import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { yangshahu2019 } from '../datasets.ts';
import { yangshahu2019Indicators } from '../datasets.ts';
import { closePage, DIST, openPage, openSite, scrollWidth, TIMEOUT, type Site } from '../site/browser.ts';

/**
 * The source view (`/source/yangshahu-2019/`), built and served under the strict CSP, in
 * Chromium: the report's text with every figure highlighted at its quote, an anchor per figure
 * and indicator, each highlight explained and linked to the pages that use it.
 */

const SOURCE_VIEW = '/source/yangshahu-2019/';
const SOURCE = readFileSync(new URL('../../datasets/yangshahu-2019/source.txt', import.meta.url), 'utf8');
const noProblems = { console: [], failedRequests: [], cspViolations: [] };

let site: Site;

beforeAll(async () => {
  site = await openSite('source/yangshahu-2019/index.html');
}, TIMEOUT);

afterAll(async () => {
  await site?.close();
});

describe('source view', () => {
  test(
    `has one highlight per figure (${yangshahu2019.figures.length}), anchored by figure id, whose text is the figure’s quote`,
    async () => {
      const { page, problems } = await openPage(site, SOURCE_VIEW);
      const marks = await page.$$eval('mark[id]', (elements) =>
        elements.map((mark) => ({ id: mark.id, text: mark.textContent ?? '' })),
      );
      expect(marks).toHaveLength(yangshahu2019.figures.length);
      const byId = new Map(marks.map((mark) => [mark.id, mark.text]));
      for (const figure of yangshahu2019.figures) expect(byId.get(figure.id), figure.id).toBe(figure.provenance.quote);
      expect(await page.locator('script').count()).toBe(0);
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'the page text is the report’s text, and each highlight stands where its offset says',
    async () => {
      const { page } = await openPage(site, SOURCE_VIEW);
      const misplaced = await page.evaluate(
        (figures) => {
          const text = [...document.querySelectorAll('.source__text, .source__heading')]
            .map((element) => element.textContent ?? '')
            .join('');
          return figures.filter(({ id, before }) => {
            const mark = document.getElementById(id);
            const paragraph = mark?.closest('.source__text')?.textContent ?? '';
            return mark === null || !paragraph.includes(before + (mark.textContent ?? '')) || !text.includes(before);
          });
        },
        yangshahu2019.figures.map((figure) => ({ id: figure.id, before: textBefore(figure.provenance.offset) })),
      );
      expect(misplaced.map((m) => m.id)).toEqual([]);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'each highlight’s card gives value, qualifier and period, and its links lead to pages and anchors that exist',
    async () => {
      const { page } = await openPage(site, SOURCE_VIEW);
      const cards = await page.$$eval('.fig-card', (elements) =>
        elements.map((card) => ({
          id: card.id,
          terms: [...card.querySelectorAll('dt')].map((dt) => dt.textContent),
          links: [...card.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        })),
      );
      expect(cards).toHaveLength(yangshahu2019.figures.length);
      const anchors = new Set(await page.$$eval('[id]', (elements) => elements.map((element) => element.id)));
      for (const card of cards) {
        expect(card.terms.slice(0, 3), card.id).toEqual(['数值', '限定', '时间']);
        for (const href of card.links) {
          if (href.startsWith('#')) expect(anchors.has(href.slice(1)), `${card.id} → ${href}`).toBe(true);
          else
            expect(existsSync(join(DIST, href.split('#')[0] ?? '', 'index.html')), `${card.id} → ${href}`).toBe(true);
        }
      }
      const charted = cards.filter((card) => card.links.some((href) => href.startsWith('/embed/')));
      expect(charted.length).toBeGreaterThanOrEqual(20);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'lists every indicator with an anchor, its formula and links to its input figures',
    async () => {
      const { page } = await openPage(site, SOURCE_VIEW);
      for (const indicator of yangshahu2019Indicators) {
        const item = page.locator(`#indicator-${indicator.id}`);
        expect(await item.count(), indicator.id).toBe(1);
        expect(await item.locator('code').textContent()).toBe(indicator.formula);
        const inputs = await item
          .locator('.indicator__inputs a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(inputs).toEqual(indicator.inputs.map((input) => `#${input.id}`));
      }
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'jumping to a figure highlights it, and a 375 px phone does not scroll sideways',
    async () => {
      const { page, problems } = await openPage(site, `${SOURCE_VIEW}#land-acquired`, {
        viewport: { width: 375, height: 740 },
      });
      const outline = await page.evaluate(
        () => getComputedStyle(document.getElementById('land-acquired') as Element).outlineStyle,
      );
      expect(outline).toBe('solid');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    TIMEOUT,
  );
});

/** Up to six characters of the source text before `offset`, within its line, without indentation. */
function textBefore(offset: number): string {
  const lineStart = SOURCE.lastIndexOf('\n', offset - 1) + 1;
  return SOURCE.slice(Math.max(lineStart, offset - 6), offset).trimStart();
}
