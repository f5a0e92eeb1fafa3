import { describe, expect, it } from 'vitest';
import { changeTable } from '../../src/charts/change-table.ts';
import { ChartDefinitionSchema, definitionRefs } from '../../src/charts/definition.ts';
import { lineChart } from '../../src/charts/line.ts';
import { CHART_KINDS } from '../../src/charts/registry.ts';
import { slopeChart } from '../../src/charts/slope.ts';
import { compareReports } from '../../src/compare/compare-datasets.ts';
import type { ComparisonRow } from '../../src/compare/comparison.ts';
import * as S from '../compare/series-fixtures.ts';
import { dataValues } from './harness.ts';

const wuchang = compareReports([S.wuchang2017, S.wuchang2018]);
const hongshan = compareReports([S.hongshan2012, S.hongshan2013, S.hongshan2014]);
const rowsOf = (rows: readonly ComparisonRow[], ...keys: string[]) =>
  keys.map((k) => rows.find((r) => r.key === k) as ComparisonRow);
const title = { zh: '标题', en: 'Title' };

describe('CHART_KINDS, the registry of chart kinds', () => {
  it('holds the eleven kinds, in the order of the dataset schema', () => {
    expect(Object.keys(CHART_KINDS)).toEqual([
      'bar',
      'grouped-bar',
      'progress',
      'kpi',
      'waffle',
      'dot-plot',
      'dumbbell',
      'small-multiples',
      'slope',
      'line',
      'change-table',
    ]);
  });

  it('gives each kind the schema of its own definitions: a kpi definition is no bar definition', () => {
    const kpi = { id: 'land', section: 'review', kind: 'kpi', title, figure: 'land-acquired' };
    expect(CHART_KINDS.kpi.schema.safeParse(kpi).success).toBe(true);
    expect(CHART_KINDS.bar.schema.safeParse(kpi).success).toBe(false);
    expect(ChartDefinitionSchema.parse(kpi).kind).toBe('kpi');
  });

  it('lists the ids a definition names through its kind: a dumbbell names from, then to, row by row', () => {
    const dumbbell = ChartDefinitionSchema.parse({
      id: 'households',
      section: 'review',
      kind: 'dumbbell',
      title,
      ends: { from: { zh: '2018年' }, to: { zh: '2019年' } },
      rows: [
        { label: { zh: '低保' }, from: 'welfare-2018', to: 'welfare-2019' },
        { label: { zh: '危房' }, from: 'houses-2018', to: 'houses-2019' },
      ],
    });
    expect(definitionRefs(dumbbell)).toEqual(['welfare-2018', 'welfare-2019', 'houses-2018', 'houses-2019']);
  });
});

describe('the rows and key number a comparison chart carries', () => {
  const revenue = rowsOf(wuchang.rows, '地方一般公共预算收入', '固定资产投资');

  it('slope: the later value of the first indicator, with its year: 138.7亿元 in 2018', () => {
    const zh = slopeChart(revenue, { report: S.wuchang2018.meta, id: 'wuchang/slope' });
    expect(zh.keyNumber).toEqual({ value: '138.7亿元', label: '地方一般公共预算收入（2018年）' });
    const en = slopeChart(revenue, { report: S.wuchang2018.meta, id: 'wuchang/slope', lang: 'en' });
    expect(en.keyNumber).toEqual({ value: 'CNY 13.87 billion', label: 'Local general public budget revenue (2018)' });
    // Two ends per indicator, as the spec draws them.
    expect(en.rows).toHaveLength(4);
    expect(en.rows).toEqual(dataValues(en));
  });

  it('slope and line: English marks name their year in ASCII brackets, not full-width ones', () => {
    const slope = slopeChart(revenue, { report: S.wuchang2018.meta, id: 'wuchang/slope', lang: 'en' });
    expect(dataValues(slope)[0]?.aria).toBe('Local general public budget revenue (2017): CNY 12.84 billion');
    const line = lineChart(rowsOf(hongshan.rows, '地区生产总值'), {
      report: S.hongshan2014.meta,
      id: 'hongshan/gdp',
      lang: 'en',
    });
    expect(dataValues(line)[0]?.aria).toBe('GDP (2012): CNY 61.4 billion');
  });

  it('line: the last value of the first indicator, with its year: 洪山区 GDP 685亿元 in 2014', () => {
    const rows = rowsOf(hongshan.rows, '地区生产总值');
    expect(lineChart(rows, { report: S.hongshan2014.meta, id: 'hongshan/gdp' }).keyNumber).toEqual({
      value: '685亿元',
      label: '地区生产总值（2014年）',
    });
    expect(lineChart(rows, { report: S.hongshan2014.meta, id: 'hongshan/gdp', lang: 'en' }).keyNumber).toEqual({
      value: 'CNY 68.5 billion',
      label: 'GDP (2014)',
    });
  });

  it('change table: the first flagged change, computed against stated: 洪山区 GDP 2012→2013, +3.4% against 12%', () => {
    const rows = rowsOf(hongshan.rows, '地区生产总值');
    expect(changeTable(rows, { report: S.hongshan2014.meta, id: 'hongshan/growth' }).keyNumber).toEqual({
      value: '计算+3.4% · 报告+12%（预计、同口径） · ⚠ 不符',
      label: '地区生产总值 2012年→2013年',
    });
  });
});
