import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { allCharts } from '../datasets.ts';
import { THEME_COLORS } from '../../src/charts/theme.ts';
import { GALLERY_PATH } from '../../src/site/routes.ts';
import { closePage, openPage, openSite, scrollWidth, TIMEOUT, type Site } from '../site/browser.ts';

/**
 * The chart gallery (`/gallery/`), built and served under the strict CSP, in Chromium: every
 * registered chart in zh and en, light and dark, as pre-rendered SVG with its marks, on a page
 * that runs no script and logs nothing.
 */

const CHART_IDS = allCharts('zh').map((chart) => chart.id);
/** The four variants of each chart, in the order the cards appear. */
const VARIANTS = ['zh light', 'en light', 'zh dark', 'en dark'];
const noProblems = { console: [], failedRequests: [], cspViolations: [] };

let site: Site;

beforeAll(async () => {
  site = await openSite('gallery/index.html');
}, TIMEOUT);

afterAll(async () => {
  await site?.close();
});

describe('chart gallery', () => {
  test(
    `shows each of the ${CHART_IDS.length} registered charts in 4 variants (zh, en × light, dark), each an SVG with data marks`,
    async () => {
      const { page, problems } = await openPage(site, GALLERY_PATH);
      const sections = await page.$$eval('section[data-chart-id]', (elements) =>
        elements.map((section) => ({
          id: section.getAttribute('data-chart-id'),
          cards: [...section.querySelectorAll('figure')].map((figure) => {
            const svg = figure.querySelector('svg');
            return {
              variant: `${figure.getAttribute('data-lang')} ${figure.getAttribute('data-theme')}`,
              width: svg?.getBoundingClientRect().width ?? 0,
              marks: svg?.querySelectorAll('.role-mark :is(path, text, line)').length ?? 0,
            };
          }),
        })),
      );
      expect(sections.map((section) => section.id)).toEqual(CHART_IDS);
      for (const section of sections) {
        expect(
          section.cards.map((card) => card.variant),
          section.id ?? '',
        ).toEqual(VARIANTS);
        for (const card of section.cards) {
          expect(card.width, `${section.id} ${card.variant}`).toBeGreaterThan(100);
          expect(card.marks, `${section.id} ${card.variant}`).toBeGreaterThan(0);
        }
      }
      expect(await page.locator('script').count()).toBe(0);
      expect(problems).toEqual(noProblems);
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'puts dark charts on a card of the dark theme’s background, light ones on white',
    async () => {
      const { page } = await openPage(site, GALLERY_PATH);
      const backgrounds = await page.$$eval('figure[data-theme]', (figures) =>
        figures.map((figure) => `${figure.getAttribute('data-theme')} ${getComputedStyle(figure).backgroundColor}`),
      );
      const rgb = (hex: string): string =>
        `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
      expect(new Set(backgrounds)).toEqual(
        new Set([`light ${rgb(THEME_COLORS.light.background)}`, `dark ${rgb(THEME_COLORS.dark.background)}`]),
      );
      await closePage(page);
    },
    TIMEOUT,
  );

  test(
    'is linked from the site index, and a 375 px phone does not scroll sideways',
    async () => {
      const { page, problems } = await openPage(site, '/');
      // A relative link from the index, so that it stays inside any base path (vite build --base).
      const links = await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      expect(links.filter((href) => href === site.origin + GALLERY_PATH)).toHaveLength(1);
      await closePage(page);
      const phone = await openPage(site, GALLERY_PATH, { viewport: { width: 375, height: 740 } });
      expect(await scrollWidth(phone.page)).toBeLessThanOrEqual(375);
      expect([problems, phone.problems]).toEqual([noProblems, noProblems]);
      await closePage(phone.page);
    },
    TIMEOUT,
  );
});
