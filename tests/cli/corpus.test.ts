import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CommanderError } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { corpusCommand } from '../../src/cli/corpus-command.ts';
import { corpusInputs, globFiles } from '../../src/cli/corpus-inputs.ts';
import { placeAndYear, sentenceAround } from '../../src/cli/corpus-rows.ts';
import { extractFigures } from '../../src/figures/extract-figures.ts';
import { runExtract } from './run-extract.ts';

const root = mkdtempSync(join(tmpdir(), 'workreport-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const seed = readFileSync(new URL('../../datasets/yangshahu-2019/source.txt', import.meta.url), 'utf8');

/** A small corpus: two years of one township in a folder of its own, a third report named place-year, a note that is not a report. */
function smallCorpus(): string {
  const dir = join(root, 'reports');
  mkdirSync(join(dir, '杨沙湖镇'), { recursive: true });
  mkdirSync(join(dir, 'more', '.hidden'), { recursive: true });
  writeFileSync(join(dir, '杨沙湖镇', '2018.txt'), '全年共征地430亩，新修道路3公里。\n');
  writeFileSync(join(dir, '杨沙湖镇', '2019.txt'), '征地120亩。种植水稻500亩。\n');
  writeFileSync(join(dir, 'more', 'tafang-2019.txt'), '今年征地80亩。\n');
  writeFileSync(join(dir, 'more', 'notes.md'), '征地999亩\n');
  writeFileSync(join(dir, 'more', '.hidden', 'x-2019.txt'), '征地999亩\n');
  return dir;
}

/** Run `workreport corpus <args>` in this process; the error it ended with, if any. */
async function corpus(args: string[]): Promise<{ stderr: string; error: CommanderError | undefined }> {
  const err: string[] = [];
  const stderr = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk: string | Uint8Array) => err.push(String(chunk)) > 0);
  let error: CommanderError | undefined;
  try {
    await corpusCommand()
      .exitOverride()
      .configureOutput({ writeErr: (s) => err.push(s) })
      .parseAsync(args, { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    error = e;
  } finally {
    stderr.mockRestore();
  }
  return { stderr: err.join(''), error };
}

/** Rows of a SQL query over DuckDB, as plain objects. */
async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('corpus inputs', () => {
  it('takes a folder recursively (.txt only, hidden entries left out, sorted by name), files as given, and refuses a file reached twice', () => {
    const dir = smallCorpus();
    const files = corpusInputs([dir]).map((i) => i.file);
    expect(files).toEqual([
      join(dir, 'more', 'tafang-2019.txt'),
      join(dir, '杨沙湖镇', '2018.txt'),
      join(dir, '杨沙湖镇', '2019.txt'),
    ]);
    expect(() => corpusInputs([dir, join(dir, 'more', 'tafang-2019.txt')])).toThrow(/reached twice/);
    // A missing path is kept: reading it says INPUT_UNREADABLE, naming it.
    expect(corpusInputs([join(root, 'nowhere')])).toEqual([{ file: join(root, 'nowhere') }]);
    expect(() => corpusInputs([join(dir, 'more', '*.pdf')])).toThrow(/no file matches/);
  });

  it('expands globs: * within a folder, ** across folders, [..] classes', () => {
    const dir = smallCorpus();
    expect(globFiles(`${dir}/杨沙湖镇/201[9].txt`)).toEqual([`${dir}/杨沙湖镇/2019.txt`]);
    expect(globFiles(`${dir}/*/*.txt`)).toEqual([
      `${dir}/more/tafang-2019.txt`,
      `${dir}/杨沙湖镇/2018.txt`,
      `${dir}/杨沙湖镇/2019.txt`,
    ]);
    expect(globFiles(`${dir}/**/*-2019.txt`)).toEqual([`${dir}/more/tafang-2019.txt`]);
  });

  it('is linear in the number of files: 40,000 distinct paths are listed at once', () => {
    const paths = Array.from({ length: 40_000 }, (_, i) => `/nowhere/${i}.txt`);
    expect(corpusInputs(paths)).toHaveLength(40_000);
  });
});

describe('place, year and sentence of a corpus row', () => {
  it('reads the year from the file name (last year) or folder, the place from before the year or from the folder', () => {
    expect(placeAndYear('reports/yangshahu-2019.txt')).toEqual({ place: 'yangshahu', year: 2019 });
    expect(placeAndYear('chaanling-2011-2015.txt')).toEqual({ place: 'chaanling', year: 2015 });
    expect(placeAndYear('湖北省/杨沙湖镇/2019.txt')).toEqual({ place: '杨沙湖镇', year: 2019 });
    expect(placeAndYear('杨沙湖镇2019年工作总结.txt')).toEqual({ place: '杨沙湖镇', year: 2019 });
    expect(placeAndYear('2019/notes.txt')).toEqual({ place: 'notes', year: 2019 });
    expect(placeAndYear('-')).toEqual({ place: null, year: null });
  });

  it('gives the sentence between 。！？； or line ends around a figure', () => {
    const text = '一、概况\n全年共征地430亩，新修道路3公里。种植水稻500亩';
    const [land, road, rice] = extractFigures(text);
    expect(land && sentenceAround(text, land)).toBe('全年共征地430亩，新修道路3公里。');
    expect(road && sentenceAround(text, road)).toBe('全年共征地430亩，新修道路3公里。');
    expect(rice && sentenceAround(text, rice)).toBe('种植水稻500亩');
  });
});

describe('workreport corpus', () => {
  it('writes a folder of reports to Parquet that DuckDB sums by township and year (values worked out by hand)', async () => {
    const dir = smallCorpus();
    const out = join(root, 'out', 'figures.parquet');
    const { error, stderr } = await corpus([dir, '--out', out, '--jobs', '2']);
    expect(error).toBeUndefined();
    expect(stderr).toContain('5 figures from 3 files');
    const sql = `SELECT place, year, sum(value) AS mu FROM read_parquet('${out}') WHERE unit = 'mu' AND sentence LIKE '%征地%' GROUP BY place, year ORDER BY place, year`;
    // 杨沙湖镇 2018: 430 亩 (征地); 2019: 120 亩 (征地; the 500 亩 of rice are another sentence); tafang 2019: 80 亩.
    expect(await query(sql)).toEqual([
      { place: 'tafang', year: 2019, mu: 80 },
      { place: '杨沙湖镇', year: 2018, mu: 430 },
      { place: '杨沙湖镇', year: 2019, mu: 120 },
    ]);
    const rows = await query(`SELECT file, "offset", quote, value, unit, qualifier FROM read_parquet('${out}')`);
    expect(rows.map((r) => [r.quote, Number(r.offset), r.unit])).toEqual([
      ['80亩', 4, 'mu'],
      ['430亩', 5, 'mu'],
      ['3公里', 14, 'km'],
      ['120亩', 2, 'mu'],
      ['500亩', 11, 'mu'],
    ]);
  });

  it('writes the same rows on one thread as on two, the seed report included', async () => {
    const dir = join(root, 'seeded');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `town-${2010 + i}.txt`), seed.slice(i * 500));
    const one = join(root, 'one.parquet');
    const two = join(root, 'two.parquet');
    expect((await corpus([dir, '--out', one, '--jobs', '1'])).error).toBeUndefined();
    expect((await corpus([dir, '--out', two, '--jobs', '2'])).error).toBeUndefined();
    const a = await query(`SELECT * FROM read_parquet('${one}')`);
    expect(a.length).toBe([0, 1, 2, 3, 4, 5].reduce((sum, i) => sum + extractFigures(seed.slice(i * 500)).length, 0));
    expect(await query(`SELECT * FROM read_parquet('${two}')`)).toEqual(a);
  });

  it('names a file it cannot decode on stderr, writes the others and exits 1', async () => {
    const dir = join(root, 'with-binary');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a-2019.txt'), '征地120亩。');
    writeFileSync(join(dir, 'b-2019.txt'), Uint8Array.from([0x89, 0x50, 0x00, 0x00]));
    const out = join(root, 'partial.parquet');
    const { stderr } = await corpus([dir, '--out', out, '--jobs', '1']);
    expect(stderr).toContain(`left out: [INPUT_UNDECODABLE] "${join(dir, 'b-2019.txt')}"`);
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    expect(await query(`SELECT quote FROM read_parquet('${out}')`)).toEqual([{ quote: '120亩' }]);
  });
});

describe('workreport extract on a corpus', () => {
  it('reads a folder (no EISDIR) as JSON Lines, a figure per line with its file, the same on one thread and two', async () => {
    const dir = smallCorpus();
    const one = await runExtract([dir, '--format', 'jsonl', '--jobs', '1']);
    const two = await runExtract([dir, '--format', 'jsonl', '--jobs', '2']);
    expect(one.error).toBeUndefined();
    expect(two.stdout).toBe(one.stdout);
    const lines = one.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; quote: string });
    expect(lines.map((l) => [l.file.slice(dir.length + 1), l.quote])).toEqual([
      ['more/tafang-2019.txt', '80亩'],
      ['杨沙湖镇/2018.txt', '430亩'],
      ['杨沙湖镇/2018.txt', '3公里'],
      ['杨沙湖镇/2019.txt', '120亩'],
      ['杨沙湖镇/2019.txt', '500亩'],
    ]);
    const json = await runExtract([dir, '--jobs', '2']);
    expect(Object.keys(JSON.parse(json.stdout) as object)).toEqual([...new Set(lines.map((l) => l.file))]);
  });

  it('with more than 16 files, refuses a missing one before printing, and stops at an undecodable one saying the output is incomplete', async () => {
    const dir = join(root, 'many');
    mkdirSync(dir, { recursive: true });
    const names = Array.from({ length: 20 }, (_, i) => join(dir, `t${String(i).padStart(2, '0')}-2019.txt`));
    for (const name of names) writeFileSync(name, '征地120亩。');
    const missing = await runExtract([...names, join(dir, 'gone.txt'), '--format', 'jsonl', '--jobs', '1']);
    expect(missing.error?.code).toBe('INPUT_UNREADABLE');
    expect(missing.stdout).toBe('');
    writeFileSync(names[10] ?? '', Uint8Array.from([0x89, 0x50, 0x00, 0x00]));
    for (const jobs of ['1', '2']) {
      const { stdout, stderr, error } = await runExtract([dir, '--format', 'jsonl', '--jobs', jobs]);
      expect(error?.code).toBe('INPUT_UNDECODABLE');
      expect(stderr).toContain(names[10]);
      expect(stderr).toContain('incomplete');
      expect(stdout.trimEnd().split('\n')).toHaveLength(10);
    }
  });

  it('refuses a bad --jobs with a message', async () => {
    expect((await runExtract([smallCorpus(), '--jobs', '0'])).stderr).toContain('--jobs "0"');
  });
});
