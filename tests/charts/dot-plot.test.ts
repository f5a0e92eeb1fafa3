import { describe, expect, it } from 'vitest';
import { dotPlot } from '../../src/charts/dot-plot.ts';
import { dataValues, expectWellFormed, svgTexts, VARIANTS } from './harness.ts';
import {
  ditchesDredged,
  householdsLifted,
  indicator,
  orchards,
  personsLifted,
  report,
  roadsAsphalted,
  roadsHardened,
  weddings,
} from './fixtures.ts';

const options = { report, id: 'yangshahu-2019/test-dot-plot' };
const lengths = [roadsHardened, roadsAsphalted, ditchesDredged];
const sizes = [
  indicator('registered-poor-household-size'),
  indicator('lifted-poor-household-size'),
  indicator('remaining-poor-household-size'),
];

describe('dotPlot', () => {
  it.each(VARIANTS)('draws the 2019 road and ditch lengths in km ($lang, $theme)', async ({ lang, theme }) => {
    const before = structuredClone(lengths);
    const chart = dotPlot(lengths, { ...options, lang, theme, stems: true });
    const mentions =
      lang === 'zh'
        ? ['棒棒糖图', '单位：公里', '最高为沟渠疏浚（185.31公里）', '最低为村组公路白改黑（6公里）']
        : [
            'Lollipop chart',
            'unit: km',
            'Highest: Ditches and channels dredged (185.31 km)',
            'lowest: Village roads resurfaced from concrete to asphalt (6 km)',
          ];
    const { svg } = await expectWellFormed(chart, lengths, before, mentions);
    expect(chart.kind).toBe('dot-plot');
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining(
        lang === 'zh' ? ['30公里', '6公里', '185.31公里', '单位：公里'] : ['30 km', '185.31 km', 'Unit: km'],
      ),
    );
  });

  it('is a dot plot without stems by default', () => {
    const chart = dotPlot(lengths, options);
    expect(chart.description).toMatch(/^点图：/);
    const marks = (chart.spec as { layer: { mark: { type: string } }[] }).layer.map((l) => l.mark.type);
    // Dots, their labels right of values ≥ 0 and left of negative ones, the source footer.
    expect(marks).toEqual(['circle', 'text', 'text', 'text']);
    expect(
      (dotPlot(lengths, { ...options, stems: true }).spec as { layer: { mark: { type: string } }[] }).layer.map(
        (l) => l.mark.type,
      ),
    ).toEqual(['rule', 'circle', 'text', 'text', 'text']);
  });

  it('plots indicators: the average size of registered, lifted and remaining poor households (人/户)', async () => {
    const chart = dotPlot(sizes, { ...options, title: '贫困户平均人口' });
    await expectWellFormed(chart, sizes, structuredClone(sizes), [
      '单位：人/户',
      '最高为已脱贫户平均人口（3.41人/户）',
      '最低为尚未脱贫户平均人口（2.41人/户）',
    ]);
    expect(dataValues(chart).map((r) => [r.id, r.display, r.quote])).toEqual([
      ['registered-poor-household-size', '3.23人/户', '2624人；812户'],
      ['lifted-poor-household-size', '3.41人/户', '2269人；665户'],
      ['remaining-poor-household-size', '2.41人/户', '2624人；2269人；812户；665户'],
    ]);
    expect(chart.spec.usermeta).toMatchObject({
      figureIds: [
        'poor-persons-registered',
        'poor-households-registered',
        'poor-persons-lifted',
        'poor-households-lifted',
      ],
      indicatorIds: sizes.map((s) => s.id),
    });
    const en = dotPlot(sizes, { ...options, lang: 'en' });
    expect(dataValues(en)[0]?.display).toBe('3.23 persons per household');
  });

  it('shows a ratio indicator in percent beside percent figures', () => {
    const chart = dotPlot([indicator('poor-households-lifted-share'), indicator('poor-persons-lifted-share')], options);
    expect(dataValues(chart).map((r) => [r.unit, r.display])).toEqual([
      ['percent', '81.9%'],
      ['percent', '86.5%'],
    ]);
    expect(chart.description).toContain('单位：%');
  });

  it('keeps the given order, or sorts by value on request', () => {
    const order = (sort?: 'input' | 'value') =>
      (dotPlot(lengths, sort ? { ...options, sort } : options).spec as { encoding: { y: { sort: string[] } } }).encoding
        .y.sort;
    expect(order()).toEqual(['新硬化道路', '村组公路白改黑', '沟渠疏浚']);
    expect(order('value')).toEqual(['沟渠疏浚', '新硬化道路', '村组公路白改黑']);
  });

  it('refuses mixed units naming them and their ids, and bad options', () => {
    expect(() => dotPlot([householdsLifted, personsLifted], options)).toThrow(
      expect.objectContaining({
        code: 'CHART_MIXED_UNITS',
        message: expect.stringMatching(/poor-households-lifted \(households\) and poor-persons-lifted \(persons\)/),
      }),
    );
    expect(() => dotPlot([orchards, sizes[0] as (typeof sizes)[number]], options)).toThrow(
      expect.objectContaining({
        code: 'CHART_MIXED_UNITS',
        message: expect.stringMatching(/orchard-area \(mu\)[\s\S]*persons\/households/),
      }),
    );
    expect(() => dotPlot([weddings, roadsHardened], options)).toThrow(
      expect.objectContaining({ code: 'CHART_MIXED_UNITS' }),
    );
    expect(() => dotPlot([], options)).toThrow(expect.objectContaining({ code: 'CHART_EMPTY' }));
    expect(() => dotPlot(lengths, { ...options, stems: 'yes' as unknown as boolean })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID', message: expect.stringContaining('stems') }),
    );
  });

  it('refuses an indicator without a value, naming its problem', () => {
    const broken = {
      ...indicator('poor-households-lifted-share'),
      value: null,
      qualifier: null,
      problem: { code: 'DIVISION_BY_ZERO' as const, ids: [], message: 'divides by zero' },
    };
    expect(() => dotPlot([broken], options)).toThrow(
      expect.objectContaining({ code: 'CHART_NO_VALUE', message: expect.stringContaining('DIVISION_BY_ZERO') }),
    );
  });
});
