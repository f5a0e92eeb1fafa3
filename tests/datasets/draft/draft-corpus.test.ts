import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/charts/definition.ts';
import { draftDataset, type Draft } from '../../../src/datasets/draft/draft-dataset.ts';
import { parseDataset } from '../../../src/datasets/parse-dataset.ts';
import type { Dataset } from '../../../src/datasets/dataset.ts';
import { checkProvenance } from '../../../src/figures/check-provenance.ts';
import { extractFigures } from '../../../src/figures/extract-figures.ts';
import { computeIndicators } from '../../../src/indicators/compute-indicators.ts';
import { CORPUS } from './corpus.ts';

/** The draft of a text as `workreport init` writes it, read back through JSON and validated. */
function draftAndParse(name: string, text: string): { draft: Draft; dataset: Dataset } {
  const draft = draftDataset(text, { id: name });
  const json = JSON.parse(JSON.stringify(draft.files)) as Record<string, unknown>;
  return { draft, dataset: parseDataset(name, { source: text, json }, `datasets/${name}`) };
}

describe.each(CORPUS)('workreport init drafts $name', ({ name, text }) => {
  const { draft, dataset } = draftAndParse(name, text);
  const figures = draft.files.figures.figures;
  const sections = draft.files.report.sections;

  it('passes parseDataset as it is, with every figure a draft', () => {
    expect(dataset.report.figures).toHaveLength(figures.length);
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(figure.review).toBe('draft');
  });

  it('drafts every figure the extractor finds, each proven against the source text', () => {
    expect(figures.map((f) => f.provenance)).toEqual(
      extractFigures(text).map((f) => ({ quote: f.quote, offset: f.offset })),
    );
    expect(checkProvenance(dataset.report)).toEqual([]);
  });

  it('has sections that tile the text, each holding its figures', () => {
    expect(sections[0]?.start).toBe(0);
    expect(sections.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < sections.length; i++) expect(sections[i]?.start).toBe(sections[i - 1]?.end);
    for (const figure of figures) {
      const section = sections.find((s) => s.id === figure.section);
      expect(section).toBeDefined();
      expect(figure.provenance.offset).toBeGreaterThanOrEqual(section?.start ?? Infinity);
      expect(figure.provenance.offset + figure.provenance.quote.length).toBeLessThanOrEqual(section?.end ?? -1);
    }
  });

  it('gives unique ASCII kebab-case ids, the same on a second run', () => {
    const ids = [
      ...sections.map((s) => s.id),
      ...figures.map((f) => f.id),
      ...draft.files.charts.charts.map((c) => c.id),
    ];
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    expect(draftDataset(text, { id: name }).files).toEqual(draft.files);
  });

  it('gives plan sections target periods and tags what it could not infer', () => {
    for (const figure of figures) {
      const part = sections.find((s) => s.id === figure.section)?.part;
      if (part === 'plan') expect(figure.period.kind).toBe('target');
      if (figure.period.kind === 'unspecified') expect(figure.tags).toContain('needs-review:period');
    }
    expect(draft.summary.labelled).toBe(figures.filter((f) => !f.tags?.includes('needs-review:label')).length);
  });

  it('drafts charts that build and a story whose steps each have a chart', () => {
    const byId = new Map(dataset.report.figures.map((f) => [f.id, f]));
    const sources = {
      report: dataset.report.meta,
      figures: byId,
      indicators: new Map(computeIndicators(dataset.report, []).map((r) => [r.id, r])),
    };
    for (const chart of dataset.charts) expect(buildChart(chart, sources, 'zh').spec).toBeDefined();
    if (figures.some((f) => !f.id.includes('growth') && !f.id.includes('decline')))
      expect(dataset.charts.length).toBeGreaterThan(0);
    expect(dataset.story?.steps.length).toBe(new Set(dataset.charts.map((c) => c.section)).size);
  });
});

describe('workreport init over the whole corpus', () => {
  it('labels at least 90 % of all drafted figures (the issue asks 80 %)', () => {
    const drafts = CORPUS.map(({ name, text }) => draftDataset(text, { id: name }).summary);
    const figures = drafts.reduce((n, s) => n + s.figures, 0);
    const labelled = drafts.reduce((n, s) => n + s.labelled, 0);
    const tagged = drafts.reduce((n, s) => n + s.taggedForReview, 0);
    console.info(
      `corpus: ${figures} figures, ${labelled} labelled (${((100 * labelled) / figures).toFixed(1)} %), ${tagged} tagged for review`,
    );
    expect(labelled / figures).toBeGreaterThanOrEqual(0.9);
  });
});
