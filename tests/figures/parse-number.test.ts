import { describe, expect, it } from 'vitest';
import { isNumberFailure } from '../../src/figures/chinese-numeral.ts';
import { parseNumber, scanNumber, type ScannedNumber } from '../../src/figures/parse-number.ts';
import { toNumber } from '../../src/figures/exact-decimal.ts';
import { thrown } from '../thrown.ts';

/** `scanNumber` where a number must read. */
function scanOk(text: string, start?: number): ScannedNumber {
  const scanned = scanNumber(text, start);
  if (isNumberFailure(scanned)) throw new Error(`${text}: ${scanned.problem}`);
  return scanned;
}

describe('parseNumber: Arabic digits', () => {
  it.each([
    { text: '12,000', value: 12000 },
    { text: '185.31', value: 185.31 },
    { text: '2624', value: 2624 },
    { text: '0.9', value: 0.9 },
    { text: '９８', value: 98 },
    { text: '４１３．５', value: 413.5 },
    { text: '１２，０００', value: 12000 },
  ])('$text is $value', ({ text, value }) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe('parseNumber: Chinese numerals', () => {
  it.each([
    { text: '十一', value: 11 },
    { text: '十五', value: 15 },
    { text: '一十一', value: 11 },
    { text: '二十', value: 20 },
    { text: '两千两百二十五', value: 2225 },
    { text: '一万零五百', value: 10500 },
    { text: '十万零一千', value: 101000 },
    { text: '一千零十七', value: 1017 },
    { text: '一千零五', value: 1005 },
    { text: '一百六十八万', value: 1680000 },
    { text: '一千八百万', value: 18000000 },
    { text: '一万五千亿', value: 1.5e12 },
    { text: '一亿二千三百四十五万六千七百八十九', value: 123456789 },
    { text: '三万亿', value: 3e12 },
    { text: '三万五', value: 35000 },
    { text: '一百二', value: 120 },
    { text: '两千五', value: 2500 },
    { text: '一亿五', value: 150000000 },
    { text: '廿五', value: 25 },
    { text: '卅', value: 30 },
    { text: '零', value: 0 },
    { text: '零点九', value: 0.9 },
    { text: '一点五', value: 1.5 },
    { text: '十二点五', value: 12.5 },
    { text: '百万', value: 1000000 },
    { text: '兩萬', value: 20000 },
    { text: '一億', value: 100000000 },
    { text: '壹仟贰佰叁拾肆', value: 1234 },
  ])('$text is $value', ({ text, value }) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe('parseNumber: Arabic digits with 万 and 亿', () => {
  it.each([
    { text: '1.6万', value: 16000 },
    { text: '126.9万', value: 1269000 },
    { text: '2.3亿', value: 230000000 },
    { text: '4.35亿', value: 435000000 },
    { text: '14万2000', value: 142000 },
    { text: '14万0500', value: 140500 },
    { text: '14万零500', value: 140500 },
    { text: '1亿8990万', value: 189900000 },
    { text: '12000万', value: 120000000 },
    { text: '1.5万亿', value: 1.5e12 },
  ])('$text is $value', ({ text, value }) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('1.13万 is exactly the integer 11300, not 11299.999999999998', () => {
    const value = parseNumber('1.13万');
    expect(value).toBe(11300);
    expect(Number.isInteger(value)).toBe(true);
  });

  it('4.35亿 is exactly the integer 435000000', () => {
    expect(Number.isInteger(parseNumber('4.35亿'))).toBe(true);
  });
});

describe('parseNumber: rejects what is not one whole number', () => {
  it.each([
    { text: '', why: 'empty' },
    { text: 'abc', why: 'no number' },
    { text: '十十', why: 'a unit twice' },
    { text: '1..2', why: 'two points' },
    { text: '三万五千五', why: 'the last 五 could be 500 or 5' },
    { text: '一千二百五', why: 'the last 五 could be 50 or 5' },
    { text: '八大', why: '大 is not a digit' },
    { text: '12345x', why: 'text after the number' },
    { text: '1.2.3万', why: 'two points' },
    { text: '一万五百', why: '五百 needs 零 after 万' },
    { text: '一亿五千', why: '五千 could be 5000万 or 5000' },
    { text: '1.6万2000', why: 'a fraction before more digits' },
    { text: '1,23', why: 'separators must group three digits' },
    { text: '一千零', why: 'a dangling 零' },
    { text: '二〇一九', why: 'digits without units (a year)' },
    { text: ' 12', why: 'leading space' },
    { text: '05', why: 'a leading zero' },
  ])('$text is rejected ($why)', ({ text }) => {
    const error = thrown(() => parseNumber(text));
    expect(error.code).toBe('NUMBER_INVALID');
    expect(error.input).toBe(text);
  });

  it('12345x names the failing substring and its offset', () => {
    expect(thrown(() => parseNumber('12345x')).message).toContain('「x」 at offset 5');
  });
});

describe('scanNumber', () => {
  it('stops before 余 in 20余万元, leaving 余万元 to the quantity parser', () => {
    const scanned = scanOk('20余万元');
    expect(toNumber(scanned.value)).toBe(20);
    expect(scanned.end).toBe(2);
    expect(scanned.multiplier).toBe(0);
  });

  it('reports the multiplier of 5万 as 4 and of 14万2000 as none', () => {
    expect(scanOk('5万元').multiplier).toBe(4);
    expect(scanOk('14万2000元').multiplier).toBeUndefined();
  });

  it('starts at the given offset: 近300亩 from 1 is 300, ending at 4', () => {
    const scanned = scanOk('近300亩', 1);
    expect(toNumber(scanned.value)).toBe(300);
    expect(scanned.end).toBe(4);
  });
});
