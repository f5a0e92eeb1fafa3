import type { Report } from '../../figures/figure.ts';
import { QUALIFIERS, qualifierPhrase } from '../../figures/qualifier.ts';
import { message } from '../../messages.ts';
import type { Finding, PartOfCheck } from './check.ts';
import { evaluate, involved, problemFinding, sumFormula } from './evaluate.ts';
import { cite, formatNumber } from './format.ts';

/**
 * Run a `part-of` check: the slack `whole − (part₁ + part₂ …)`, parts converted to the whole's
 * unit, computed with arquero. A negative slack is `PART_EXCEEDS_WHOLE` (`stated`) or
 * `COUNT_EXCEEDS_TOTAL`; a missing figure or units that do not convert give the problem's code.
 *
 * Example (Yangshahu 2019, 三、社会大局: 配合扫黑办依法打击20余人,刑拘35人): whole 20余人,
 * part 35人 → `COUNT_EXCEEDS_TOTAL`, "exceeds … by 15 persons". The comparison uses the stated
 * numbers; the message names any qualifier (20余 is a lower bound).
 */
export function checkPartOf(report: Pick<Report, 'figures'>, check: PartOfCheck): Finding[] {
  const ids = [check.whole, ...check.parts];
  const unit = involved(report, ids)[0]?.unit ?? 'count';
  const terms = [
    { id: check.whole, unit, direction: 'increasing' as const },
    ...check.parts.map((id) => ({ id, unit, direction: 'decreasing' as const })),
  ];
  const slack = evaluate(
    report,
    check.id,
    `d['${check.whole}'] - (${sumFormula(check.parts)})`,
    unit,
    terms,
    check.note,
  );
  if (slack.problem !== null) return [problemFinding(report, check.id, ids, slack.problem, check.note)];
  if (slack.value >= 0) return [];
  const figures = involved(report, ids);
  // Every figure was found (no problem), so the whole comes first.
  const [whole, ...parts] = figures as [Finding['figures'][number], ...Finding['figures']];
  const qualified = figures
    .filter((f) => f.qualifier !== 'exact')
    .map((f) => ({ quote: f.quote, phrase: qualifierPhrase(QUALIFIERS[f.qualifier]) }));
  const params = { parts: parts.map(cite), whole: cite(whole), by: formatNumber(-slack.value), unit, qualified };
  return [
    {
      ...(check.stated
        ? message('PART_EXCEEDS_WHOLE', 'slack', params)
        : message('COUNT_EXCEEDS_TOTAL', 'slack', params)),
      source: { kind: 'check', id: check.id },
      figures,
      ids: figures.map((f) => f.id),
      note: check.note,
    },
  ];
}
