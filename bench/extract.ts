/**
 * Throughput of `extractFigures` (run: `npx tsx bench/extract.ts`, or `npm run bench:extract`).
 *
 * The corpus is the Yangshahu 2019 report repeated to 1 MB and to 10 MB (MB = 10⁶ bytes of UTF-8).
 * On the same text, in the same process, it times two baselines:
 *   - a bare char-code scan (the floor: reads every UTF-16 code unit once, does nothing else);
 *   - the `chinese-numbers-converter` package's `toArabicString()`, which converts Chinese numerals
 *     in running text (skipped with a note if the package is not installed).
 * Each figure is the median of several runs after a warm-up. A benchmark, not a test: it prints,
 * it asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extractFigures } from '../src/figures/extract-figures.ts';

interface Converter {
  new (text: string): { toArabicString(): string };
}

const RUNS = 7;
const seed = readFileSync(new URL('../datasets/yangshahu-2019/source.txt', import.meta.url), 'utf8');
const seedBytes = Buffer.byteLength(seed, 'utf8');

/** The seed repeated (joined by a newline) until it holds at least `bytes` bytes of UTF-8. */
function corpus(bytes: number): string {
  return Array.from({ length: Math.ceil(bytes / (seedBytes + 1)) }, () => seed).join('\n');
}

/** Median wall time in milliseconds of `run(text)` over `RUNS` runs, after one warm-up run. */
function median(run: (text: string) => unknown, text: string): number {
  run(text);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? Number.NaN;
}

/** Touch every code unit once: the least any extractor must do. */
function bareScan(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x3a) digits++;
  return digits;
}

function loadConverter(): Converter | undefined {
  try {
    return createRequire(import.meta.url)('chinese-numbers-converter') as Converter;
  } catch {
    return undefined;
  }
}

const converter = loadConverter();
const mbps = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);
const fmt = (x: number): string => x.toFixed(1).padStart(8);

console.log(`node ${process.version}, seed ${seedBytes} bytes, median of ${RUNS} runs`);
console.log('corpus     figures  extract MB/s  scan MB/s  converter MB/s  extract/converter  extract/scan');
for (const target of [1e6, 1e7]) {
  const text = corpus(target);
  const bytes = Buffer.byteLength(text, 'utf8');
  const count = extractFigures(text).length;
  const extract = mbps(bytes, median(extractFigures, text));
  const scan = mbps(bytes, median(bareScan, text));
  const convert = converter ? mbps(bytes, median((t) => new converter(t).toArabicString(), text)) : Number.NaN;
  const label = `${(bytes / 1e6).toFixed(1)} MB`.padEnd(9);
  const vsConverter = converter ? `${fmt(extract / convert)}×` : '     (not installed)';
  console.log(`${label} ${String(count).padStart(8)} ${fmt(extract)}     ${fmt(scan)}   ${fmt(convert)}       ${vsConverter}        ${(extract / scan).toFixed(3)}×`);
}
