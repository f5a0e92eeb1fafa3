import { describe, expect, it } from 'vitest';
import { compareDatasets, compareReports } from '../../src/compare/compare-datasets.ts';
import type { ComparedChange, Comparison, ComparisonRow } from '../../src/compare/comparison.ts';
import { parseMapping } from '../../src/compare/mapping.ts';
import type { FigureId, Report, SectionId } from '../../src/figures/figure.ts';
import * as S from './series-fixtures.ts';
import { draftDataset } from '../../src/datasets/draft/draft-dataset.ts';
import { parseDataset } from '../../src/datasets/parse-dataset.ts';

const row = (c: Comparison, key: string): ComparisonRow => {
  const found = c.rows.find((r) => r.key === key);
  if (found === undefined) throw new Error(`no row ${key}; rows: ${c.rows.map((r) => r.key).join(', ')}`);
  return found;
};
const change = (c: Comparison, key: string, to: number): ComparedChange => {
  const found = row(c, key).changes.find((ch) => ch.to === to);
  if (found === undefined) throw new Error(`no change of ${key} to ${to}`);
  return found;
};
/** Growth in percent, as a person works it out: (b − a) / a × 100. */
const growth = (a: number, b: number) => ((b - a) / a) * 100;
const reasons = (ch: ComparedChange) => ch.flag?.reasons.map((r) => r.reason);

describe('武昌区 2017 → 2018', () => {
  const c = compareReports([S.wuchang2018, S.wuchang2017]);

  it('orders the reports by the year they review and matches the five indicators both state, by label', () => {
    expect(c.years).toEqual([2017, 2018]);
    const matched = c.rows.filter((r) => r.match !== 'none');
    expect(matched.map((r) => [r.key, r.match])).toEqual([
      ['地区生产总值', 'label'],
      ['服务业增加值', 'label'],
      ['地方一般公共预算收入', 'label'],
      ['固定资产投资', 'label'],
      ['社会消费品零售总额', 'label'],
    ]);
    expect(row(c, '地区生产总值').label).toEqual({ zh: '地区生产总值', en: 'GDP' });
  });

  it('lists the figures without a partner (一般公共预算总收入, 招商引资总额, 高新技术产业产值) instead of dropping them', () => {
    expect(c.rows.filter((r) => r.match === 'none').map((r) => r.values[0]?.quote)).toEqual([
      '217.59亿元',
      '686.4亿元',
      '358.9亿元',
    ]);
  });

  it('GDP 1102.5亿元 → 1200亿元 is +8.84 % against a stated 8 %: flagged, the 2018 level being an estimate (预计)', () => {
    const gdp = change(c, '地区生产总值', 2018);
    expect(row(c, '地区生产总值').values.map((v) => v.value)).toEqual([110250000000, 120000000000]);
    expect(gdp.computed).toBeCloseTo(growth(1102.5, 1200), 12);
    expect(gdp.stated).toBe(8);
    expect(gdp.basis).toEqual(['estimate']);
    // 1199.5/1102.55 − 1 = 8.79 % is the least the written levels allow, above 8.5 %.
    expect(gdp.flag?.computedRange[0]).toBeCloseTo(growth(1102.55, 1199.5), 10);
    expect(reasons(gdp)).toEqual(['estimate', 'comparable-prices']);
  });

  it('local budget revenue 128.42亿元 → 138.7亿元 is +8.005 %, within the stated 8 % ± 0.5: no flag', () => {
    const revenue = change(c, '地方一般公共预算收入', 2018);
    expect(revenue.computed).toBeCloseTo(growth(128.42, 138.7), 12);
    expect(revenue.stated).toBe(8);
    expect(revenue.flag).toBeUndefined();
  });

  it('retail sales 682.07亿元 → 753亿元 is +10.399 %, which 10.3 % ± 0.05 misses by less than 753 ± 0.5 allows: no flag', () => {
    const retail = change(c, '社会消费品零售总额', 2018);
    expect(retail.computed).toBeCloseTo(growth(682.07, 753), 12);
    // 752.5 / 682.075 − 1 = 10.325 % is inside 10.25–10.35 %.
    expect(growth(682.075, 752.5)).toBeLessThan(10.35);
    expect(retail.flag).toBeUndefined();
  });

  it('fixed-asset investment 237.52亿元 → 244亿元 is +2.73 % against a stated 20 %: flagged', () => {
    const investment = change(c, '固定资产投资', 2018);
    expect(investment.computed).toBeCloseTo(growth(237.52, 244), 12);
    expect(investment.stated).toBe(20);
    expect(investment.flag?.code).toBe('GROWTH_MISMATCH');
    expect(reasons(investment)).toEqual(['estimate']);
  });

  it('services value added 947.81亿元 → 1035亿元 is +9.20 % against 8.5 %: flagged, its growth being at comparable prices by the bureau’s convention', () => {
    const services = change(c, '服务业增加值', 2018);
    expect(services.computed).toBeCloseTo(growth(947.81, 1035), 12);
    expect(reasons(services)).toEqual(['comparable-prices']);
    expect(services.flag?.reasons[0]?.source).toMatch(/National Bureau of Statistics/);
  });
});

describe('洪山区 2012 → 2013 → 2014', () => {
  const c = compareReports([S.hongshan2012, S.hongshan2013, S.hongshan2014]);

  it('GDP 614亿元 → 635亿元 is +3.42 % against +12 % stated 按同口径计算: flagged, like-for-like basis', () => {
    const gdp = change(c, '地区生产总值', 2013);
    expect(gdp.computed).toBeCloseTo(growth(614, 635), 12);
    expect(gdp.stated).toBe(12);
    expect(gdp.basis).toEqual(['estimate', 'like-for-like']);
    expect(reasons(gdp)).toContain('like-for-like');
    expect(gdp.flag?.reasons.find((r) => r.reason === 'like-for-like')).toMatchObject({
      words: '按同口径计算',
      dataset: 'hongshan-district-2013',
    });
  });

  it('keeps 614亿元 (with its stated growth) rather than 跨过600亿元大关 in the GDP row; 600亿元 is a row of its own', () => {
    expect(row(c, '地区生产总值').values.map((v) => v.quote)).toEqual(['614亿元', '635亿元', '685亿元']);
    expect(c.rows.filter((r) => r.key.startsWith('地区生产总值#')).map((r) => [r.values[0]?.quote, r.match])).toEqual([
      ['600亿元', 'none'],
    ]);
  });

  it('matches 全口径财政收入 (2012, 2013) with 公共财政总收入 (2014) through the synonym table: 92.1 → 107 is +16.18 % against 11 %', () => {
    const total = row(c, '一般公共预算总收入');
    expect(total.match).toBe('synonym');
    expect(total.values.map((v) => v.label)).toEqual(['全口径财政收入', '全口径财政收入', '公共财政总收入']);
    const renamed = change(c, '一般公共预算总收入', 2014);
    expect(renamed.computed).toBeCloseTo(growth(92.1, 107), 12);
    expect(renamed.stated).toBe(11);
    expect(reasons(renamed)).toContain('renamed');
    expect(change(c, '一般公共预算总收入', 2013).computed).toBeCloseTo(growth(76.83, 92.1), 12);
  });

  it('区级地方财政收入 36.7亿元 → 地方公共财政收入 45.91亿元 is +25.1 % against 14 %: flagged, renamed', () => {
    const local = change(c, '地方一般公共预算收入', 2014);
    expect(local.computed).toBeCloseTo(growth(36.7, 45.91), 12);
    expect(local.stated).toBe(14);
    expect(reasons(local)).toEqual(['estimate', 'estimate', 'renamed']);
  });

  it('computes a change over two years (retail 396 → 428, 2012 → 2014) but checks no one-year rate against it', () => {
    const retail = change(c, '社会消费品零售总额', 2014);
    expect(retail.from).toBe(2012);
    expect(retail.computed).toBeCloseTo(growth(396, 428), 12);
    expect(retail.stated).toBeUndefined();
  });

  it('never matches 农村居民人均纯收入 with a disposable income', () => {
    expect(row(c, '农村居民人均纯收入').match).toBe('none');
  });
});

describe('番禺区, 蔡甸区, 浏阳市', () => {
  it('番禺区 GDP 1480.06亿元 → 1608.78亿元 is +8.70 % against 8.5 %: flagged even at two decimals of 亿', () => {
    const c = compareReports([S.panyu2014, S.panyu2015]);
    const gdp = change(c, '地区生产总值', 2015);
    expect(gdp.computed).toBeCloseTo(growth(1480.06, 1608.78), 12);
    expect(reasons(gdp)).toEqual(['comparable-prices']);
    // 84.47亿元 states only an average over 2011–2015: a computed change, nothing to check.
    expect(change(c, '一般公共预算收入', 2015).stated).toBeUndefined();
    expect(c.rows.filter((r) => r.match !== 'none').map((r) => r.key)).toEqual(['地区生产总值', '一般公共预算收入']);
  });

  it('蔡甸区 GDP 350亿元 (预计) → 371.26亿元 is +6.07 % against 同比增长11%; retail 77.6 → 98.12 (+26.4 %) against 13.1 % has no reason in the texts', () => {
    const c = compareReports([S.caidian2014, S.caidian2015]);
    const gdp = change(c, '地区生产总值', 2015);
    expect(gdp.computed).toBeCloseTo(growth(350, 371.26), 12);
    expect(gdp.basis).toEqual(['year-on-year']);
    expect(reasons(gdp)).toEqual(['estimate', 'comparable-prices']);
    const retail = change(c, '社会消费品零售总额', 2015);
    expect(retail.computed).toBeCloseTo(growth(77.6, 98.12), 12);
    expect(retail.flag?.reasons).toEqual([]);
    expect(change(c, '固定资产投资', 2015).computed).toBeCloseTo(growth(395, 348.93), 12);
    expect(c.rows.filter((r) => r.match !== 'none').map((r) => [r.key, r.match])).toEqual([
      ['地区生产总值', 'label'],
      ['一般公共预算收入', 'label'],
      ['固定资产投资', 'label'],
      ['社会消费品零售总额', 'label'],
    ]);
  });

  it('浏阳市 2023 states growth rates only: its 2022 levels stay unmatched rows', () => {
    const c = compareReports([S.liuyang2022, S.liuyang2023]);
    expect(c.rows.map((r) => r.match)).toEqual(['none', 'none', 'none']);
    expect(c.notes).toEqual([]);
  });
});

describe('mapping, places, units and plans', () => {
  it('a mapping file joins 税收总额 (2014) and 财税总收入 (2015), said to be made by mapping', () => {
    const mapping = parseMapping({ groups: [['税收总额', '财税总收入']] }, 'mapping.json');
    const c = compareReports([S.panyu2014, S.panyu2015], { mapping });
    const taxes = row(c, '税收总额');
    expect(taxes.match).toBe('mapping');
    expect(taxes.changes[0]?.computed).toBeCloseTo(growth(226.62, 270.76), 12);
  });

  it('a mapping file may name figures by dataset and id', () => {
    const mapping = parseMapping({ groups: [['招商引资总额', 'wuchang-district-2018/f703']] }, 'mapping.json');
    const c = compareReports([S.wuchang2017, S.wuchang2018], { mapping });
    expect(row(c, '招商引资总额')).toMatchObject({
      match: 'mapping',
      values: [{ quote: '686.4亿元' }, { quote: '358.9亿元' }],
    });
  });

  it('refuses a mapping file of another shape with OPTION_INVALID', () => {
    expect(() => parseMapping({ pairs: [] }, 'm.json')).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }));
    expect(() => parseMapping({ groups: [['only one']] }, 'm.json')).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });

  it('notes reports of another place than the earliest, or without one, and compares them anyway', () => {
    const c = compareDatasets([
      { id: 'a', report: S.wuchang2017 },
      { id: 'b', report: S.hongshan2013 },
      { id: 'c', report: { ...S.wuchang2018, meta: { ...S.wuchang2018.meta, place: {} } } },
    ]);
    expect(c.notes.map((n) => [n.code, n.datasets])).toEqual([
      ['PLACE_UNKNOWN', ['c']],
      ['PLACE_DIFFERS', ['a']],
    ]);
    expect(c.datasets).toEqual(['b', 'a', 'c']);
    expect(c.place.county).toBe('洪山区');
    expect(row(c, '地区生产总值').values).toHaveLength(3);
  });

  it('never matches money with households, counts of different things, or a target with an actual; pairs a target with the next report’s actual', () => {
    const figure = (
      id: string,
      zh: string,
      value: number,
      unit: 'CNY' | 'households' | 'count',
      period: Report['figures'][number]['period'],
      counted?: string,
    ) => ({
      id: id as FigureId,
      section: 's' as SectionId,
      label: { zh, en: zh },
      quantity: { value, unit, qualifier: 'exact' as const, ...(counted === undefined ? {} : { counted }) },
      period,
      provenance: { quote: `${value}`, offset: 0 },
    });
    const report = (id: string, year: number, figures: Report['figures']): Report => ({
      meta: { id, title: { zh: id, en: id }, year, place: { county: 'X县' }, language: 'zh-CN' },
      source: figures.map((f) => f.provenance.quote).join('。'),
      sections: [],
      figures,
    });
    const a = report('x-2018', 2018, [
      figure('gdp', '地区生产总值', 100e8, 'CNY', { kind: 'year', year: 2018 }),
      figure('plan', '地区生产总值', 110e8, 'CNY', { kind: 'target', year: 2019 }),
      figure('homes', '改造', 5, 'households', { kind: 'year', year: 2018 }),
      figure('sites', '整治', 3, 'count', { kind: 'year', year: 2018 }, 'sites'),
    ]);
    const b = report('x-2019', 2019, [
      figure('gdp', '地区生产总值', 108e8, 'CNY', { kind: 'year', year: 2019 }),
      figure('homes', '改造', 5e8, 'CNY', { kind: 'year', year: 2019 }),
      figure('sites', '整治', 4, 'count', { kind: 'year', year: 2019 }, 'villages'),
    ]);
    const c = compareReports([a, b]);
    expect(c.rows.map((r) => [r.key, r.match])).toEqual([
      ['地区生产总值', 'label'],
      ['target:地区生产总值', 'none'],
      ['改造|households', 'none'],
      ['整治|count:sites', 'none'],
      ['改造|money', 'none'],
      ['整治|count:villages', 'none'],
    ]);
    expect(c.plan).toEqual([
      expect.objectContaining({
        key: '地区生产总值',
        gap: 108e8 - 110e8,
        attainment: (108 / 110) * 100,
        match: 'label',
        target: expect.objectContaining({ dataset: 'x-2018', year: 2019 }),
      }),
    ]);
  });
});

describe('the start of a change is not the level of its year', () => {
  it('参保率由93.5%提高到97.2% in 2023 compares 97.2% with 2022’s 93.5% (+3.7 points), not 93.5% with 93.5%', () => {
    const drafted = (year: number, body: string) => {
      const id = `town-${year}`;
      const draft = draftDataset(`某镇${year}年工作总结\n一、${year}年工作回顾\n${body}\n`, { id, year });
      return parseDataset(id, { source: draft.source, json: draft.files }, `datasets/${id}`);
    };
    const comparison = compareDatasets([
      drafted(2022, '全镇城乡居民医保参保率93.5%。'),
      drafted(2023, '全镇城乡居民医保参保率由93.5%提高到97.2%。'),
    ]);
    const rate = row(comparison, '城乡居民医保参保率');
    expect(rate.values.map((v) => [v.year, v.value])).toEqual([
      [2022, 93.5],
      [2023, 97.2],
    ]);
    expect(rate.changes[0]).toMatchObject({ measure: 'percentage-points', computed: 3.7 });
  });
});
