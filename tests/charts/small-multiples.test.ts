import { describe, expect, it } from 'vitest';
import { smallMultiples } from '../../src/charts/small-multiples.ts';
import { ariaLabels, dataValues, expectWellFormed, render, svgTexts, VARIANTS } from './harness.ts';
import {
  bridgeInvestment, disabilityCertificates, drinkingWater, householdsLifted, housesRenovated, personsLifted, report, roadsAsphalted, roadsHardened,
  temporaryRelief, welfareHouseholds,
} from './fixtures.ts';

const options = { report, id: 'yangshahu-2019/test-small-multiples' };
const livelihood = [
  { title: { zh: '低保与危房', en: 'Welfare and housing' }, items: [welfareHouseholds, housesRenovated] },
  { title: { zh: '道路', en: 'Roads' }, items: [roadsHardened, roadsAsphalted] },
  { items: [disabilityCertificates, drinkingWater] },
  { title: '资金', items: [bridgeInvestment, temporaryRelief] },
];

describe('smallMultiples', () => {
  it.each(VARIANTS)('draws the 民生 section as four panels, one unit each ($lang, $theme)', async ({ lang, theme }) => {
    const before = structuredClone(livelihood);
    const chart = smallMultiples(livelihood, { ...options, lang, theme, title: lang === 'zh' ? '民生实事一览' : 'Public services' });
    const mentions =
      lang === 'zh'
        ? ['共4个面板', '低保与危房（单位：户）：共2项，最高为完成低保评定（306户），最低为危房改造（58户）', '单位：人：共2项，最高为解决农村饮水人口（500余人）', '最低为临时救助资金（20余万元）']
        : ['4 panels', 'Welfare and housing (unit: households): 2 items. Highest: Households assessed for the minimum living allowance (306 households)', 'Unit: persons', 'lowest: Temporary relief paid (more than CNY 200,000)'];
    const { svg } = await expectWellFormed(chart, livelihood, before, mentions);
    expect(chart.kind).toBe('small-multiples');
    const texts = svgTexts(svg);
    if (lang === 'zh') {
      expect(texts).toEqual(expect.arrayContaining(['低保与危房（单位：户）', '道路（单位：公里）', '单位：人', '资金（单位：元）', '500余人', '20余万元', '50万元', '20万']));
    } else {
      expect(texts).toEqual(expect.arrayContaining(['Welfare and housing (unit: households)', 'Roads (unit: km)', 'Unit: persons', 'more than 500 persons', 'CNY 500,000']));
    }
  });

  it('gives each panel its own x scale and keeps each panel’s labels in the given order', async () => {
    const chart = smallMultiples(livelihood, options);
    const spec = chart.spec as { resolve: unknown; vconcat: { encoding: { y: { sort: string[] }; x: { scale: { domain: number[] } } } }[] };
    expect(spec.resolve).toEqual({ scale: { x: 'independent', y: 'independent' } });
    expect(spec.vconcat.map((p) => p.encoding.y.sort)).toEqual([
      ['完成低保评定', '危房改造'],
      ['新硬化道路', '村组公路白改黑'],
      ['办理残疾人证', '解决农村饮水人口'],
      ['夏家桥危桥改造投入', '临时救助资金'],
    ]);
    const ends = spec.vconcat.map((p) => p.encoding.x.scale.domain[1] ?? 0);
    expect(ends[0]).toBeGreaterThan(306);
    expect(ends[3]).toBeGreaterThan(500000);
    expect(dataValues(chart).map((r) => r.panel)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    const { vg } = await render(chart.spec);
    expect((vg.scales ?? []).length + (vg.marks ?? []).length).toBeGreaterThan(0);
  });

  it('stays within its width and reads every axis in the chart language', async () => {
    const { svg } = await render(smallMultiples(livelihood, options).spec);
    expect(Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1])).toBeLessThanOrEqual(560);
    const labels = ariaLabels(svg);
    expect(labels).toContain('数值轴，单位：户');
    expect(labels).toContain('完成低保评定：306户');
    expect(labels.join(' ')).not.toMatch(/X-axis|Y-axis/);
  });

  it('refuses a panel of households and persons, naming the panel, units and ids', () => {
    expect(() => smallMultiples([{ title: '脱贫', items: [householdsLifted, personsLifted] }], options)).toThrow(
      expect.objectContaining({ code: 'CHART_MIXED_UNITS', message: expect.stringMatching(/panel 1 "脱贫": poor-households-lifted \(households\) and poor-persons-lifted \(persons\)/) }),
    );
    expect(() => smallMultiples([], options)).toThrow(expect.objectContaining({ code: 'CHART_EMPTY' }));
    expect(() => smallMultiples([{ items: [] }], options)).toThrow(expect.objectContaining({ code: 'CHART_EMPTY' }));
    expect(() => smallMultiples([{ items: [roadsHardened, roadsHardened] }], options)).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });
});
