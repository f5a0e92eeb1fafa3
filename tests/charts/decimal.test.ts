import { describe, expect, it } from 'vitest';
import { roundDecimal } from '../../src/charts/decimal.ts';

describe('roundDecimal rounds half-up on the decimal value, not on the binary float', () => {
  it('reads 17.45 as 17.5, although the double is 17.449999…', () => {
    expect((17.45).toFixed(20)).toMatch(/^17\.44999/);
    expect((17.45).toFixed(1)).toBe('17.4');
    expect(roundDecimal(17.45, 1)).toBe('17.5');
  });
  it('reads 1.005 as 1.01 and 4.135 as 4.14', () => {
    expect(roundDecimal(1.005, 2)).toBe('1.01');
    expect(roundDecimal(4.135, 2)).toBe('4.14');
  });
  it('shifts the decimal point in the string: 0.0435 → 4.4 (percent), 65802 → 6.58 (万), 1269000 → 126.9 (万)', () => {
    expect(roundDecimal(0.0435, 1, 2)).toBe('4.4');
    expect(roundDecimal(65802, 2, -4)).toBe('6.58');
    expect(roundDecimal(1269000, 2, -4)).toBe('126.9');
    expect(roundDecimal(435000000, 2, -8)).toBe('4.35');
    expect(roundDecimal(2269 / 2624, 1, 2)).toBe('86.5');
  });
  it('drops trailing zeros and never prints -0', () => {
    expect(roundDecimal(2.5, 2)).toBe('2.5');
    expect(roundDecimal(20000, 2, -4)).toBe('2');
    expect(roundDecimal(-0.04, 1)).toBe('0');
    expect(roundDecimal(0, 2)).toBe('0');
  });
  it('rounds negative values half away from zero', () => {
    expect(roundDecimal(-2.5, 0)).toBe('-3');
    expect(roundDecimal(-17.45, 1)).toBe('-17.5');
  });
  it('handles exponent notation and carries into a new digit', () => {
    expect(roundDecimal(1e21, 0)).toBe('1000000000000000000000');
    expect(roundDecimal(1.5e-7, 7)).toBe('0.0000002');
    expect(roundDecimal(9.996, 2)).toBe('10');
    expect(roundDecimal(0.95, 1, 0)).toBe('1');
  });
  it('refuses NaN and Infinity', () => {
    expect(() => roundDecimal(Number.NaN, 1)).toThrow(RangeError);
    expect(() => roundDecimal(Number.POSITIVE_INFINITY, 1)).toThrow(RangeError);
  });
});
