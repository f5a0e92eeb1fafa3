import type { Figure, Label } from '../figures/figure.ts';
import { UNIT_IDS } from '../figures/unit.ts';
import { changeBetween, valueIn } from './check-change.ts';
import type { ComparedChange, ComparisonRow } from './comparison.ts';
import { toNumber } from './rational.ts';

/** One value of a row given by hand: a figure and the year it stands for. */
export interface FigureAtYear {
  figure: Figure;
  year: number;
}

/**
 * A comparison row from figures named by hand, all of one report (a chart definition's
 * `from`/`to` ids: last year's and this year's value as one report states them, or a target and
 * its result): values in the unit listed first in `UNIT_IDS`, changes between consecutive years
 * computed exactly. No stated change is read (the figures carry no text around them); the match
 * is `mapping`, the person who wrote the definition having paired them.
 * @param dataset the report's id
 * @example rowOfFigures({ zh: '人均收入', en: 'Income per person' }, [{ figure: income2018, year: 2018 }, { figure: income2019, year: 2019 }], 'yangshahu-2019')
 */
export function rowOfFigures(label: Label, points: readonly FigureAtYear[], dataset: string): ComparisonRow {
  const ordered = [...points].sort((a, b) => a.year - b.year);
  const unit = ordered
    .map((p) => p.figure.quantity.unit)
    .reduce((a, b) => (UNIT_IDS.indexOf(a) <= UNIT_IDS.indexOf(b) ? a : b));
  const changes: ComparedChange[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const [from, to] = [ordered[i - 1] as FigureAtYear, ordered[i] as FigureAtYear];
    if (from.year === to.year) continue;
    const change = changeBetween({ ...from, dataset }, { ...to, dataset }, { unit, label: label.zh });
    if (change !== null) changes.push(change);
  }
  const first = ordered[0]?.figure;
  const row: ComparisonRow = {
    key: label.zh,
    label: { zh: label.zh, en: label.en },
    unit,
    values: ordered.map(({ figure, year }) => ({
      dataset,
      year,
      value: toNumber(valueIn(figure, unit)),
      qualifier: figure.quantity.qualifier,
      quote: figure.provenance.quote,
      offset: figure.provenance.offset,
      figure: figure.id,
      label: figure.label.zh,
    })),
    changes,
    match: ordered.length > 1 ? 'mapping' : 'none',
  };
  if (unit === 'count' && first?.quantity.counted !== undefined) row.counted = first.quantity.counted;
  return row;
}
