import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/figures/decode-text.ts';
import { formatFigures, PROGRESS_BYTES } from '../../src/cli/extract-command.ts';
import { extractFigures, type ExtractedFigure } from '../../src/figures/extract-figures.ts';
import { runExtract, type ExtractRun } from './run-extract.ts';

const seedPath = fileURLToPath(new URL('../../datasets/yangshahu-2019/source.txt', import.meta.url));
const seed = readFileSync(seedPath, 'utf8');
const seedFigures = extractFigures(seed);
const dir = mkdtempSync(join(tmpdir(), 'workreport-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Write `bytes` to a new file in the test folder and return its path. */
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/**
 * A GB18030 encoder for test files (Node has none), built by decoding every two-byte (GBK) sequence
 * and the four-byte sequences of the BMP (for characters outside GBK, such as the no-break space).
 */
function gb18030Encoder(): (text: string) => Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  const add = (bytes: number[]): void => {
    const ch = decoder.decode(Uint8Array.from(bytes));
    if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, bytes);
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
    }
  }
  return (text) =>
    Uint8Array.from(
      [...text].flatMap((ch) => {
        const code = ch.charCodeAt(0);
        const bytes = code < 0x80 ? [code] : table.get(ch);
        if (!bytes) throw new Error(`no GBK code for ${ch}`);
        return bytes;
      }),
    );
}
const toGb18030 = gb18030Encoder();
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Run `workreport extract <args>` in this process (run-extract.ts). */
const extract = (...args: string[]): Promise<ExtractRun> => runExtract(args);

describe('decodeText', () => {
  it('reads UTF-16 with a byte order mark (Windows "Unicode" text), little- and big-endian, BOM removed', () => {
    const text = '回复率达98%，共征地430亩。';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    const be = new Uint8Array([
      0xfe,
      0xff,
      ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ]);
    expect(decodeText(le)).toStrictEqual({ ok: true, text, encoding: 'utf-16le', bom: true });
    expect(decodeText(be)).toStrictEqual({ ok: true, text, encoding: 'utf-16be', bom: true });
  });

  const text = '共征地430亩；迁坟100冢。';

  it('reads UTF-8 without BOM', () => {
    expect(decodeText(utf8(text))).toStrictEqual({ ok: true, text, encoding: 'utf-8', bom: false });
  });

  it('removes a UTF-8 BOM before offsets are counted: the figures sit where they do without it', () => {
    const decoded = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(decoded).toStrictEqual({ ok: true, text, encoding: 'utf-8', bom: true });
    expect(decoded.ok && extractFigures(decoded.text)[0]?.offset).toBe(3);
  });

  it('detects GB18030/GBK and reads the same text as UTF-8', () => {
    expect(decodeText(toGb18030(seed))).toStrictEqual({ ok: true, text: seed, encoding: 'gb18030', bom: false });
  });

  it('keeps CRLF: offsets after a line break count the \\r', () => {
    const decoded = decodeText(utf8('第一行\r\n共430亩'));
    expect(decoded.ok && decoded.text).toBe('第一行\r\n共430亩');
    expect(decoded.ok && extractFigures(decoded.text)[0]?.offset).toBe(6);
  });

  it('calls a file with a NUL byte binary, giving its offset and the encodings tried', () => {
    expect(decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toStrictEqual({
      ok: false,
      reason: 'binary',
      nulAt: 4,
      tried: ['utf-8', 'gb18030', 'big5'],
    });
  });

  it('reads Big5 (traditional script, Taiwan and Hong Kong) as Big5, not as GB18030 garbage', () => {
    const text = '茶園鄉2019年全年共徵地430畝，財政收入增長12%，建設項目完成。';
    // The bytes Python's big5 codec writes for `text`.
    const big5 = Uint8Array.from([
      175, 249, 182, 233, 182, 109, 50, 48, 49, 57, 166, 126, 165, 254, 166, 126, 166, 64, 188, 120, 166, 97, 52, 51,
      48, 175, 97, 161, 65, 176, 93, 172, 70, 166, 172, 164, 74, 188, 87, 170, 248, 49, 50, 37, 161, 65, 171, 216, 179,
      93, 182, 181, 165, 216, 167, 185, 166, 168, 161, 67,
    ]);
    expect(decodeText(big5)).toStrictEqual({ ok: true, text, encoding: 'big5', bom: false });
  });

  it('refuses Japanese Shift-JIS and UTF-32 by name instead of reading garbage', () => {
    // 今年は予算が増えました。市の人口は30万人です。 in Shift-JIS.
    const sjis = Uint8Array.from([
      141, 161, 148, 78, 130, 205, 151, 92, 142, 90, 130, 170, 145, 157, 130, 166, 130, 220, 130, 181, 130, 189, 129,
      66, 142, 115, 130, 204, 144, 108, 140, 251, 130, 205, 51, 48, 150, 156, 144, 108, 130, 197, 130, 183, 129, 66,
    ]);
    expect(decodeText(sjis)).toMatchObject({ ok: false, reason: 'unsupported', encoding: 'Shift-JIS' });
    const utf32 = (text: string): number[] =>
      [...text].flatMap((c) => [(c.codePointAt(0) ?? 0) & 0xff, ((c.codePointAt(0) ?? 0) >> 8) & 0xff, 0, 0]);
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0, 0, ...utf32('征地430亩')]))).toMatchObject({
      ok: false,
      reason: 'unsupported',
      encoding: 'UTF-32',
    });
    expect(decodeText(Uint8Array.from(utf32('共征地430亩，拆迁163户')))).toMatchObject({
      ok: false,
      reason: 'unsupported',
      encoding: 'UTF-32',
    });
  });

  it('reads UTF-16 without a byte order mark from its zero bytes, and UTF-16 named with --encoding', () => {
    const text = '回复率达98%，共征地430亩。';
    const le = new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer);
    const be = Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    expect(decodeText(le)).toStrictEqual({ ok: true, text, encoding: 'utf-16le', bom: false });
    expect(decodeText(be)).toStrictEqual({ ok: true, text, encoding: 'utf-16be', bom: false });
    expect(decodeText(le, 'utf-16le')).toStrictEqual({ ok: true, text, encoding: 'utf-16le', bom: false });
  });

  it('never throws, whatever the bytes (fuzzed), and never returns text with a replacement character', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), (bytes) => {
        const decoded = decodeText(bytes);
        if (decoded.ok)
          expect(decoded.text.includes('\uFFFD') && !new TextDecoder().decode(bytes).includes('\uFFFD')).toBe(false);
        else expect(['binary', 'undecodable', 'unsupported']).toContain(decoded.reason);
      }),
      { numRuns: 500 },
    );
  });

  it('names the encodings tried when the bytes are valid in none of them', () => {
    expect(decodeText(Uint8Array.from([0x41, 0x80, 0xff, 0x80]))).toStrictEqual({
      ok: false,
      reason: 'undecodable',
      tried: ['utf-8', 'gb18030', 'big5'],
    });
    expect(decodeText(toGb18030(text), 'utf-8')).toStrictEqual({ ok: false, reason: 'undecodable', tried: ['utf-8'] });
  });
});

describe('workreport extract', () => {
  it('prints the figures of one file as a JSON array with quote, offset, value, unit, unitRaw, qualifier', async () => {
    const { stdout, error } = await extract(seedPath);
    expect(error).toBeUndefined();
    const figures = JSON.parse(stdout) as ExtractedFigure[];
    expect(figures).toStrictEqual(seedFigures);
    expect(figures.find((f) => f.offset === 984)).toStrictEqual({
      quote: '430亩',
      offset: 984,
      value: 430,
      unit: 'mu',
      unitRaw: '亩',
      qualifier: 'exact',
    });
  });

  it('reads a GB18030 file and a UTF-8 file with BOM and CRLF line ends to the same figures, offsets into the decoded text', async () => {
    const gbk = file('seed-gbk.txt', toGb18030(seed));
    const crlf = seed.replaceAll('\n', '\r\n');
    const bom = file('seed-bom-crlf.txt', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(crlf)]));
    const { stdout, error } = await extract(gbk, bom);
    expect(error).toBeUndefined();
    const byFile = JSON.parse(stdout) as Record<string, ExtractedFigure[]>;
    expect(Object.keys(byFile)).toEqual([gbk, bom]);
    expect(byFile[gbk]).toStrictEqual(seedFigures);
    expect(byFile[bom]).toStrictEqual(extractFigures(crlf));
    const crlfFigures = byFile[bom] ?? [];
    expect(crlfFigures).toHaveLength(seedFigures.length);
    for (const f of crlfFigures) expect(crlf.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
  });

  it('prints CSV with a BOM, a header and a file column, values unrounded', async () => {
    const other = file('other.txt', '沟渠疏浚185.31公里，同比增长28.7%');
    const { stdout } = await extract(seedPath, other, '--format', 'csv');
    expect(stdout.startsWith('\uFEFFfile,offset,quote,value,valueMax,unit,unitRaw,qualifier,counted,role\n')).toBe(
      true,
    );
    const rows = csvParse(stdout.slice(1));
    expect(rows).toHaveLength(seedFigures.length + 2);
    expect(rows.filter((r) => r.file === other)).toEqual([
      {
        file: other,
        offset: '4',
        quote: '185.31公里',
        value: '185.31',
        valueMax: '',
        unit: 'km',
        unitRaw: '公里',
        qualifier: 'exact',
        counted: '',
        role: '',
      },
      {
        file: other,
        offset: '17',
        quote: '28.7%',
        value: '28.7',
        valueMax: '',
        unit: 'percent',
        unitRaw: '%',
        qualifier: 'exact',
        counted: '',
        role: 'increase',
      },
    ]);
  });

  it('exits 1 with INPUT_UNDECODABLE naming a binary file and the encodings tried, printing nothing on stdout', async () => {
    const binary = file('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const { stdout, stderr, error } = await extract(seedPath, binary);
    expect(error?.code).toBe('INPUT_UNDECODABLE');
    expect(error?.exitCode).toBe(1);
    expect(stderr).toContain(binary);
    expect(stderr).toContain('utf-8, gb18030');
    expect(stdout).toBe('');
  });

  it('exits 1 with INPUT_UNDECODABLE for bytes valid in no encoding, and with --encoding utf-8 on a GBK file', async () => {
    const garbage = file('garbage.txt', Uint8Array.from([0x41, 0x80, 0xff, 0x80]));
    expect((await extract(garbage)).error?.code).toBe('INPUT_UNDECODABLE');
    const gbk = file('gbk.txt', toGb18030('共征地430亩'));
    const forced = await extract(gbk, '--encoding', 'utf-8');
    expect(forced.error?.code).toBe('INPUT_UNDECODABLE');
    expect(forced.stderr).toContain('(utf-8)');
    expect(JSON.parse((await extract(gbk, '--encoding', 'gb18030')).stdout)).toHaveLength(1);
  });

  it('exits 1 with INPUT_UNREADABLE for a missing file and INPUT_DUPLICATE for a file given twice', async () => {
    const missing = join(dir, 'missing.txt');
    const { error, stderr } = await extract(missing);
    expect(error?.code).toBe('INPUT_UNREADABLE');
    expect(stderr).toContain(missing);
    expect((await extract(seedPath, seedPath)).error?.code).toBe('INPUT_DUPLICATE');
  });

  it('rejects an unknown --format or --encoding, listing the allowed ones', async () => {
    expect((await extract(seedPath, '--format', 'xlsx')).stderr).toMatch(/json.*csv/);
    expect((await extract(seedPath, '--encoding', 'latin1')).stderr).toMatch(/auto.*utf-8.*gb18030/);
  });

  it(`shows progress on stderr with --progress (on a terminal, for inputs over ${PROGRESS_BYTES / 2 ** 20} MiB)`, async () => {
    const copies = Math.ceil(PROGRESS_BYTES / Buffer.byteLength(seed)) + 1;
    const big = file('big.txt', Array.from({ length: copies }, () => seed).join('\n'));
    const { stderr, stdout } = await extract(big, '--progress');
    expect(stderr).toMatch(/workreport extract: .*big\.txt: \d+%/);
    expect(stderr).toContain('big.txt: 100%');
    expect(JSON.parse(stdout)).toHaveLength(seedFigures.length * copies);
    expect((await extract(seedPath)).stderr).toBe('');
  });

  it('reads standard input for -', () => {
    const script =
      "const { extractCommand } = await import('./src/cli/extract-command.ts'); await extractCommand().parseAsync(process.argv.slice(1), { from: 'user' });";
    const cwd = fileURLToPath(new URL('../../', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, '--', '-'], {
      cwd,
      input: '共征地430亩',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toStrictEqual([
      { quote: '430亩', offset: 3, value: 430, unit: 'mu', unitRaw: '亩', qualifier: 'exact' },
    ]);
  });
});

describe('formatFigures', () => {
  it('prints [] for a file without figures and {} keys for several', () => {
    expect(formatFigures([{ file: 'a.txt', figures: [] }], 'json')).toBe('[]\n');
    expect(
      JSON.parse(
        formatFigures(
          [
            { file: 'a.txt', figures: [] },
            { file: '-', figures: [] },
          ],
          'json',
        ),
      ),
    ).toEqual({ 'a.txt': [], '-': [] });
  });
});
