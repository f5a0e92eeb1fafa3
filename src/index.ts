/**
 * The public surface of workreport, in one reviewable file: explicit named exports, no `export *`.
 * Node-only pieces (reading dataset folders: `workreport/datasets`; rendering) and the browser-only
 * story runtime (`src/story/`) are not exported here, so this index loads in both environments.
 */

// Errors
export { WorkreportError, type ErrorCode } from './errors.ts';

// Figures: the data model, schemas, parser, provenance
export type { Figure, FigureId, Label, Place, Report, ReportMeta, ReviewState, Section, SectionId, SectionPart } from './figures/figure.ts';
export type { Quantity } from './figures/quantity.ts';
export type { Period, PeriodKind } from './figures/period.ts';
export type { Provenance } from './figures/provenance.ts';
export { QUALIFIERS, QUALIFIER_IDS, type Qualifier, type QualifierDef } from './figures/qualifier.ts';
export { RAW_UNITS, UNITS, UNIT_IDS, isCompatible, type Dimension, type RawUnitDef, type UnitDef, type UnitId } from './figures/unit.ts';
export { FigureSchema, PeriodSchema, ProvenanceSchema, QuantitySchema, ReportMetaSchema, SectionSchema } from './figures/schema.ts';
export { defineReportData, withSource, type Exclusion, type ReportData, type ReportDataInput } from './figures/report-data.ts';
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
export { BEFORE_RULES, CANDIDATE_RULES, type RuleId } from './figures/extract-rules.ts';
export type { FigureRole } from './figures/extract-role.ts';
export { checkProvenance, type ProvenanceProblem } from './figures/check-provenance.ts';
export { sentenceAt } from './figures/sentence.ts';
export { FIGURE_COLUMNS, figureRow, type FigureRow } from './figures/figure-row.ts';
export { csvText, neutralised, type CsvOptions } from './figures/csv.ts';

// Charts: Vega-Lite spec builders, theme, formats
export {
  BUILDERS,
  assertSingleUnit,
  barChart,
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
  progressChart,
  qualifierText,
  registerNumberFormat,
  roundDecimal,
  smallMultiples,
  sourceLine,
  themeFor,
  waffleChart,
  FONT_FAMILY,
  NUMBER_FORMAT_TYPE,
  PALETTE,
  THEME,
  THEME_COLORS,
  type BarGroup,
  type BarOptions,
  type Chart,
  type ChartBuilder,
  type ChartDatum,
  type ChartItem,
  type ChartKind,
  type ChartOptions,
  type DotPlotOptions,
  type DumbbellInput,
  type DumbbellOptions,
  type DumbbellRow,
  type GroupedBarOptions,
  type KpiOptions,
  type Lang,
  type Palette,
  type Panel,
  type PartOfWhole,
  type ProgressOptions,
  type SmallMultiplesOptions,
  type ThemeColors,
  type ThemeMode,
  type ValueQualifier,
  type WaffleOptions,
} from './charts/index.ts';

// Datasets: a report as a folder of data (schemas, validation, the publication gate, charts and story)
export { DATASET_FILES, type DatasetFiles, type DatasetFileRole, type JsonFileRole } from './datasets/files.ts';
export type { Dataset } from './datasets/dataset.ts';
export { FILE_SCHEMAS, datasetJsonSchemas, type FileContents, type FileInput } from './datasets/schema.ts';
export { parseDataset } from './datasets/parse-dataset.ts';
export { checkDataset, type DatasetProblem } from './datasets/check-dataset.ts';
export { chartById, datasetCharts, datasetIndicators } from './datasets/dataset-charts.ts';
export { StorySchema, parseProse, type ProsePart, type Story, type StoryStep } from './datasets/story.ts';
export { CHART_KINDS, ChartDefinitionSchema, buildChart, definitionRefs, type ChartDefinition, type ChartLayout, type ChartSources } from './charts/definition.ts';

// Indicators: derived indicators, consistency checks, year-over-year comparison (src/indicators/)
export {
  checkConsistency,
  computeIndicators,
  describePeriod,
  indicatorRow,
  INDICATOR_COLUMNS,
  type CheckDef,
  type Finding,
  type IndicatorDef,
  type IndicatorResult,
  type IndicatorRow,
} from './indicators/index.ts';

// Comparison: series of one place, matching across years, stated vs computed change, plan vs actual (src/compare/)
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
  type ComparedChange,
  type ComparedValue,
  type Comparison,
  type ComparisonRow,
  type Mapping,
  type MatchKind,
  type Series,
  type StatedChange,
} from './compare/index.ts';
export { slopeChart, type SlopeOptions } from './charts/slope.ts';
export { lineChart, type LineOptions } from './charts/line.ts';
export { changeTable, type ChangeTableOptions } from './charts/change-table.ts';
// Drafting a dataset from any report's text (what `workreport init` writes)
export { draftDataset, type Draft, type DraftOptions } from './datasets/draft/draft-dataset.ts';

// Notebook helpers: inputs for notebook-kit's view(), table, highlighted text, downloads, embed snippet, CSV reader
export {
  checkboxes,
  downloadButton,
  embedSnippet,
  fileInput,
  h,
  highlightText,
  numberInput,
  radio,
  readFiguresCsv,
  search,
  select,
  table,
  textArea,
  type CheckboxesOptions,
  type Child,
  type Column,
  type DownloadContents,
  type EmbedSnippetOptions,
  type FieldOptions,
  type FileInputOptions,
  type Highlight,
  type InputElement,
  type NumberInputOptions,
  type RadioOptions,
  type SearchOptions,
  type SelectOptions,
  type TableOptions,
  type TextAreaOptions,
} from './notebook/index.ts';
