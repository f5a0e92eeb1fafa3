import { UNITS, UNIT_IDS, type Dimension, type UnitDef, type UnitId } from '../figures/unit.ts';

/**
 * Units of indicator inputs and results.
 *
 * Ratios are plain fractions: unit `ratio`, 2269/2624 = 0.8647103658536586, never multiplied by 100.
 * A `percent` figure given to an indicator as a `ratio` input is converted exactly (98 % → 0.98), and
 * display code multiplies by 100 when it formats. Rates are written `numerator/denominator` with
 * canonical unit ids on both sides (`m2/count`: m² per demolished building).
 */

/** A unit an input figure is converted to before the formula runs: a canonical unit, or `ratio`. */
export type InputUnit = UnitId | 'ratio';

/** The unit of an indicator's value. */
export type IndicatorUnit = InputUnit | `${UnitId}/${UnitId}`;

/** What an input unit measures and its exact factor to the dimension's base unit. */
export type InputUnitDef = Pick<UnitDef, 'dimension' | 'toBase' | 'countable'> & { id: InputUnit };

/** Every input unit: the canonical units of src/figures/unit.ts plus `ratio` (1 = 100 %). */
export const INPUT_UNITS: Record<InputUnit, InputUnitDef> = {
  ...UNITS,
  ratio: { id: 'ratio', dimension: 'ratio' satisfies Dimension, toBase: { num: 1, den: 1 }, countable: false },
};

export const INPUT_UNIT_IDS: readonly InputUnit[] = [...UNIT_IDS, 'ratio'];
