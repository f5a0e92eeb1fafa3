import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, type JsonFileRole } from './files.ts';
import { datasetJsonSchemas } from './schema.ts';

/** The JSON Schema file of each dataset file role: `report` → `report.schema.json`. */
export function schemaFileName(role: JsonFileRole): string {
  return DATASET_FILES[role].replace(/\.json$/, '.schema.json');
}

/** The text of every dataset JSON Schema file, by file name (stable key order, trailing newline). */
export function schemaFiles(): Record<string, string> {
  const schemas = datasetJsonSchemas();
  return Object.fromEntries(
    (Object.keys(schemas) as JsonFileRole[]).map((role) => [
      schemaFileName(role),
      `${JSON.stringify({ title: `workreport dataset: ${DATASET_FILES[role]}`, ...schemas[role] }, null, 2)}\n`,
    ]),
  );
}

/** Write the JSON Schemas of the dataset files into `dir` (the repository's `schema/`, which dataset files name in `"$schema"`). */
export function writeSchemas(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(schemaFiles()).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return name;
  });
}
