import type { Report } from '../../figures/figure.ts';
import { QUALIFIERS, type Qualifier } from '../../figures/qualifier.ts';
import { message, type Params } from '../../messages.ts';
import { INPUT_UNITS, type InputUnit } from '../indicator-unit.ts';
import { conversionTable, type Conversion } from '../unit-conversion.ts';
import type { Finding, RateCheck } from './check.ts';
import { figureIds } from './define-checks.ts';
import { evaluate, involved, problemFinding } from './evaluate.ts';
import { cite, formatNumber, formatPercent } from './format.ts';

type Cited = Finding['figures'][number];

/**
 * Run a `rate` check. The stated rate, as a fraction, covers an interval: its rounding for an exact
 * or approximate rate (98% → [0.975, 0.985)), or everything above (60%以上) or below (不到5%) it.
 * - With a `denominator`: `numerator / denominator` (arquero) outside that interval is `RATE_VS_PARTS`.
 * - Without: the base the rate implies, `numerator / rate`, is reported as `RATE_VS_PARTS`, with the
 *   whole numbers that fit the interval when the numerator counts things (or none: then the rate or
 *   the count is wrong).
 * A missing figure or a unit that does not convert gives the problem's code instead.
 *
 * Example (Yangshahu 2019, 三、社会大局: 回复12345信访件413件,回复率达98%): an implied 421.43 petitions;
 * 420 to 423 petitions give 98% when rounded.
 */
export function checkRate(report: Pick<Report, 'figures'>, check: RateCheck): Finding[] {
  const ids = figureIds(check);
  const unit = involved(report, [check.numerator])[0]?.unit ?? 'count';
  const implied = evaluate(
    report,
    check.id,
    `d['${check.numerator}'] / d['${check.rate}']`,
    unit,
    [
      { id: check.numerator, unit, direction: 'increasing' },
      { id: check.rate, unit: 'ratio', direction: 'decreasing' },
    ],
    check.note,
  );
  if (implied.problem !== null) return [problemFinding(report, check.id, ids, implied.problem, check.note)];
  const figures = involved(report, ids);
  // Both figures were found (no problem), in the order of `ids`.
  const [stated, numerator, denominator] = figures as [Cited, Cited, Cited | undefined];
  const ratio = implied.inputs[1]?.value as number;
  const { lo, hi } = interval(stated, ratio);
  const covers = Number.isFinite(hi) ? `${formatPercent(lo)} to ${formatPercent(hi)}` : `${formatPercent(lo)} or more`;
  const base = {
    source: { kind: 'check' as const, id: check.id },
    figures,
    ids: figures.map((f) => f.id),
    note: check.note,
  };

  if (check.denominator) {
    const computed = evaluate(
      report,
      check.id,
      `d['${check.numerator}'] / d['${check.denominator}']`,
      'ratio',
      [
        { id: check.numerator, unit, direction: 'increasing' },
        { id: check.denominator, unit, direction: 'decreasing' },
      ],
      check.note,
    );
    if (computed.problem !== null) return [problemFinding(report, check.id, ids, computed.problem, check.note)];
    if (computed.value >= lo && computed.value < hi) return [];
    const parts = `${cite(numerator)} / ${denominator ? cite(denominator) : check.denominator}`;
    const params = { stated: cite(stated), parts, computed: formatPercent(computed.value), covers };
    return [{ ...base, ...message('RATE_VS_PARTS', 'computed', params) }];
  }

  let wholes: Params<'RATE_VS_PARTS', 'impliedBase'>['wholes'];
  // Units whose values are whole numbers (unit.ts `countable`): a base of 421.43 petitions cannot be.
  if (INPUT_UNITS[unit].countable) {
    const first = Number.isFinite(hi) ? Math.floor(numerator.value / hi) + 1 : 1;
    const last = lo > 0 ? Math.floor(numerator.value / lo) : Infinity;
    wholes = first > last ? { quote: stated.quote } : { first, last: Number.isFinite(last) ? last : null, covers };
  }
  const params = {
    stated: cite(stated),
    numerator: cite(numerator),
    base: formatNumber(implied.value),
    unit,
    qualifier: implied.qualifier,
  };
  return [
    { ...base, ...message('RATE_VS_PARTS', 'impliedBase', wholes === undefined ? params : { ...params, wholes }) },
  ];
}

/**
 * The fractions a stated rate stands for: half a unit of its last digit either side (98 → ±0.5
 * percent), or a bound for 以上/余 (lower) and 以下/不到 (upper). `ratio` is the rate as a fraction.
 */
function interval(
  stated: { unit: InputUnit; value: number; qualifier: Qualifier },
  ratio: number,
): { lo: number; hi: number } {
  const { bound } = QUALIFIERS[stated.qualifier];
  if (bound === 'lower') return { lo: ratio, hi: Infinity };
  if (bound === 'upper') return { lo: 0, hi: ratio };
  const decimals = String(stated.value).split('.')[1]?.length ?? 0;
  // The rate converted to `ratio` above, so its unit has this conversion.
  const factor = conversionTable().find((c) => c.from === stated.unit && c.to === 'ratio') as Conversion;
  const half = (0.5 * 10 ** -decimals * factor.num) / factor.den;
  return { lo: ratio - half, hi: ratio + half };
}
