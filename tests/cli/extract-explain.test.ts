import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, describe, expect, it } from 'vitest';
import { explainFigures, type ExplainedFigures } from '../../src/figures/extract-figures.ts';
import { runExtract } from './run-extract.ts';

const dir = mkdtempSync(join(tmpdir(), 'workreport-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const SAMPLE = '第3个村完成30万元，前3-5名，补助3万-5元。';
const seed = readFileSync(new URL('../../datasets/yangshahu-2019/source.txt', import.meta.url), 'utf8');

describe('workreport extract --explain', () => {
  it('prints, for one file, an object of figures, rejected and unread candidates', async () => {
    const { stdout, error } = await runExtract([file('sample.txt', SAMPLE), '--explain']);
    expect(error).toBeUndefined();
    expect(JSON.parse(stdout)).toEqual({
      figures: [{ quote: '30万元', offset: 6, value: 300000, unit: 'CNY', unitRaw: '元', qualifier: 'exact' }],
      rejected: [
        { rule: 'ordinal', quote: '3个', offset: 1, message: expect.any(String) },
        { rule: 'rank', quote: '3-5名', offset: 12, message: expect.any(String) },
      ],
      unread: [{ quote: '3万-5元', offset: 19, why: 'the range must ascend (3-5万元)' }],
    });
  });

  it('keeps the layout of JSON.stringify(…, null, 2) and gives several files an object keyed by file', async () => {
    const one = file('one.txt', SAMPLE);
    const two = file('two.txt', '没有数字。');
    const single = await runExtract([one, '--explain']);
    expect(single.stdout).toBe(`${JSON.stringify(explainFigures(SAMPLE), null, 2)}\n`);
    const several = await runExtract([one, two, '--explain']);
    expect(several.stdout).toBe(
      `${JSON.stringify({ [one]: explainFigures(SAMPLE), [two]: explainFigures('没有数字。') }, null, 2)}\n`,
    );
  });

  it('finds the same candidates read piece by piece as at once (a large text, small pieces)', async () => {
    const text = Array.from({ length: 6 }, () => seed).join('\n');
    const { stdout } = await runExtract([file('large.txt', text), '--explain'], {
      headBytes: 1001,
      readBytes: 997,
      pieceChars: 600,
    });
    const streamed = JSON.parse(stdout) as ExplainedFigures;
    const whole = explainFigures(text);
    expect(streamed.figures).toEqual(whole.figures);
    expect(streamed.rejected).toEqual(whole.rejected);
    expect(streamed.unread).toEqual(whole.unread);
    expect(whole.rejected.length).toBeGreaterThan(10);
  });

  it('adds status, rule and message columns in CSV, a row per candidate set aside', async () => {
    const { stdout } = await runExtract([file('csv.txt', SAMPLE), '--explain', '--format', 'csv']);
    const rows = csvParse(stdout.replace(/^\uFEFF/, ''));
    expect(rows.columns.slice(-3)).toEqual(['status', 'rule', 'message']);
    expect(rows.map((r) => [r['status'], r['quote'], r['rule']])).toEqual([
      ['figure', '30万元', ''],
      ['rejected', '3个', 'ordinal'],
      ['rejected', '3-5名', 'rank'],
      ['unread', '3万-5元', ''],
    ]);
  });

  it('keeps the default output an array of figures', async () => {
    const { stdout } = await runExtract([file('plain.txt', SAMPLE)]);
    expect(JSON.parse(stdout)).toEqual(explainFigures(SAMPLE).figures);
  });
});

describe('workreport extract on a text with no figure', () => {
  it('says so on stderr, and still prints an empty array', async () => {
    const { stdout, stderr, error } = await runExtract([file('none.txt', '今天召开会议，2019年工作总结。')]);
    expect(error).toBeUndefined();
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toContain('holds text but no figure');
    expect(stderr).toContain('--explain');
  });

  it('names an empty or blank input as such (a wrong file is the likely cause), and prints an empty array', async () => {
    for (const [name, text] of [
      ['blank.txt', ' \n\n'],
      ['empty.txt', ''],
    ]) {
      const input = file(name as string, text as string);
      const { stdout, stderr, error } = await runExtract([input]);
      expect(error).toBeUndefined();
      expect(JSON.parse(stdout)).toEqual([]);
      expect(stderr).toBe(
        `workreport extract: "${input}" is empty (or white space only): no figures; check that it is the report's text\n`,
      );
    }
  });
});
