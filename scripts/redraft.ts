/**
 * Redraft every machine draft in datasets/ (every figure still `review: "draft"`) from its source
 * text with the current extractor, using the options it was drafted with (`redraftOptions`).
 * Reviewed datasets are never touched. Run after a change to extraction or drafting: `npm run redraft`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftDataset } from '../src/datasets/draft/draft-dataset.ts';
import { redraftOptions } from '../src/datasets/draft/redraft.ts';
import { DATASET_FILES } from '../src/datasets/files.ts';
import { datasetsDir, readDataset } from '../src/datasets/read-dataset.ts';

const root = datasetsDir();
let redrafted = 0;
for (const id of readdirSync(root).sort()) {
  const dir = join(root, id);
  const dataset = readDataset(dir);
  const figures = dataset.report.figures;
  if (figures.length === 0 || figures.some((f) => f.review !== 'draft')) continue;
  const draft = draftDataset(readFileSync(join(dir, 'source.txt'), 'utf8'), redraftOptions(id, dataset.report));
  for (const [role, contents] of Object.entries(draft.files) as [keyof typeof DATASET_FILES, unknown][]) {
    writeFileSync(join(dir, DATASET_FILES[role]), `${JSON.stringify(contents, null, 2)}\n`);
  }
  redrafted += 1;
  console.log(`${id}: ${draft.files.figures.figures.length} figures`);
}
console.log(`${redrafted} drafts redrafted`);
