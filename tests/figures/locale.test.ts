import { describe, expect, it } from 'vitest';
import { inLang, punctuation } from '../../src/figures/locale.ts';
import { QUALIFIERS, qualifierGlossary } from '../../src/figures/qualifier.ts';
import { unitGlossary } from '../../src/figures/unit.ts';

describe('punctuation', () => {
  it('joins zh with full-width marks and no spaces, en with ASCII marks and spaces', () => {
    const [zh, en] = [punctuation('zh'), punctuation('en')];
    expect([zh.colon('单位') + '亩', en.colon('Unit') + 'mu']).toEqual(['单位：亩', 'Unit: mu']);
    expect([zh.aside('果园', '近300亩'), en.aside('Orchards', 'about 300 mu')]).toEqual([
      '果园（近300亩）',
      'Orchards (about 300 mu)',
    ]);
    expect([['低保', '危房'].join(zh.enumeration), ['a', 'b'].join(en.enumeration)]).toEqual(['低保、危房', 'a, b']);
    expect([zh.year(2019), en.year(2019)]).toEqual(['2019年', '2019']);
    expect([zh.tag, en.tag, zh.other, en.other]).toEqual(['zh-CN', 'en', 'en', 'zh']);
  });

  it('names a glossary term with its meaning; en names it once when the meaning is the term', () => {
    expect(punctuation('zh').term('exact', '确数')).toBe('exact 确数');
    expect(punctuation('en').term('approx', 'approximate')).toBe('approx, approximate');
    expect(punctuation('en').term('exact', 'exact')).toBe('exact');
  });
});

describe('inLang', () => {
  it('reads the en text on English pages, and the zh text where nobody translated it yet', () => {
    expect(inLang({ zh: '地区生产总值', en: 'GDP' }, 'en')).toBe('GDP');
    expect(inLang({ zh: '地区生产总值' }, 'en')).toBe('地区生产总值');
    expect(inLang({ zh: '地区生产总值', en: 'GDP' }, 'zh')).toBe('地区生产总值');
  });
});

describe('glossaries written through the punctuation', () => {
  it('lists qualifiers with the words that set them: zh 约数（近、约…）, en approximate (近, 约, …)', () => {
    const defs = [QUALIFIERS.exact, QUALIFIERS.approx];
    expect(qualifierGlossary('zh', defs)).toBe('exact 确数；approx 约数（近、约、約、大约、大約、左右、上下）');
    expect(qualifierGlossary('en', defs)).toBe('exact; approx, approximate (近, 约, 約, 大约, 大約, 左右, 上下)');
  });

  it('lists units as id: description, zh with full-width marks', () => {
    expect(unitGlossary('zh')).toContain('mu：亩（1亩 = 10000/15 平方米）；m2：平方米；');
    expect(unitGlossary('en')).toContain('mu: mu, the Chinese land unit (1 mu = 10000/15 m²); m2: square metres; ');
  });
});
