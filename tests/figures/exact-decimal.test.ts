import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  belowPow10,
  decimalOfSafeInteger,
  exactDecimal,
  lessThan,
  plus,
  timesPow10,
  timesRatio,
  toNumber,
} from '../../src/figures/exact-decimal.ts';

describe('exact decimals: a safe mantissa as a number, a bigint beyond 2^53 − 1', () => {
  it('keeps the mantissa a number up to 2^53 − 1 and a bigint from 2^53', () => {
    expect(exactDecimal('9007199254740991')).toEqual({ mantissa: 9007199254740991, scale: 0 });
    expect(exactDecimal('9007199254740992')).toEqual({ mantissa: 9007199254740992n, scale: 0 });
    expect(exactDecimal('185', '31')).toEqual({ mantissa: 18531, scale: 2 });
    // 1.13 × 10⁴ is 11300 exactly, where the float product is 11299.999999999998.
    expect(toNumber(timesPow10(exactDecimal('1', '13'), 4))).toBe(11300);
    // 9007199254740991 × 10 passes 2^53: the product is a bigint, exact.
    expect(timesPow10(exactDecimal('9007199254740991'), 1)).toEqual({ mantissa: 90071992547409910n, scale: 0 });
    expect(plus(exactDecimal('9007199254740991'), exactDecimal('1'))).toEqual({
      mantissa: 9007199254740992n,
      scale: 0,
    });
    expect(plus(exactDecimal('9007199254740992'), exactDecimal('0', '5'))).toEqual({
      mantissa: 90071992547409925n,
      scale: 1,
    });
    // Back below 2^53, a bigint result is a number again.
    expect(timesRatio(exactDecimal('1200'), 1, 2)).toEqual({ mantissa: 6000, scale: 1 });
    expect(() => decimalOfSafeInteger(2 ** 53, 0)).toThrow(RangeError);
  });

  it('compares across the two representations', () => {
    expect(lessThan(exactDecimal('9007199254740991'), exactDecimal('9007199254740992'))).toBe(true);
    expect(lessThan(exactDecimal('3', '5'), exactDecimal('3', '50'))).toBe(false);
    expect(belowPow10(exactDecimal('9999'), 4)).toBe(true);
    expect(belowPow10(exactDecimal('10000'), 4)).toBe(false);
    expect(belowPow10(exactDecimal('99999999999999999999'), 20)).toBe(true);
  });

  it('converts to the double nearest the decimal, as parsing its digits does', () => {
    const digits = (max: number) => fc.stringMatching(new RegExp(`^[0-9]{1,${max}}$`));
    fc.assert(
      fc.property(
        digits(20),
        fc.oneof(fc.constant(''), digits(20)),
        fc.integer({ min: 0, max: 12 }),
        (int, frac, exp) => {
          const d = timesPow10(exactDecimal(int, frac), exp);
          const written = `${int}.${frac || '0'}e${exp}`;
          expect(toNumber(d)).toBe(Number(written));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
