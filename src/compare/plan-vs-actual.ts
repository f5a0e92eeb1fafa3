import { isCompatible, unitFactor, type UnitId } from '../figures/unit.ts';
import type { ComparedValue, ComparisonRow, PlanVsActual } from './comparison.ts';
import { labelKey } from './label-key.ts';
import { div, HUNDRED, isZero, mul, rational, sub, toNumber, type Rational } from './rational.ts';

/** `value` of `unit` in `to` (same dimension), exactly. */
function convert(value: number, unit: UnitId, to: UnitId): Rational {
  const { num, den } = unitFactor(unit, to);
  return mul(rational(value), div({ num: BigInt(num), den: 1n }, { num: BigInt(den), den: 1n }));
}

const TARGET = 'target:';

/**
 * Plan vs actual: each report's targets for a year (rows of `period.kind === 'target'` figures)
 * against another report's actual figure of the same indicator for that year, where both exist.
 * The gap is actual − target in the target row's unit, `attainment` actual / target × 100.
 * @param rows the rows of a comparison (target rows are keyed `target:<measure>`)
 * @returns one entry per target value with an actual partner, in row order
 * @example planVsActual(rows) // [{ key: '地区生产总值', target: { year: 2019, quote: '1300亿元', … }, actual: { year: 2019, … }, gap: …, attainment: … }]
 */
export function planVsActual(rows: readonly ComparisonRow[]): PlanVsActual[] {
  const found: PlanVsActual[] = [];
  for (const plan of rows) {
    if (plan.target !== true || !plan.key.startsWith(TARGET)) continue;
    const measure = plan.key.slice(TARGET.length);
    const actualRow = rows.find(
      (r) =>
        r.target !== true &&
        (r.key === measure || r.key.startsWith(`${measure}|`)) &&
        (r.unit === plan.unit || isCompatible(r.unit, plan.unit)) &&
        r.counted === plan.counted,
    );
    if (actualRow === undefined) continue;
    for (const target of plan.values) {
      const actual = actualRow.values.find((v) => v.year === target.year && v.dataset !== target.dataset);
      if (actual === undefined) continue;
      found.push(entry(plan, actualRow, target, actual, measure));
    }
  }
  return found;
}

function entry(
  plan: ComparisonRow,
  actualRow: ComparisonRow,
  target: ComparedValue,
  actual: ComparedValue,
  measure: string,
): PlanVsActual {
  const t = rational(target.value);
  const a = convert(actual.value, actualRow.unit, plan.unit);
  const attainment = isZero(t) ? null : toNumber(mul(div(a, t), HUNDRED));
  const sameLabel = labelKey(target.label) === labelKey(actual.label);
  const match = sameLabel ? 'label' : plan.match === 'mapping' || actualRow.match === 'mapping' ? 'mapping' : 'synonym';
  return {
    key: measure,
    label: plan.label,
    unit: plan.unit,
    target,
    actual: { ...actual, value: toNumber(a) },
    gap: toNumber(sub(a, t)),
    attainment,
    match,
  };
}
