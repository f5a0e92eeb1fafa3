import { describe, expect, it } from 'vitest';
import { summaryLines } from '../../../src/cli/init-command.ts';
import { draftDataset } from '../../../src/datasets/draft/draft-dataset.ts';

const TEXT =
  '某镇2020年工作总结\n一、经济发展\n全年新建三四个公园，第3个村完成投资30万元，评选前3-5名，补助3万-5元，农户年收入四万二。';

describe('init: figures read by a colloquial convention and numbers set aside', () => {
  const draft = draftDataset(TEXT, { id: 'town-2020' });
  const figures = draft.files.figures.figures;

  it('tags colloquial readings needs-review:value, and only those', () => {
    const tagged = figures.filter((f) => f.tags?.includes('needs-review:value')).map((f) => f.provenance.quote);
    expect(tagged).toEqual(['三四个', '收入四万二']);
    expect(figures.find((f) => f.provenance.quote === '30万元')?.tags ?? []).not.toContain('needs-review:value');
    expect(draft.summary.colloquial).toBe(2);
  });

  it('lists the numbers set aside in its summary: counts by rule, then each with its offset', () => {
    const lines = summaryLines(draft, 'datasets/town-2020');
    const at = (quote: string): number => TEXT.indexOf(quote);
    expect(lines).toContain('  numbers set aside: 2 rejected by a rule (ordinal 1, rank 1), 1 unread');
    expect(lines).toContain(`    「3个」 at ${at('3个村')}: ordinal`);
    expect(lines).toContain(`    「3-5名」 at ${at('3-5名')}: rank`);
    expect(lines).toContain(`    「3万-5元」 at ${at('3万-5元')}: unread, the range must ascend (3-5万元)`);
  });

  it('says when the text holds no figure', () => {
    const lines = summaryLines(
      draftDataset('某镇2020年工作总结\n一、概况\n全镇召开会议。', { id: 'empty-2020' }),
      'datasets/empty-2020',
    );
    expect(lines[1]).toMatch(/^ {2}no figure found/);
    expect(lines).toContain('  numbers set aside: none');
  });
});
