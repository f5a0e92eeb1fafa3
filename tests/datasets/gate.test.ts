/**
 * A broken dataset gets one clear message naming the file, the id and the field, and is left out
 * while every other dataset keeps working (the gate the CLI and the site build share).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverDatasets } from '../../src/datasets/discover.ts';
import { loadDataset } from '../../src/datasets/read-dataset.ts';
import { ROOT } from '../datasets.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A datasets folder with two copies of yangshahu-2019, `good-2019` and `bad-2019`, after `corrupt` edits the bad one. */
function twoCopies(corrupt: (dir: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'workreport-gate-'));
  dirs.push(root);
  for (const id of ['good-2019', 'bad-2019']) {
    const dir = join(root, id);
    cpSync(join(ROOT, 'datasets/yangshahu-2019'), dir, { recursive: true });
    editJson(join(dir, 'report.json'), (report) => ({ ...report, id }));
  }
  corrupt(join(root, 'bad-2019'));
  return root;
}

function editJson(path: string, edit: (value: Record<string, unknown>) => unknown): void {
  writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>), null, 2));
}

type FigureJson = {
  id: string;
  quantity: { value: number; unit: string; qualifier: string };
  provenance: { quote: string; offset: number };
};

function editFigure(dir: string, id: string, edit: (figure: FigureJson) => void): void {
  editJson(join(dir, 'figures.json'), (file) => {
    const figures = file.figures as FigureJson[];
    const figure = figures.find((f) => f.id === id);
    if (figure === undefined) throw new Error(`no figure ${id}`);
    edit(figure);
    return file;
  });
}

/** The one left-out dataset's message, after checking the good copy still passes. */
function leftOutMessage(root: string): string {
  const { datasets, leftOut } = discoverDatasets(root);
  expect(datasets.map((d) => d.id)).toEqual(['good-2019']);
  expect(leftOut.map((l) => l.id)).toEqual(['bad-2019']);
  return leftOut[0]?.message ?? '';
}

describe('the publication gate', () => {
  it('names file, figure and field for a unit the table does not know, and lists the known units', () => {
    const root = twoCopies((dir) => editFigure(dir, 'land-acquired', (f) => (f.quantity.unit = 'furlong')));
    const message = leftOutMessage(root);
    expect(message).toContain(
      'bad-2019/figures.json: figure "land-acquired": quantity.unit "furlong": is not a known unit; known: mu, m2,',
    );
  });

  it('refuses a value beyond 2^53, which no JavaScript number holds exactly', () => {
    // eslint-disable-next-line no-loss-of-precision -- the point: a value no JavaScript number holds
    const root = twoCopies((dir) => editFigure(dir, 'land-acquired', (f) => (f.quantity.value = 9007199254740993)));
    expect(leftOutMessage(root)).toContain('figure "land-acquired": quantity.value 9007199254740992: is beyond 2^53');
  });

  it('leaves out a figure whose value was changed (430 → 4300 mu), naming what the quote says', () => {
    const root = twoCopies((dir) => editFigure(dir, 'land-acquired', (f) => (f.quantity.value = 4300)));
    expect(leftOutMessage(root)).toMatch(
      /figure "land-acquired": quote does not parse to the stated quantity: expected 4300 mu exact, found 430 mu exact/,
    );
  });

  it('leaves out a counted that contradicts the classifier of its quote: 100冢 are graves, not households', () => {
    const root = twoCopies((dir) =>
      editJson(join(dir, 'figures.json'), (file) => {
        const graves = (file.figures as (FigureJson & { quantity: { counted?: string } })[]).find(
          (f) => f.id === 'graves-relocated',
        );
        if (graves === undefined) throw new Error('no graves-relocated');
        graves.quantity.counted = 'households';
        return file;
      }),
    );
    expect(leftOutMessage(root)).toContain(
      'figure "graves-relocated": counted contradicts the classifier of the quote: expected counted "households", found 「冢」, which counts graves',
    );
  });

  it('leaves out a wrong qualifier and a quote moved off its offset', () => {
    const qualifier = twoCopies((dir) => editFigure(dir, 'land-acquired', (f) => (f.quantity.qualifier = 'approx')));
    expect(leftOutMessage(qualifier)).toMatch(
      /figure "land-acquired": quote does not parse to the stated quantity: expected 430 mu approx, found 430 mu exact/,
    );
    const moved = twoCopies((dir) => editFigure(dir, 'land-acquired', (f) => (f.provenance.offset += 1)));
    expect(leftOutMessage(moved)).toMatch(/figure "land-acquired": quote is not at its offset/);
  });

  it('leaves out two figures that quote overlapping text (the source view would print 430亩30亩)', () => {
    const root = twoCopies((dir) =>
      editJson(join(dir, 'figures.json'), (file) => {
        const figures = file.figures as FigureJson[];
        const land = figures.find((f) => f.id === 'land-acquired');
        if (land === undefined) throw new Error('no land-acquired');
        figures.push({
          ...land,
          id: 'land-acquired-again',
          quantity: { value: 30, unit: 'mu', qualifier: 'exact' },
          provenance: { quote: '30亩', offset: land.provenance.offset + 1 },
        });
        return file;
      }),
    );
    expect(leftOutMessage(root)).toContain(
      'figure "land-acquired" 「430亩」 at 984 and figure "land-acquired-again" 「30亩」 at 985 quote overlapping text',
    );
  });

  it('says the offsets are shifted by CRLF line endings or a byte-order mark when that is the cause', () => {
    const crlf = twoCopies((dir) =>
      writeFileSync(join(dir, 'source.txt'), readFileSync(join(dir, 'source.txt'), 'utf8').replace(/\n/g, '\r\n')),
    );
    expect(leftOutMessage(crlf)).toMatch(
      /bad-2019\/source\.txt: the offsets are shifted by the line endings: the file has CRLF/,
    );
    const bom = twoCopies((dir) =>
      writeFileSync(join(dir, 'source.txt'), `\uFEFF${readFileSync(join(dir, 'source.txt'), 'utf8')}`),
    );
    expect(leftOutMessage(bom)).toMatch(/every offset is shifted by one: the file starts with a byte-order mark/);
  });

  it('refuses sections that leave characters to no section or overlap, naming both sections', () => {
    const gap = twoCopies((dir) =>
      editJson(join(dir, 'report.json'), (r) => {
        const sections = r.sections as { end: number }[];
        if (sections[1]) sections[1].end -= 5;
        return r;
      }),
    );
    expect(leftOutMessage(gap)).toMatch(
      /bad-2019\/report\.json: characters \[\d+, \d+\) between section "[\w-]+" and section "[\w-]+" belong to no section/,
    );
    const overlap = twoCopies((dir) =>
      editJson(join(dir, 'report.json'), (r) => {
        const sections = r.sections as { start: number }[];
        if (sections[2]) sections[2].start -= 3;
        return r;
      }),
    );
    expect(leftOutMessage(overlap)).toMatch(
      /section "[\w-]+" starts at \d+, inside section "[\w-]+", which ends at \d+/,
    );
  });

  it('refuses story prose that types a number instead of citing it, and a chart naming a missing figure', () => {
    const story = twoCopies((dir) =>
      editJson(join(dir, 'story.json'), (s) => {
        const steps = s.steps as { text: { zh: string } }[];
        if (steps[0]) steps[0].text.zh = '共征地4300亩。';
        return s;
      }),
    );
    expect(leftOutMessage(story)).toMatch(
      /bad-2019\/story\.json: step "party-discipline" \(zh\): types the number "4300"/,
    );
    const chart = twoCopies((dir) =>
      editJson(join(dir, 'charts.json'), (c) => {
        const charts = c.charts as { figure?: string }[];
        if (charts[0]) charts[0].figure = 'land-stolen';
        return c;
      }),
    );
    expect(leftOutMessage(chart)).toContain(
      'bad-2019/charts.json: chart "party-discipline": "land-stolen" is neither a figure',
    );
  });

  it('refuses a non-http URL, a control character in a label and a report id that is not the folder name', () => {
    const root = twoCopies((dir) =>
      editJson(join(dir, 'report.json'), (r) => ({
        ...r,
        url: 'javascript:alert(1)',
        title: { zh: '标题\u000b换行' },
        id: 'other',
      })),
    );
    const message = leftOutMessage(root);
    expect(message).toContain('url "javascript:alert(1)"');
    expect(message).toContain('U+000B');
    expect(message).toContain('id "other" differs from the folder name "bad-2019"');
  });

  it('names the line and column of a JSON syntax error', () => {
    const root = twoCopies((dir) => writeFileSync(join(dir, 'checks.json'), '{\n  "checks": [,]\n}'));
    expect(leftOutMessage(root)).toMatch(/bad-2019\/checks\.json: not valid JSON \(line 2, column 14\)/);
  });

  it('loads a dataset by id and names the ones that exist when the id is unknown', () => {
    const root = twoCopies(() => undefined);
    expect(loadDataset('good-2019', root).report.figures).toHaveLength(90);
    expect(() => loadDataset('constructor', root)).toThrow(
      /no dataset "constructor"; datasets in .*: bad-2019, good-2019/,
    );
  });
});
