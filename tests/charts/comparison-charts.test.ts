import { describe, expect, it } from 'vitest';
import { changeTable } from '../../src/charts/change-table.ts';
import { buildChart, ChartDefinitionSchema } from '../../src/charts/definition.ts';
import { lineChart } from '../../src/charts/line.ts';
import { slopeChart } from '../../src/charts/slope.ts';
import { compareReports } from '../../src/compare/compare-datasets.ts';
import type { ComparisonRow } from '../../src/compare/comparison.ts';
import type { Figure } from '../../src/figures/figure.ts';
import * as S from '../compare/series-fixtures.ts';
import { ariaLabels, dataValues, expectWellFormed, render, svgTexts, VARIANTS } from './harness.ts';

const wuchang = compareReports([S.wuchang2017, S.wuchang2018]);
const hongshan = compareReports([S.hongshan2012, S.hongshan2013, S.hongshan2014]);
const caidian = compareReports([S.caidian2014, S.caidian2015]);
const matched = (rows: readonly ComparisonRow[]) => rows.filter((r) => r.match !== 'none' && r.unit === 'CNY');
const rowsOf = (rows: readonly ComparisonRow[], ...keys: string[]) =>
  keys.map((k) => rows.find((r) => r.key === k) as ComparisonRow);

describe('slopeChart', () => {
  it.each(VARIANTS)(
    'joins 武昌区’s 2017 and 2018 values of four indicators ($lang, $theme)',
    async ({ lang, theme }) => {
      const rows = rowsOf(wuchang.rows, '地方一般公共预算收入', '固定资产投资', '社会消费品零售总额', '服务业增加值');
      const before = structuredClone(rows);
      const chart = slopeChart(rows, { report: S.wuchang2018.meta, id: 'wuchang/slope', lang, theme });
      const mentions =
        lang === 'zh'
          ? [
              '斜率图',
              '2017年至2018年',
              '单位：元',
              '地方一般公共预算收入：128.42亿元 → 138.7亿元 +8%',
              '固定资产投资：237.52亿元 → 244亿元 +2.7%',
            ]
          : [
              'Slope chart',
              '2017 to 2018',
              'unit: CNY',
              'Local general public budget revenue: CNY 12.84 billion → CNY 13.87 billion +8%',
            ];
      const { svg } = await expectWellFormed(chart, rows, before, mentions);
      expect(chart.kind).toBe('slope');
      expect(svgTexts(svg)).toEqual(
        expect.arrayContaining(lang === 'zh' ? ['2017年', '2018年', '237.52亿元'] : ['2017', '2018']),
      );
      // The right label is the row's name, then its value and change, on lines of their own.
      expect(svg).toContain(lang === 'zh' ? '244亿元 +2.7%' : 'CNY 24.4 billion +2.7%');
    },
  );

  it('colours a fall apart from a rise: 蔡甸区 fixed-asset investment 395亿元 → 348.93亿元 is −11.7%', () => {
    const chart = slopeChart(rowsOf(caidian.rows, '地区生产总值', '固定资产投资'), {
      report: S.caidian2015.meta,
      id: 'caidian/slope',
    });
    expect(dataValues(chart).map((d) => [d.row, d.side, d.direction, d.label])).toEqual([
      ['地区生产总值', 'left', 'up', ['350亿元']],
      ['地区生产总值', 'right', 'up', ['地区生产总值', '371.26亿元 +6.1%']],
      ['固定资产投资', 'left', 'down', ['395亿元']],
      ['固定资产投资', 'right', 'down', ['固定资产投资', '348.93亿元 −11.7%']],
    ]);
  });

  it('refuses rows of different units on one axis, and rows without both years', () => {
    const share = {
      ...(rowsOf(wuchang.rows, '地区生产总值')[0] as ComparisonRow),
      key: 'share',
      label: { zh: '比重' },
      unit: 'percent' as const,
    };
    expect(() =>
      slopeChart([...rowsOf(wuchang.rows, '地区生产总值'), share], { report: S.wuchang2018.meta, id: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'CHART_MIXED_UNITS' }));
    expect(() => slopeChart(rowsOf(wuchang.rows, '招商引资总额'), { report: S.wuchang2018.meta, id: 'x' })).toThrow(
      expect.objectContaining({ code: 'CHART_EMPTY' }),
    );
  });
});

describe('lineChart', () => {
  it.each(VARIANTS)('draws 洪山区 GDP over 2012–2014 ($lang, $theme)', async ({ lang, theme }) => {
    const rows = rowsOf(hongshan.rows, '地区生产总值');
    const before = structuredClone(rows);
    const chart = lineChart(rows, { report: S.hongshan2014.meta, id: 'hongshan/gdp', lang, theme });
    const mentions =
      lang === 'zh'
        ? ['折线图', '地区生产总值：2012年614亿元，2013年635亿元，2014年685亿元']
        : ['Line chart', 'GDP: 2012 CNY 61.4 billion, 2013 CNY 63.5 billion, 2014 CNY 68.5 billion'];
    const { svg } = await expectWellFormed(chart, rows, before, mentions);
    expect(svgTexts(svg)).toContain(lang === 'zh' ? '685亿元' : 'CNY 68.5 billion');
  });

  it('skips a year without a value (retail 2012, 2014) and labels only the last value; several rows get a legend', async () => {
    const rows = rowsOf(hongshan.rows, '地区生产总值', '社会消费品零售总额');
    const chart = lineChart(rows, { report: S.hongshan2014.meta, id: 'hongshan/lines' });
    const retail = dataValues(chart).filter((d) => d.row === '社会消费品零售总额');
    expect(retail.map((d) => [d.year, d.last])).toEqual([
      ['2012年', false],
      ['2014年', true],
    ]);
    const { svg, warnings } = await render(chart.spec);
    expect(warnings).toEqual([]);
    expect(ariaLabels(svg)).toContain('图例：地区生产总值、社会消费品零售总额');
  });
});

describe('changeTable', () => {
  it.each(VARIANTS)(
    'lists 洪山区’s computed and stated growths with flags ($lang, $theme)',
    async ({ lang, theme }) => {
      const rows = matched(hongshan.rows);
      const before = structuredClone(rows);
      const chart = changeTable(rows, { report: S.hongshan2014.meta, id: 'hongshan/growth', lang, theme });
      const mentions =
        lang === 'zh'
          ? [
              '增速核对表',
              '地区生产总值 2012年→2013年：计算+3.4% · 报告+12%（预计、同口径） · ⚠ 不符',
              '项报告增速与计算不符',
            ]
          : [
              'Growth check table',
              'GDP 2012→2013: computed +3.4% · stated +12% (estimate, like-for-like basis) · ⚠ mismatch',
            ];
      await expectWellFormed(chart, rows, before, mentions);
      const flagged = dataValues(chart).filter((d) => d.flagged).length;
      expect(flagged).toBe(rows.flatMap((r) => r.changes).filter((c) => c.flag !== undefined).length);
    },
  );

  it('puts the label of a fall left of its bar end, and reaches far enough left for it', () => {
    const chart = changeTable(matched(caidian.rows), { report: S.caidian2015.meta, id: 'caidian/growth' });
    const fall = dataValues(chart).find((d) => (d.computed as number) < 0);
    expect(fall).toMatchObject({ side: 'left', text: '计算−11.7%' });
    const domain = (chart.spec as unknown as { encoding: { x: { scale: { domain: [number, number] } } } }).encoding.x
      .scale.domain;
    expect(domain[0]).toBeLessThan(-11.7);
    expect(domain[1]).toBeGreaterThan(26.4);
  });

  it.each([340, 560])(
    'keeps its axis near the data at %i px in English, where labels are long: 洪山区 changes of 3.4–32.4 % with stated ticks up to 26 %',
    (width) => {
      const chart = changeTable(matched(hongshan.rows), {
        report: S.hongshan2014.meta,
        id: 'hongshan/growth',
        lang: 'en',
        width,
      });
      const domain = (chart.spec as unknown as { encoding: { x: { scale: { domain: [number, number] } } } }).encoding.x
        .scale.domain;
      // The largest value is the computed +32.35 % of 固定资产投资 2012→2013 ((495 − 374) / 374); labels may take at most 60 % of the plot.
      expect(domain[0]).toBe(0);
      expect(domain[1]).toBeGreaterThanOrEqual(33);
      expect(domain[1]).toBeLessThanOrEqual(Math.ceil(32.36 * 2.5));
      // The label's three parts, wrapped to the labels' room (tests/charts/layout.test.ts checks they stay inside).
      const flagged = dataValues(chart).find((d) => d.flagged) as { lines: string[]; labelAt: number };
      expect(flagged.lines.join(' ')).toBe('computed +3.4% stated +12% (estimate, like-for-like basis) ⚠ mismatch');
      expect(flagged.lines[0]).toBe('computed +3.4%');
      expect(flagged.lines.length).toBeGreaterThan(width < 400 ? 3 : 2);
      // It starts past the stated tick (12 %), not at the bar's end (3.4 %): the tick never crosses the text.
      expect(flagged.labelAt).toBe(12);
    },
  );

  it('never mixes percent growth with percentage points', () => {
    const points = {
      ...(rowsOf(wuchang.rows, '地区生产总值')[0] as ComparisonRow),
      key: 'share',
      changes: [{ from: 2017, to: 2018, measure: 'percentage-points' as const, computed: 0.4 }],
    };
    expect(() =>
      changeTable([...rowsOf(wuchang.rows, '地区生产总值'), points], { report: S.wuchang2018.meta, id: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'CHART_MIXED_UNITS' }));
  });
});

describe('comparison chart definitions', () => {
  it('build from one report’s figures with the year each stands for', () => {
    const definition = ChartDefinitionSchema.parse({
      id: 'fiscal',
      section: 'review',
      kind: 'slope',
      title: { zh: '财政收入', en: 'Fiscal revenue' },
      rows: [
        {
          label: { zh: '公共财政总收入', en: 'Total fiscal revenue' },
          values: [
            { year: 2013, figure: 'f311' },
            { year: 2014, figure: 'f586' },
          ],
        },
      ],
    });
    const figures = new Map<string, Figure>(S.hongshan2014.figures.map((f) => [f.id, f]));
    const chart = buildChart(definition, { report: S.hongshan2014.meta, figures, indicators: new Map() }, 'zh');
    expect(chart.kind).toBe('slope');
    expect(dataValues(chart).map((d) => d.label)).toEqual([['突破100亿元'], ['公共财政总收入', '107亿元 +7%']]);
  });
});
