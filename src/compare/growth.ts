import type { Interval } from './precision.ts';
import { compare, div, HUNDRED, isZero, mul, sub, toNumber, ZERO, type Rational } from './rational.ts';

/**
 * Change between two levels, exactly: relative growth in percent for amounts (亿元, 户, 亩 …),
 * the difference in percentage points for levels that are themselves percentages (占比73.7%).
 */

/** What a change is measured in: `percent` growth of an amount, or `percentage-points` between two shares. */
export type ChangeMeasure = 'percent' | 'percentage-points';

/** `(to − from) / from × 100`, or null when `from` is 0 (growth from nothing is not a rate). */
export function growthPercent(from: Rational, to: Rational): Rational | null {
  if (isZero(from)) return null;
  return mul(div(sub(to, from), from), HUNDRED);
}

/**
 * The change from `from` to `to` in `measure`, as a plain number (converted once from the exact
 * value): 614亿元 → 635亿元 is 3.420195439739414 (percent); 73.3% → 73.7% is 0.4 (points).
 * @returns null for a growth from 0
 */
export function computedChange(from: Rational, to: Rational, measure: ChangeMeasure): number | null {
  const change = measure === 'percent' ? growthPercent(from, to) : sub(to, from);
  return change === null ? null : toNumber(change);
}

/**
 * Every change two levels within their intervals allow. For growth the start must be positive
 * (a start interval reaching 0 leaves the upper end open); open ends stay open, except that an
 * amount with no upper end falls by at most 100 %.
 * @example growthInterval(writtenInterval('614亿元', 614e8, 'exact'), writtenInterval('635亿元', 635e8, 'exact'), 'percent')
 *   // 634.5/614.5 − 1 to 635.5/613.5 − 1: 3.2547… to 3.5860… (as rationals)
 */
export function growthInterval(from: Interval, to: Interval, measure: ChangeMeasure): Interval {
  if (measure === 'percentage-points') {
    return {
      lo: to.lo === null || from.hi === null ? null : sub(to.lo, from.hi),
      hi: to.hi === null || from.lo === null ? null : sub(to.hi, from.lo),
    };
  }
  const lo =
    to.lo === null
      ? null
      : from.hi === null
        ? compare(to.lo, ZERO) >= 0
          ? { num: -100n, den: 1n }
          : null
        : compare(from.hi, ZERO) <= 0
          ? null
          : growthPercent(from.hi, to.lo);
  const hi = to.hi === null || from.lo === null || compare(from.lo, ZERO) <= 0 ? null : growthPercent(from.lo, to.hi);
  return { lo, hi };
}

/** True when two intervals share at least one value (open ends reach any value on their side). */
export function overlaps(a: Interval, b: Interval): boolean {
  const aboveB = a.lo !== null && b.hi !== null && compare(a.lo, b.hi) > 0;
  const belowB = a.hi !== null && b.lo !== null && compare(a.hi, b.lo) < 0;
  return !aboveB && !belowB;
}

/** The interval as two plain numbers, `null` for an open end. */
export function intervalNumbers(i: Interval): [number | null, number | null] {
  return [i.lo === null ? null : toNumber(i.lo), i.hi === null ? null : toNumber(i.hi)];
}
