import { describe, expect, it } from 'vitest';
import { WorkreportError } from '../../src/errors.ts';
import { parseQuantity, type ParsedQuantity } from '../../src/figures/parse-quantity.ts';
import { extractFigures } from '../../src/figures/extract-figures.ts';
import { thrown } from '../thrown.ts';

interface Case {
  text: string;
  expected: ParsedQuantity;
}

const exact = (value: number, unit: ParsedQuantity['unit'], unitRaw: string, counted?: string): ParsedQuantity => ({
  value,
  unit,
  unitRaw,
  qualifier: 'exact',
  ...(counted !== undefined && { counted }),
});

describe('parseQuantity: expressions of the Yangshahu 2019 report', () => {
  const cases: Case[] = [
    { text: '430亩', expected: exact(430, 'mu', '亩') },
    { text: '1.6万平方', expected: exact(16000, 'm2', '平方') },
    { text: '9312平方', expected: exact(9312, 'm2', '平方') },
    { text: '3600平米', expected: exact(3600, 'm2', '平米') },
    { text: '65802㎡', expected: exact(65802, 'm2', '㎡') },
    { text: '126.9万元', expected: exact(1269000, 'CNY', '元') },
    { text: '413.5万元', expected: exact(4135000, 'CNY', '元') },
    { text: '50万元', expected: exact(500000, 'CNY', '元') },
    { text: '20余万元', expected: { value: 200000, unit: 'CNY', unitRaw: '元', qualifier: 'more_than' } },
    { text: '600余万元', expected: { value: 6000000, unit: 'CNY', unitRaw: '元', qualifier: 'more_than' } },
    { text: '近300亩', expected: { value: 300, unit: 'mu', unitRaw: '亩', qualifier: 'approx' } },
    { text: '2万亩', expected: exact(20000, 'mu', '亩') },
    { text: '20余人', expected: { value: 20, unit: 'persons', unitRaw: '人', qualifier: 'more_than' } },
    { text: '40余人', expected: { value: 40, unit: 'persons', unitRaw: '人', qualifier: 'more_than' } },
    { text: '500余人', expected: { value: 500, unit: 'persons', unitRaw: '人', qualifier: 'more_than' } },
    {
      text: '120余处',
      expected: { value: 120, unit: 'count', unitRaw: '处', qualifier: 'more_than', counted: 'sites' },
    },
    { text: '60%以上', expected: { value: 60, unit: 'percent', unitRaw: '%', qualifier: 'at_least' } },
    { text: '98%', expected: exact(98, 'percent', '%') },
    { text: '30元/人', expected: exact(30, 'CNY/person', '元/人') },
    { text: '812户', expected: exact(812, 'households', '户') },
    { text: '2624人', expected: exact(2624, 'persons', '人') },
    { text: '148人次', expected: exact(148, 'person-times', '人次') },
    { text: '786人次', expected: exact(786, 'person-times', '人次') },
    { text: '185.31公里', expected: exact(185.31, 'km', '公里') },
    { text: '6公里', expected: exact(6, 'km', '公里') },
    { text: '2600米', expected: exact(2600, 'm', '米') },
    { text: '230吨', expected: exact(230, 't', '吨') },
    { text: '100冢', expected: exact(100, 'count', '冢', 'graves') },
    { text: '18台次', expected: exact(18, 'count', '台次', 'machine-times') },
    { text: '24台', expected: exact(24, 'count', '台', 'machines') },
    { text: '285块', expected: exact(285, 'count', '块', 'pieces') },
    { text: '11期', expected: exact(11, 'count', '期', 'issues') },
    { text: '34条', expected: exact(34, 'count', '条', 'items') },
    { text: '130起', expected: exact(130, 'count', '起', 'cases') },
    { text: '413件', expected: exact(413, 'count', '件', 'items') },
    { text: '11家', expected: exact(11, 'count', '家', 'enterprises') },
    { text: '13个', expected: exact(13, 'count', '个', 'items') },
    { text: '两起', expected: exact(2, 'count', '起', 'cases') },
    { text: '四次', expected: exact(4, 'count', '次', 'times') },
    { text: '五个', expected: exact(5, 'count', '个', 'items') },
    { text: '两个', expected: exact(2, 'count', '个', 'items') },
    { text: '一次以上', expected: { value: 1, unit: 'count', unitRaw: '次', qualifier: 'at_least', counted: 'times' } },
    { text: '一个', expected: exact(1, 'count', '个', 'items') },
    { text: '两村', expected: exact(2, 'count', '村', 'villages') },
    { text: '六种', expected: exact(6, 'count', '种', 'kinds') },
  ];
  it.each(cases)('$text is $expected.value $expected.unit ($expected.qualifier)', ({ text, expected }) => {
    expect(parseQuantity(text)).toStrictEqual(expected);
  });
});

describe('parseQuantity: traditional script', () => {
  const cases: Case[] = [
    { text: '五畝', expected: exact(5, 'mu', '畝') },
    { text: '三戶', expected: exact(3, 'households', '戶') },
    { text: '四個', expected: exact(4, 'count', '個', 'items') },
    { text: '二十餘人', expected: { value: 20, unit: 'persons', unitRaw: '人', qualifier: 'more_than' } },
    { text: '兩處', expected: exact(2, 'count', '處', 'sites') },
    { text: '兩萬元', expected: exact(20000, 'CNY', '元') },
  ];
  it.each(cases)('$text is $expected.value $expected.unit ($expected.qualifier)', ({ text, expected }) => {
    expect(parseQuantity(text)).toStrictEqual(expected);
  });
});

describe('parseQuantity: percent, ranges, fuzzy counts and qualifiers', () => {
  const cases: Case[] = [
    { text: '９８％', expected: exact(98, 'percent', '％') },
    { text: '百分之六十', expected: exact(60, 'percent', '百分之') },
    { text: '百分之零点九', expected: exact(0.9, 'percent', '百分之') },
    { text: '百分之六十以上', expected: { value: 60, unit: 'percent', unitRaw: '百分之', qualifier: 'at_least' } },
    { text: '0.5个百分点', expected: exact(0.5, 'percentage-points', '个百分点') },
    { text: '3-5万元', expected: { value: 30000, valueMax: 50000, unit: 'CNY', unitRaw: '元', qualifier: 'exact' } },
    {
      text: '1.2～1.5亿元',
      expected: { value: 120000000, valueMax: 150000000, unit: 'CNY', unitRaw: '元', qualifier: 'exact' },
    },
    {
      text: '3至5个',
      expected: { value: 3, valueMax: 5, unit: 'count', unitRaw: '个', qualifier: 'exact', counted: 'items' },
    },
    { text: '3～5%', expected: { value: 3, valueMax: 5, unit: 'percent', unitRaw: '%', qualifier: 'exact' } },
    { text: '3%～5%', expected: { value: 3, valueMax: 5, unit: 'percent', unitRaw: '%', qualifier: 'exact' } },
    {
      text: '百分之三至百分之五',
      expected: { value: 3, valueMax: 5, unit: 'percent', unitRaw: '百分之', qualifier: 'exact' },
    },
    {
      text: '两三个',
      expected: { value: 2, valueMax: 3, unit: 'count', unitRaw: '个', qualifier: 'approx', counted: 'items' },
    },
    { text: '三四十人', expected: { value: 30, valueMax: 40, unit: 'persons', unitRaw: '人', qualifier: 'approx' } },
    { text: '两三万元', expected: { value: 20000, valueMax: 30000, unit: 'CNY', unitRaw: '元', qualifier: 'approx' } },
    { text: '约3万元左右', expected: { value: 30000, unit: 'CNY', unitRaw: '元', qualifier: 'approx' } },
    { text: '超过500人', expected: { value: 500, unit: 'persons', unitRaw: '人', qualifier: 'more_than' } },
    { text: '不到5%', expected: { value: 5, unit: 'percent', unitRaw: '%', qualifier: 'at_most' } },
    { text: '至少3处', expected: { value: 3, unit: 'count', unitRaw: '处', qualifier: 'at_least', counted: 'sites' } },
    { text: '三十多户', expected: { value: 30, unit: 'households', unitRaw: '户', qualifier: 'more_than' } },
    { text: '三万五千元', expected: exact(35000, 'CNY', '元') },
    { text: '5千米', expected: exact(5, 'km', '千米') },
  ];
  it.each(cases)('$text is $expected.value $expected.unit ($expected.qualifier)', ({ text, expected }) => {
    expect(parseQuantity(text)).toStrictEqual(expected);
  });

  it('1.13万元 is exactly the integer 11300 CNY', () => {
    expect(Number.isInteger(parseQuantity('1.13万元').value)).toBe(true);
  });
});

describe('parseQuantity: rejects what is not one whole quantity', () => {
  it.each([
    { text: '', why: 'empty' },
    { text: 'abc', why: 'no number' },
    { text: '八大', why: '大 is not a unit word' },
    { text: '12', why: 'no unit word' },
    { text: '十十个', why: 'a unit twice' },
    { text: '12345x', why: 'x is not a unit word' },
    { text: '1.2.3万元', why: 'two points' },
    { text: '300亩的', why: 'text after the quantity' },
    { text: '共300亩', why: 'text before the quantity' },
    { text: '5-3个', why: 'a descending range' },
    { text: '近20余人', why: 'qualifiers disagree' },
    { text: '2万余万元', why: '万 twice' },
    { text: '3-4万5000元', why: 'the lower end has no clear place' },
    { text: '3元-5人', why: 'the ends have different units' },
  ])('$text is rejected ($why)', ({ text }) => {
    const error = thrown(() => parseQuantity(text));
    expect(error.code).toBe('QUANTITY_INVALID');
    expect(error.input).toBe(text);
  });

  it('三万五千五元 is rejected, with the NUMBER_INVALID error as its cause', () => {
    const error = thrown(() => parseQuantity('三万五千五元'));
    expect(error.code).toBe('QUANTITY_INVALID');
    expect(error.cause).toBeInstanceOf(WorkreportError);
    expect((error.cause as WorkreportError).code).toBe('NUMBER_INVALID');
  });
});

describe('numbers beyond 2^53', () => {
  it('are refused rather than silently rounded: 9007199254740993亩 is not read as …992; 9007199254740991亩 is exact', () => {
    expect(() => parseQuantity('9007199254740993亩')).toThrow(/beyond 2\^53/);
    expect(parseQuantity('9007199254740991亩').value).toBe(9007199254740991);
    expect(extractFigures('共征地9007199254740993亩，新增12亩。').map((f) => f.quote)).toEqual(['12亩']);
  });
});
