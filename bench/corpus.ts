/**
 * A national corpus on one machine (run: `npm run bench:corpus`; `BENCH_CORPUS_MB=100` for a quick
 * run, default 1000). It writes a synthetic corpus into a temporary folder: reports of ~5,000
 * characters (cut from the committed datasets' texts at varying places), one folder per township,
 * `<township>/<township>-<year>.txt`, until it holds BENCH_CORPUS_MB MB of UTF-8. Then, as whole
 * processes through bin/workreport.js (the compiled CLI):
 *   - `extract <folder> --format jsonl` on one thread (`--jobs 1`) and on every core, to /dev/null;
 *   - `corpus <folder> --out figures.parquet` on every core;
 * each with CPU time, wall time and peak memory (GNU time), and extrapolates the wall time to the
 * national corpus of the issue: 40,000 townships × 10 years × ~5,000 characters ≈ 5.4 GB.
 * The folder is removed at the end. A benchmark, not a test: it prints, it asserts nothing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledCli, PACKAGE_ROOT } from '../bin/compiled-cli.js';
import { HAS_TIME, runCost, type ProcessCost } from './cpu-time.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/workreport.js');
const TARGET_MB = Number(process.env.BENCH_CORPUS_MB ?? 1000);
const NATIONAL_BYTES = 5.4e9;
const REPORT_CHARS = 5000;
const YEARS = 10;

/** Every committed report text, joined: the material the synthetic reports are cut from. */
function material(): string {
  const dir = join(ROOT, 'datasets');
  return readdirSync(dir)
    .filter((id) => statSync(join(dir, id)).isDirectory())
    .sort()
    .map((id) => {
      try {
        return readFileSync(join(dir, id, 'source.txt'), 'utf8');
      } catch {
        return '';
      }
    })
    .join('\n');
}

/** Write the synthetic corpus under `dir`; returns its files and bytes. */
function writeCorpus(dir: string, targetBytes: number): { files: number; bytes: number } {
  const text = material();
  let bytes = 0;
  let files = 0;
  // A small linear congruential generator: the same corpus on every run.
  let state = 20_191_216;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let township = 0; bytes < targetBytes; township++) {
    const name = `township-${String(township).padStart(5, '0')}`;
    mkdirSync(join(dir, name), { recursive: true });
    for (let year = 2015; year < 2015 + YEARS && bytes < targetBytes; year++) {
      const start = Math.floor(random() * Math.max(1, text.length - REPORT_CHARS));
      const report = `${name} ${year}年工作总结\n${text.slice(start, start + REPORT_CHARS)}`;
      const path = join(dir, name, `${name}-${year}.txt`);
      writeFileSync(path, report);
      bytes += Buffer.byteLength(report);
      files += 1;
    }
  }
  return { files, bytes };
}

/**
 * One line per run: its costs, and the national corpus extrapolated linearly from them, by wall
 * time (as measured, on a machine maybe shared) and by CPU time (what the run needs of `threads`
 * idle cores).
 */
const print = (label: string, cost: ProcessCost, bytes: number, threads: number): void => {
  const mbps = bytes / 1e6 / cost.wall;
  const scale = NATIONAL_BYTES / bytes;
  console.log(
    `${label.padEnd(34)} wall ${cost.wall.toFixed(1).padStart(6)} s  CPU ${cost.cpu.toFixed(1).padStart(6)} s  peak ${cost.rssMiB.toFixed(0).padStart(5)} MiB  ${mbps.toFixed(1).padStart(6)} MB/s` +
      `  → 5.4 GB in ${((scale * cost.wall) / 60).toFixed(1)} min (wall), ${((scale * cost.cpu) / threads / 60).toFixed(1)} min on ${threads} idle core${threads === 1 ? '' : 's'} (CPU)`,
  );
};

await compiledCli(PACKAGE_ROOT);
const dir = mkdtempSync(join(tmpdir(), 'workreport-bench-corpus-'));
try {
  const started = performance.now();
  const { files, bytes } = writeCorpus(join(dir, 'reports'), TARGET_MB * 1e6);
  console.log(
    `synthetic corpus: ${files.toLocaleString('en-US')} files, ${(bytes / 1e6).toFixed(0)} MB of UTF-8 (written in ${((performance.now() - started) / 1000).toFixed(1)} s); ${availableParallelism()} cores; node ${process.version}`,
  );
  if (!HAS_TIME) console.log('(no /usr/bin/time: CPU time shown as wall time, memory unknown)');
  const reports = join(dir, 'reports');
  const cores = availableParallelism();
  print(
    'extract --format jsonl --jobs 1',
    runCost(process.execPath, [BIN, 'extract', reports, '--format', 'jsonl', '--jobs', '1']),
    bytes,
    1,
  );
  print(
    `extract --format jsonl (${cores} threads)`,
    runCost(process.execPath, [BIN, 'extract', reports, '--format', 'jsonl']),
    bytes,
    cores,
  );
  const parquet = join(dir, 'figures.parquet');
  print(
    `corpus --out figures.parquet`,
    runCost(process.execPath, [BIN, 'corpus', reports, '--out', parquet]),
    bytes,
    cores,
  );
  console.log(`figures.parquet: ${(statSync(parquet).size / 1e6).toFixed(1)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
