/**
 * The files of a dataset folder `datasets/<id>/` (DESIGN.md "Datasets"). `source.txt` and
 * `report.json` are required; the others are optional. Every JSON file is one object, so it can
 * name its JSON Schema with `"$schema"` (the schemas are in `schema/` at the repository root).
 */
export const DATASET_FILES = {
  source: 'source.txt',
  report: 'report.json',
  figures: 'figures.json',
  indicators: 'indicators.json',
  checks: 'checks.json',
  charts: 'charts.json',
  story: 'story.json',
} as const;

/** A file of a dataset, by role. */
export type DatasetFileRole = keyof typeof DATASET_FILES;

/** The JSON files of a dataset, by role. */
export type JsonFileRole = Exclude<DatasetFileRole, 'source'>;

/**
 * The contents of a dataset folder before validation: the source text and each JSON file parsed
 * (`undefined` for an optional file that is absent).
 */
export interface DatasetFiles {
  source: string;
  json: Partial<Record<JsonFileRole, unknown>>;
}
