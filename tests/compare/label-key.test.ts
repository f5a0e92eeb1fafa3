import { describe, expect, it } from 'vitest';
import { englishName } from '../../src/compare/english-name.ts';
import { foldScript } from '../../src/compare/fold-script.ts';
import { isGenericKey, labelKey } from '../../src/compare/label-key.ts';
import { SYNONYMS, synonymOf } from '../../src/compare/synonyms.ts';

describe('labelKey', () => {
  it('reads 全年完成地区生产总值, 实现地区生产总值 and 地区生产总值预计实现 as 地区生产总值', () => {
    for (const label of [
      '全年完成地区生产总值',
      '实现地区生产总值',
      '预计全年实现地区生产总值',
      '地区生产总值预计实现',
      '2018年全区地区生产总值',
      '地区生产总值',
    ]) {
      expect(labelKey(label)).toBe('地区生产总值');
    }
  });

  it('folds traditional script: 地區生產總值 and 社會消費品零售總額 read as their simplified forms', () => {
    expect(foldScript('地區生產總值')).toBe('地区生产总值');
    expect(labelKey('全年實現社會消費品零售總額')).toBe('社会消费品零售总额');
  });

  it('keeps words that change the measure: 人均, 全口径, 规模以上, 新增', () => {
    expect(labelKey('人均地区生产总值')).toBe('人均地区生产总值');
    expect(labelKey('全口径财政收入')).toBe('全口径财政收入');
    expect(labelKey('规模以上工业增加值')).toBe('规模以上工业增加值');
    expect(labelKey('新增城镇就业')).toBe('新增城镇就业');
  });

  it('drops notes in brackets and the area scope 区级: 区级地方财政收入 is 地方财政收入', () => {
    expect(labelKey('人均GDP(按常住人口计算)')).toBe('人均gdp');
    expect(labelKey('区级地方财政收入')).toBe('地方财政收入');
  });

  it('never returns an empty key for a label made only of stripped words', () => {
    expect(labelKey('全年')).toBe('全年');
  });
});

describe('isGenericKey', () => {
  it('finds labels that say how, not what: 面积, 投入资金, 占比, 新增投资 name no indicator; 固定资产投资, 耕地面积 do', () => {
    for (const key of ['面积', '投入资金', '占比', '新增投资', '总投资', '人数'])
      expect(isGenericKey(labelKey(key)), key).toBe(true);
    for (const key of ['固定资产投资', '耕地面积', '地区生产总值', '城镇新增就业'])
      expect(isGenericKey(labelKey(key)), key).toBe(false);
  });
});

describe('synonym table', () => {
  it('joins the renamed fiscal totals 全口径财政收入 and 公共财政总收入 under 一般公共预算总收入', () => {
    expect(synonymOf('全口径财政收入')?.zh).toBe('一般公共预算总收入');
    expect(synonymOf('公共财政总收入')?.zh).toBe('一般公共预算总收入');
  });

  it('does not join 农村居民人均纯收入 (net income) with 农村居民人均可支配收入 (disposable income)', () => {
    expect(synonymOf('农村居民人均纯收入')?.zh).toBe('农村居民人均纯收入');
    expect(synonymOf('农村常住居民人均可支配收入')?.zh).toBe('农村居民人均可支配收入');
  });

  it('names a source for every entry and gives each name to one entry only', () => {
    const names = SYNONYMS.flatMap((s) => [s.zh, ...s.aliases]);
    expect(new Set(names).size).toBe(names.length);
    for (const s of SYNONYMS) {
      expect(s.source.publisher).toMatch(/National Bureau of Statistics|Ministry of Finance/);
      expect(labelKey(s.zh)).toBe(s.zh);
      for (const alias of s.aliases) expect(labelKey(alias)).toBe(alias);
    }
  });
});

describe('englishName', () => {
  it('names common indicators in English whatever the report wrote around them', () => {
    expect(englishName('全年完成地区生产总值')).toBe('GDP');
    expect(englishName('社会消费品零售总额')).toBe('Retail sales of consumer goods');
    expect(englishName('全社会固定资产投资')).toBe('Fixed-asset investment');
    expect(englishName('一般公共预算收入')).toBe('General public budget revenue');
    expect(englishName('地方一般公共预算收入')).toBe('Local general public budget revenue');
    expect(englishName('社會消費品零售總額')).toBe('Retail sales of consumer goods');
  });

  it('is undefined for a label the table does not know', () => {
    expect(englishName('征地')).toBeUndefined();
  });
});
