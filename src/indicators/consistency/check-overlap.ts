import type { Report } from '../../figures/figure.ts';
import type { Finding, OverlapCheck } from './check.ts';
import { evaluate, involved, problemFinding, sumFormula } from './evaluate.ts';
import { message } from '../../messages.ts';
import { cite, formatNumber } from './format.ts';

/**
 * Run an `overlap` check: always a `POSSIBLE_DOUBLE_COUNT` finding (the definition says why the
 * figures may overlap), with the range their union lies in: from the largest figure to their sum,
 * both in the first figure's unit, the sum computed with arquero.
 *
 * Example (Yangshahu 2019, 六、农业农村: 种植药材500亩,特别是两村种植油菜1200亩): the land of both lies
 * between 1200 and 1700 mu.
 */
export function checkOverlap(report: Pick<Report, 'figures'>, check: OverlapCheck): Finding[] {
  const unit = involved(report, check.figures)[0]?.unit ?? 'count';
  const terms = check.figures.map((id) => ({ id, unit, direction: 'increasing' as const }));
  const sum = evaluate(report, check.id, sumFormula(check.figures), unit, terms, check.note);
  if (sum.problem !== null) return [problemFinding(report, check.id, check.figures, sum.problem, check.note)];
  const largest = Math.max(...sum.inputs.map((input) => input.value ?? 0));
  const figures = involved(report, check.figures);
  return [
    {
      ...message('POSSIBLE_DOUBLE_COUNT', 'overlap', {
        cited: figures.map(cite),
        largest: formatNumber(largest),
        sum: formatNumber(sum.value),
        unit,
      }),
      source: { kind: 'check', id: check.id },
      figures,
      ids: figures.map((f) => f.id),
      note: check.note,
    },
  ];
}
