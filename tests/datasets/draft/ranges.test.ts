/**
 * A range is one figure with both ends, from the text to the chart: 3-5亿元 is never stored,
 * proven or shown as 3亿元.
 */
import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../../src/charts/locale.ts';
import { draftDataset } from '../../../src/datasets/draft/draft-dataset.ts';
import { checkProvenance } from '../../../src/figures/check-provenance.ts';
import { FigureSchema } from '../../../src/figures/schema.ts';

const text = '某镇2021年工作总结\n一、2022年工作思路\n招商引资到位资金3-5亿元，新引进亿元以上项目2至3个。\n';
const draft = draftDataset(text, { id: 'ranges-2021', year: 2021 });
const figure = (quote: string) => {
  const found = draft.files.figures.figures.find((f) => f.provenance.quote === quote);
  if (found === undefined) throw new Error(`no figure ${quote}`);
  return FigureSchema.parse(found);
};

describe('a range from the text to the chart', () => {
  it('keeps both ends in the dataset', () => {
    expect(figure('3-5亿元').quantity).toMatchObject({ value: 300_000_000, valueMax: 500_000_000, unit: 'CNY' });
    expect(figure('2至3个').quantity).toMatchObject({ value: 2, valueMax: 3, unit: 'count' });
  });

  it('is proven with both ends, and a wrong upper end is a problem', () => {
    const meta = { id: 'ranges-2021', title: { zh: 'x' }, place: {}, year: 2021 };
    const sections = draft.files.report.sections;
    const good = figure('3-5亿元');
    expect(checkProvenance({ meta, sections, figures: [good], source: text } as never)).toEqual([]);
    const wrong = { ...good, quantity: { ...good.quantity, valueMax: 400_000_000 } };
    expect(checkProvenance({ meta, sections, figures: [wrong], source: text } as never).map((p) => p.code)).toEqual([
      'PROVENANCE_VALUE_MISMATCH',
    ]);
  });

  it('is shown with both ends in zh and en', () => {
    expect(formatQuantity(figure('3-5亿元').quantity, 'zh')).toBe('3-5亿元');
    expect(formatQuantity(figure('3-5亿元').quantity, 'en')).toBe('CNY 300–500 million');
  });

  it('refuses an upper end that is not above the lower one', () => {
    const result = FigureSchema.safeParse({
      ...figure('3-5亿元'),
      quantity: { value: 5, valueMax: 3, unit: 'CNY', qualifier: 'exact' },
    });
    expect(result.success).toBe(false);
  });
});
