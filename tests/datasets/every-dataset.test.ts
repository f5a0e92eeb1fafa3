/**
 * Every dataset folder of datasets/ is publishable and well formed: the tests iterate over what a
 * scan finds, never over a list of names, so a new folder is tested the moment it is added.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/datasets/check-dataset.ts';
import { datasetCharts } from '../../src/datasets/dataset-charts.ts';
import { parseProse, storyParagraphs } from '../../src/datasets/story.ts';
import { schemaFiles } from '../../src/datasets/write-schemas.ts';
import { DATASETS, DISCOVERY, ROOT } from '../datasets.ts';

const folders = readdirSync(join(ROOT, 'datasets')).filter((name) =>
  statSync(join(ROOT, 'datasets', name)).isDirectory(),
);

describe('datasets/', () => {
  it('has no folder left out of the site: every dataset passes its check (a failure prints its messages)', () => {
    expect(DISCOVERY.leftOut.map((l) => l.message)).toEqual([]);
    expect(DATASETS.map((d) => d.id)).toEqual([...folders].sort());
  });

  it('ships JSON Schemas that match the zod schemas (run `npm run schema` after changing one)', () => {
    for (const [name, text] of Object.entries(schemaFiles())) {
      expect(readFileSync(join(ROOT, 'schema', name), 'utf8'), `schema/${name}`).toBe(text);
    }
  });
});

describe.each(DATASETS.map((d) => [d.id, d] as const))('dataset %s', (_id, dataset) => {
  const { report } = dataset;

  it('passes the publication gate: every figure proven, every chart built', () => {
    expect(checkDataset(dataset)).toEqual([]);
  });

  it('has sections that tile its text, each figure inside the section it names', () => {
    expect(report.sections[0]?.start).toBe(0);
    expect(report.sections.at(-1)?.end).toBe(report.source.length);
    for (let i = 1; i < report.sections.length; i++)
      expect(report.sections[i]?.start).toBe(report.sections[i - 1]?.end);
    for (const figure of report.figures) {
      const section = report.sections.find((s) => s.id === figure.section);
      expect(section, figure.id).toBeDefined();
      expect(figure.provenance.offset).toBeGreaterThanOrEqual(section?.start ?? Infinity);
      expect(figure.provenance.offset + figure.provenance.quote.length).toBeLessThanOrEqual(section?.end ?? -1);
    }
  });

  it('has figures whose quotes never overlap', () => {
    const spans = report.figures
      .map((f) => [f.provenance.offset, f.provenance.offset + f.provenance.quote.length, f.id] as const)
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++)
      expect(spans[i]?.[0], `${spans[i - 1]?.[2]} and ${spans[i]?.[2]}`).toBeGreaterThanOrEqual(spans[i - 1]?.[1] ?? 0);
  });

  it('has a story whose steps show its charts and whose every number cites the data', () => {
    const story = dataset.story;
    expect(story).toBeDefined();
    if (story === undefined) return;
    const chartIds = new Set(dataset.charts.map((c) => c.id));
    expect(story.steps.length).toBeGreaterThan(0);
    for (const step of story.steps) expect(chartIds.has(step.chart), step.chart).toBe(true);
    const references = storyParagraphs(story)
      .flatMap((p) => parseProse(p.text))
      .filter((part) => part.kind !== 'text');
    expect(references.length).toBeGreaterThan(0);
  });

  it('builds every chart in zh and en with the dataset’s ids', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(datasetCharts(dataset, lang).map((c) => c.id)).toEqual(dataset.charts.map((c) => `${dataset.id}/${c.id}`));
    }
  });
});
