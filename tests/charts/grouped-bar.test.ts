import { describe, expect, it } from 'vitest';
import { groupedBarChart } from '../../src/charts/grouped-bar.ts';
import { dataValues, expectWellFormed, svgTexts } from './harness.ts';
import {
  funerals,
  greenCrops,
  herbs,
  illegalBuildings,
  landAcquired,
  orchards,
  otherEvents,
  qualityRice,
  rapeseed,
  report,
  riceShrimp,
  sheds,
  weddings,
} from './fixtures.ts';

const options = { report, id: 'yangshahu-2019/test-grouped' };

describe('groupedBarChart', () => {
  it('draws the 移风易俗 cases: 婚事新办 101起, 丧事简办 142起, 其他事不办 183起', async () => {
    const groups = [{ group: { zh: '移风易俗', en: 'Frugal customs' }, figures: [weddings, funerals, otherEvents] }];
    const before = structuredClone(groups);
    const chart = groupedBarChart(groups, { ...options, title: '到11月底劝导移风易俗' });
    const { svg } = await expectWellFormed(chart, groups, before, [
      '劝导其他事不办（183起）',
      '劝导婚事新办（101起）',
      '单位：起',
    ]);
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining(['劝导婚事新办 101起', '劝导丧事简办 142起', '劝导其他事不办 183起', '单位：起']),
    );
    const en = groupedBarChart(groups, { ...options, lang: 'en' });
    const rendered = await expectWellFormed(en, groups, before, ['(183 events)', '(101 events)', 'unit: events']);
    // At 560 px the English names do not fit beside the bars on one line: a legend names the colours, bars carry values.
    expect(svgTexts(rendered.svg)).toEqual(
      expect.arrayContaining(['Weddings persuaded to be held simply', '101 events', '183 events']),
    );
    expect(JSON.stringify(en.spec)).not.toContain('"legend":null');
  });

  it('keeps groups in the given order, never in code-point order (一, 三, 二)', async () => {
    const groups = [
      { group: '一是调优优质稻', figures: [qualityRice, riceShrimp, orchards] },
      { group: '二是征地与青苗补偿', figures: [landAcquired, greenCrops] },
      { group: '三是种植药材与油菜', figures: [herbs, rapeseed] },
    ];
    const chart = groupedBarChart(groups, options);
    const encoding = (chart.spec as { encoding: { y: { sort: string[] }; yOffset: { sort: number[] } } }).encoding;
    const given = ['一是调优优质稻', '二是征地与青苗补偿', '三是种植药材与油菜'];
    expect(encoding.y.sort).toEqual(given);
    expect([...given].sort()).not.toEqual(given);
    expect(encoding.yOffset.sort).toEqual([0, 1, 2]);
    expect(dataValues(chart).map((r) => [r.slot, r.value])).toEqual([
      [0, 20000],
      [1, 1700],
      [2, 300],
      [0, 430],
      [1, 500],
      [0, 500],
      [1, 1200],
    ]);
    await expectWellFormed(chart, groups, structuredClone(groups), [
      '共3组7项',
      '一是调优优质稻·优质稻种植面积（2万亩）',
      '一是调优优质稻·葡萄、杨梅等果园（近300亩）',
    ]);
  });

  it('refuses events beside illegal buildings, an empty group and a repeated group label', () => {
    const cases = { group: '移风易俗', figures: [weddings] };
    expect(() => groupedBarChart([cases, { group: '控建拆违', figures: [illegalBuildings, sheds] }], options)).toThrow(
      expect.objectContaining({
        code: 'CHART_MIXED_UNITS',
        message: expect.stringMatching(/events[\s\S]*illegal buildings/),
      }),
    );
    expect(() => groupedBarChart([cases, { group: '空', figures: [] }], options)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
    expect(() => groupedBarChart([cases, cases], options)).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }));
    expect(() => groupedBarChart([], options)).toThrow(expect.objectContaining({ code: 'CHART_EMPTY' }));
  });
});
