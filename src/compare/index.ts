/**
 * The comparison layer (DESIGN.md): series of one place, matching figures across years by what
 * they measure, stated vs computed change, plan vs actual. Imports figures only.
 */
export { BASES, BASIS_IDS, basisWords, type Basis, type BasisDef, type BasisWord } from './basis.ts';
export { changeBetween, valueIn, type ChangeContext, type ChangeEnd } from './check-change.ts';
export { compareDatasets, compareReports, type CompareOptions, type ComparedReport } from './compare-datasets.ts';
export { COMPARISON_COLUMNS, comparisonCsvRows, type ComparisonCsvRow } from './comparison-csv.ts';
export type {
  ChangeFlag,
  ComparedChange,
  ComparedValue,
  Comparison,
  ComparisonNote,
  ComparisonNoteCode,
  ComparisonRow,
  FlagReason,
  MatchKind,
  PlanVsActual,
  ReasonEvidence,
} from './comparison.ts';
export { englishName } from './english-name.ts';
export { estimateWord } from './estimate.ts';
export { foldScript } from './fold-script.ts';
export { computedChange, growthInterval, overlaps, type ChangeMeasure } from './growth.ts';
export { labelKey } from './label-key.ts';
export { MappingSchema, parseMapping, type Mapping } from './mapping.ts';
export { figureKey, resolveMapping, type FigureKey } from './match-key.ts';
export { planVsActual } from './plan-vs-actual.ts';
export { rowOfFigures, type FigureAtYear } from './row-of-figures.ts';
export { halfUnit, writtenInterval, type Interval } from './precision.ts';
export { findSeries, placeKey, type Series } from './series.ts';
export { statedChanges, type StatedChange, type StatedChanges } from './stated-change.ts';
export { SYNONYMS, synonymOf, type DefinitionSource, type Synonym } from './synonyms.ts';
