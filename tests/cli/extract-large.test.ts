import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/figures/decode-text.ts';
import { ChunkDecoder, UndecodableAt, bomLength, detectEncoding } from '../../src/cli/decode-stream.ts';
import { extractCommand, formatFigures, MAX_INPUT_BYTES, type ExtractLimits } from '../../src/cli/extract-command.ts';
import { FigureStream } from '../../src/figures/figure-stream.ts';
import { extractFigures, type ExtractedFigure } from '../../src/figures/extract-figures.ts';
import { runExtract, type ExtractRun } from './run-extract.ts';

const corpusDir = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(corpusDir, name), 'utf8'));
/** Every corpus text, three times over: about 120 KB, figures and sentence ends everywhere. */
const repeated = Array.from({ length: 3 }, () => corpus.join('\n')).join('\n');
const repeatedFigures = extractFigures(repeated);
const dir = mkdtempSync(join(tmpdir(), 'workreport-extract-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A GB18030 encoder for the test (Node has none): every GBK sequence and the BMP's four-byte ones. */
function gb18030Encoder(): (text: string) => Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  const add = (bytes: number[]): void => {
    const ch = decoder.decode(Uint8Array.from(bytes));
    if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, bytes);
  };
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
  }
  return (text) =>
    Uint8Array.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? []))));
}

/** The figures `FigureStream` finds in `text` given in pieces of `chunk` characters. */
function streamed(text: string, chunk: number, pieceChars: number, context?: number): ExtractedFigure[] {
  const stream = new FigureStream(pieceChars, context);
  const figures: ExtractedFigure[] = [];
  for (let at = 0; at < text.length; at += chunk) figures.push(...stream.push(text.slice(at, at + chunk)));
  figures.push(...stream.end());
  return figures;
}

/** Run `workreport extract <args>` in this process (run-extract.ts). */
const extract = (limits: Partial<ExtractLimits>, ...args: string[]): Promise<ExtractRun> => runExtract(args, limits);

/** Sizes small enough that a 120 KB file is read, detected and scanned in many pieces. */
const SMALL: Partial<ExtractLimits> = { headBytes: 1001, readBytes: 997, pieceChars: 600 };

describe('FigureStream', () => {
  it('finds in a text given in pieces exactly the figures extractFigures finds in the whole, offsets into the whole', () => {
    expect(repeatedFigures.length).toBeGreaterThan(1000);
    for (const [chunk, piece] of [
      [97, 300],
      [1000, 600],
      [5000, 4096],
      [repeated.length, 1 << 16],
    ] as const) {
      const figures = streamed(repeated, chunk, piece);
      expect(figures).toStrictEqual(repeatedFigures);
    }
    for (const f of streamed(repeated, 333, 500))
      expect(repeated.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
  });

  it('is exact where no sentence end is near: a piece then ends anywhere, even inside a number', () => {
    const oneLine = repeated.replace(/[。！？；\n]/gu, '，');
    expect(streamed(oneLine, 211, 300)).toStrictEqual(extractFigures(oneLine));
    const numbers = '共征地1234567亩，拆迁163户，约2.5万元，'.repeat(400);
    for (const chunk of [1, 7, 50]) expect(streamed(numbers, chunk, 64, 40)).toStrictEqual(extractFigures(numbers));
  });

  it('finds nothing in an empty text and every figure in a text shorter than one piece', () => {
    expect(streamed('', 10, 600)).toStrictEqual([]);
    expect(streamed('共征地430亩，迁坟100冢', 3, 600)).toStrictEqual(extractFigures('共征地430亩，迁坟100冢'));
  });
});

describe('ChunkDecoder', () => {
  const toGb18030 = gb18030Encoder();
  const text = corpus.join('\n');

  it('decodes UTF-8, GB18030 and UTF-16 cut anywhere to the text decodeText gives for the whole', () => {
    const bom = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    for (const bytes of [utf8(text), toGb18030(text), Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), bom]) {
      const whole = decodeText(bytes);
      expect(whole.ok).toBe(true);
      if (!whole.ok) continue;
      const detected = detectEncoding(bytes.subarray(0, 1001), false, 'auto');
      expect(detected.ok && detected.encoding).toBe(whole.encoding);
      const decoder = new ChunkDecoder(whole.encoding, bomLength(whole));
      let decoded = '';
      for (let at = 0; at < bytes.length; at += 101) decoded += decoder.decode(bytes.subarray(at, at + 101));
      expect(decoded + decoder.end()).toBe(whole.text);
    }
  });

  it('names the exact byte offset of an invalid byte, of a NUL byte, and of a file that ends inside a character', () => {
    const good = utf8(text);
    const thrown = (encoding: 'utf-8' | 'gb18030', bytes: Uint8Array, chunk: number): UndecodableAt | undefined => {
      const decoder = new ChunkDecoder(encoding, 0);
      try {
        for (let at = 0; at < bytes.length; at += chunk) decoder.decode(bytes.subarray(at, at + chunk));
        decoder.end();
      } catch (error) {
        if (error instanceof UndecodableAt) return error;
        throw error;
      }
      return undefined;
    };
    for (const chunk of [64, 1000, 4099]) {
      const invalid = Uint8Array.from([...good.subarray(0, 20_000), 0xff, ...good.subarray(20_000)]);
      expect(thrown('utf-8', invalid, chunk)).toMatchObject({ offset: 20_000, reason: 'invalid' });
      const nul = Uint8Array.from([...good.subarray(0, 12_345), 0, ...good.subarray(12_345)]);
      expect(thrown('utf-8', nul, chunk)).toMatchObject({ offset: 12_345, reason: 'binary' });
      const gb = toGb18030(text);
      const line = gb.indexOf(0x0a, 9_000) + 1;
      const badGb = Uint8Array.from([...gb.subarray(0, line), 0x81, 0x0a, ...gb.subarray(line)]);
      // 0x81 starts a character that 0x0a cannot end: the bytes stop decoding at the 0x0a.
      expect(thrown('gb18030', badGb, chunk)).toMatchObject({ offset: line + 1, reason: 'invalid' });
    }
    expect(thrown('utf-8', utf8('共征地430亩').subarray(0, 13), 4)).toMatchObject({ offset: 13, reason: 'truncated' });
  });
});

describe('workreport extract on large inputs (sizes made small)', () => {
  const path = file('repeated.txt', repeated);
  const other = file('other.txt', '沟渠疏浚185.31公里，同比增长28.7%，=SUM(A1)共3人');
  const empty = file('empty.txt', '');
  const otherFigures = extractFigures(readFileSync(other, 'utf8'));

  it.each([
    ['read in small pieces', SMALL],
    ['read with the command’s own limits', {}],
  ] as const)(
    'prints, %s, exactly what formatFigures makes of extractFigures on the whole text: JSON, JSON Lines and CSV, one file and several, on threads or not',
    async (_how, limits) => {
      expect((await extract(limits, path)).stdout).toBe(
        formatFigures([{ file: path, figures: repeatedFigures }], 'json'),
      );
      expect((await extract(limits, path, '--format', 'csv')).stdout).toBe(
        formatFigures([{ file: path, figures: repeatedFigures }], 'csv'),
      );
      const several = [
        { file: path, figures: repeatedFigures },
        { file: empty, figures: [] },
        { file: other, figures: otherFigures },
      ];
      expect((await extract(limits, path, empty, other)).stdout).toBe(formatFigures(several, 'json'));
      expect((await extract(limits, path, empty, other, '--format', 'csv')).stdout).toBe(formatFigures(several, 'csv'));
      const lines = (await extract(limits, path, empty, other, '--format', 'jsonl')).stdout;
      expect(lines).toBe(formatFigures(several, 'jsonl'));
      expect(lines.split('\n')).toHaveLength(repeatedFigures.length + otherFigures.length + 1);
      expect(JSON.parse(lines.split('\n')[repeatedFigures.length] ?? '')).toStrictEqual({
        file: other,
        ...otherFigures[0],
      });
      expect((await extract(limits, path, empty, other, '--format', 'jsonl', '--jobs', '1')).stdout).toBe(lines);
      expect((await extract(limits, empty)).stdout).toBe('[]\n');
      expect((await extract(limits, empty, '--format', 'csv')).stdout).toBe(
        formatFigures([{ file: empty, figures: [] }], 'csv'),
      );
    },
  );

  it('reads GB18030 and UTF-16 with BOM in pieces to the same figures, the head cut inside a character', async () => {
    const gb = file('repeated-gb.txt', gb18030Encoder()(repeated));
    const le = file(
      'repeated-le.txt',
      Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(repeated, (c) => c.charCodeAt(0)).buffer)]),
    );
    for (const input of [gb, le]) {
      const { stdout, error } = await extract(SMALL, input);
      expect(error).toBeUndefined();
      expect(JSON.parse(stdout)).toStrictEqual(repeatedFigures);
    }
  });

  it('refuses a file over the limit with a message giving the limit, printing nothing, before any other file is read', async () => {
    const { stdout, stderr, error } = await extract({ maxBytes: 1000 }, other, path);
    expect(error?.code).toBe('INPUT_TOO_LARGE');
    expect(error?.exitCode).toBe(1);
    expect(stderr).toContain(path);
    expect(stderr).toContain('1000 bytes');
    expect(stdout).toBe('');
    expect((await extract({ maxBytes: 2 ** 20 }, path)).error).toBeUndefined();
    expect((await extract({ maxBytes: 2 ** 16 }, path)).stderr).toContain('64 KiB (65536 bytes)');
    expect(MAX_INPUT_BYTES).toBeGreaterThan(2 ** 30);
    expect(extractCommand().description()).toContain('4 GiB');
  });

  it('counts the bytes of standard input against the limit: refused with the limit, no stack trace', () => {
    const script =
      "const { extractCommand } = await import('./src/cli/extract-command.ts'); await extractCommand({ maxBytes: 1000, headBytes: 100 }).parseAsync(process.argv.slice(1), { from: 'user' });";
    const run = (input: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, '--', '-'], {
        cwd: fileURLToPath(new URL('../../', import.meta.url)),
        input,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const over = run('共征地430亩，'.repeat(200));
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('[INPUT_TOO_LARGE]');
    expect(over.stderr).toContain('1000 bytes');
    expect(over.stderr).not.toMatch(/\n\s+at /);
    const under = run('共征地430亩，'.repeat(40));
    expect(under.status).toBe(0);
    expect(JSON.parse(under.stdout)).toHaveLength(40);
  });

  it('stops with INPUT_UNDECODABLE naming the file and the byte offset when bytes past the detected head do not decode', async () => {
    const bytes = utf8(repeated);
    const bad = file('bad-later.txt', Uint8Array.from([...bytes.subarray(0, 50_000), 0xff, ...bytes.subarray(50_000)]));
    const { stdout, stderr, error } = await extract(SMALL, bad);
    expect(error?.code).toBe('INPUT_UNDECODABLE');
    expect(stderr).toContain(`"${bad}" is not valid utf-8 text at byte offset 50000`);
    expect(stderr).toContain('incomplete');
    expect(() => JSON.parse(stdout) as unknown).toThrow();
    const nul = file('nul-later.txt', Uint8Array.from([...bytes.subarray(0, 30_000), 0, ...bytes.subarray(30_000)]));
    expect((await extract(SMALL, nul)).stderr).toContain('NUL byte at byte offset 30000');
  });

  it('never lets an error past the head look like a whole output: an undecodable head prints nothing', async () => {
    const binary = file('binary.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const { stdout, error } = await extract(SMALL, path, binary);
    expect(error?.code).toBe('INPUT_UNDECODABLE');
    expect(stdout).toBe('');
  });
});
