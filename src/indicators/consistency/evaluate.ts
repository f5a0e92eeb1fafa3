import type { Figure, FigureId, Label, Report } from '../../figures/figure.ts';
import { computeIndicators } from '../compute-indicators.ts';
import { defineIndicators } from '../define-indicators.ts';
import type { Direction } from '../formula.ts';
import type { InputUnit } from '../indicator-unit.ts';
import type { IndicatorProblem, IndicatorResult } from '../result.ts';
import { statedFigure } from '../stated-figure.ts';
import type { Finding, FindingCode } from './check.ts';

/** One term of a check's arithmetic: a figure, converted to `unit`, entering with `direction`. */
export interface Term {
  id: FigureId;
  unit: InputUnit;
  direction: Direction;
}

/**
 * Compute a check's arithmetic as an indicator, with arquero (`computeIndicators`): a missing
 * figure or an incompatible unit comes back as the result's `problem`, never as a number.
 * `formula` uses the grammar of formula.ts over the terms' ids.
 */
export function evaluate(
  report: Pick<Report, 'figures'>,
  id: string,
  formula: string,
  unit: InputUnit,
  terms: readonly Term[],
  note: Label,
): IndicatorResult {
  const defs = defineIndicators([{ id, label: { zh: id, en: id }, unit, formula, inputs: [...terms], method: note }]);
  // One definition in, one result out.
  return computeIndicators(report, defs)[0] as IndicatorResult;
}

/** `d['a'] + d['b']`: the formula of a sum of figures. */
export function sumFormula(ids: readonly FigureId[]): string {
  return ids.map((id) => `d['${id}']`).join(' + ');
}

/** The figures of `ids` that the report has, as findings list them. */
export function involved(report: Pick<Report, 'figures'>, ids: readonly string[]): Finding['figures'] {
  const byId = new Map<string, Figure>(report.figures.map((f) => [f.id, f]));
  return ids.flatMap((id) => {
    const figure = byId.get(id);
    return figure ? [{ id: figure.id, ...statedFigure(figure) }] : [];
  });
}

/** The finding for a check whose arithmetic has a problem (a figure missing, units that do not convert). */
export function problemFinding(
  report: Pick<Report, 'figures'>,
  checkId: string,
  ids: readonly string[],
  problem: IndicatorProblem,
  note: Label,
): Finding {
  const code: FindingCode = problem.code;
  const figures = involved(report, ids);
  return {
    code,
    source: { kind: 'check', id: checkId },
    figures,
    ids: [...ids],
    message: `check "${checkId}" ${problem.message}`,
    note,
  };
}
