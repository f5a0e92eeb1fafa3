import { describe, expect, it } from 'vitest';
import { compareDatasets } from '../../src/compare/compare-datasets.ts';
import { extractFigures } from '../../src/figures/extract-figures.ts';
import type { Figure, FigureId, Report, SectionId } from '../../src/figures/figure.ts';

/** A report of one town for `year` whose figures are the quotes of `source`, labelled in order. */
function report(year: number, source: string, labels: readonly string[]): Report {
  const figures = extractFigures(source).map((f, i): Figure => ({
    id: `f${f.offset}` as FigureId,
    section: 'review' as SectionId,
    label: { zh: labels[i] ?? '', en: labels[i] ?? '' },
    quantity: {
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      ...(f.counted === undefined ? {} : { counted: f.counted }),
    },
    period: { kind: 'year', year },
    provenance: { quote: f.quote, offset: f.offset },
  }));
  return {
    meta: {
      id: `town-${year}`,
      title: { zh: '工作总结', en: 'Work report' },
      year,
      place: { province: '湖南省', county: '湘阴县', town: '某镇' },
      language: 'zh-CN',
    },
    source,
    sections: [
      {
        id: 'review' as SectionId,
        heading: '',
        label: { zh: '回顾', en: 'Review' },
        start: 0,
        end: source.length,
        part: 'review',
      },
    ],
    figures,
  };
}

describe('compare converts the new units within a dimension, never across currencies', () => {
  const c = compareDatasets([
    {
      id: 'town-2020',
      report: report(2020, '茶叶产量5000万公斤，实际利用外资1.2亿美元。', ['茶叶产量', '实际利用外资']),
    },
    { id: 'town-2021', report: report(2021, '茶叶产量5.5万吨，实际利用外资10亿元。', ['茶叶产量', '实际利用外资']) },
  ]);

  it('puts 5000万公斤 and 5.5万吨 on one row in t (listed before kg): 50000 t → 55000 t is +10 %', () => {
    const tea = c.rows.filter((r) => r.key === '茶叶产量');
    expect(tea).toHaveLength(1);
    expect(tea[0]?.unit).toBe('t');
    expect(tea[0]?.values.map((v) => v.value)).toEqual([50_000, 55_000]);
    expect(tea[0]?.changes[0]?.computed).toBe(10);
  });

  it("keeps 1.2亿美元 and 10亿元 apart (实际利用外资 is the synonym table's 实际使用外资): USD never meets CNY", () => {
    const capital = c.rows.filter((r) => r.key.startsWith('实际使用外资'));
    expect(capital.map((r) => [r.unit, r.values.map((v) => v.value)])).toEqual([
      ['USD', [120_000_000]],
      ['CNY', [1_000_000_000]],
    ]);
  });
});
