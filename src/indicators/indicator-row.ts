import type { IndicatorResult } from './result.ts';

/**
 * An indicator result flattened to one table row (CSV, arquero tables, spreadsheets).
 * `value` is unrounded and null when the indicator has a problem; absent strings are ''.
 * Inputs are listed by id (`;`-joined); their values and quotes are in {@link IndicatorInputRow}.
 */
export interface IndicatorRow {
  id: string;
  label_zh: string;
  label_en: string;
  value: number | null;
  unit: string;
  qualifier: string;
  formula: string;
  inputs: string;
  problem: string;
  problem_figures: string;
  problem_message: string;
  method_zh: string;
  method_en: string;
}

/** Column order of {@link IndicatorRow}, as written in CSV headers. */
export const INDICATOR_COLUMNS: readonly (keyof IndicatorRow)[] = [
  'id',
  'label_zh',
  'label_en',
  'value',
  'unit',
  'qualifier',
  'formula',
  'inputs',
  'problem',
  'problem_figures',
  'problem_message',
  'method_zh',
  'method_en',
];

/** Flatten one result; nothing is rounded. */
export function indicatorRow(result: IndicatorResult): IndicatorRow {
  return {
    id: result.id,
    label_zh: result.label.zh,
    label_en: result.label.en,
    value: result.value,
    unit: result.unit,
    qualifier: result.qualifier ?? '',
    formula: result.formula,
    inputs: result.inputs.map((input) => input.id).join(';'),
    problem: result.problem?.code ?? '',
    problem_figures: result.problem?.ids.join(';') ?? '',
    problem_message: result.problem?.message ?? '',
    method_zh: result.method.zh,
    method_en: result.method.en,
  };
}

/**
 * One input of one indicator (a long table beside {@link IndicatorRow}): the value the formula saw,
 * in `unit`, and the figure as the report states it, with its quote and UTF-16 offset. `value` and
 * the stated columns are null / '' when the figure is missing or does not convert.
 */
export interface IndicatorInputRow {
  indicator: string;
  figure: string;
  direction: string;
  unit: string;
  value: number | null;
  stated_value: number | null;
  stated_unit: string;
  stated_qualifier: string;
  quote: string;
  offset: number | null;
}

/** Column order of {@link IndicatorInputRow}. */
export const INDICATOR_INPUT_COLUMNS: readonly (keyof IndicatorInputRow)[] = [
  'indicator',
  'figure',
  'direction',
  'unit',
  'value',
  'stated_value',
  'stated_unit',
  'stated_qualifier',
  'quote',
  'offset',
];

/** Flatten the inputs of results, one row per (indicator, input), in order. */
export function indicatorInputRows(results: readonly IndicatorResult[]): IndicatorInputRow[] {
  return results.flatMap((result) =>
    result.inputs.map((input) => ({
      indicator: result.id,
      figure: input.id,
      direction: input.direction,
      unit: input.unit,
      value: input.value,
      stated_value: input.figure?.value ?? null,
      stated_unit: input.figure?.unit ?? '',
      stated_qualifier: input.figure?.qualifier ?? '',
      quote: input.figure?.quote ?? '',
      offset: input.figure?.offset ?? null,
    })),
  );
}
