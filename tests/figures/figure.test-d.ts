/**
 * Type-level tests, checked by `tsc --noEmit` in `npm test`: each `@ts-expect-error` must meet an
 * error, so a type that became too loose fails the build.
 */
import type { Figure, FigureId, SectionId } from '../../src/figures/figure.ts';
import type { Quantity } from '../../src/figures/quantity.ts';
import type { UnitId } from '../../src/figures/unit.ts';

const id = 'land-acquired' as FigureId;
const section = 'projects' as SectionId;

export const land: Figure = {
  id,
  section,
  label: { zh: '征地', en: 'Land acquired' },
  quantity: { value: 430, unit: 'mu', qualifier: 'exact' },
  period: { kind: 'through', end: '2019-12-16' },
  provenance: { quote: '430亩', offset: 984 },
};

// @ts-expect-error an unknown unit id is not a UnitId
export const unknownUnit: UnitId = 'acre';

// @ts-expect-error a qualifier outside the vocabulary
export const badQualifier: Quantity = { value: 300, unit: 'mu', qualifier: 'nearly' };

// @ts-expect-error a figure without provenance
export const noProvenance: Figure = { id, section, label: land.label, quantity: land.quantity, period: land.period };

// @ts-expect-error a plain string is not a FigureId (ids are branded)
export const plainId: FigureId = 'land-acquired';

// @ts-expect-error a target period needs its year
export const targetWithoutYear: Figure['period'] = { kind: 'target' };
