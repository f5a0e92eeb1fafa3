/**
 * Every series the site finds (the datasets of one place, two or more years) gets a comparison
 * page in zh and en, served under the strict CSP: every change of a matched indicator in its
 * table, flags where the stated growth cannot come from the levels, every value linked to its
 * figure in the source view. Worked by hand: 洪山区 GDP 614亿元 (2012) → 635亿元 (2013) is
 * (635 − 614) / 614 = +3.42 %, against +12 % stated "按同口径计算": flagged, like-for-like basis.
 */
import { describe, expect, test } from 'vitest';
import { seriesChartIds } from '../../src/site/chart-sets.ts';
import { matchedRows, siteSeries } from '../../src/site/site-series.ts';
import { useSiteRoot } from '../../src/site/site-report.ts';
import { DATASETS, ROOT } from '../datasets.ts';
import { closePage, NO_PROBLEMS, openPage, TIMEOUT, useSite } from '../site/browser.ts';
import { hoverTooltip } from '../site/item-tooltip.ts';

useSiteRoot(ROOT);
const SERIES = siteSeries();
const site = useSite('index.html');

test(
  'the index links a comparison page for every place with two or more reports',
  async () => {
    const places = new Map<string, number>();
    for (const d of DATASETS) {
      const { province = '', city = '', county = '', town = '' } = d.report.meta.place;
      const key = [province, city, county, town].join('/');
      places.set(key, (places.get(key) ?? 0) + 1);
    }
    expect(SERIES.length).toBe([...places.values()].filter((n) => n >= 2).length);
    const { page } = await openPage(site(), '/');
    expect(
      await page.$$eval('[data-series] > a:first-child', (links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(SERIES.map((s) => `/compare/${s.id}/`));
    // Every chart of every comparison page has its embed page linked from the index.
    const links = await page.$$eval('[data-series] details a', (anchors) => anchors.map((a) => a.getAttribute('href')));
    for (const s of SERIES) for (const id of seriesChartIds(s)) expect(links).toContain(`/embed/${id}/`);
    await closePage(page);
  },
  TIMEOUT,
);

describe.each(SERIES.map((s) => [s.id, s] as const))('series %s', (id, series) => {
  test.each(['zh', 'en'] as const)(
    'its page (%s) lists every change of a matched indicator, flags included, each value linked to its figure',
    async (lang) => {
      const { page, problems } = await openPage(site(), `/compare/${id}/${lang === 'en' ? 'en/' : ''}`);
      const changes = matchedRows(series.comparison).flatMap((row) => row.changes);
      expect(await page.locator('table[data-changes] tbody tr').count()).toBe(changes.length);
      expect(await page.locator('table[data-changes] tbody tr[data-flag]').count()).toBe(
        changes.filter((c) => c.flag !== undefined).length,
      );
      const hrefs = await page.$$eval('table[data-changes] td a.figure-link', (links) =>
        links.map((a) => a.getAttribute('href') ?? ''),
      );
      for (const href of hrefs) {
        const [, dataset = '', figure = ''] = /^\/source\/([^/]+)\/(?:#(.*))?$/.exec(href) ?? [];
        const report = DATASETS.find((d) => d.id === dataset)?.report;
        expect(report, href).toBeDefined();
        if (figure !== '')
          expect(
            report?.figures.some((f) => f.id === figure),
            href,
          ).toBe(true);
      }
      // Every chart of the series (none when nothing matched, as in the 浏阳市 openings, whose 2023 text states growth rates only).
      const units = new Set(matchedRows(series.comparison).map((row) => `${row.unit}|${row.counted ?? ''}`)).size;
      const charts = await page.$$eval('[data-series-chart]:has(svg)', (figures) =>
        figures.map((f) => (f as HTMLElement).dataset.seriesChart),
      );
      expect(charts).toEqual(seriesChartIds(series));
      expect(charts.length).toBeGreaterThanOrEqual(
        units === 0 ? 0 : units + (changes.some((c) => c.stated !== undefined) ? 1 : 0),
      );
      expect(problems).toEqual(NO_PROBLEMS);
      await closePage(page);
    },
    TIMEOUT,
  );
});

test(
  '洪山区: GDP 614亿元 → 635亿元 is +3.4 % computed against +12 % stated like-for-like, and the page says it does not match',
  async () => {
    const hongshan = SERIES.find((s) => s.members.some((d) => d.id === 'hongshan-district-2012'));
    if (hongshan === undefined) throw new Error('no 洪山区 series: datasets/hongshan-district-2012…2014 are missing');
    const gdp = matchedRows(hongshan.comparison).find((row) => row.label.zh === '地区生产总值');
    const change = gdp?.changes.find((c) => c.from === 2012 && c.to === 2013);
    expect(change?.computed).toBeCloseTo(((635 - 614) / 614) * 100, 10);
    expect(change?.stated).toBe(12);
    expect(change?.flag?.reasons.map((r) => r.reason)).toContain('like-for-like');
    const { page } = await openPage(site(), `/compare/${hongshan.id}/`);
    const row = page.locator('table[data-changes] tbody tr[data-flag]', { hasText: '614亿元' }).first();
    const text = await row.innerText();
    expect(text).toContain('635亿元');
    expect(text).toContain('+3.4%');
    expect(text).toContain('12%');
    expect(text).toContain('不符');
    expect(text).toContain('同口径');
    await closePage(page);
  },
  TIMEOUT,
);

test(
  'a comparison page’s charts show their tooltips, and a click on a point opens that year’s figure in that year’s report, at its quote',
  async () => {
    const charted = SERIES.filter((series) => seriesChartIds(series).length > 0);
    expect(charted.length).toBeGreaterThan(0);
    for (const series of charted) {
      const { page, problems } = await openPage(site(), `/compare/${series.id}/`);
      await page.waitForSelector('html[data-interactive]', { state: 'attached', timeout: TIMEOUT });
      const charts = await page.locator('.chart__variant:visible').count();
      expect(charts, `${series.id} charts`).toBeGreaterThan(0);
      // Every point of every chart is a figure of one member report, `<dataset>/<figure>`.
      const ids = await page
        .locator('.chart__variant:visible [data-id]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-id') ?? ''));
      const members = new Set(series.members.map((d) => d.id));
      for (const id of ids) expect(members.has(id.split('/')[0] ?? ''), `${series.id}: ${id}`).toBe(true);
      const item = page.locator('.chart__variant:visible [data-id][data-tooltip]').first();
      const { id, values, text, hint } = await hoverTooltip(page, item);
      for (const value of Object.values(values)) expect(text, series.id).toContain(value);
      expect(hint, `${series.id} hint`).toBe('点击查看原文');
      await item.click({ force: true });
      const [dataset = '', figure = ''] = id.split('/');
      await page.waitForURL(`${site().origin}/source/${dataset}/#${figure}`, { timeout: TIMEOUT });
      // The figure is marked in that report's text, holding the quote the tooltip showed.
      const quote = DATASETS.find((d) => d.id === dataset)?.report.figures.find((f) => f.id === figure)?.provenance
        .quote;
      expect(quote, id).toBeDefined();
      expect(await page.locator(`[id="${figure}"]`).innerText()).toContain(quote ?? '-');
      expect(problems).toEqual(NO_PROBLEMS);
      await closePage(page);
    }
  },
  2 * TIMEOUT,
);
