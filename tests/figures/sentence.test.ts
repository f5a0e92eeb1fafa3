import { describe, expect, it } from 'vitest';
import { loadReport } from '../datasets.ts';
import { sentenceAt } from '../../src/figures/sentence.ts';

const { source, figures } = loadReport('yangshahu-2019');

describe('sentenceAt', () => {
  it('returns the sentence around 430亩, from 今年来 to its semicolon', () => {
    const land = figures.find((f) => f.id === 'land-acquired');
    const sentence = sentenceAt(source, land?.provenance.offset ?? -1);
    expect(sentence.text).toBe(
      '今年来,我镇成立了专门项目协调组,坚持一个项目,一套班子,一把尺子,一抓到底的工作机制,特别是恒大新能源汽车项目落户湘阴,我镇进一步配强了项目线干部,抽调镇村干部40余人成立了项目指挥部,截至目前,共征地430亩;',
    );
    expect(source.slice(sentence.start, sentence.start + sentence.text.length)).toBe(sentence.text);
  });

  it('contains the quote of every figure', () => {
    for (const f of figures) expect(sentenceAt(source, f.provenance.offset).text, f.id).toContain(f.provenance.quote);
  });

  it('rejects an offset outside the text', () => {
    expect(() => sentenceAt(source, source.length)).toThrow(RangeError);
  });
});
