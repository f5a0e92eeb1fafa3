import * as aq from 'arquero';
import type { Figure, Report } from '../figures/figure.ts';
import { figureRow } from '../figures/figure-row.ts';
import { problem } from '../problem.ts';
import type { IndicatorDef } from './indicator.ts';
import { propagateQualifier } from './propagate-qualifier.ts';
import type { IndicatorProblem, IndicatorResult, InputResult } from './result.ts';
import { statedFigure } from './stated-figure.ts';
import { conversionTable } from './unit-conversion.ts';

/** One input row after the joins: the figure's status and its value converted to the input's unit. */
interface InputRow {
  indicator: string;
  figure: string;
  status: 'ok' | 'missing' | 'unit';
  converted: number | null;
}

/**
 * Compute indicators over a report's figures with arquero, unrounded.
 *
 * Pipeline: the inputs of every definition (one row each) are left-joined to the figures table
 * (`figureRow`) by figure id, then to the exact unit conversions (`conversionTable`) by
 * (figure unit, input unit). Each input gets a status: `missing` (no such figure), `unit` (no
 * conversion, or a `count` of something else than the input's `counted`) or `ok` with its converted
 * value. Only indicators whose inputs are all `ok` are pivoted to one row each (a column per figure)
 * and get their `formula` derived: arquero reads null as 0 in arithmetic, so nothing is computed
 * from a missing input. A non-finite result is a division by zero.
 *
 * @param report anything with `figures` (a `Report` or `ReportData`).
 * @param defs definitions from `defineIndicators` (formulas reference exactly their inputs).
 * @returns one result per definition, in order: `value` with its propagated `qualifier`, or
 *   `value: null` with a `problem` (`INPUT_MISSING`, `UNIT_INCOMPATIBLE`, `DIVISION_BY_ZERO`); each
 *   keeps its formula, method and inputs with their stated values, units, qualifiers, periods and quotes.
 * @example computeIndicators(yangshahu2019, [{ id: 'poor-persons-lifted-share', unit: 'ratio',
 *   formula: "d['poor-persons-lifted'] / d['poor-persons-registered']", … }])[0].value // 0.8647103658536586
 */
export function computeIndicators(report: Pick<Report, 'figures'>, defs: readonly IndicatorDef[]): IndicatorResult[] {
  const byId = new Map<string, Figure>(report.figures.map((f) => [f.id, f]));
  // Column names are given so that empty tables still have them (arquero joins need the keys).
  const figures = aq.from(report.figures.map(figureRow), ['id', 'value', 'unit', 'counted']);
  const inputs = aq.from(
    defs.flatMap((def) =>
      def.inputs.map((input) => ({
        indicator: def.id,
        figure: input.id,
        want_unit: input.unit,
        want_counted: input.counted ?? '',
      })),
    ),
    ['indicator', 'figure', 'want_unit', 'want_counted'],
  );
  const conversions = aq.from(conversionTable(), ['from', 'to', 'num', 'den']);
  const rows = inputs
    .join_left(figures, ['figure', 'id'])
    .join_left(conversions, [
      ['unit', 'want_unit'],
      ['from', 'to'],
    ])
    .derive({
      status: (d) =>
        d.id == null
          ? 'missing'
          : d.num == null || (d.want_counted !== '' && d.counted !== d.want_counted)
            ? 'unit'
            : 'ok',
    })
    .derive({ converted: (d) => (d.status === 'ok' ? (d.value * d.num) / d.den : null) });

  const computable = rows.groupby('indicator').filter((d) => aq.op.sum(d.status !== 'ok') === 0);
  const wide = computable.groupby('indicator').pivot('figure', 'converted');
  const inputRows = new Map((rows.objects() as InputRow[]).map((r) => [`${r.indicator}\u0000${r.figure}`, r]));

  return defs.map((def): IndicatorResult => {
    const results: InputResult[] = def.inputs.map((input) => {
      const row = inputRows.get(`${def.id}\u0000${input.id}`);
      const figure = byId.get(input.id);
      return {
        id: input.id,
        direction: input.direction,
        unit: input.unit,
        value: row?.converted ?? null,
        figure: figure ? statedFigure(figure) : null,
      };
    });
    const base = {
      id: def.id,
      label: def.label,
      unit: def.unit,
      formula: def.formula,
      method: def.method,
      inputs: results,
    };
    const fail = (problem: IndicatorProblem): IndicatorResult => ({ ...base, value: null, qualifier: null, problem });

    const missing = def.inputs
      .filter((input) => inputRows.get(`${def.id}\u0000${input.id}`)?.status === 'missing')
      .map((i) => i.id);
    if (missing.length > 0) {
      return fail(problem('INPUT_MISSING', 'figures', { ids: missing }, missing));
    }
    const incompatible = def.inputs.filter((input) => inputRows.get(`${def.id}\u0000${input.id}`)?.status === 'unit');
    if (incompatible.length > 0) {
      const described = incompatible.map((input) => {
        const q = byId.get(input.id)?.quantity;
        const want = input.counted ? `${input.unit} (${input.counted})` : input.unit;
        return `${input.id} is ${q?.unit}${q?.counted ? ` (${q.counted})` : ''}, expected ${want}`;
      });
      return fail(
        problem(
          'UNIT_INCOMPATIBLE',
          'inputs',
          { described },
          incompatible.map((i) => i.id),
        ),
      );
    }

    // `params` is typed as a getter-or-setter; with an argument it returns the table.
    const value = (wide.params({ id: def.id }) as typeof wide)
      .filter((d, $) => d.indicator === $.id)
      .derive({ value: def.formula })
      .array('value')[0] as number;
    if (!Number.isFinite(value)) {
      const zeros = results.filter((r) => r.value === 0).map((r) => r.id);
      return fail(problem('DIVISION_BY_ZERO', 'formula', { formula: def.formula, inputs: results }, zeros));
    }
    const qualifier = propagateQualifier(
      def.inputs.map((input) => ({ qualifier: byId.get(input.id)!.quantity.qualifier, direction: input.direction })),
    );
    return { ...base, value, qualifier, problem: null };
  });
}
