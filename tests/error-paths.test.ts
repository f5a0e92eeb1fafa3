/**
 * Error paths of the codes no other test triggers (tests/messages-reach.test.ts asks that every code of the
 * catalogue is): each from a realistic bad input, asserting the code and that the message names the input.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vega from 'vega';
import { afterAll, describe, expect, it } from 'vitest';
import { buildChart } from '../src/charts/definition.ts';
import { NUMBER_FORMAT_TYPE } from '../src/charts/vega-format.ts';
import { WorkerPool } from '../src/cli/extract-pool.ts';
import type { WorkerTask } from '../src/cli/extract-worker.ts';
import { comparisonNotes } from '../src/compare/notes.ts';
import { checkDataset } from '../src/datasets/check-dataset.ts';
import type { Dataset } from '../src/datasets/dataset.ts';
import { readDataset } from '../src/datasets/read-dataset.ts';
import { parseProse } from '../src/datasets/story.ts';
import { WorkreportError } from '../src/errors.ts';
import { checkProvenance } from '../src/figures/check-provenance.ts';
import type { FigureId, SectionId } from '../src/figures/figure.ts';
import { defineReportData } from '../src/figures/report-data.ts';
import { setLogger } from '../src/log.ts';
import type { Problem } from '../src/problem.ts';
import { readSeriesMapping } from '../src/site/site-series.ts';
import { ROOT, yangshahu } from './datasets.ts';
import { thrown } from './thrown.ts';

const { report } = yangshahu;
const figures = new Map(report.figures.map((f) => [f.id as string, f]));
const firstFigure = report.figures[0];
if (firstFigure === undefined) throw new TypeError('yangshahu-2019 has figures');

/** yangshahu-2019 with `change` applied to its report. */
const withReport = (change: Partial<Dataset['report']>): Dataset => ({
  ...yangshahu,
  report: { ...report, ...change },
});

describe('thrown for bad input', () => {
  it('NUMBER_FORMAT_INVALID: a spec asking the number format for a language it lacks', () => {
    const format = vega.expressionFunction(NUMBER_FORMAT_TYPE) as (value: unknown, format?: unknown) => string;
    const error = thrown(() => format(16000, 'fr-K'));
    expect(error).toMatchObject({ code: 'NUMBER_FORMAT_INVALID', input: 'fr-K' });
    expect(error.detail).toContain('got "fr-K"; set config.numberFormat');
  });

  it('FIGURE_NOT_FOUND: a chart definition naming a figure the report lacks', () => {
    const definition = {
      id: 'land',
      section: 'projects' as SectionId,
      kind: 'kpi' as const,
      figure: 'land-acquired-typo' as FigureId,
      title: { zh: '征地', en: 'Land acquired' },
    };
    const sources = { report: report.meta, figures, indicators: new Map() };
    const error = thrown(() => buildChart(definition, sources, 'en'));
    expect(error).toMatchObject({ code: 'FIGURE_NOT_FOUND', input: 'land-acquired-typo' });
    expect(error.detail).toBe(
      'chart "yangshahu-2019/land" names "land-acquired-typo", which is neither a figure nor an indicator of report "yangshahu-2019"',
    );
  });

  it('SECTION_UNKNOWN: a figure filed under a section the report does not define', () => {
    const input = {
      meta: report.meta,
      sections: report.sections,
      figures: [{ ...firstFigure, section: 'party-buildings' }],
      exclusions: [],
    };
    const error = thrown(() => defineReportData(input));
    expect(error).toMatchObject({ code: 'SECTION_UNKNOWN' });
    expect(error.detail).toContain(`figure "${firstFigure.id}" names section "party-buildings"`);
    expect(error.detail).toContain('use one of: preamble, party-building, projects');
  });

  it('STORY_INVALID: story prose with a brace that opens no reference', () => {
    const error = thrown(() => parseProse('全年征地{430亩。'));
    expect(error.code).toBe('STORY_INVALID');
    expect(error.detail).toContain('has a "{" that is not part of a reference');
  });

  describe('DATASET_INVALID: a dataset folder whose figures.json does not parse, or without source.txt', () => {
    const folder = mkdtempSync(join(tmpdir(), 'workreport-invalid-'));
    const dataset = join(folder, 'yangshahu-2019');
    cpSync(join(ROOT, 'datasets', 'yangshahu-2019'), dataset, { recursive: true });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    /** The error of reading the dataset with `text` as its figures.json (the good file put back after). */
    const withFigures = (text: (good: string) => string): WorkreportError => {
      const figuresJson = join(dataset, 'figures.json');
      const good = readFileSync(figuresJson, 'utf8');
      writeFileSync(figuresJson, text(good));
      try {
        return thrown(() => readDataset(dataset));
      } finally {
        writeFileSync(figuresJson, good);
      }
    };

    it('names the file and the line and column where the JSON goes wrong', () => {
      // Line 3 is `  "figures": [`: the stray comma is its 15th character.
      const error = withFigures((good) => good.replace('"figures": [', '"figures": [,'));
      expect(error.code).toBe('DATASET_INVALID');
      expect(error.detail).toMatch(
        /yangshahu-2019\/figures\.json: not valid JSON \(line 3, column 15\): Unexpected token ','$/,
      );
    });

    it.each([
      // Node names a position: a missing colon, a missing comma between two properties.
      ['{\n  "a" 1\n}', 'line 2, column 7', /: Expected ':' after property name$/],
      ['{\n  "a": 1\n  "b": 2\n}', 'line 3, column 3', /: Expected ',' or '}' after property value/],
      // Node names none: an unknown word, found by bisection.
      ['{\n  "a": tru\n}', 'line 2, column 11', /: Unexpected token/],
      // A comma before a closing brace or bracket, at the end of a long file too: the comma is named.
      ['{\n  "a": 1,\n}', 'line 2, column 9', /: a comma before the closing }; remove it$/],
      [
        `{\n  "a": [${'1, '.repeat(5000)}1,\n  ]\n}`,
        'line 2, column 15010',
        /: a comma before the closing ]; remove it$/,
      ],
    ])('places the error in %j at %s', (text, place, reason) => {
      const error = withFigures(() => text);
      expect(error.code).toBe('DATASET_INVALID');
      expect(error.detail).toContain(`figures.json: not valid JSON (${place})`);
      expect(error.detail).toMatch(reason);
    });

    it.each(['', '  \n'])('names an empty figures.json (%j) as empty', (text) => {
      const error = withFigures(() => text);
      expect(error.code).toBe('DATASET_INVALID');
      expect(error.detail).toMatch(/figures\.json: empty; write its JSON \(see schema\/\) or delete the file$/);
    });

    it('names the missing source.txt and what it holds', () => {
      rmSync(join(dataset, 'source.txt'));
      const error = thrown(() => readDataset(dataset));
      expect(error.code).toBe('DATASET_INVALID');
      expect(error.detail).toContain("source.txt: missing; it holds the report's text verbatim");
    });
  });
});

describe('thrown for a broken invariant', () => {
  it('INTERNAL: a worker thread that fails on a task it cannot do names the command and the failure', async () => {
    const pool = new WorkerPool(1);
    try {
      const failed = await pool.run(undefined as unknown as WorkerTask).catch((error: unknown) => error);
      expect(failed).toBeInstanceOf(WorkreportError);
      expect(failed).toMatchObject({ code: 'INTERNAL' });
      expect((failed as WorkreportError).detail).toMatch(/^workreport extract: a worker thread failed: TypeError/);
    } finally {
      await pool.close();
    }
  });
});

describe('reported by the dataset check', () => {
  it('PROVENANCE_COUNTED_MISMATCH: a figure counting other things than its quote does', () => {
    const graves = report.figures.find((f) => f.id === 'graves-relocated');
    if (graves === undefined) throw new TypeError('yangshahu-2019 has graves-relocated (100冢)');
    const counted = { ...graves, quantity: { ...graves.quantity, counted: 'villages' } };
    const problems = checkProvenance({ ...report, figures: [counted] });
    expect(problems.map((p) => p.code)).toEqual(['PROVENANCE_COUNTED_MISMATCH']);
    expect(problems[0]?.ids).toEqual(['graves-relocated']);
    expect(problems[0]?.message).toBe(
      'figure "graves-relocated": counted contradicts the classifier of the quote: expected counted "villages", found 「冢」, which counts graves',
    );
  });

  it('PROVENANCE_SHIFTED: a source.txt saved with a byte-order mark', () => {
    const problems = checkDataset(withReport({ source: `\uFEFF${report.source}` }));
    expect(problems[0]?.code).toBe('PROVENANCE_SHIFTED');
    expect(problems[0]?.message).toContain('datasets/yangshahu-2019/source.txt: every offset is shifted by one');
  });

  it('SECTIONS_GAP: a section that starts after the one before it ends', () => {
    const [first, second, ...rest] = report.sections;
    if (first === undefined || second === undefined) throw new TypeError('yangshahu-2019 has sections');
    const sections = [first, { ...second, start: second.start + 3 }, ...rest];
    const gaps = checkDataset(withReport({ sections })).filter((p) => p.code === 'SECTIONS_GAP');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.message).toContain(
      `characters [${second.start}, ${second.start + 3}) between section "${first.id}" and section "${second.id}" belong to no section`,
    );
  });

  it('FIGURES_OVERLAP: two figures quoting the same number', () => {
    const twice = { ...firstFigure, id: `${firstFigure.id}-again` as FigureId };
    const overlaps = checkDataset(withReport({ figures: [...report.figures, twice] })).filter(
      (p) => p.code === 'FIGURES_OVERLAP',
    );
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]?.ids).toEqual([firstFigure.id, twice.id]);
    expect(overlaps[0]?.message).toContain(`figure "${firstFigure.id}" 「${firstFigure.provenance.quote}」`);
  });
});

describe('warned by the site build, which goes on without', () => {
  it('LEFT_OUT: a series mapping file that is not JSON is ignored, naming the file and why', () => {
    const root = mkdtempSync(join(tmpdir(), 'workreport-series-'));
    mkdirSync(join(root, 'series'));
    writeFileSync(join(root, 'series', 'hongshan-district.mapping.json'), '{"groups": [["地区生产总值", "GDP"]]');
    const warned: Problem[] = [];
    const previous = setLogger({ warn: (p) => warned.push(p) });
    try {
      expect(readSeriesMapping(root, 'hongshan-district')).toBeUndefined();
    } finally {
      setLogger(previous);
      rmSync(root, { recursive: true, force: true });
    }
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ code: 'LEFT_OUT', ids: ['series/hongshan-district.mapping.json'] });
    expect(warned[0]?.message).toMatch(/^series\/hongshan-district\.mapping\.json ignored: .*JSON/);
  });
});

describe('noted on a comparison', () => {
  it('YEAR_REPEATED and SINGLE_YEAR: two reports of one year, one report alone', () => {
    const repeated = comparisonNotes([
      { id: 'yangshahu-2019', meta: report.meta },
      { id: 'yangshahu-2019-draft', meta: report.meta },
    ]);
    expect(repeated.map((n) => n.code)).toEqual(['YEAR_REPEATED']);
    expect(repeated[0]?.message).toBe(
      'yangshahu-2019, yangshahu-2019-draft review the same year 2019; their values are listed side by side and no change is computed between them',
    );
    const single = comparisonNotes([{ id: 'yangshahu-2019', meta: report.meta }]);
    expect(single.map((n) => n.code)).toEqual(['SINGLE_YEAR']);
    expect(single[0]?.ids).toEqual(['yangshahu-2019']);
  });
});
