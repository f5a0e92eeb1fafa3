/**
 * The machine drafts shipped in datasets/ are exactly what `workreport init` writes from their
 * text (with the metadata options they were drafted with, read back from report.json): a draft is
 * reproducible, so a published embed keeps its ids when the draft is made again, and the site
 * publishes what init drafts. Iterates over every dataset no person has reviewed yet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftDataset } from '../../src/datasets/draft/draft-dataset.ts';
import { redraftOptions } from '../../src/datasets/draft/redraft.ts';
import { DATASET_FILES } from '../../src/datasets/files.ts';
import { DATASETS, ROOT } from '../datasets.ts';

const drafts = DATASETS.filter(
  (d) => d.report.figures.length > 0 && d.report.figures.every((f) => f.review === 'draft'),
);

describe.each(drafts.map((d) => [d.id, d] as const))('draft %s', (id, dataset) => {
  it('is what init drafts from its source text, file for file (npm run redraft makes them again)', () => {
    const draft = draftDataset(dataset.report.source, redraftOptions(id, dataset.report));
    for (const [role, contents] of Object.entries(draft.files) as [keyof typeof DATASET_FILES, unknown][]) {
      expect(`${JSON.stringify(contents, null, 2)}\n`, `${id}/${DATASET_FILES[role]}`).toBe(
        readFileSync(join(ROOT, 'datasets', id, DATASET_FILES[role]), 'utf8'),
      );
    }
  });
});

it('covers the drafts shipped: at least the 21 corpus reports', () => {
  expect(drafts.length).toBeGreaterThanOrEqual(21);
});
