import { describe, expect, it } from 'vitest';
import { progressChart } from '../../src/charts/progress.ts';
import { dataValues, expectWellFormed, svgTexts } from './harness.ts';
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
    expect(dataValues(chart)[0]?.headline).toBe('近300亩 / 2万亩（约1.5%）');
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
