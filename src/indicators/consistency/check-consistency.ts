import type { Report } from '../../figures/figure.ts';
import type { IndicatorResult } from '../result.ts';
import type { CheckDef, CheckKind, Finding } from './check.ts';
import { checkIndicatorResults } from './check-indicator-results.ts';
import { checkOverlap } from './check-overlap.ts';
import { checkPartOf } from './check-part-of.ts';
import { checkRate } from './check-rate.ts';

type Runner<K extends CheckKind> = (
  report: Pick<Report, 'figures'>,
  check: Extract<CheckDef, { kind: K }>,
) => Finding[];

/** One runner per check kind: a kind without a runner does not compile. */
const RUNNERS: { [K in CheckKind]: Runner<K> } = {
  'part-of': checkPartOf,
  rate: checkRate,
  overlap: checkOverlap,
};

/**
 * Run a report's consistency checks and look over its computed indicators.
 *
 * @param report anything with `figures` (a `Report` or `ReportData`).
 * @param checks definitions from `defineChecks`, run in order (check-part-of.ts, check-rate.ts,
 *   check-overlap.ts say what each kind finds).
 * @param indicators results of `computeIndicators` on the same report: their problems and period
 *   mixes are findings too (check-indicator-results.ts). Default: none.
 * @returns findings, warnings for a fact-checker (never errors): checks first, in definition order,
 *   then indicators. An empty array means nothing to look at.
 */
export function checkConsistency(
  report: Pick<Report, 'figures'>,
  checks: readonly CheckDef[],
  indicators: readonly IndicatorResult[] = [],
): Finding[] {
  const run = <K extends CheckKind>(check: Extract<CheckDef, { kind: K }>): Finding[] =>
    (RUNNERS[check.kind] as Runner<K>)(report, check);
  return [...checks.flatMap((check) => run(check)), ...checkIndicatorResults(indicators)];
}
