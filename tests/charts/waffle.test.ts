import { describe, expect, it } from 'vitest';
import { waffleChart } from '../../src/charts/waffle.ts';
import { ariaLabels, dataValues, expectWellFormed, render, svgTexts, VARIANTS } from './harness.ts';
import {
  householdsLifted,
  indicator,
  orchards,
  personsLifted,
  poorHouseholds,
  poorPersons,
  qualityRice,
  report,
} from './fixtures.ts';

const options = { report, id: 'yangshahu-2019/test-waffle' };
const households = { part: householdsLifted, whole: poorHouseholds };

/** Squares drawn in the SVG: the rect items of the waffle's mark (legend symbols are paths). */
const squares = (svg: string): number => (svg.match(/<path [^>]*d="M[^"]*"[^>]*\/>/g) ?? []).length;

describe('waffleChart', () => {
  it.each(VARIANTS)('draws 812 households as 812 squares, 665 lifted ($lang, $theme)', async ({ lang, theme }) => {
    const before = structuredClone(households);
    const chart = waffleChart(households, { ...options, lang, theme });
    const mentions =
      lang === 'zh'
        ? ['单位：户', '共812格', '每格代表1户', '已脱贫户为665户（665格）', '（812户）', '81.9%', '147户']
        : [
            'Unit: households',
            '812 squares',
            'each square stands for 1 household',
            '665 households (665 squares)',
            '(812 households)',
            '81.9%',
            'rest: 147 households',
          ];
    const { svg } = await expectWellFormed(chart, households, before, mentions);
    expect(chart.kind).toBe('waffle');
    expect(chart.theme).toBe(theme);
    expect(squares(svg)).toBeGreaterThanOrEqual(812);
    const texts = svgTexts(svg);
    if (lang === 'zh')
      expect(texts).toEqual(
        expect.arrayContaining(['建档立卡贫困户：812户', '已脱贫户：665户（81.9%）', '其余：147户（18.1%）']),
      );
    // Node's default text measure (0.8 em a character) truncates the long English part label; Chromium draws it whole.
    else
      expect(texts).toEqual(
        expect.arrayContaining(['Registered poor households: 812 households', 'Rest: 147 households (18.1%)']),
      );
    expect(chart.spec.config?.background).toBe(theme === 'dark' ? '#16191d' : '#ffffff');
  });

  it('keeps two rows of data, part then whole, and builds the squares with Vega transforms', () => {
    const rows = dataValues(waffleChart(households, options));
    expect(rows.map((r) => [r.role, r.id, r.value, r.from, r.to])).toEqual([
      ['part', 'poor-households-lifted', 665, 0, 665],
      ['rest', 'poor-households-registered', 812, 665, 812],
    ]);
    expect(rows[0]).toMatchObject({ display: '665户', qualifierText: '无（确数）', quote: '665户' });
  });

  it('aggregates 2624 persons into 525 squares of 5 and says so in the notes and description', async () => {
    const input = { part: personsLifted, whole: poorPersons };
    const chart = waffleChart(input, options);
    expect(chart.notes).toEqual(['每格代表5人，格数按四舍五入取整。']);
    await expectWellFormed(chart, input, structuredClone(input), [
      '共525格',
      '每格代表5人',
      '2269人（454格）',
      '86.5%',
    ]);
    const en = waffleChart(input, { ...options, lang: 'en', notes: ['Persons, not households.'] });
    expect(en.notes).toEqual([
      'Persons, not households.',
      'Each square stands for 5 persons; square counts are rounded to whole squares.',
    ]);
    expect(en.description).toContain('525 squares, each square stands for 5 persons');
    expect(waffleChart(input, { ...options, maxSquares: 3000 }).description).toContain('共2624格，每格代表1人');
  });

  it('prints the share of a ratio indicator, checked against its figures', () => {
    const share = indicator('poor-households-lifted-share');
    const chart = waffleChart({ ...households, share }, options);
    expect(chart.spec.usermeta).toMatchObject({
      figureIds: ['poor-households-lifted', 'poor-households-registered'],
      indicatorIds: ['poor-households-lifted-share'],
    });
    expect(dataValues(chart)[0]?.legend).toBe('已脱贫户：665户（81.9%）');
    expect(() => waffleChart({ part: personsLifted, whole: poorPersons, share }, options)).toThrow(
      expect.objectContaining({
        code: 'OPTION_INVALID',
        message: expect.stringContaining('poor-households-lifted-share'),
      }),
    );
    expect(() => waffleChart({ ...households, share: indicator('poor-households-remaining') }, options)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID', message: expect.stringContaining('not ratio') }),
    );
  });

  it('marks an approximate rest: 近300亩 of 2万亩 leaves 约19700亩', () => {
    const chart = waffleChart({ part: orchards, whole: qualityRice }, options);
    expect(dataValues(chart)[1]?.legend).toBe('其余：约1.97万亩（约98.5%）');
    expect(chart.description).toContain('约1.5%');
  });

  it('hides the squares from screen readers and describes the legend in the chart language', async () => {
    const { svg } = await render(waffleChart(households, options).spec);
    const labels = ariaLabels(svg);
    expect(labels.some((l) => l.startsWith('图例：建档立卡贫困户：812户'))).toBe(true);
    expect(labels.filter((l) => l.includes('已脱贫户：665户')).length).toBeLessThan(5);
    expect(labels.join(' ')).not.toMatch(/legend titled|X-axis|Y-axis/i);
  });

  it('refuses households against persons, a part above its whole and a bad maxSquares', () => {
    expect(() => waffleChart({ part: householdsLifted, whole: poorPersons }, options)).toThrow(
      expect.objectContaining({
        code: 'CHART_MIXED_UNITS',
        message: expect.stringMatching(
          /poor-households-lifted \(households\)[\s\S]*poor-persons-registered \(persons\)/,
        ),
      }),
    );
    expect(() => waffleChart({ part: poorHouseholds, whole: householdsLifted }, options)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
    expect(() => waffleChart(households, { ...options, maxSquares: 5 })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID', message: expect.stringContaining('maxSquares') }),
    );
    expect(() => waffleChart(households, { ...options, theme: 'sepia' as 'dark' })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID', message: expect.stringContaining('theme') }),
    );
  });
});

describe('waffleChart legend', () => {
  it.each([340, 640])(
    'wraps its legend at %i px in English rather than cutting it: every line fits beside its symbol',
    (width) => {
      const chart = waffleChart(households, { ...options, lang: 'en', width });
      const entries = dataValues(chart).map((r) => String(r.legend));
      // The part's entry reads whole, its lines kept with line breaks the legend splits.
      expect(entries[0]?.split('\n').join(' ')).toBe(
        'Registered households lifted out of poverty: 665 households (81.9%)',
      );
      expect(entries[0]?.includes('\n')).toBe(width < 400);
      expect(entries[1]).toBe('Rest: 147 households (18.1%)');
      const legend = (
        chart.spec as unknown as { layer: { encoding?: { color?: { legend?: Record<string, unknown> } } }[] }
      ).layer[0]?.encoding?.color?.legend;
      expect(legend?.labelExpr).toBe("split(datum.label, '\\n')");
    },
  );
});
