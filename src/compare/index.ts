/**
 * The comparison layer (DESIGN.md): series of one place, matching figures across years by what
 * they measure, stated vs computed change, plan vs actual; what the public index (src/index.ts)
 * exports of it. Imports figures only.
 */
export { compareDatasets, compareReports, type CompareOptions, type ComparedReport } from './compare-datasets.ts';
export { COMPARISON_COLUMNS, comparisonCsvRows, type ComparisonCsvRow } from './comparison-csv.ts';
export type {
  ChangeFlag,
  ComparedChange,
  ComparedValue,
  Comparison,
  ComparisonNote,
  ComparisonRow,
  FlagReason,
  MatchKind,
  PlanVsActual,
  ReasonEvidence,
} from './comparison.ts';
export { englishName } from './english-name.ts';
export { parseMapping, type Mapping } from './mapping.ts';
export { planVsActual } from './plan-vs-actual.ts';
export { findSeries, type Series } from './series.ts';
export { statedChanges, type StatedChange } from './stated-change.ts';
export { SYNONYMS } from './synonyms.ts';
