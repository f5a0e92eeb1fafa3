import type { FigureId, Label } from '../figures/figure.ts';
import type { IndicatorProblemCode } from '../messages.ts';
import type { Problem } from '../problem.ts';
import type { Period } from '../figures/period.ts';
import { QUALIFIERS, type Qualifier, type QualifierMeaning } from '../figures/qualifier.ts';
import type { UnitId } from '../figures/unit.ts';
import type { Direction } from './formula.ts';
import type { IndicatorId } from './indicator.ts';
import type { IndicatorUnit, InputUnit } from './indicator-unit.ts';

/**
 * How a computed value relates to the true one: `exact`; `approx` (an approximate input);
 * `at_least` / `at_most` (bounds carried through the formula); `unknown` when inputs push the
 * result both ways (a lower bound in an increasing and another in a decreasing position).
 */
export type ResultQualifier = 'exact' | 'approx' | 'at_least' | 'at_most' | 'unknown';

export type { IndicatorProblemCode } from '../messages.ts';

/**
 * What each result qualifier means: a figure's qualifier (qualifier.ts), or `unknown`, shown after
 * the value in brackets (zh 2.4人/户（不确定）, en 2.4 … (uncertain)).
 */
export const RESULT_QUALIFIERS: Record<ResultQualifier, QualifierMeaning> = {
  exact: QUALIFIERS.exact,
  approx: QUALIFIERS.approx,
  at_least: QUALIFIERS.at_least,
  at_most: QUALIFIERS.at_most,
  unknown: {
    id: 'unknown',
    bound: 'unknown',
    zh: { word: '不确定', placement: 'note', meaning: '输入的上下限方向相反，无法判断' },
    en: { word: 'uncertain', placement: 'note', meaning: 'inputs bound it both ways' },
    prefixes: [],
    suffixes: [],
  },
};

/**
 * A data problem, kept as a value beside the formula (never a NaN or a silent 0). `ids` are the inputs at
 * fault (missing, of another unit, or zero); `message` is English, without the indicator's id (callers prefix
 * it): "needs figure x, which the report does not have".
 */
export type IndicatorProblem = Problem<IndicatorProblemCode>;

/** A figure as the report states it, with its provenance. */
export interface StatedFigure {
  value: number;
  unit: UnitId;
  qualifier: Qualifier;
  counted?: string;
  period: Period;
  quote: string;
  /** UTF-16 offset of `quote` in the report's source text. */
  offset: number;
}

/** One input of a computed indicator. */
export interface InputResult {
  id: FigureId;
  direction: Direction;
  /** The unit the formula saw the input in. */
  unit: InputUnit;
  /** The input converted to `unit`; null when the figure is missing or of another dimension. */
  value: number | null;
  /** The figure as stated in the report; null when the report has no figure with this id. */
  figure: StatedFigure | null;
}

interface ResultBase {
  id: IndicatorId;
  label: Label;
  unit: IndicatorUnit;
  formula: string;
  method: Label;
  inputs: InputResult[];
}

/** An indicator computed from a report: a value, or a problem. Values are never rounded. */
export type IndicatorResult =
  | (ResultBase & { value: number; qualifier: ResultQualifier; problem: null })
  | (ResultBase & { value: null; qualifier: null; problem: IndicatorProblem });
