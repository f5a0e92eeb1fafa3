import type { EncodingChoice } from '../figures/decode-text.ts';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { corpusInputs } from './corpus-inputs.ts';
import { isInputRefusal } from './extract-input.ts';
import { CORPUS_COLUMNS } from './corpus-rows.ts';
import { ExtractProgress } from './extract-progress.ts';
import { WorkerPool } from './extract-pool.ts';
import { fail, threads } from './extract-run.ts';
import { workerTask, type WorkerReply, type WorkerTask } from './extract-worker.ts';
import { outputDir } from './write-file.ts';
import { message } from '../messages.ts';

/** Options of `workreport corpus` as commander hands them over. */
export interface CorpusOptions {
  out: string;
  encoding: EncodingChoice;
  progress?: boolean;
  jobs?: string;
}

/**
 * What `workreport corpus` does once its options are parsed (see `corpusCommand`): the rows of every
 * file, found on worker threads, go in input order to a JSON Lines file in a temporary folder; DuckDB
 * then reads that file (streaming) and writes the Parquet file; the temporary folder is removed.
 * Memory holds the rows of at most a few files per thread at a time.
 */

/** Files read ahead of the one being written, per thread. */
const AHEAD_PER_THREAD = 8;

/** `text` as a SQL string literal. */
function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Run `workreport corpus` on `args`: write the Parquet file `options.out`.
 * Errors: `command.error` with exit code 1 for inputs that name no file; files left out are named on
 * stderr and set exit code 1 once the others are written.
 */
export async function runCorpus(args: readonly string[], options: CorpusOptions, command: Command): Promise<void> {
  const started = performance.now();
  const jobs = threads(command, options.jobs);
  let files: string[];
  try {
    files = corpusInputs(args).map((input) => input.file);
  } catch (error) {
    if (isInputRefusal(error)) fail(command, { code: error.code, message: error.detail });
    throw error;
  }
  if (files.includes('-')) fail(command, message('OPTION_INVALID', 'corpusStdin', {}));
  const out = resolve(options.out);
  outputDir(dirname(out));
  const total = files.reduce((sum, file) => sum + statSize(file), 0);
  const progress =
    options.progress === true || process.stderr.isTTY === true
      ? new ExtractProgress(files, total, 'corpus')
      : undefined;
  const work = mkdtempSync(join(tmpdir(), 'workreport-corpus-'));
  const pool = jobs > 1 && files.length > 1 ? new WorkerPool(Math.min(jobs, files.length)) : undefined;
  const run = (task: WorkerTask): Promise<WorkerReply> => (pool === undefined ? workerTask(task) : pool.run(task));
  const leftOut: string[] = [];
  let rows = 0;
  try {
    const jsonl = join(work, 'figures.jsonl');
    const stream = createWriteStream(jsonl);
    const ahead = new Map<number, Promise<WorkerReply>>();
    const lookahead = Math.max(1, Math.min(jobs, files.length)) * AHEAD_PER_THREAD;
    let next = 0;
    for (let index = 0; index < files.length; index++) {
      for (; next < files.length && next <= index + lookahead; next++) {
        const reply = run({ kind: 'rows', file: files[next] ?? '', encoding: options.encoding });
        // A file read ahead may fail after an earlier failure has ended the command: that is no second error.
        reply.catch(() => undefined);
        ahead.set(next, reply);
      }
      const reply = await (ahead.get(index) ??
        run({ kind: 'rows', file: files[index] ?? '', encoding: options.encoding }));
      ahead.delete(index);
      if (!reply.ok) {
        leftOut.push(files[index] ?? '');
        process.stderr.write(
          `${progress === undefined ? '' : '\n'}workreport corpus: left out: [${reply.code}] ${reply.message}\n`,
        );
        progress?.fileDone(0, statSize(files[index] ?? ''));
        continue;
      }
      rows += reply.figures;
      if (reply.text !== '' && !stream.write(reply.text)) await once(stream, 'drain');
      progress?.fileDone(reply.figures, reply.size ?? 0);
    }
    stream.end();
    await once(stream, 'close');
    progress?.finish();
    await writeParquet(jsonl, out, work);
  } finally {
    await pool?.close();
    rmSync(work, { recursive: true, force: true });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const read = files.length - leftOut.length;
  process.stderr.write(
    `workreport corpus: ${rows.toLocaleString('en-US')} figures from ${read.toLocaleString('en-US')} file${read === 1 ? '' : 's'} (${(total / 1e6).toFixed(1)} MB) written to ${options.out} (${statSize(out).toLocaleString('en-US')} bytes) in ${seconds} s` +
      `${leftOut.length === 0 ? '' : `; ${leftOut.length} file${leftOut.length === 1 ? '' : 's'} left out, named above`}\n`,
  );
  if (leftOut.length > 0) process.exitCode = 1;
}

/** The size of `file` in bytes (0 when it cannot be read: reading it then says why). */
function statSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Read the JSON Lines rows with an embedded DuckDB and write them to `out` as zstd Parquet (temporary name, then renamed). */
async function writeParquet(jsonl: string, out: string, work: string): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  // DuckDB takes 80 % of RAM by default; a bound keeps the whole command small, spilling to the temporary folder beyond it.
  const instance = await DuckDBInstance.create(':memory:', {
    temp_directory: work,
    threads: '2',
    memory_limit: '256MB',
  });
  const connection = await instance.connect();
  const partial = `${out}.${process.pid}.partial`;
  const columns = `{${Object.entries(CORPUS_COLUMNS)
    .map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`)
    .join(', ')}}`;
  try {
    await connection.run(
      `COPY (SELECT * FROM read_json(${sqlString(jsonl)}, format = 'newline_delimited', columns = ${columns})) TO ${sqlString(partial)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
    connection.closeSync();
    instance.closeSync();
  }
}
