/** `npm run schema`: regenerate schema/*.schema.json from the zod schemas of the dataset files (tests/datasets/schema-files.test.ts checks they are current). */
import { writeSchemas } from '../src/datasets/write-schemas.ts';

const written = writeSchemas(new URL('../schema/', import.meta.url).pathname);
process.stdout.write(`wrote ${written.map((name) => `schema/${name}`).join(', ')}\n`);
