import { describe, expect, it } from 'vitest';
import { smallMultiples } from '../../src/charts/small-multiples.ts';
import { ariaLabels, dataValues, expectWellFormed, render, VARIANTS } from './harness.ts';
import { textBlocks } from '../render/svg.ts';
import {
  bridgeInvestment,
  disabilityCertificates,
  drinkingWater,
  householdsLifted,
  housesRenovated,
  personsLifted,
  report,
  roadsAsphalted,
  roadsHardened,
  temporaryRelief,
  welfareHouseholds,
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
    const chart = smallMultiples(livelihood, {
      ...options,
      lang,
      theme,
      title: lang === 'zh' ? '民生实事一览' : 'Public services',
    });
    const mentions =
      lang === 'zh'
        ? [
            '共4个面板',
            '低保与危房（单位：户）：共2项，最高为完成低保评定（306户），最低为危房改造（58户）',
            '单位：人：共2项，最高为解决农村饮水人口（500余人）',
            '最低为临时救助资金（20余万元）',
          ]
        : [
            '4 panels',
            'Welfare and housing (unit: households): 2 items. Highest: Households assessed for the minimum living allowance (306 households)',
            'Unit: persons',
            'lowest: Temporary relief paid (more than CNY 200,000)',
          ];
    const { svg } = await expectWellFormed(chart, livelihood, before, mentions);
    expect(chart.kind).toBe('small-multiples');
    // Labels that wrap are drawn line by line; compare whole texts.
    const texts = textBlocks(svg);
    if (lang === 'zh') {
      expect(texts).toEqual(
        expect.arrayContaining([
          '低保与危房（单位：户）',
          '道路（单位：公里）',
          '单位：人',
          '资金（单位：元）',
          '500余人',
          '20余万元',
          '50万元',
          '20万',
        ]),
      );
    } else {
      expect(texts).toEqual(
        expect.arrayContaining([
          'Welfareandhousing(unit:households)',
          'Roads(unit:km)',
          'Unit:persons',
          'morethan500persons',
          'CNY500,000',
        ]),
      );
    }
  });

  it('gives each panel its own x scale and keeps each panel’s labels in the given order', async () => {
    const chart = smallMultiples(livelihood, options);
    const spec = chart.spec as {
      resolve: unknown;
      vconcat: { encoding: { y: { sort: string[] }; x: { scale: { domain: number[] } } } }[];
    };
    expect(spec.resolve).toEqual({ scale: { x: 'independent', y: 'independent' } });
    // The last view is the source footer.
    expect(spec.vconcat.slice(0, -1).map((p) => p.encoding.y.sort)).toEqual([
      ['完成低保评定', '危房改造'],
      ['新硬化道路', '村组公路白改黑'],
      ['办理残疾人证', '解决农村饮水人口'],
      ['夏家桥危桥改造投入', '临时救助资金'],
    ]);
    // Each axis ends at the nice step at or above its largest value (306 → 350, 500余 → 500, 50万 → 50万),
    // never stretched for the value labels, which take pixels from the axis instead.
    const panels = spec.vconcat.slice(0, -1) as unknown as {
      width: number;
      encoding: { x: { scale: { domain: number[]; range: number[] } } };
    }[];
    expect(panels.map((p) => p.encoding.x.scale.domain)).toEqual([
      [0, 350],
      [0, 30],
      [0, 500],
      [0, 500000],
    ]);
    const rooms = panels.map((p) => p.width - (p.encoding.x.scale.range[1] ?? 0));
    expect(rooms[0]).toBe(0); // 306户 ends at 306/350 of the axis, its label fits past it
    expect(rooms[2]).toBeGreaterThan(50); // 500余人 at the very end needs its own width
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
      expect.objectContaining({
        code: 'CHART_MIXED_UNITS',
        message: expect.stringMatching(
          /panel 1 "脱贫": poor-households-lifted \(households\) and poor-persons-lifted \(persons\)/,
        ),
      }),
    );
    expect(() => smallMultiples([], options)).toThrow(expect.objectContaining({ code: 'CHART_EMPTY' }));
    expect(() => smallMultiples([{ items: [] }], options)).toThrow(expect.objectContaining({ code: 'CHART_EMPTY' }));
    expect(() => smallMultiples([{ items: [roadsHardened, roadsHardened] }], options)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});
