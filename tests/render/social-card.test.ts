import { describe, expect, it } from 'vitest';
import { allCharts, chartById } from '../datasets.ts';
import { groupedBarChart } from '../../src/charts/grouped-bar.ts';
import { kpiChart } from '../../src/charts/kpi.ts';
import { progressChart } from '../../src/charts/progress.ts';
import { smallMultiples } from '../../src/charts/small-multiples.ts';
import { waffleChart } from '../../src/charts/waffle.ts';
import type { Chart } from '../../src/charts/chart.ts';
import { renderSocialCard, socialCardSvg, SOCIAL_CARD } from '../../src/render/index.ts';
import { textWidth } from '../../src/render/text-metrics.ts';
import {
  funerals,
  householdsLifted,
  housesRenovated,
  orchards,
  poorHouseholds,
  qualityRice,
  report,
  weddings,
  welfareHouseholds,
} from '../charts/fixtures.ts';
import { colourAt, decodePng, inkIn } from './pixels.ts';
import { texts } from './svg.ts';

/** The text lines of a card with their baseline, size and weight, top to bottom. */
function cardLines(svg: string): { text: string; y: number; size: number; bold: boolean }[] {
  return [
    ...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" font-size="(\d+)"( font-weight="bold")?[^>]*>([^<]*)<\/text>/g),
  ].map((m) => ({
    y: Number(m[1]),
    size: Number(m[2]),
    bold: m[3] !== undefined,
    text: texts(`<text>${m[4] ?? ''}</text>`)[0] ?? '',
  }));
}

const povertyHouseholds = chartById('yangshahu-2019/poverty-households', 'zh');

/** The key number a builder picked from its rows (`Chart.keyNumber`). */
const keyNumber = (chart: Chart) => chart.keyNumber;

describe('keyNumber', () => {
  it('takes the share of a progress bar, with both captions: 81.9% of 812 households', () => {
    expect(keyNumber(povertyHouseholds)).toEqual({ value: '81.9%', label: '已脱贫户：665户；建档立卡贫困户：812户' });
  });

  it('takes the largest bar of a bar chart, whatever the bar order', () => {
    expect(keyNumber(chartById('yangshahu-2019/farmland-by-crop', 'zh'))).toEqual({
      value: '2万亩',
      label: '优质稻种植面积',
    });
    expect(keyNumber(chartById('yangshahu-2019/customs-reform-events', 'en'))).toMatchObject({
      label: 'Other banquets persuaded not to be held',
    });
  });

  it('takes the figure of a KPI card, with its qualifier', () => {
    expect(keyNumber(chartById('yangshahu-2019/customs-reform-savings', 'zh'))).toEqual({
      value: '600余万元',
      label: '为群众节约资金',
    });
  });

  it('names the group of the largest bar of a grouped bar chart', () => {
    const chart = groupedBarChart([{ group: { zh: '移风易俗', en: 'Customs' }, figures: [weddings, funerals] }], {
      report,
      id: 'test/grouped',
    });
    expect(keyNumber(chart)).toEqual({ value: '142起', label: '移风易俗·劝导丧事简办' });
  });

  it('takes the share of a waffle like the progress bar of the same figures: 665/812 → 81.9%', () => {
    const waffle = chartById('yangshahu-2019/poverty-households-waffle', 'zh');
    expect(keyNumber(waffle)).toEqual({ value: '81.9%', label: '已脱贫户：665户；建档立卡贫困户：812户' });
    expect(keyNumber(chartById('yangshahu-2019/poverty-households-waffle', 'en'))).toEqual(
      keyNumber(chartById('yangshahu-2019/poverty-households', 'en')),
    );
  });

  it('marks the share of inexact figures as approximate, as the chart prints it: 近300亩 of 2万亩 is 约1.5%', () => {
    for (const build of [progressChart, waffleChart]) {
      expect(keyNumber(build({ part: orchards, whole: qualityRice }, { report, id: 'test/approx' }))).toEqual({
        value: '约1.5%',
        label: '葡萄、杨梅等果园：近300亩；优质稻种植面积：2万亩',
      });
    }
  });

  it('takes the largest dot of a dot plot, not the first: 185.31 km of ditches dredged', () => {
    expect(keyNumber(chartById('yangshahu-2019/road-and-ditch-lengths', 'zh'))).toEqual({
      value: '185.31公里',
      label: '沟渠疏浚',
    });
    expect(keyNumber(chartById('yangshahu-2019/road-and-ditch-lengths', 'en'))).toEqual({
      value: '185.31 km',
      label: 'Ditches and channels dredged',
    });
  });

  it('takes the end of the first dumbbell row, with its start: 665 lifted out of 812 registered households', () => {
    expect(keyNumber(chartById('yangshahu-2019/poverty-households-gap', 'zh'))).toEqual({
      value: '665户',
      label: '已脱贫户（建档立卡贫困户：812户）',
    });
    expect(keyNumber(chartById('yangshahu-2019/poverty-households-gap', 'en'))).toEqual({
      value: '665 households',
      label: 'Registered households lifted out of poverty (Registered poor households: 812 households)',
    });
  });

  it('takes the largest of the first panel of small multiples in several units, named by the panel: 306户, not 50万元', () => {
    expect(keyNumber(chartById('yangshahu-2019/livelihood-overview', 'zh'))).toEqual({
      value: '306户',
      label: '低保与危房·完成低保评定',
    });
    expect(keyNumber(chartById('yangshahu-2019/livelihood-overview', 'en'))).toEqual({
      value: '306 households',
      label: 'Welfare and housing: Households assessed for the minimum living allowance',
    });
  });

  it('takes the largest of all panels of small multiples in one unit: 812户 in the second panel', () => {
    const titled = smallMultiples(
      [
        { title: { zh: '低保与危房', en: 'Welfare and housing' }, items: [welfareHouseholds, housesRenovated] },
        { title: { zh: '脱贫', en: 'Poverty' }, items: [householdsLifted, poorHouseholds] },
      ],
      { report, id: 'test/one-unit' },
    );
    expect(keyNumber(titled)).toEqual({ value: '812户', label: '脱贫·建档立卡贫困户' });
    const untitled = smallMultiples([{ items: [welfareHouseholds, housesRenovated] }], {
      report,
      id: 'test/untitled',
      lang: 'en',
    });
    expect(keyNumber(untitled)).toEqual({
      value: '306 households',
      label: 'Households assessed for the minimum living allowance',
    });
  });

  it('is picked by the builder from its rows, so a card never reads it back out of the spec', () => {
    const bare: Chart = { ...povertyHouseholds, spec: { ...povertyHouseholds.spec, data: { values: [] } } };
    expect(cardLines(socialCardSvg(bare)).find((l) => l.bold && l.text === '81.9%')).toBeDefined();
    expect(povertyHouseholds.rows.map((r) => (r as { role?: string }).role)).toEqual(['whole', 'part']);
  });
});

describe('socialCardSvg', () => {
  it('shows title, subtitle, key number, what it counts and the source line', () => {
    const lines = cardLines(socialCardSvg(povertyHouseholds)).map((l) => l.text);
    expect(lines).toEqual(
      expect.arrayContaining([
        '已脱贫户占建档立卡贫困户的比例',
        '截至2019年12月16日报告发布',
        '81.9%',
        '已脱贫户：665户；建档立卡贫困户：812户',
      ]),
    );
    expect(lines.join('').replace(/\s/g, '')).toContain(povertyHouseholds.source.replace(/\s/g, ''));
  });

  it('escapes markup in chart texts', () => {
    const chart = kpiChart(weddings, { report, id: 'test/escape', title: 'A <b>bold</b> & "quoted" title' });
    const svg = socialCardSvg(chart);
    expect(svg).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title');
    expect(svg).not.toContain('<b>');
  });

  describe.each(['zh', 'en'] as const)('every registered chart in %s', (lang) => {
    it.each(allCharts(lang).map((c) => [c.id, c] as const))(
      '%s: every line fits the card width, and no line overlaps the next',
      (_id, chart) => {
        const lines = cardLines(socialCardSvg(chart));
        for (const line of lines)
          expect(textWidth(line.text, line.size, line.bold ? 'bold' : 'normal')).toBeLessThanOrEqual(
            SOCIAL_CARD.width - 2 * 72,
          );
        for (let i = 1; i < lines.length; i++) {
          const [above, below] = [lines[i - 1], lines[i]];
          if (above === undefined || below === undefined) continue;
          // Glyphs rise 0.88 em above the baseline and descend up to a quarter em (p, g, y in bold) below it.
          expect(below.y - 0.88 * below.size).toBeGreaterThanOrEqual(above.y + 0.25 * above.size);
        }
        const last = lines.at(-1);
        expect(last && last.y + 0.25 * last.size).toBeLessThanOrEqual(SOCIAL_CARD.height);
      },
    );

    it.each(allCharts(lang).map((c) => [c.id, c] as const))(
      '%s: shows its key number and the whole of what it counts',
      (_id, chart) => {
        const key = keyNumber(chart);
        const lines = cardLines(socialCardSvg(chart)).map((l) => l.text);
        const value = lines.indexOf(key.value);
        expect(value).toBeGreaterThan(0);
        const label = lines.slice(value + 1).join(lang === 'zh' ? '' : ' ');
        expect(label.startsWith(key.label)).toBe(true);
      },
    );
  });
});

describe('renderSocialCard', () => {
  it('draws a 1200×630 PNG with ink where the title and key number are', async () => {
    const image = decodePng(await renderSocialCard(povertyHouseholds));
    expect({ width: image.width, height: image.height }).toEqual({ width: 1200, height: 630 });
    const [title, value] = cardLines(socialCardSvg(povertyHouseholds)).filter((l) => l.bold);
    if (title === undefined || value === undefined) throw new Error('card has no bold title and key number');
    expect(inkIn(image, { x0: 72, x1: 1128, y0: title.y - title.size, y1: title.y })).toBeGreaterThan(2000);
    expect(inkIn(image, { x0: 72, x1: 1128, y0: value.y - 0.7 * value.size, y1: value.y })).toBeGreaterThan(10000);
  });

  it('draws the card in the chart’s theme: the dark waffle on its dark ground, the number in sky blue', async () => {
    const chart = chartById('yangshahu-2019/poverty-households-waffle', 'zh', { theme: 'dark' });
    const image = decodePng(await renderSocialCard(chart));
    expect(colourAt(image, 600, 20)).toBe('#16191d');
    expect(colourAt(image, 4, 300)).toBe('#56b4e9');
    const value = cardLines(socialCardSvg(chart)).find((l) => l.text === '81.9%');
    if (value === undefined) throw new Error('dark card has no key number');
    const row = Math.round(value.y - 0.35 * value.size);
    const colours = new Set(Array.from({ length: 1056 }, (_, i) => colourAt(image, 72 + i, row)));
    expect(colours).toContain('#56b4e9');
  });
});
