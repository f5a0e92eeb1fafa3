import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar.ts';
import { dataValues, expectWellFormed, svgTexts } from './harness.ts';
import { cropAreas, housesDemolished, landAcquired, orchards, qualityRice, report } from './fixtures.ts';

const options = {
  report,
  id: 'yangshahu-2019/crop-areas',
  title: '2019年洋沙湖镇农业结构调整面积',
  subtitle: '单位：亩',
};

describe('barChart of the 2019 crop areas (mu)', () => {
  it('is well formed in zh and states the largest (2万亩) and smallest (近300亩) areas', async () => {
    const before = structuredClone(cropAreas);
    const chart = barChart(cropAreas, options);
    const { svg } = await expectWellFormed(chart, cropAreas, before, [
      '优质稻种植面积（2万亩）',
      '葡萄、杨梅等果园（近300亩）',
      '单位：亩',
      '共5项',
    ]);
    expect(chart.kind).toBe('bar');
    expect(chart.description).toBe(
      '条形图：2019年洋沙湖镇农业结构调整面积，共5项，单位：亩；最高为优质稻种植面积（2万亩），最低为葡萄、杨梅等果园（近300亩）。',
    );
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['近300亩', '2万亩', '1700亩', '单位：亩', '优质稻种植面积']));
  });

  it('is well formed in en', async () => {
    const chart = barChart(cropAreas, {
      ...options,
      lang: 'en',
      title: 'Crop areas, Yangshahu 2019',
      subtitle: undefined,
    });
    const { svg } = await expectWellFormed(chart, cropAreas, structuredClone(cropAreas), [
      'High-quality rice planted (20,000 mu)',
      'Grape, bayberry and other orchards (about 300 mu)',
    ]);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['about 300 mu', 'Unit: mu']));
    expect(chart.source).toMatch(/^Source: /);
  });

  it('carries exact values, display texts and quotes in its data', () => {
    const rows = dataValues(barChart(cropAreas, options));
    expect(rows.map((r) => r.value)).toEqual([20000, 1700, 300, 500, 1200]);
    expect(rows[2]).toEqual({
      id: 'orchard-area',
      label: '葡萄、杨梅等果园',
      value: 300,
      unit: 'mu',
      qualifier: 'approx',
      display: '近300亩',
      qualifierText: '近（约数）',
      quote: '近300亩',
      valueLines: ['近300亩'],
      aria: '葡萄、杨梅等果园：近300亩',
    });
  });

  it('keeps the given order by default and sorts by value on request', () => {
    const sortOf = (sort?: 'input' | 'value') =>
      (barChart(cropAreas, sort ? { ...options, sort } : options).spec as { encoding: { y: { sort: string[] } } })
        .encoding.y.sort;
    expect(sortOf()).toEqual([
      '优质稻种植面积',
      '流转低洼田稻田养虾',
      '葡萄、杨梅等果园',
      '药材种植面积',
      '油菜种植面积',
    ]);
    expect(sortOf('value')).toEqual([
      '优质稻种植面积',
      '流转低洼田稻田养虾',
      '油菜种植面积',
      '药材种植面积',
      '葡萄、杨梅等果园',
    ]);
  });

  it('puts the figure ids, source and notes in usermeta', () => {
    const chart = barChart([qualityRice, orchards], { ...options, notes: ['果园面积为约数'] });
    expect(chart.spec.usermeta).toEqual({
      source: chart.source,
      notes: ['果园面积为约数'],
      figureIds: ['quality-rice-area', 'orchard-area'],
    });
  });

  it('refuses mixed units, no figures and bad options', () => {
    expect(() => barChart([landAcquired, housesDemolished], options)).toThrow(
      expect.objectContaining({ code: 'CHART_MIXED_UNITS', message: expect.stringMatching(/mu.*households/) }),
    );
    expect(() => barChart([], options)).toThrow(expect.objectContaining({ code: 'CHART_EMPTY' }));
    expect(() => barChart(cropAreas, { ...options, sort: 'label' as 'value' })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
    expect(() => barChart(cropAreas, { ...options, colour: 'red' } as typeof options)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID', message: expect.stringContaining('colour') }),
    );
    expect(() => barChart([qualityRice, qualityRice], options)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});
