import { describe, expect, it } from 'vitest';
import { dumbbellChart } from '../../src/charts/dumbbell.ts';
import { ariaLabels, dataValues, expectWellFormed, render, svgTexts, VARIANTS } from './harness.ts';
import {
  greenCrops,
  householdsLifted,
  indicator,
  landAcquired,
  orchards,
  personsLifted,
  poorHouseholds,
  poorPersons,
  qualityRice,
  report,
} from './fixtures.ts';

const options = { report, id: 'yangshahu-2019/test-dumbbell' };
const ends = { from: { zh: '建档立卡', en: 'Registered' }, to: { zh: '已脱贫', en: 'Lifted out' } };
const households = {
  ends,
  rows: [{ label: { zh: '贫困户', en: 'Poor households' }, from: poorHouseholds, to: householdsLifted }],
};

describe('dumbbellChart', () => {
  it.each(VARIANTS)('joins 812 registered and 665 lifted households ($lang, $theme)', async ({ lang, theme }) => {
    const before = structuredClone(households);
    const chart = dumbbellChart(households, { ...options, lang, theme });
    const mentions =
      lang === 'zh'
        ? [
            '哑铃图',
            '单位：户',
            '贫困户：建档立卡812户，已脱贫665户（相差147户）',
            '最高为贫困户·建档立卡（812户）',
            '最低为贫困户·已脱贫（665户）',
          ]
        : [
            'Dumbbell chart',
            'unit: households',
            'Registered 812 households, Lifted out 665 households (difference: 147 households)',
            'Highest: Poor households · Registered (812 households)',
          ];
    const { svg } = await expectWellFormed(chart, households, before, mentions);
    expect(chart.kind).toBe('dumbbell');
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining(
        lang === 'zh'
          ? ['812户', '665户', '建档立卡', '已脱贫', '贫困户']
          : ['812 households', 'Registered', 'Lifted out'],
      ),
    );
  });

  it('puts each label on the outer side of its dot', () => {
    const sides = dataValues(dumbbellChart(households, options)).map((d) => [d.end, d.side]);
    expect(sides).toEqual([
      ['建档立卡', 'right'],
      ['已脱贫', 'left'],
    ]);
  });

  it('keeps rows in the given order and names both ends in the legend, in the chart language', async () => {
    const input = {
      ends: { from: '征地', to: '青苗补偿' },
      rows: [
        { label: '第二行', from: landAcquired, to: greenCrops },
        { label: '第一行', from: orchards, to: qualityRice },
      ],
    };
    const chart = dumbbellChart(input, options);
    expect((chart.spec as { encoding: { y: { sort: string[] } } }).encoding.y.sort).toEqual(['第二行', '第一行']);
    expect(chart.description).not.toContain('相差19700亩');
    expect(chart.description).toContain('第二行：征地430亩，青苗补偿500亩（相差70亩）');
    const { svg } = await render(chart.spec);
    const labels = ariaLabels(svg);
    expect(labels).toContain('图例：征地、青苗补偿');
    expect(labels).toContain('第二行（征地）：430亩');
    expect(labels).toContain('类别轴：第二行、第一行');
    expect(labels.join(' ')).not.toMatch(/X-axis|Y-axis|legend titled/i);
  });

  it('refuses households beside persons on one axis, naming units and ids', () => {
    const mixed = {
      ends,
      rows: [
        { label: '户', from: poorHouseholds, to: householdsLifted },
        { label: '人', from: poorPersons, to: personsLifted },
      ],
    };
    expect(() => dumbbellChart(mixed, options)).toThrow(
      expect.objectContaining({
        code: 'CHART_MIXED_UNITS',
        message: expect.stringMatching(
          /poor-households-registered, poor-households-lifted \(households\) and poor-persons-registered, poor-persons-lifted \(persons\)/,
        ),
      }),
    );
  });

  it('accepts indicators of one unit, without a difference the report does not state', () => {
    const chart = dumbbellChart(
      {
        ends: { from: '建档立卡户', to: '已脱贫户' },
        rows: [
          {
            label: '户均人口',
            from: indicator('registered-poor-household-size'),
            to: indicator('lifted-poor-household-size'),
          },
        ],
      },
      options,
    );
    expect(chart.description).toContain('户均人口：建档立卡户3.23人/户，已脱贫户3.41人/户；');
    expect(chart.spec.usermeta).toMatchObject({
      indicatorIds: ['registered-poor-household-size', 'lifted-poor-household-size'],
    });
  });

  it('refuses no rows, a repeated row label and equal end names', () => {
    expect(() => dumbbellChart({ ends, rows: [] }, options)).toThrow(expect.objectContaining({ code: 'CHART_EMPTY' }));
    const row = { label: '户', from: poorHouseholds, to: householdsLifted };
    expect(() => dumbbellChart({ ends, rows: [row, row] }, options)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
    expect(() => dumbbellChart({ ends: { from: '户', to: '户' }, rows: [row] }, options)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});
