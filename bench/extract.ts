/**
 * Throughput of the extractor and memory of `workreport extract` (run: `npm run bench:extract`;
 * `BENCH_EXTRACT_MB=1,10` for a quick run).
 *
 * The corpus is the Yangshahu 2019 report repeated to 1, 10 and 100 MB (MB = 10⁶ bytes of UTF-8).
 * On the same text, in the same process, pinned to one core (`taskset -c 0`, when there), it times
 * in rotating order, one run of each per round:
 *   - `extract`: the streaming path, `streamFigures(text)`, its consumer counting the figures and
 *     reading a field of each (as a JSON Lines writer would) and keeping none;
 *   - `array`: `extractFigures(text)`, all the figures kept in one array (what memory and the
 *     garbage collector cost when a caller holds them all);
 *   - `converter`: the `chinese-numbers-converter` package's `toArabicString()`, which converts
 *     Chinese numerals in running text (skipped with a note if the package is not installed);
 *   - `regex`: one plain regular expression for Arabic numbers with an optional unit character;
 *   - `scan`: a bare char-code loop (the floor: reads every UTF-16 code unit once).
 * Each figure is the median CPU time (`process.cpuUsage`, user + system) of ROUNDS rounds (each
 * sample reads the largest size's bytes: the smaller texts are read several times; the sizes are
 * interleaved in each round, as the contenders are), after
 * WARM_UP rounds of every contender on the smallest text (so that the first size is not timed while
 * V8 still compiles: the warm-up line prints the streaming rate of its first and last rounds).
 * Then, for `extract` (the streaming path) and `array`, the flatness (fastest rate over slowest
 * across sizes) and the rate over the converter's at each size. Then, as whole processes through
 * bin/workreport.js (the compiled CLI): `extract <100 MB file> --format jsonl` and `--format json`
 * to /dev/null, with their CPU time and peak memory (GNU time). A benchmark, not a test: it prints,
 * it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledCli, PACKAGE_ROOT } from '../bin/compiled-cli.js';
import { extractFigures } from '../src/figures/extract-figures.ts';
import { streamFigures } from '../src/figures/figure-stream.ts';
import { HAS_TIME, median, runCost } from './cpu-time.ts';

// Pin to one core: re-run this script under `taskset -c 0`.
if (process.env.BENCH_PINNED !== '1' && existsSync('/usr/bin/taskset')) {
  const result = spawnSync(
    '/usr/bin/taskset',
    ['-c', '0', process.execPath, ...process.execArgv, fileURLToPath(import.meta.url)],
    {
      stdio: 'inherit',
      env: { ...process.env, BENCH_PINNED: '1' },
    },
  );
  process.exit(result.status ?? 1);
}

interface Converter {
  new (text: string): { toArabicString(): string };
}

const ROUNDS = 7;
const WARM_UP = 40;
const SIZES_MB = (process.env.BENCH_EXTRACT_MB ?? '1,10,100').split(',').map(Number);
const seed = readFileSync(new URL('../datasets/yangshahu-2019/source.txt', import.meta.url), 'utf8');
const seedBytes = Buffer.byteLength(seed, 'utf8');

/** The seed repeated (joined by a newline) until it holds at least `bytes` bytes of UTF-8. */
function corpus(bytes: number): string {
  return Array.from({ length: Math.ceil(bytes / (seedBytes + 1)) }, () => seed).join('\n');
}

/** CPU milliseconds (user + system) of `calls` calls of `run`, per call. */
function cpuMs(run: () => unknown, calls = 1): number {
  const start = process.cpuUsage();
  for (let call = 0; call < calls; call++) run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / calls;
}

/** Touch every code unit once: the least any extractor must do. */
function bareScan(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x3a) digits++;
  return digits;
}

/** One plain regular expression: numbers with an optional unit character. */
function plainRegex(text: string): number {
  let found = 0;
  for (const _ of text.matchAll(/\d+(?:\.\d+)?[万亿元亩人个户%％]?/g)) found++;
  return found;
}

/**
 * The streaming path as a JSON Lines writer uses it: each figure read (its quote's length summed,
 * so that no figure goes unread) and dropped.
 */
function streamed(text: string): number {
  let chars = 0;
  for (const figure of streamFigures(text)) chars += figure.quote.length;
  return chars;
}

function loadConverter(): Converter | undefined {
  try {
    return createRequire(import.meta.url)('chinese-numbers-converter') as Converter;
  } catch {
    return undefined;
  }
}

const converter = loadConverter();
const contenders: { name: string; run: (text: string) => unknown }[] = [
  { name: 'extract', run: streamed },
  { name: 'array', run: (text) => extractFigures(text) },
  ...(converter ? [{ name: 'converter', run: (text: string) => new converter(text).toArabicString() }] : []),
  { name: 'regex', run: plainRegex },
  { name: 'scan', run: bareScan },
];
const fmt = (x: number): string => x.toFixed(1).padStart(8);

console.log(
  `node ${process.version}, seed ${seedBytes} bytes, ${process.env.BENCH_PINNED === '1' ? 'pinned to core 0' : 'not pinned'}, CPU time, median of ${ROUNDS} interleaved rounds`,
);
if (!converter) console.log('(chinese-numbers-converter not installed: no converter column)');
const ratioHeader = converter ? '   extract/converter  array/converter' : '';
console.log(
  `corpus     figures ${contenders.map((c) => `${c.name} MB/s`.padStart(16)).join('')}${ratioHeader}  extract/scan`,
);
const rates = new Map<string, number[]>([
  ['extract', []],
  ['array', []],
]);
/** The streaming rate over the bare scan's on the same text, by size: the extractor's own share of any change with size. */
const ofScan: number[] = [];
const warmUpText = corpus((SIZES_MB[0] ?? 1) * 1e6);
const warmUpBytes = Buffer.byteLength(warmUpText, 'utf8') / 1e6;
const warmUpRates: number[] = [];
for (let run = 0; run < WARM_UP; run++) {
  for (const contender of contenders) {
    const ms = cpuMs(() => contender.run(warmUpText));
    if (contender.name === 'extract') warmUpRates.push(warmUpBytes / (ms / 1000));
  }
}
console.log(
  `warm-up: ${WARM_UP} rounds on ${warmUpBytes.toFixed(1)} MB, extract ${warmUpRates.map((r) => r.toFixed(0)).join(' ')} MB/s`,
);
const texts = SIZES_MB.map((mb) => {
  const text = corpus(mb * 1e6);
  return { text, bytes: Buffer.byteLength(text, 'utf8'), count: extractFigures(text).length };
});
// times[size][contender]: CPU ms per call.
const times = texts.map(() => new Map<string, number[]>(contenders.map((c) => [c.name, []])));
// Each sample reads as many bytes at every size: a text of 1 MB is read 100 times per sample when
// the largest is 100 MB, so that a sample of a small text is not a few milliseconds, of which the
// VM's noise and a collection of the garbage the contender before it left can be a third. Sizes
// are interleaved in each round like the contenders, so that a drift of the machine's speed
// during the run (other tenants of the VM) does not read as a difference between sizes.
const largestMb = Math.max(...SIZES_MB);
for (let round = 0; round < ROUNDS; round++) {
  texts.forEach(({ text }, size) => {
    const calls = Math.max(1, Math.round(largestMb / (SIZES_MB[size] ?? largestMb)));
    for (let i = 0; i < contenders.length; i++) {
      const contender = contenders[(i + round + size) % contenders.length];
      if (contender !== undefined) times[size]?.get(contender.name)?.push(cpuMs(() => contender.run(text), calls));
    }
  });
}
texts.forEach(({ bytes, count }, size) => {
  const rate = (name: string): number => bytes / 1e6 / (median(times[size]?.get(name) ?? []) / 1000);
  for (const [name, list] of rates) list.push(rate(name));
  const extractOfScan = rate('extract') / rate('scan');
  ofScan.push(extractOfScan);
  const label = `${(bytes / 1e6).toFixed(1)} MB`.padEnd(9);
  const ratios = converter
    ? ['extract', 'array']
        .map((name) => `${(rate(name) / rate('converter')).toFixed(2)}×`.padStart(name === 'extract' ? 20 : 17))
        .join('')
    : '';
  console.log(
    `${label} ${String(count).padStart(8)} ${contenders.map((c) => fmt(rate(c.name)).padStart(16)).join('')}${ratios}  ${extractOfScan.toFixed(3).padStart(11)}×`,
  );
});
/** The smallest and largest of `values`, and the largest over the smallest (the flatness). */
function spread(values: readonly number[]): { min: number; max: number; flatness: number } {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { min, max, flatness: max / min };
}

if (SIZES_MB.length > 1) {
  const sizes = `from ${SIZES_MB[0]} to ${SIZES_MB.at(-1)} MB`;
  for (const [name, list] of rates) {
    const { min, max, flatness } = spread(list);
    const path = name === 'extract' ? 'extract (streaming)' : 'array (extractFigures)';
    console.log(
      `${path} ${sizes}: ${min.toFixed(1)} to ${max.toFixed(1)} MB/s, flatness (fastest/slowest) ${flatness.toFixed(2)}${name === 'extract' ? ' (goal: ≤ 1.10, ≥ 100 MB/s, ≥ 2× the converter)' : ''}`,
    );
  }
  // The bare scan reads the same bytes: where it slows with size too (a text past the caches), so does any reader.
  const { min, max, flatness } = spread(ofScan);
  console.log(
    `extract/scan ${sizes}: ${min.toFixed(3)} to ${max.toFixed(3)}, flatness ${flatness.toFixed(2)} (the extractor's change with size, the machine's memory taken out)`,
  );
}

// The CLI on the largest size, as a process: streaming keeps memory flat.
await compiledCli(PACKAGE_ROOT);
const largest = SIZES_MB.at(-1) ?? 1;
const dir = mkdtempSync(join(tmpdir(), 'workreport-bench-extract-'));
try {
  const file = join(dir, 'report.txt');
  writeFileSync(file, corpus(largest * 1e6));
  const bin = fileURLToPath(new URL('../bin/workreport.js', import.meta.url));
  for (const format of ['jsonl', 'json']) {
    const cost = runCost(process.execPath, [bin, 'extract', file, '--format', format]);
    console.log(
      `workreport extract ${largest} MB --format ${format.padEnd(5)}: CPU ${cost.cpu.toFixed(1)} s (${(largest / cost.cpu).toFixed(1)} MB/s), wall ${cost.wall.toFixed(1)} s, peak ${HAS_TIME ? `${cost.rssMiB.toFixed(0)} MiB` : 'unknown'} (goal for jsonl: < 400 MiB)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
