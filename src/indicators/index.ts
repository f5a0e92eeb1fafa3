/**
 * The indicators layer (DESIGN.md "Indicator"): derived indicators as data, computed with arquero;
 * consistency checks; year-over-year comparison; dataset exports. Explicit named exports only.
 */
export type { Direction, FormulaReference } from './formula.ts';
export { formulaReferences } from './formula.ts';
export type { IndicatorUnit, InputUnit, InputUnitDef } from './indicator-unit.ts';
export { INPUT_UNITS, INPUT_UNIT_IDS } from './indicator-unit.ts';
export type { IndicatorDef, IndicatorId, IndicatorInput } from './indicator.ts';
export { IndicatorDefSchema, IndicatorIdSchema, IndicatorInputSchema, IndicatorUnitSchema, InputUnitSchema } from './indicator.ts';
export type { IndicatorDefInput } from './define-indicators.ts';
export { defineIndicators } from './define-indicators.ts';
export type { IndicatorProblem, IndicatorProblemCode, IndicatorResult, InputResult, ResultQualifier, StatedFigure } from './result.ts';
export { computeIndicators } from './compute-indicators.ts';
export { propagateQualifier } from './propagate-qualifier.ts';
export type { Conversion } from './unit-conversion.ts';
export { conversionTable } from './unit-conversion.ts';
export type { IndicatorInputRow, IndicatorRow } from './indicator-row.ts';
export { INDICATOR_COLUMNS, INDICATOR_INPUT_COLUMNS, indicatorInputRows, indicatorRow } from './indicator-row.ts';
export type { CheckDef, CheckId, CheckKind, Finding, FindingCode, OverlapCheck, PartOfCheck, RateCheck } from './consistency/check.ts';
export { CheckDefSchema } from './consistency/check.ts';
export type { CheckDefInput } from './consistency/define-checks.ts';
export { defineChecks } from './consistency/define-checks.ts';
export { checkConsistency } from './consistency/check-consistency.ts';
export { describePeriod } from './consistency/check-indicator-results.ts';
export type { ExportFile, ExportTable } from './export/export-dataset.ts';
export { exportDataset, exportTables } from './export/export-dataset.ts';
export type { FieldSpec, FieldType, TableSchemaField } from './export/table-schema.ts';
export { FIGURE_FIELDS, INDICATOR_FIELDS, INDICATOR_INPUT_FIELDS, csvReadOptions, tableSchemaFields } from './export/table-schema.ts';
