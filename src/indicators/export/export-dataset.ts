import { csvText } from '../../figures/csv.ts';
import * as aq from 'arquero';
import type { Report } from '../../figures/figure.ts';
import { FIGURE_COLUMNS, figureRow } from '../../figures/figure-row.ts';
import { INDICATOR_COLUMNS, INDICATOR_INPUT_COLUMNS, indicatorInputRows, indicatorRow } from '../indicator-row.ts';
import type { IndicatorResult } from '../result.ts';
import {
  FIGURE_FIELDS,
  INDICATOR_FIELDS,
  INDICATOR_INPUT_FIELDS,
  tableSchemaFields,
  type TableSchemaField,
} from './table-schema.ts';

/** One file of a dataset export: a path relative to the dataset folder and its contents. */
export interface ExportFile {
  path: string;
  contents: string | Uint8Array;
}

/** One exported table: its rows as an arquero table and its Table Schema fields. */
export interface ExportTable {
  name: 'figures' | 'indicators' | 'indicator-inputs';
  table: aq.ColumnTable;
  fields: TableSchemaField[];
  primaryKey: string[];
  description: { zh: string; en: string };
}

/**
 * The tables a dataset exports: figures (`figureRow`), indicators (`indicatorRow`) and their inputs
 * (`indicatorInputRows`), in column order. Empty strings become null (an empty CSV cell reads back
 * as null), so a CSV round trip gives the same table.
 */
export function exportTables(report: Pick<Report, 'figures'>, indicators: readonly IndicatorResult[]): ExportTable[] {
  const table = <R extends object>(rows: R[], columns: readonly (keyof R & string)[]) =>
    aq.from(
      rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] === '' ? null : row[c]]))),
      [...columns],
    );
  return [
    {
      name: 'figures',
      table: table(report.figures.map(figureRow), FIGURE_COLUMNS),
      fields: tableSchemaFields(FIGURE_COLUMNS, FIGURE_FIELDS),
      primaryKey: ['id'],
      description: {
        zh: '报告中的每个数字,附原文引文与位置',
        en: 'Every figure of the report, with its quote and offset in the source text',
      },
    },
    {
      name: 'indicators',
      table: table(indicators.map(indicatorRow), INDICATOR_COLUMNS),
      fields: tableSchemaFields(INDICATOR_COLUMNS, INDICATOR_FIELDS),
      primaryKey: ['id'],
      description: {
        zh: '由报告数字推算的指标,附公式与输入',
        en: 'Indicators derived from the figures, with formula and inputs',
      },
    },
    {
      name: 'indicator-inputs',
      table: table(indicatorInputRows(indicators), INDICATOR_INPUT_COLUMNS),
      fields: tableSchemaFields(INDICATOR_INPUT_COLUMNS, INDICATOR_INPUT_FIELDS),
      primaryKey: ['indicator', 'figure'],
      description: { zh: '每个指标的输入数字及其原文', en: 'The input figures of every indicator, with their quotes' },
    },
  ];
}

/**
 * Every export file of a dataset, deterministic (no dates, stable key order):
 * `<table>.csv` (UTF-8, no BOM, header row; a text cell starting with = + - @ is prefixed with `'`,
 * as spreadsheets would otherwise run it), `<table>.json` (array of row objects),
 * `<table>.arrow` (Arrow IPC stream, arquero `toArrowIPC`) for figures, indicators and
 * indicator-inputs, and `datapackage.json`, a Frictionless Tabular Data Package describing the CSV
 * files: field types, descriptions in English and Chinese, primary keys, the report as source.
 * Read a CSV back with `aq.fromCSV(text, csvReadOptions(fields))` to get the same table.
 *
 * @param report the report (its meta names the package; its figures fill figures.*).
 * @param indicators results of `computeIndicators` on the same report.
 */
export function exportDataset(
  report: Pick<Report, 'meta' | 'figures'>,
  indicators: readonly IndicatorResult[],
): ExportFile[] {
  const tables = exportTables(report, indicators);
  const files: ExportFile[] = tables.flatMap(({ name, table }) => [
    { path: `${name}.csv`, contents: csvText(table.objects(), table.columnNames(), { bom: false }) },
    { path: `${name}.json`, contents: `${JSON.stringify(table.objects(), null, 2)}\n` },
    { path: `${name}.arrow`, contents: aq.toArrowIPC(table, { format: 'stream' }) },
  ]);
  const { meta } = report;
  const descriptor = {
    profile: 'tabular-data-package',
    name: meta.id,
    title: meta.title.en,
    title_zh: meta.title.zh,
    description: `Figures and derived indicators of “${meta.title.en}”${meta.published === undefined ? '' : `, published ${meta.published}`}${meta.publisher === undefined ? '' : ` by ${meta.publisher.en}`}.`,
    description_zh: `${meta.publisher?.zh ?? ''}${meta.published === undefined ? '' : `${meta.published}发布的`}《${meta.title.zh}》中的数字及推算指标。`,
    sources: [meta.url === undefined ? { title: meta.title.zh } : { title: meta.title.zh, path: meta.url }],
    resources: tables.map(({ name, fields, primaryKey, description }) => ({
      name,
      path: `${name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: description.en,
      description_zh: description.zh,
      schema: { fields, primaryKey },
    })),
  };
  files.push({ path: 'datapackage.json', contents: `${JSON.stringify(descriptor, null, 2)}\n` });
  return files;
}
