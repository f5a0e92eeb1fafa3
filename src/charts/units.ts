import { WorkreportError } from '../errors.ts';
import type { Figure } from '../figures/figure.ts';
import type { UnitId } from '../figures/unit.ts';
import { classifierOf } from './words.ts';
import { message } from '../messages.ts';

/** The one unit a chart's value axis shows; for `count`, also what is counted. */
export interface ChartUnit {
  unit: UnitId;
  counted?: string;
  /** The first figure, to read the report's own unit words from (the classifier 起 of 101起). */
  first: Figure;
}

/** `mu`, `count (cases)` or `other (立方米)`: the key two figures must share to sit on one axis. */
export function unitKey(figure: Figure): string {
  const { unit, counted } = figure.quantity;
  if (unit === 'other') return `other (${classifierOf(figure.provenance.quote) ?? figure.provenance.quote})`;
  return unit === 'count' && counted ? `${unit} (${counted})` : unit;
}

/**
 * Check that `figures` can share one value axis, and return their unit.
 *
 * Figures share an axis when they have the same `quantity.unit` and, for `count`, the same
 * `quantity.counted` (101 cases and 93 sites are both counts, but not of one thing).
 * Throws `CHART_EMPTY` for no figures, and `CHART_MIXED_UNITS` naming every unit with the ids
 * that carry it, e.g. "figures land-acquired (mu) and houses-demolished (households) have
 * different units; a chart axis shows one unit: split them into one chart per unit".
 */
export function assertSingleUnit(figures: readonly Figure[]): ChartUnit {
  const [first] = figures;
  if (!first)
    throw new WorkreportError(message('CHART_EMPTY', 'nothing', { where: 'a chart', things: 'figures' }), {
      input: figures,
    });
  const byUnit = new Map<string, string[]>();
  for (const figure of figures) {
    const key = unitKey(figure);
    byUnit.set(key, [...(byUnit.get(key) ?? []), figure.id]);
  }
  if (byUnit.size > 1) {
    const groups = [...byUnit].map(([unit, ids]) => ({ unit, ids }));
    throw new WorkreportError(message('CHART_MIXED_UNITS', 'axis', { where: 'a chart', groups, split: 'chart' }), {
      input: [...byUnit.keys()],
    });
  }
  const { unit, counted } = first.quantity;
  return unit === 'count' && counted ? { unit, counted, first } : { unit, first };
}
