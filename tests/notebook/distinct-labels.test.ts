import { describe, expect, it } from 'vitest';
import { smallMultiples } from '../../src/charts/small-multiples.ts';
import type { Figure } from '../../src/figures/figure.ts';
import { distinctLabels } from '../../src/notebook/distinct-labels.ts';
import { DATASETS, yangshahu2019 } from '../datasets.ts';

/** A figure of `quote` labelled `zh` (and `en`), for the cases the datasets may stop holding. */
function figure(id: string, zh: string, quote: string, en = zh): Figure {
  return { ...(yangshahu2019.figures[0] as Figure), id, label: { zh, en }, provenance: { quote, offset: 0 } } as Figure;
}

describe('distinctLabels', () => {
  it('appends the quote to a label several figures share, and the id where the quote repeats too', () => {
    const figures = [
      figure('a', '脱贫', '170户', 'Lifted'),
      figure('b', '脱贫', '393户', 'Lifted'),
      figure('c', '脱贫', '393户', 'Lifted'),
      figure('d', '贫困发生率', '0.7%', 'Poverty rate'),
    ];
    const out = distinctLabels(figures);
    expect(out.map((f) => f.label)).toEqual([
      { zh: '脱贫（170户）', en: 'Lifted (170户)' },
      { zh: '脱贫（393户 · b）', en: 'Lifted (393户 · b)' },
      { zh: '脱贫（393户 · c）', en: 'Lifted (393户 · c)' },
      { zh: '贫困发生率', en: 'Poverty rate' },
    ]);
    expect(out[3]).toBe(figures[3]);
    expect(out.map((f) => f.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(figures[0]?.label.zh).toBe('脱贫');
  });

  it('looks at each language by itself: a label unique in zh stays, its shared en gets the quote', () => {
    const out = distinctLabels([
      figure('a', '地区生产总值', '600亿元', 'GDP'),
      figure('b', '地区生产总值增长', '8.5%', 'GDP'),
    ]);
    expect(out.map((f) => f.label)).toEqual([
      { zh: '地区生产总值', en: 'GDP (600亿元)' },
      { zh: '地区生产总值增长', en: 'GDP (8.5%)' },
    ]);
  });

  it('returns the figures themselves when every label is unique', () => {
    expect(distinctLabels(yangshahu2019.figures)).toEqual(yangshahu2019.figures);
    expect(distinctLabels(yangshahu2019.figures).every((f, i) => f === yangshahu2019.figures[i])).toBe(true);
  });

  it.each(DATASETS.map((d) => [d.id, d] as const))(
    'lets every figure of %s be charted, a panel per unit (the figures notebook)',
    (_, dataset) => {
      const byAxis = new Map<string, Figure[]>();
      for (const f of dataset.report.figures) {
        const axis = `${f.quantity.unit} ${f.quantity.counted ?? ''}`;
        byAxis.set(axis, [...(byAxis.get(axis) ?? []), f]);
      }
      for (const lang of ['zh', 'en'] as const) {
        const chart = smallMultiples(
          [...byAxis.values()].map((items) => ({ items: distinctLabels(items) })),
          { report: dataset.report.meta, id: `${dataset.id}/test`, lang },
        );
        expect(chart.spec).toBeDefined();
      }
    },
  );
});
