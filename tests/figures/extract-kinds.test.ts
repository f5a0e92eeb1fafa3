import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainFigures, extractFigures, type ExtractedFigure } from '../../src/figures/extract-figures.ts';
import { BEFORE_RULES, CANDIDATE_RULES, type RuleId } from '../../src/figures/extract-rules.ts';
import { parseNumber } from '../../src/figures/parse-number.ts';
import { parseQuantity } from '../../src/figures/parse-quantity.ts';

/**
 * One test per kind of reading (issue 12): each kind is a rule of the language, checked on several
 * forms, with values worked out by hand.
 */

interface Expected {
  quote: string;
  value: number;
  valueMax?: number;
  unit: ExtractedFigure['unit'];
  qualifier?: ExtractedFigure['qualifier'];
  role?: ExtractedFigure['role'];
}

/** The figures of `sentence`, as quote, value, valueMax, unit, qualifier and role. */
function read(sentence: string): Expected[] {
  return extractFigures(sentence).map(({ quote, value, valueMax, unit, qualifier, role }) => {
    const e: Expected = { quote, value, unit, qualifier };
    if (valueMax !== undefined) e.valueMax = valueMax;
    if (role !== undefined) e.role = role;
    return e;
  });
}

const exact = (quote: string, value: number, unit: Expected['unit'], more: Partial<Expected> = {}): Expected => ({
  quote,
  value,
  unit,
  qualifier: 'exact',
  ...more,
});

describe('negated and bound words are read whole', () => {
  it.each<[string, Expected]>([
    ['增幅不超过2%。', exact('不超过2%', 2, 'percent', { qualifier: 'at_most' })],
    ['贫困发生率不足1.5%。', exact('不足1.5%', 1.5, 'percent', { qualifier: 'at_most' })],
    ['失业率低于3.5%。', exact('低于3.5%', 3.5, 'percent', { qualifier: 'at_most' })],
    ['每组最多5人。', exact('最多5人', 5, 'persons', { qualifier: 'at_most' })],
    ['合格率不低于90%。', exact('不低于90%', 90, 'percent', { qualifier: 'at_least' })],
    ['培训不少于30人。', exact('不少于30人', 30, 'persons', { qualifier: 'at_least' })],
    ['参会逾千人。', exact('逾千人', 1000, 'persons', { qualifier: 'more_than' })],
    ['投资超3000万元。', exact('超3000万元', 30000000, 'CNY', { qualifier: 'more_than' })],
    ['每村50人上下。', exact('50人上下', 50, 'persons', { qualifier: 'approx' })],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('a negation the table does not hold whole (没超过) is refused by the rule negated-bound, never read as more than', () => {
    const explained = explainFigures('增幅没超过5%。');
    expect(explained.figures).toEqual([]);
    expect(explained.rejected.map((r) => [r.rule, r.quote])).toEqual([['negated-bound', '超过5%']]);
  });

  it('超 that ends another word (赶超) is no qualifier', () => {
    expect(read('赶超3家企业。')).toEqual([exact('3家', 3, 'count')]);
  });
});

describe('a dash after an amount, a unit or a bracket separates a range; a minus needs a number context', () => {
  it.each<[string, Expected]>([
    ['补助1万元--5万元。', exact('1万元--5万元', 10000, 'CNY', { valueMax: 50000 })],
    ['补助1万(含)-5万元。', exact('1万(含)-5万元', 10000, 'CNY', { valueMax: 50000 })],
    ['补助1万元——5万元。', exact('1万元——5万元', 10000, 'CNY', { valueMax: 50000 })],
    ['补助1万（含）～5万元。', exact('1万（含）～5万元', 10000, 'CNY', { valueMax: 50000 })],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('3万-5元 descends: no figure, no −5, and the range is reported unread whole', () => {
    const explained = explainFigures('补助3万-5元。');
    expect(explained.figures).toEqual([]);
    expect(explained.unread).toEqual([{ quote: '3万-5元', offset: 2, why: 'the range must ascend (3-5万元)' }]);
  });

  it('a minus after a space, a verb or 为 is a sign', () => {
    expect(read('利润 -10.1万元')).toEqual([exact('-10.1万元', -101000, 'CNY')]);
    expect(read('增速为-2.5%')).toEqual([exact('-2.5%', -2.5, 'percent')]);
  });
});

describe('X个亿 and X个万 are X × 10⁸ and X × 10⁴', () => {
  it.each<[string, Expected]>([
    ['投资两个亿元。', exact('两个亿元', 200000000, 'CNY')],
    ['投资一个亿元，', exact('一个亿元', 100000000, 'CNY')],
    ['总投资近两个亿元。', exact('近两个亿元', 200000000, 'CNY', { qualifier: 'approx' })],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('parseNumber reads 两个亿 and 三个万', () => {
    expect(parseNumber('两个亿')).toBe(200000000);
    expect(parseNumber('三个万')).toBe(30000);
  });

  it('个万 that starts a word (3个万亩基地: three bases of 10,000 mu) is refused, not read as 30,000 mu', () => {
    const explained = explainFigures('建成3个万亩基地。');
    expect(explained.figures).toEqual([]);
    expect(explained.rejected[0]?.rule).toBe('classifier-before-place');
  });
});

describe('a numeral that does not read whole leaves no tail behind', () => {
  it.each(['占比百分之三五。', '人民币壹拾万万零壹拾壹亿元', '共一千二百五人'])(
    '%s gives no figure, and says why',
    (sentence) => {
      const explained = explainFigures(sentence);
      expect(explained.figures).toEqual([]);
      expect(explained.unread).toHaveLength(1);
    },
  );
});

describe('元 with 角 and 分, 圆 with 整, 块钱', () => {
  it.each<[string, Expected]>([
    ['单价123元1角1分。', exact('123元1角1分', 123.11, 'CNY')],
    ['计壹拾壹元壹角。', exact('壹拾壹元壹角', 11.1, 'CNY')],
    ['人民币壹角', exact('壹角', 0.1, 'CNY')],
    ['计壹佰壹拾壹圆整', exact('壹佰壹拾壹圆整', 111, 'CNY')],
    ['一天三十五块钱。', exact('三十五块钱', 35, 'CNY')],
    ['每斤五角钱。', exact('五角', 0.5, 'CNY')],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('角 outside money (三角形) is refused by jiao-without-money; 分 after 元 in plain digits needs 角 (5元5分钟 is no 5.05 元)', () => {
    expect(explainFigures('画三角形').rejected.map((r) => r.rule)).toEqual(['jiao-without-money']);
    expect(read('收费5元5分钟')).toEqual([exact('5元', 5, 'CNY')]);
  });
});

describe('a rank or an ordinal range is refused whole, and scanning goes on after it', () => {
  it.each([
    ['评选前3-5名。', 'rank', '3-5名'],
    ['第1-3个项目。', 'ordinal', '1-3个'],
    ['前三名。', 'rank', '三名'],
    // With spaces around the number (text from PDF): refused as without them.
    ['第 3 名。', 'ordinal', '3 名'],
    ['第 3名。', 'ordinal', '3名'],
    ['前 3 名。', 'rank', '3 名'],
  ])('%s', (sentence, rule, quote) => {
    const explained = explainFigures(sentence);
    expect(explained.figures).toEqual([]);
    expect(explained.rejected.map((r) => [r.rule, r.quote])).toEqual([[rule, quote]]);
  });
});

describe('spaces in numbers (thousands groups) and between Arabic numbers and their words (PDF text, pangu spacing)', () => {
  // jinji-2020 (datasets/jinji-2020/source.txt) is spaced so: its figures were dropped without a word.
  it.each<[string, Expected]>([
    ['面积38 928.8平方米。', exact('38 928.8平方米', 38928.8, 'm2')],
    ['占比11.98 %。', exact('11.98 %', 11.98, 'percent')],
    ['完成生产总值 5.17 亿元、', exact('5.17 亿元', 517_000_000, 'CNY')],
    ['实现农民人均纯收入 16842 元。', exact('16842 元', 16842, 'CNY')],
    ['一般公共预算收入 791.82 万元,', exact('791.82 万元', 7_918_200, 'CNY')],
    ['403 户全部脱贫', exact('403 户', 403, 'households')],
    ['种植粮食作物 8960 亩,', exact('8960 亩', 8960, 'mu')],
    ['生产永子围棋3000 余件、', exact('3000 余件', 3000, 'count', { qualifier: 'more_than' })],
    ['陶器 3.5 万件,', exact('3.5 万件', 35_000, 'count')],
    ['流转430\u3000亩。', exact('430\u3000亩', 430, 'mu')],
    ['流转430\u00a0亩。', exact('430\u00a0亩', 430, 'mu')],
    ['流转430  亩。', exact('430  亩', 430, 'mu')],
    ['面积1 234 亩。', exact('1 234 亩', 1234, 'mu')],
    ['约 430 亩。', exact('约 430 亩', 430, 'mu', { qualifier: 'approx' })],
    ['超过 50% 以上。', exact('50% 以上', 50, 'percent', { qualifier: 'at_least' })],
    ['人均 2.1 万元。', exact('人均 2.1 万元', 21_000, 'CNY/person')],
    ['补助 3 - 5 万元。', exact('3 - 5 万元', 30_000, 'CNY', { valueMax: 50_000 })],
    ['增幅 3% ~ 5%。', exact('3% ~ 5%', 3, 'percent', { valueMax: 5 })],
    ['下降 -5 %。', exact('-5 %', -5, 'percent', { role: 'decrease' })],
  ])('%s', (sentence, expected) => {
    const [figure] = extractFigures(sentence);
    expect(figure && sentence.slice(figure.offset, figure.offset + figure.quote.length)).toBe(expected.quote);
    expect(read(sentence)).toEqual([expected]);
  });

  it('a space before a group that is not three digits separates numbers (2019 30亩)', () => {
    expect(read('2019 30亩')).toEqual([exact('30亩', 30, 'mu')]);
  });

  it('a word of change reads across the gap (增长 10%, 由 6180 元提高到 14457 元)', () => {
    expect(read('同比增长 10%。')).toEqual([exact('10%', 10, 'percent', { role: 'increase' })]);
    expect(read('由 6180 元提高到 14457 元').map((f) => f.role)).toEqual(['from', 'to']);
  });

  it("a run of three spaces or more (a table's columns) or a line end joins nothing, and says so; a year stays a year", () => {
    expect(read('流转430   亩')).toEqual([]);
    expect(explainFigures('流转430   亩').unread.map((u) => u.quote)).toEqual(['430']);
    expect(explainFigures('新增就业约 1200\n人。').unread.map((u) => u.quote)).toEqual(['1200']);
    expect(read('2019 年 12 月')).toEqual([]);
  });
});

describe('Arabic digits before 十/百/千, and mixed with Chinese places', () => {
  it.each<[string, Expected]>([
    ['投资3千万元。', exact('3千万元', 30000000, 'CNY')],
    ['投资4百万元。', exact('4百万元', 4000000, 'CNY')],
    ['种植5千余亩。', exact('5千余亩', 5000, 'mu', { qualifier: 'more_than' })],
    ['受益7千3百人。', exact('7千3百人', 7300, 'persons')],
    ['修路5千米。', exact('5千米', 5, 'km')],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });
});

describe('an elided place after 万 or 亿, 一百十一, digits after 万 as written', () => {
  it.each([
    ['十六万五', 165000],
    ['一百二十万三', 1203000],
    ['一百十一', 111],
    ['三百十', 310],
    ['1万600', 10600],
    ['14万500', 140500],
    ['2亿3', 230000000],
    ['3万5', 35000],
  ])('%s = %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('a Chinese part after 万 that does not fill its place stays ambiguous (一万五百)', () => {
    expect(() => parseNumber('一万五百')).toThrow(/ambiguous/);
  });
});

describe('fuzzy and colloquial amounts are approximate', () => {
  it.each<[string, Expected]>([
    ['新建三四个公园。', exact('三四个', 3, 'count', { valueMax: 4, qualifier: 'approx' })],
    ['来了六七十人。', exact('六七十人', 60, 'persons', { valueMax: 70, qualifier: 'approx' })],
    ['覆盖两三千户。', exact('两三千户', 2000, 'households', { valueMax: 3000, qualifier: 'approx' })],
    ['花了十几万元。', exact('十几万元', 110000, 'CNY', { valueMax: 190000, qualifier: 'approx' })],
    ['花了三十几万元。', exact('三十几万元', 310000, 'CNY', { valueMax: 390000, qualifier: 'approx' })],
    ['惠及近百户。', exact('近百户', 100, 'households', { qualifier: 'approx' })],
    ['惠及三十来户。', exact('三十来户', 30, 'households', { qualifier: 'approx' })],
    ['来了十七八个人。', exact('十七八个', 17, 'count', { valueMax: 18, qualifier: 'approx' })],
    ['花了三十七八万元。', exact('三十七八万元', 370000, 'CNY', { valueMax: 380000, qualifier: 'approx' })],
    ['占比百分之七八十。', exact('百分之七八十', 70, 'percent', { valueMax: 80, qualifier: 'approx' })],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });
});

describe('a percentage right after a word of comparison is a change', () => {
  it.each<[string, Expected]>([
    ['收入同比31.43%。', exact('31.43%', 31.43, 'percent', { role: 'increase' })],
    ['收入环比-2.1%。', exact('-2.1%', -2.1, 'percent', { role: 'decrease' })],
    ['收入比上年8.5%。', exact('8.5%', 8.5, 'percent', { role: 'increase' })],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });
});

describe('a day of a month is a date, set aside by the date rule (12月20日)', () => {
  it.each([
    ['2023年12月20日召开', '20日'],
    ['3月5日前完成', '5日'],
  ])('%s', (sentence, quote) => {
    const explained = explainFigures(sentence);
    expect(explained.unread).toEqual([]);
    expect(explained.rejected.map((r) => [r.rule, r.quote])).toEqual([['date', quote]]);
  });
});

describe('roles of a change: a result dated by its year, verbs in traditional characters', () => {
  it.each<[string, (string | undefined)[]]>([
    ['由2019年的6800元提高到2023年的14200元', ['from', 'to']],
    ['由 2019 年的 6800 元提高到 2023 年的 14200 元', ['from', 'to']],
    ['从2.1万人减少至2025年底的1.6万人', ['from', 'to']],
    ['增長12%，減少3個百分點', ['increase', 'decrease']],
    ['到2023年的14200元', [undefined]],
  ])('%s', (sentence, roles) => {
    expect(extractFigures(sentence).map((f) => f.role)).toEqual(roles);
  });
});

describe('negative numerals', () => {
  it.each([
    ['负十一', -11],
    ['负零点一', -0.1],
    ['-5', -5],
  ])('%s = %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('负 before a number with a unit is a sign; 负增长 is a word', () => {
    expect(parseQuantity('负0.5%').value).toBe(-0.5);
    expect(read('增速为负0.5%。')).toEqual([exact('负0.5%', -0.5, 'percent')]);
    expect(read('负增长2%。')).toEqual([exact('2%', 2, 'percent', { role: 'decrease' })]);
  });
});

describe('diagnostics: every candidate set aside is named', () => {
  /** A sentence that each rule sets aside, by rule id. */
  const examples: Record<RuleId, string> = {
    date: '发布时间：2019-12-16 10:00',
    ordinal: '第3个村',
    'vague-count': '数十个村',
    'numeral-in-word': '统一个标准',
    identifier: '型号T100台',
    'negated-bound': '没超过5%',
    'classifier-word': '一次性补助',
    'rate-of-unknown-unit': '每年500元/吨',
    rank: '评为前3名',
    'idiomatic-round': '千家万户',
    'lone-financial-numeral': '伍家村',
    'word-with-yi': '一个个落实',
    slogan: '实施六个一工程',
    'quoted-name': '开展“三个村”活动',
    'enumeration-item': '一个项目，一套班子，一把尺子',
    'classifier-before-place': '建成3个万亩基地',
    'jiao-without-money': '画三角形',
    'broken-number': '实现产值18.\n6亿元',
  };

  it('the rule ids are unique, and each has a message', () => {
    const rules = [...BEFORE_RULES, ...CANDIDATE_RULES];
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(examples).sort());
    for (const rule of rules) expect(rule.message.length).toBeGreaterThan(10);
  });

  it('ruleAgainst tries the candidate rules in the order of CANDIDATE_RULES, each under its chinese flag', () => {
    // ruleAgainst writes the table out as direct calls (for speed): its order and its `chinese &&`
    // guards must stay those of the table, which explainFigures and the docs report.
    const source = readFileSync(new URL('../../src/figures/extract-rules.ts', import.meta.url), 'utf8');
    const ids = new Map(
      [...source.matchAll(/const (\w+_RULE): CandidateRule = \{\s*id: '([^']+)'/g)].map(([, name, id]) => [name, id]),
    );
    const start = source.indexOf('export function ruleAgainst');
    const body = source.slice(start, source.indexOf('return undefined;\n}', start));
    const calls = [...body.matchAll(/if \((chinese && )?\w+\(c\)\) return (\w+_RULE);/g)].map(([, chinese, name]) => ({
      id: ids.get(name ?? ''),
      chinese: chinese !== undefined,
    }));
    expect(calls).toEqual(CANDIDATE_RULES.map((rule) => ({ id: rule.id, chinese: rule.chinese })));
  });

  it.each(Object.entries(examples))('%s sets aside a number of 「%s」', (rule, sentence) => {
    const explained = explainFigures(sentence);
    const found = explained.rejected.find((r) => r.rule === rule);
    expect(found, JSON.stringify(explained)).toBeDefined();
    expect(sentence.slice(found?.offset, (found?.offset ?? 0) + (found?.quote.length ?? 0))).toBe(found?.quote);
  });

  it('explainFigures finds the same figures as extractFigures, and an integer beyond 2^53 is reported unread', () => {
    const text = '第3个村完成30万元，合计9007199254740993元。';
    const explained = explainFigures(text);
    expect(explained.figures).toEqual(extractFigures(text));
    expect(explained.figures.map((f) => f.quote)).toEqual(['30万元']);
    expect(explained.rejected).toEqual([
      { rule: 'ordinal', quote: '3个', offset: 1, message: expect.stringContaining('ordinal') },
    ]);
    expect(explained.unread).toEqual([
      { quote: '9007199254740993元', offset: 13, why: expect.stringContaining('2^53') },
    ]);
  });
});

describe('a noun implies the unit of an amount written with 万 or 亿 and no unit word', () => {
  it.each<[string, Expected]>([
    ['农户年收入四万二。', exact('收入四万二', 42000, 'CNY')],
    ['生猪出栏一万八。', exact('出栏一万八', 18000, 'count')],
    ['项目总投资2亿3，', exact('投资2亿3', 230000000, 'CNY')],
    ['项目总投资近2亿，', exact('投资近2亿', 200000000, 'CNY', { qualifier: 'approx' })],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('not without 万 or 亿 (投资3.5), nor when the clause goes on (收入四万二的农户 is read only with a unit)', () => {
    expect(read('投资3.5，')).toEqual([]);
    expect(read('收入四万二的农户')).toEqual([]);
    expect(parseQuantity('出栏一万八').counted).toBe('livestock');
  });
});
