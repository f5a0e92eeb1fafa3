/**
 * Start-up cost of the CLI as whole processes (run: `npm run bench:cli`), against anchors run in
 * the same rounds:
 *   - `bare node`: `node -e 0`, the least any Node CLI costs;
 *   - `converter`: a Node process that loads `chinese-numbers-converter`, reads the same report and
 *     converts its numerals (`toArabicString()`), the smallest useful job on one report;
 *   - `workreport --help` and `workreport extract <report>` through bin/workreport.js, which runs
 *     the compiled copy in node_modules/.cache/workreport (bin/compiled-cli.js);
 *   - the same two with WORKREPORT_TSX=1: the TypeScript through tsx, as every run did before.
 * CPU time (user + system) of each process by GNU time, median of ROUNDS rounds; in each round
 * every contender runs once, in rotating order. The compiled copy is built before the first round
 * (its one-off build time is printed). A benchmark, not a test: it prints, it asserts nothing.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, compiledCli, PACKAGE_ROOT } from '../bin/compiled-cli.js';
import { HAS_TIME, median, runCost } from './cpu-time.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPORT = join(ROOT, 'datasets/yangshahu-2019/source.txt');
const BIN = join(ROOT, 'bin/workreport.js');
const node = process.execPath;
const tsx = { ...process.env, WORKREPORT_TSX: '1' };

const converterScript = `const C = require('chinese-numbers-converter'); const text = require('fs').readFileSync(${JSON.stringify(REPORT)}, 'utf8'); new C(text).toArabicString();`;

const contenders = [
  { name: 'bare node', run: () => runCost(node, ['-e', '0']) },
  { name: 'converter process', run: () => runCost(node, ['-e', converterScript], { cwd: ROOT }) },
  { name: 'workreport --help', run: () => runCost(node, [BIN, '--help']) },
  { name: 'workreport extract', run: () => runCost(node, [BIN, 'extract', REPORT]) },
  { name: '--help via tsx', run: () => runCost(node, [BIN, '--help'], { env: tsx }) },
  { name: 'extract via tsx', run: () => runCost(node, [BIN, 'extract', REPORT], { env: tsx }) },
] as const;

// One-off: the build a fresh `npm ci` (prepare) or the first run after an edit pays.
const cache = cacheDir(PACKAGE_ROOT);
if (cache !== undefined && process.env.BENCH_KEEP_CACHE !== '1') rmSync(cache, { recursive: true, force: true });
const buildStart = performance.now();
const entry = await compiledCli(PACKAGE_ROOT);
const buildMs = performance.now() - buildStart;

const costs = new Map<string, { cpu: number[]; rss: number[] }>(contenders.map((c) => [c.name, { cpu: [], rss: [] }]));
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < contenders.length; i++) {
    const contender = contenders[(i + round) % contenders.length];
    if (contender === undefined) continue;
    const cost = contender.run();
    costs.get(contender.name)?.cpu.push(cost.cpu);
    costs.get(contender.name)?.rss.push(cost.rssMiB);
  }
}

const cpu = (name: string): number => median(costs.get(name)?.cpu ?? []);
console.log(
  `node ${process.version}; ${HAS_TIME ? 'CPU time (user+sys) by GNU time' : 'wall time (no /usr/bin/time)'}, median of ${ROUNDS} interleaved rounds`,
);
console.log(
  `compiled CLI: ${entry === undefined ? 'NOT BUILT (runs through tsx)' : `built in ${buildMs.toFixed(0)} ms`} into ${cache ?? '(no node_modules)'}`,
);
console.log('process                  CPU s   peak MiB   ratio');
const anchors: Record<string, string> = {
  'workreport --help': 'bare node',
  '--help via tsx': 'bare node',
  'workreport extract': 'converter process',
  'extract via tsx': 'converter process',
};
for (const { name } of contenders) {
  const anchor = anchors[name];
  const ratio = anchor === undefined ? '' : `${(cpu(name) / cpu(anchor)).toFixed(1)}× ${anchor}`;
  console.log(
    `${name.padEnd(22)} ${cpu(name).toFixed(3).padStart(7)}   ${median(costs.get(name)?.rss ?? [])
      .toFixed(0)
      .padStart(8)}   ${ratio}`,
  );
}
console.log('goal: --help within 3× bare node, extract within 3× the converter process');
