import { describe, expect, it } from 'vitest';
import { progressChart } from '../../src/charts/progress.ts';
import { dataValues, expectWellFormed, svgTexts } from './harness.ts';
import { allCharts, chartById } from '../datasets.ts';
import {
  householdsLifted,
  orchards,
  personsLifted,
  poorHouseholds,
  poorPersons,
  qualityRice,
  report,
} from './fixtures.ts';

const options = { report, id: 'yangshahu-2019/poverty-households' };

describe('progressChart of poverty exits', () => {
  it('shows 665 of 812 households lifted out as 81.9%', async () => {
    const input = { part: householdsLifted, whole: poorHouseholds };
    const before = structuredClone(input);
    const chart = progressChart(input, { ...options, title: '已脱贫户占建档立卡贫困户的比例' });
    const { svg } = await expectWellFormed(chart, input, before, ['665户', '812户', '81.9%', '单位：户']);
    expect(svgTexts(svg)).toContain('665 / 812 户（81.9%）');
    expect(dataValues(chart).map((r) => [r.role, r.value])).toEqual([
      ['whole', 812],
      ['part', 665],
    ]);
  });

  it('shows 2269 of 2624 persons as 86.5%, in zh and en', async () => {
    const input = { part: personsLifted, whole: poorPersons };
    const zh = progressChart(input, options);
    const rendered = await expectWellFormed(zh, input, structuredClone(input), ['2269人', '2624人', '86.5%']);
    expect(svgTexts(rendered.svg)).toContain('2269 / 2624 人（86.5%）');
    expect(zh.title).toBe('已脱贫人口占建档立卡贫困人口的比例');
    const en = progressChart(input, { ...options, lang: 'en' });
    const { svg } = await expectWellFormed(en, input, structuredClone(input), [
      '2,269 persons',
      '2,624 persons',
      '86.5%',
    ]);
    expect(svgTexts(svg)).toContain('2,269 / 2,624 persons (86.5%)');
    expect(en.title).toBe('Registered persons lifted out of poverty as a share of registered poor persons');
  });

  it('marks an approximate share: 近300亩 of 2万亩 is about 1.5%', () => {
    const chart = progressChart({ part: orchards, whole: qualityRice }, options);
    expect(dataValues(chart)[0]?.headline).toEqual(['近300亩 / 2万亩（约1.5%）']);
  });

  it('wraps a headline wider than the chart and moves the bar below its lines', () => {
    const at = (width: number) =>
      progressChart({ part: orchards, whole: qualityRice }, { ...options, lang: 'en', width });
    const wide = at(640);
    const narrow = at(200);
    const headline = (chart: typeof wide) => dataValues(chart)[0]?.headline as string[];
    expect(headline(wide)).toEqual(['about 300 mu / 20,000 mu (about 1.5%)']);
    expect(headline(narrow).length).toBeGreaterThan(1);
    expect(headline(narrow).join(' ')).toBe(headline(wide)[0]);
    const barTop = (chart: typeof wide) =>
      (chart.spec as unknown as { layer: { encoding: { y: { value: number } } }[] }).layer[0]?.encoding.y.value ?? 0;
    expect(barTop(narrow) - barTop(wide)).toBe((headline(narrow).length - 1) * 20);
  });

  it('refuses households against persons, naming both units', () => {
    expect(() => progressChart({ part: householdsLifted, whole: poorPersons }, options)).toThrow(
      expect.objectContaining({
        code: 'CHART_MIXED_UNITS',
        message: expect.stringMatching(/households[\s\S]*persons/),
      }),
    );
  });

  it('refuses a part larger than its whole, naming both ids and values', () => {
    expect(() => progressChart({ part: poorHouseholds, whole: householdsLifted }, options)).toThrow(
      expect.objectContaining({
        code: 'OPTION_INVALID',
        message: expect.stringMatching(/poor-households-registered \(812\).*poor-households-lifted \(665\)/),
      }),
    );
  });
});

describe('progressChart headlines of money', () => {
  it('keep each amount with its unit: 468亿元 / 635亿元（73.7%）, not 468亿 / 635亿 元 (洪山区 2013, 服务业增加值 of 地区生产总值)', () => {
    // 468 / 635 = 0.73700… → 73.7 %.
    const zh = chartById('hongshan-district-2013/review-2013-progress', 'zh');
    expect(JSON.stringify(zh.spec)).toContain('"headline":["468亿元 / 635亿元（73.7%）"]');
    const en = chartById('hongshan-district-2013/review-2013-progress', 'en');
    expect(JSON.stringify(en.spec)).toContain('"headline":["CNY 46.8 billion / CNY 63.5 billion (73.7%)"]');
  });

  it('never part a magnitude from its unit, in any progress chart of any dataset, zh or en', () => {
    const progress = (['zh', 'en'] as const).flatMap((lang) => allCharts(lang).filter((c) => c.kind === 'progress'));
    expect(progress.length).toBeGreaterThan(10);
    for (const chart of progress) {
      const headline = /"headline":\[([^\]]*)\]/.exec(JSON.stringify(chart.spec))?.[1] ?? '';
      // Wrong: `468亿 / 635亿 元（…）`, `46.8 billion / 63.5 billion CNY (…)`.
      expect(headline, chart.id).not.toMatch(/(?:万|亿) \/|(?:万|亿) \S+（|(?:thousand|million|billion) [A-Z]{3} \(/);
    }
  });
});
