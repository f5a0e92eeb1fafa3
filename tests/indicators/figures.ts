import type { Figure, FigureId, SectionId } from '../../src/figures/figure.ts';
import type { Period } from '../../src/figures/period.ts';
import type { Qualifier } from '../../src/figures/qualifier.ts';
import type { UnitId } from '../../src/figures/unit.ts';

/**
 * A synthetic figure for indicator tests (not from any report): only id, value, unit, qualifier,
 * counted and period matter to the code under test; the quote is the value as text at offset 0.
 */
export function figure(
  id: string,
  value: number,
  unit: UnitId,
  options: { qualifier?: Qualifier; counted?: string; period?: Period } = {},
): Figure {
  const { qualifier = 'exact', counted, period = { kind: 'year', year: 2019 } } = options;
  return {
    id: id as FigureId,
    section: 'synthetic' as SectionId,
    label: { zh: id, en: id },
    quantity: { value, unit, qualifier, ...(counted === undefined ? {} : { counted }) },
    period,
    provenance: { quote: String(value), offset: 0 },
  };
}
