import { describe, expect, it } from 'vitest';
import { chartText, describeRange, extremes, lowerFirst } from '../../src/charts/sentences.ts';

const rice = { label: '优质稻种植', value: 20000, display: '2万亩' };
const shrimp = { label: '稻田养虾', value: 5000, display: '5000亩' };
const orchards = { label: '果园', value: 300, display: '近300亩' };

describe('chart sentences', () => {
  it('titles a list by its first three labels: zh 等5项, en “and 2 more”, en “a, b and c” when all fit', () => {
    const labels = ['A', 'B', 'C', 'D', 'E'];
    expect(chartText('zh').listTitle(['优质稻种植', '稻田养虾', '果园', '茶叶', '蔬菜'])).toBe(
      '优质稻种植、稻田养虾、果园等5项',
    );
    expect(chartText('en').listTitle(labels)).toBe('A, B, C and 2 more');
    expect(chartText('en').listTitle(['A', 'B', 'C'])).toBe('A, B and C');
    expect(chartText('en').listTitle(['A'])).toBe('A');
  });

  it('names the largest and smallest item, ties to the first; one item alone', () => {
    expect(extremes([shrimp, rice, orchards], 'zh')).toBe('最高为优质稻种植（2万亩），最低为果园（近300亩）');
    expect(extremes([rice, orchards], 'en')).toBe('Highest: 优质稻种植 (2万亩); lowest: 果园 (近300亩)');
    expect(extremes([rice], 'zh')).toBe('优质稻种植（2万亩）');
  });

  it('writes the alt text of items on one axis, counting groups: 共2组3项, 3 items in 2 groups', () => {
    const kind = { zh: '分组条形图', en: 'Grouped bar chart' };
    expect(describeRange(kind, '种植', '亩', [rice, shrimp, orchards], 'zh', 2)).toBe(
      '分组条形图：种植，共2组3项，单位：亩；最高为优质稻种植（2万亩），最低为果园（近300亩）。',
    );
    expect(describeRange(kind, 'Farming', 'mu', [rice], 'en', 1)).toBe(
      'Grouped bar chart: Farming. 1 item in 1 group, unit: mu. 优质稻种植 (2万亩).',
    );
  });

  it('writes rows over years with the span between them: zh 2017年至2018年, en 2017 to 2018', () => {
    const zh = chartText('zh');
    expect(zh.overYears('斜率图', '财政', zh.span('2017年', '2018年'), ['收入：1 → 2'], '元')).toBe(
      '斜率图：财政，2017年至2018年，共1项，单位：元；收入：1 → 2。',
    );
    const en = chartText('en');
    expect(en.overYears('Slope chart', 'Fiscal', en.span('2017', '2018'), ['a', 'b'], 'CNY')).toBe(
      'Slope chart: Fiscal, 2017 to 2018. 2 items, unit: CNY. a; b.',
    );
  });

  it('lower-cases a label inside an English sentence, but not an acronym', () => {
    expect(lowerFirst('Registered poor households')).toBe('registered poor households');
    expect(lowerFirst('CPC members')).toBe('CPC members');
  });
});
