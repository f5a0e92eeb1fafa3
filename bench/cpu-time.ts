import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * CPU time and peak memory of a whole child process, measured by GNU time (`/usr/bin/time`), which
 * counts everything the process does, start-up included. Shared by the process benchmarks.
 */

/** What one run of a process cost. */
export interface ProcessCost {
  /** User + system CPU seconds. */
  cpu: number;
  /** Wall-clock seconds. */
  wall: number;
  /** Peak resident memory, MiB. */
  rssMiB: number;
  status: number | null;
}

const TIME = '/usr/bin/time';

/** Whether GNU time is there to measure CPU time (else only wall time is measured). */
export const HAS_TIME = existsSync(TIME);

/**
 * Run `command args` (stdout discarded unless `stdout` names a file descriptor), and say what it cost.
 * @throws when the process fails, with its stderr
 */
export function runCost(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): ProcessCost {
  const started = performance.now();
  const argv = HAS_TIME ? [TIME, '-f', 'COST %U %S %M', command, ...args] : [command, ...args];
  const result = spawnSync(argv[0] ?? command, argv.slice(1), {
    cwd: options.cwd,
    env: options.env ?? process.env,
    input: options.input,
    stdio: ['pipe', 'ignore', 'pipe'],
    maxBuffer: 64 * 2 ** 20,
    encoding: 'utf8',
  });
  const wall = (performance.now() - started) / 1000;
  const line = result.stderr.split('\n').find((l) => l.startsWith('COST '));
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(0, 2000)}`);
  if (line === undefined) return { cpu: wall, wall, rssMiB: Number.NaN, status: result.status };
  const [, user, system, rss] = line.split(' ');
  return { cpu: Number(user) + Number(system), wall, rssMiB: Number(rss) / 1024, status: result.status };
}

/** The median of `values`. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
