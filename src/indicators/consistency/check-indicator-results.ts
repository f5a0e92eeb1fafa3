import type { Period } from '../../figures/period.ts';
import type { IndicatorResult } from '../result.ts';
import { message } from '../../messages.ts';
import type { Finding } from './check.ts';
import { cite } from './format.ts';

/**
 * Findings about computed indicators:
 * - an indicator without a value gives its problem's code (`INPUT_MISSING`, `UNIT_INCOMPATIBLE`,
 *   `DIVISION_BY_ZERO`), naming the inputs at fault;
 * - an indicator whose inputs cover different periods gives `PERIOD_MIX`, listing each period with
 *   its figures. Example (Yangshahu 2019, 四、三大攻坚): 2624 − 2269 − 233 combines cumulative counts
 *   with 今年预计脱贫233人 (year 2019): are the 233 inside or outside the 2269?
 */
export function checkIndicatorResults(results: readonly IndicatorResult[]): Finding[] {
  return results.flatMap((result): Finding[] => {
    const figures = result.inputs.flatMap((input) => (input.figure ? [{ id: input.id, ...input.figure }] : []));
    const source = { kind: 'indicator' as const, id: result.id };
    const ids = result.inputs.map((input) => input.id);
    if (result.problem !== null) {
      return [
        {
          code: result.problem.code,
          source,
          figures,
          ids,
          message: `indicator "${result.id}" ${result.problem.message}`,
          note: result.method,
        },
      ];
    }
    const byPeriod = new Map<string, string[]>();
    for (const figure of figures) {
      const key = describePeriod(figure.period);
      byPeriod.set(key, [...(byPeriod.get(key) ?? []), cite(figure)]);
    }
    if (byPeriod.size < 2) return [];
    const periods = [...byPeriod].map(([period, cited]) => ({ period, cited }));
    const text = message('PERIOD_MIX', 'indicator', { id: result.id, formula: result.formula, periods });
    return [{ ...text, source, figures, ids, note: result.method }];
  });
}

/** A period in words, also its identity: `year 2019`, `cumulative through 2019-12-16`, `since 2018 through 2019-12-16`. */
export function describePeriod(period: Period): string {
  switch (period.kind) {
    case 'year':
      return `year ${period.year}`;
    case 'target':
      return `target for ${period.year}`;
    case 'cumulative':
      return period.through ? `cumulative through ${period.through}` : 'cumulative';
    case 'since':
      return `since ${period.start}${period.through ? ` through ${period.through}` : ''}`;
    case 'through':
      return `${period.start ? `from ${period.start} ` : ''}through ${period.end}`;
    case 'unspecified':
      return 'period not stated';
  }
}
