import { describe, expect, it } from 'vitest';
import { WorkreportError } from '../../src/errors.ts';
import { isNumberFailure } from '../../src/figures/chinese-numeral.ts';
import { scanNumber, type ScannedNumber } from '../../src/figures/parse-number.ts';
import { parseQuantity, scanQuantity } from '../../src/figures/parse-quantity.ts';
import { toNumber } from '../../src/figures/exact-decimal.ts';

/** `scanNumber` where a number must read. */
function scanOk(text: string, start?: number): ScannedNumber {
  const scanned = scanNumber(text, start);
  if (isNumberFailure(scanned)) throw new Error(`${text}: ${scanned.problem}`);
  return scanned;
}

describe('scanQuantity: the quantity parser on running text', () => {
  it('reads 430亩 from offset 3 of 共征地430亩;完成 and stops after the unit', () => {
    expect(scanQuantity('共征地430亩;完成', 3)).toStrictEqual({
      quantity: { value: 430, unit: 'mu', unitRaw: '亩', qualifier: 'exact' },
      end: 7,
      unitEnd: 7,
      colloquial: false,
    });
  });

  it('includes a suffix qualifier in the expression but not in the unit: 60%以上的', () => {
    expect(scanQuantity('60%以上的', 0)).toMatchObject({ end: 5, unitEnd: 3, quantity: { qualifier: 'at_least' } });
    expect(scanQuantity('共三四个', 1)?.colloquial).toBe(true);
  });

  it('returns undefined, without throwing, where no quantity starts: 一是, 2019年, 八大, 三万五千五元', () => {
    for (const text of ['一是', '2019年', '八大', '三万五千五元', '', '-'])
      expect(scanQuantity(text, 0)).toBeUndefined();
  });

  it('reads the single value when what follows a separator is no upper end: 30人到场', () => {
    expect(scanQuantity('30人到场', 0)).toMatchObject({ end: 3, quantity: { value: 30, unit: 'persons' } });
  });

  it('reads a range when there is one: 3-5万元 and 3%～5%', () => {
    expect(scanQuantity('每户3-5万元。', 2)?.quantity).toMatchObject({ value: 30000, valueMax: 50000 });
    expect(scanQuantity('3%～5%。', 0)?.quantity).toMatchObject({ value: 3, valueMax: 5, unit: 'percent' });
  });
});

describe('parseQuantity: signs and range failures', () => {
  it('reads a minus sign before Arabic digits: -3.2% is −3.2 percent, －5人 is −5 persons', () => {
    expect(parseQuantity('-3.2%')).toStrictEqual({ value: -3.2, unit: 'percent', unitRaw: '%', qualifier: 'exact' });
    expect(parseQuantity('－5人').value).toBe(-5);
  });

  it('rejects a sign on a range, and a range that does not ascend, with the range as the reason', () => {
    for (const text of ['-3-5%', '5-3个']) {
      let error: unknown;
      try {
        parseQuantity(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WorkreportError);
      expect((error as WorkreportError).code).toBe('QUANTITY_INVALID');
      expect((error as WorkreportError).message).toMatch(/range/);
    }
  });
});

describe('scanNumber: a comma separates thousands only before exactly three digits', () => {
  it.each([
    { text: '12,000人', value: 12000, end: 6 },
    { text: '1,234,567元', value: 1234567, end: 9 },
    { text: '93,9312平方', value: 93, end: 2 },
    { text: '4,上面', value: 4, end: 1 },
    { text: '2019,300亩', value: 2019, end: 4 },
  ])('$text: the number is $value', ({ text, value, end }) => {
    const scanned = scanOk(text);
    expect(toNumber(scanned.value)).toBe(value);
    expect(scanned.end).toBe(end);
  });
});
