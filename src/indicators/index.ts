/**
 * The indicators layer (DESIGN.md "Indicator"): derived indicators as data, computed with arquero, and
 * consistency checks; what the public index (src/index.ts) exports of it. Explicit named exports only.
 */
export type { IndicatorDef, IndicatorId } from './indicator.ts';
export { defineIndicators, type IndicatorDefInput } from './define-indicators.ts';
export type { IndicatorProblem, IndicatorResult, InputResult, ResultQualifier, StatedFigure } from './result.ts';
export { computeIndicators } from './compute-indicators.ts';
export { INDICATOR_COLUMNS, indicatorRow, type IndicatorRow } from './indicator-row.ts';
export type { CheckDef, CheckId, Finding } from './consistency/check.ts';
export { defineChecks, type CheckDefInput } from './consistency/define-checks.ts';
export { checkConsistency } from './consistency/check-consistency.ts';
export { describePeriod } from './consistency/check-indicator-results.ts';
