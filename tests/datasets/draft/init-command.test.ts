import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusText } from './corpus.ts';

const bin = fileURLToPath(new URL('../../../bin/workreport.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'workreport-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run `workreport init <args> --datasets <dir>/datasets` in a child process. */
function init(...args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [bin, 'init', ...args, '--datasets', join(dir, 'datasets')], {
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

/** Write `bytes` to a new file in the test folder and return its path. */
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A GB18030 encoder for the characters of `text` (Node has none): the two-byte codes, found by decoding them all. */
function toGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(Uint8Array.from([lead, trail]));
      if (trail !== 0x7f && ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return Uint8Array.from(
    [...text].flatMap((ch) => {
      const bytes = ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch);
      if (bytes === undefined) throw new Error(`no GBK code for ${ch}`);
      return bytes;
    }),
  );
}

interface Written {
  figures: { provenance: { quote: string; offset: number }; label: { zh: string }; quantity: { value: number } }[];
}
const figuresOf = (id: string): Written['figures'] =>
  (JSON.parse(readFileSync(join(dir, 'datasets', id, 'figures.json'), 'utf8')) as Written).figures;

describe('workreport init', () => {
  const text = corpusText('tafang-2019');

  it('writes the dataset folder with the source verbatim and prints a summary with the next command', () => {
    const { status, stderr } = init(
      file('tafang.txt', text),
      '--id',
      'tafang-2019',
      '--place',
      '安徽省/黄山市/祁门县/塔坊镇',
    );
    expect(status).toBe(0);
    expect(readFileSync(join(dir, 'datasets/tafang-2019/source.txt'), 'utf8')).toBe(text);
    const report = JSON.parse(readFileSync(join(dir, 'datasets/tafang-2019/report.json'), 'utf8')) as {
      place: object;
      year: number;
    };
    expect(report.place).toEqual({ province: '安徽省', city: '黄山市', county: '祁门县', town: '塔坊镇' });
    expect(report.year).toBe(2019);
    expect(stderr).toMatch(/figures: 11, 10 labelled \(91%\)/);
    expect(stderr).toContain('npx workreport check tafang-2019');
  });

  it('refuses to overwrite a folder that holds files, and overwrites it with --force', () => {
    const refused = init(file('tafang-again.txt', text), '--id', 'tafang-2019');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('[DATASET_EXISTS]');
    expect(init(file('tafang-again.txt', text), '--id', 'tafang-2019', '--force').status).toBe(0);
  });

  it('refuses a file without text: there is no report to draft', () => {
    const { status, stderr } = init(file('blank.txt', ' \n\t\n'), '--id', 'blank-one');
    expect(status).toBe(1);
    expect(stderr).toContain('holds no text');
  });

  it('writes into an existing empty folder', () => {
    mkdirSync(join(dir, 'datasets/empty-one'), { recursive: true });
    expect(init(file('empty.txt', text), '--id', 'empty-one').status).toBe(0);
    expect(existsSync(join(dir, 'datasets/empty-one/story.json'))).toBe(true);
  });

  it('refuses ids that are not kebab-case or are Object.prototype names, with a clear message', () => {
    for (const id of ['Tafang_2019', 'constructor', '__proto__']) {
      const { status, stderr } = init(file('bad-id.txt', text), '--id', id);
      expect(status).toBe(1);
      expect(stderr).toContain('[OPTION_INVALID]');
    }
  });

  it('reads CRLF, GB18030 and UTF-16 files to the same figures (offsets counted in the text as given)', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    expect(init(file('tafang-crlf.txt', crlf), '--id', 'tafang-crlf').status).toBe(0);
    expect(init(file('tafang-gb.txt', toGb18030(text)), '--id', 'tafang-gb').status).toBe(0);
    expect(readFileSync(join(dir, 'datasets/tafang-crlf/source.txt'), 'utf8')).toBe(crlf);
    const plain = figuresOf('tafang-2019');
    const strip = (figures: Written['figures']): unknown[] =>
      figures.map((f) => [f.provenance.quote, f.label.zh, f.quantity.value]);
    expect(strip(figuresOf('tafang-crlf'))).toEqual(strip(plain));
    expect(figuresOf('tafang-gb')).toEqual(plain);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(init(file('tafang-utf16.txt', utf16), '--id', 'tafang-utf16').status).toBe(0);
    expect(figuresOf('tafang-utf16')).toEqual(plain);
  });

  it('drafts text full of markup and formula-like strings as data, and drops a non-http URL with a note', () => {
    const hostile = `<img src=x onerror=alert(1)>工作总结\u000b\n一、2019年工作总结\n=cmd|' /C calc'!A0 全年新建桥梁3座，征地430亩。\n`;
    const { status, stderr } = init(
      file('hostile.txt', hostile),
      '--id',
      'hostile',
      '--url',
      'javascript:alert(1)',
      '--title',
      '标题\u0007测试',
    );
    expect(status).toBe(0);
    expect(stderr).toContain('not an http(s) URL');
    const report = JSON.parse(readFileSync(join(dir, 'datasets/hostile/report.json'), 'utf8')) as {
      title: { zh: string };
      url?: string;
      toFill: string[];
    };
    expect(report.title.zh).toBe('标题测试');
    expect(report.url).toBeUndefined();
    expect(report.toFill).toContain('url');
    expect(figuresOf('hostile').map((f) => f.label.zh)).toEqual(['新建桥梁', '征地']);
  });
});
