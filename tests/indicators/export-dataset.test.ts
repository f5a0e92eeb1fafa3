import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { yangshahu2019Indicators } from '../datasets.ts';
import { loadReport } from '../datasets.ts';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { exportDataset, exportTables } from '../../src/indicators/export/export-dataset.ts';
import { csvReadOptions, type TableSchemaField } from '../../src/indicators/export/table-schema.ts';

const report = loadReport('yangshahu-2019');
const results = computeIndicators(report, yangshahu2019Indicators);
const tables = exportTables(report, results);
const files = new Map(exportDataset(report, results).map((f) => [f.path, f.contents]));
const text = (path: string): string => {
  const contents = files.get(path);
  if (typeof contents !== 'string') throw new Error(`no text file ${path}`);
  return contents;
};

describe('exportDataset(yangshahu-2019)', () => {
  it('writes CSV, JSON and Arrow for figures, indicators and indicator-inputs, and datapackage.json', () => {
    expect([...files.keys()]).toEqual([
      'figures.csv',
      'figures.json',
      'figures.arrow',
      'indicators.csv',
      'indicators.json',
      'indicators.arrow',
      'indicator-inputs.csv',
      'indicator-inputs.json',
      'indicator-inputs.arrow',
      'datapackage.json',
    ]);
  });

  it.each(tables.map((t) => [t.name, t] as const))(
    'round-trips %s.csv through arquero: same header, same rows, no BOM',
    (name, { table, fields }) => {
      const csv = text(`${name}.csv`);
      expect(csv.charCodeAt(0)).not.toBe(0xfeff);
      const back = aq.fromCSV(csv, csvReadOptions(fields));
      expect(back.columnNames()).toEqual(table.columnNames());
      expect(back.objects()).toEqual(table.objects());
    },
  );

  it.each(['figures', 'indicators', 'indicator-inputs'])('round-trips %s.arrow and %s.json', (name) => {
    const table = tables.find((t) => t.name === name)?.table;
    const arrow = files.get(`${name}.arrow`);
    expect(arrow).toBeInstanceOf(Uint8Array);
    expect(aq.fromArrow(arrow as Uint8Array).objects()).toEqual(table?.objects());
    expect(JSON.parse(text(`${name}.json`))).toEqual(table?.objects());
  });

  it('keeps values unrounded and absent strings null: 2269/2624 and a figure without a note', () => {
    const indicators = aq.fromCSV(text('indicators.csv'), csvReadOptions(tables[1]?.fields ?? []));
    expect(indicators.objects().find((r) => (r as { id: string }).id === 'poor-persons-lifted-share')).toMatchObject({
      value: 0.8647103658536586,
      problem: null,
    });
    const figures = JSON.parse(text('figures.json')) as Record<string, unknown>[];
    expect(figures.find((f) => f.id === 'land-acquired')).toMatchObject({
      value: 430,
      unit: 'mu',
      period_start: null,
      period_end: '2019-12-16',
      tags: null,
    });
  });

  it('describes every CSV column in a Frictionless Tabular Data Package, in English and Chinese', () => {
    const descriptor = JSON.parse(text('datapackage.json')) as {
      profile: string;
      name: string;
      sources: { path: string }[];
      resources: {
        name: string;
        path: string;
        profile: string;
        schema: { fields: TableSchemaField[]; primaryKey: string[] };
      }[];
    };
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      name: 'yangshahu-2019',
      sources: [{ path: report.meta.url }],
    });
    for (const resource of descriptor.resources) {
      expect(resource.profile).toBe('tabular-data-resource');
      const header = text(resource.path).split('\n')[0]?.split(',');
      expect(resource.schema.fields.map((f) => f.name)).toEqual(header);
      for (const field of resource.schema.fields) {
        expect(['string', 'number', 'integer']).toContain(field.type);
        expect(field.description.length).toBeGreaterThan(0);
        expect(field.description_zh.length).toBeGreaterThan(0);
      }
    }
    expect(
      descriptor.resources.find((r) => r.name === 'figures')?.schema.fields.find((f) => f.name === 'offset')?.type,
    ).toBe('integer');
  });

  it('is deterministic: the same inputs give the same bytes', () => {
    const again = exportDataset(report, results);
    for (const file of again) expect(file.contents).toEqual(files.get(file.path));
  });
});
