/**
 * `workreport`: the grammar, in one reviewable file of explicit named exports (no `export *`): figures and
 * their extraction, indicators and consistency checks, comparison across years, chart builders, and the pure
 * parts of datasets (parsing, checking, definitions). It loads in Node and in a browser.
 *
 * Other audiences have their own entries (package.json `exports`; README "The library"):
 * `workreport/render` (Node: SVG, PNG, social cards), `workreport/embed` and `workreport/story` (browser
 * runtimes), `workreport/notebook` (notebook widgets), `workreport/datasets` (Node: reading dataset folders).
 */

// Errors, problems and warnings: one catalogue of codes and messages
export { WorkreportError, type ErrorCode } from './errors.ts';
export type { Code, Message } from './messages.ts';
export type { Problem } from './problem.ts';
export { setLogger, type Logger } from './log.ts';
export type { ChartKind, Lang, ThemeMode } from './vocabulary.ts';

// Figures: the data model, schemas, parser, extraction, provenance
export type {
  Figure,
  FigureId,
  Label,
  Place,
  Report,
  ReportMeta,
  ReviewState,
  Section,
  SectionId,
  SectionPart,
} from './figures/figure.ts';
export type { Quantity } from './figures/quantity.ts';
export type { Period, PeriodKind } from './figures/period.ts';
export type { Provenance } from './figures/provenance.ts';
export { QUALIFIERS, QUALIFIER_IDS, type Qualifier, type QualifierDef } from './figures/qualifier.ts';
export {
  RAW_UNITS,
  UNITS,
  UNIT_IDS,
  isCompatible,
  type Dimension,
  type RawUnitDef,
  type UnitDef,
  type UnitId,
} from './figures/unit.ts';
export {
  FigureSchema,
  PeriodSchema,
  ProvenanceSchema,
  QuantitySchema,
  ReportMetaSchema,
  SectionSchema,
} from './figures/schema.ts';
export {
  defineReportData,
  withSource,
  type Exclusion,
  type ReportData,
  type ReportDataInput,
} from './figures/report-data.ts';
export { parseNumber } from './figures/parse-number.ts';
export { parseQuantity, scanQuantity, type ParsedQuantity, type ScannedQuantity } from './figures/parse-quantity.ts';
export {
  explainFigures,
  extractFigures,
  type ExplainedFigures,
  type ExtractedFigure,
  type ExtractOptions,
  type RejectedCandidate,
  type UnreadCandidate,
} from './figures/extract-figures.ts';
export { streamFigures, type StreamOptions } from './figures/figure-stream.ts';
export { BEFORE_RULES, CANDIDATE_RULES, type RuleId } from './figures/extract-rules.ts';
export type { FigureRole } from './figures/extract-role.ts';
export { checkProvenance, type ProvenanceProblem } from './figures/check-provenance.ts';
export { FIGURE_COLUMNS, figureRow, type FigureRow } from './figures/figure-row.ts';
export { csvText, type CsvOptions } from './figures/csv.ts';

// Charts: one builder per kind, the registry, theme and zh/en formats
export {
  BUILDERS,
  CHART_KINDS,
  barChart,
  changeTable,
  dotPlot,
  dumbbellChart,
  formatFigure,
  formatNumber,
  formatQuantity,
  formatRatio,
  formatShare,
  groupedBarChart,
  isIndicatorResult,
  kpiChart,
  lineChart,
  progressChart,
  qualifierText,
  slopeChart,
  smallMultiples,
  themeFor,
  waffleChart,
  FONT_FAMILY,
  NUMBER_FORMAT_TYPE,
  PALETTE,
  registerNumberFormat,
  THEME,
  THEME_COLORS,
  type BarGroup,
  type BarOptions,
  type ChangeTableOptions,
  type Chart,
  type ChartBuilder,
  type ChartDatum,
  type ChartItem,
  type ChartOptions,
  type DotPlotOptions,
  type DumbbellInput,
  type DumbbellOptions,
  type DumbbellRow,
  type GroupedBarOptions,
  type KpiOptions,
  type LineOptions,
  type Palette,
  type Panel,
  type PartOfWhole,
  type ProgressOptions,
  type SlopeOptions,
  type SmallMultiplesOptions,
  type ThemeColors,
  type ValueQualifier,
  type WaffleOptions,
} from './charts/index.ts';
export {
  ChartDefinitionSchema,
  buildChart,
  type ChartDefinition,
  type ChartLayout,
  type ChartSources,
} from './charts/definition.ts';

// Datasets: a report as a folder of data (schemas, validation, the publication gate, charts, story, drafting)
export { DATASET_FILES, type DatasetFiles, type DatasetFileRole, type JsonFileRole } from './datasets/files.ts';
export type { Dataset } from './datasets/dataset.ts';
export { FILE_SCHEMAS, type FileContents, type FileInput } from './datasets/schema.ts';
export { parseDataset } from './datasets/parse-dataset.ts';
export { checkDataset, type DatasetProblem } from './datasets/check-dataset.ts';
export { chartById, datasetCharts, datasetIndicators } from './datasets/dataset-charts.ts';
export { StorySchema, parseProse, type ProsePart, type Story, type StoryStep } from './datasets/story.ts';
export { draftDataset, type Draft, type DraftOptions } from './datasets/draft/draft-dataset.ts';

// Indicators: derived indicators as data, consistency checks
export {
  checkConsistency,
  computeIndicators,
  defineChecks,
  defineIndicators,
  describePeriod,
  indicatorRow,
  INDICATOR_COLUMNS,
  type CheckDef,
  type CheckDefInput,
  type CheckId,
  type Finding,
  type IndicatorDef,
  type IndicatorDefInput,
  type IndicatorId,
  type IndicatorProblem,
  type IndicatorResult,
  type IndicatorRow,
  type InputResult,
  type ResultQualifier,
  type StatedFigure,
} from './indicators/index.ts';

// Comparison: series of one place, matching across years, stated vs computed change, plan vs actual
export {
  compareDatasets,
  compareReports,
  comparisonCsvRows,
  COMPARISON_COLUMNS,
  englishName,
  findSeries,
  parseMapping,
  planVsActual,
  statedChanges,
  SYNONYMS,
  type ChangeFlag,
  type CompareOptions,
  type ComparedChange,
  type ComparedReport,
  type ComparedValue,
  type Comparison,
  type ComparisonCsvRow,
  type ComparisonNote,
  type ComparisonRow,
  type FlagReason,
  type Mapping,
  type MatchKind,
  type PlanVsActual,
  type ReasonEvidence,
  type Series,
  type StatedChange,
} from './compare/index.ts';
