import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { corpusInputs, type CorpusInput } from './corpus-inputs.ts';
import { PROGRESS_BYTES, type ExtractLimits, type ExtractOptions } from './extract-limits.ts';
import {
  extractInput,
  extractLimits,
  isInputRefusal,
  noFigureMessage,
  openInput,
  statInput,
  type OpenInput,
} from './extract-input.ts';
import { ExtractOutput } from './extract-output.ts';
import { ExtractProgress } from './extract-progress.ts';
import { WorkerPool } from './extract-pool.ts';
import { WorkreportError } from '../errors.ts';
import { message, outputIncomplete, type ErrorCode, type Message } from '../messages.ts';

/**
 * What `workreport extract` does once its options are parsed (see `extractCommand`): list the
 * inputs, check each (readable, within the limit, encoding detected), then print the figures of
 * each in order, reading many files on worker threads.
 */

/**
 * Up to this many inputs, each is opened and its encoding detected before anything is printed (and
 * kept open for the read). Beyond, a corpus, each is only checked to exist, be readable and within
 * the limit; its encoding is detected as it is read, so an undecodable file stops the output there
 * (saying so) instead of every file being read twice and memory growing with their number.
 */
export const CHECKED_INPUTS = 16;
/** Files larger than this (bytes) are read on the main thread and printed as they are scanned; smaller ones on worker threads, whole. */
const WORKER_MAX_BYTES = 16 * 2 ** 20;
/** UTF-16 code units of output gathered into one write to stdout. */
const OUTPUT_CHUNK = 1 << 16;
/** Files read ahead of the one being printed, per thread: bounds the output waiting to be printed. */
const AHEAD_PER_THREAD = 8;

/**
 * Run `workreport extract` on `args` with parsed `options`; print on stdout.
 * Errors end the command through `command.error` (exit code 1, `workreport: [CODE] message`).
 */
export async function runExtract(
  args: readonly string[],
  options: ExtractOptions,
  given: Partial<ExtractLimits>,
  command: Command,
): Promise<void> {
  const limits = extractLimits(given);
  const jobs = threads(command, options.jobs);
  let inputs: CorpusInput[];
  try {
    inputs = corpusInputs(args);
  } catch (error) {
    if (isInputRefusal(error)) fail(command, { code: error.code, message: error.detail });
    throw error;
  }
  const files = inputs.map((input) => input.file);
  const parallel = jobs > 1 && files.length > 1 && !files.includes('-');
  const pool = parallel ? new WorkerPool(Math.min(jobs, files.length)) : undefined;
  let printed = false;
  // Output is gathered into writes of about OUTPUT_CHUNK characters: one write per figure or file costs more than the writing.
  let pending = '';
  const flush = async (): Promise<void> => {
    const text = pending;
    pending = '';
    if (text !== '' && !process.stdout.write(text)) await once(process.stdout, 'drain');
  };
  const print = async (text: string): Promise<void> => {
    if (text === '') return;
    printed = true;
    pending += text;
    if (pending.length >= OUTPUT_CHUNK) await flush();
  };
  try {
    const checked =
      pool === undefined ? await checkHere(files, options, limits) : await checkOnThreads(pool, files, options, limits);
    const sizes = checked.map((c) => c.size);
    const total = sizes.every((size) => size !== undefined)
      ? sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0)
      : undefined;
    const shown =
      options.progress === true || (process.stderr.isTTY === true && (total === undefined || total > PROGRESS_BYTES));
    const progress = shown ? new ExtractProgress(files, total) : undefined;
    const several = files.length > 1;
    const explain = options.explain === true;
    const output = new ExtractOutput(options.format, several, explain);
    // The output of the files read ahead on threads, by index, waiting for their turn.
    const ahead = new Map<
      number,
      Promise<{ text: string; figures: number; size: number | undefined; notice?: string }>
    >();
    const lookahead = pool === undefined ? 0 : Math.min(jobs, files.length) * AHEAD_PER_THREAD;
    let next = 0;
    for (let index = 0; index < files.length; index++) {
      for (; pool !== undefined && next < files.length && next <= index + lookahead; next++) {
        if ((sizes[next] ?? 0) > WORKER_MAX_BYTES) continue;
        const task = {
          kind: 'extract',
          file: files[next] ?? '',
          index: next,
          several,
          format: options.format,
          encoding: options.encoding,
          limits,
          explain,
        } as const;
        const result = pool.run(task).then((reply) => {
          if (!reply.ok) throw new WorkreportError(reply, { input: files[next] });
          return reply;
        });
        // A file read ahead may fail after an earlier one has ended the command: that is no second error.
        result.catch(() => undefined);
        ahead.set(next, result);
      }
      const file = files[index] ?? '';
      const done = ahead.get(index);
      ahead.delete(index);
      if (done !== undefined) {
        const reply = await done;
        await print(reply.text);
        if (reply.notice !== undefined) process.stderr.write(`${reply.notice}\n`);
        progress?.fileDone(reply.figures, reply.size ?? 0);
        continue;
      }
      const input = checked[index]?.input ?? (await openInput(file, options.encoding, limits));
      if (checked[index] !== undefined) checked[index] = { size: checked[index]?.size };
      await print(output.start(file, index));
      let figures = 0;
      const read = await extractInput(
        input,
        limits,
        async (found) => {
          figures += found.length;
          progress?.found(found.length);
          await print(output.figures(found));
        },
        (bytes) => progress?.read(bytes),
        explain,
      );
      if (figures === 0) process.stderr.write(`${noFigureMessage(file, read, explain)}\n`);
      await print(output.finish(read.diagnostics));
      progress?.fileDone(0);
    }
    await print(output.end());
    await flush();
    progress?.finish();
  } catch (error) {
    if (!isInputRefusal(error)) throw error;
    await flush();
    const refusal = { code: error.code, message: error.detail };
    fail(command, printed ? outputIncomplete(refusal) : refusal);
  } finally {
    await pool?.close();
  }
}

/** An input checked before anything is printed: its size, and for the first ones the opened input itself. */
interface Checked {
  size: number | undefined;
  input?: OpenInput;
}

/** Check every input on this thread, in order (see `CHECKED_INPUTS`); the first refusal is thrown. */
async function checkHere(files: readonly string[], options: ExtractOptions, limits: ExtractLimits): Promise<Checked[]> {
  const checked: Checked[] = [];
  for (const file of files) {
    if (files.length > CHECKED_INPUTS && file !== '-') checked.push({ size: statInput(file, limits) });
    else {
      const input = await openInput(file, options.encoding, limits);
      checked.push({ size: input.size, input });
    }
  }
  return checked;
}

/** Check every input on the threads (see `CHECKED_INPUTS`); the refusal of the first file in order is thrown. */
async function checkOnThreads(
  pool: WorkerPool,
  files: readonly string[],
  options: ExtractOptions,
  limits: ExtractLimits,
): Promise<Checked[]> {
  if (files.length > CHECKED_INPUTS) return files.map((file) => ({ size: statInput(file, limits) }));
  const replies = await Promise.all(
    files.map((file) => pool.run({ kind: 'check', file, encoding: options.encoding, limits })),
  );
  return replies.map((reply, index) => {
    if (!reply.ok) throw new WorkreportError(reply, { input: files[index] });
    return { size: reply.size };
  });
}

/** The number of threads `--jobs` asks for, or one per core. */
export function threads(command: Command, jobs: string | undefined): number {
  if (jobs === undefined) return availableParallelism();
  if (!/^[1-9]\d{0,2}$/.test(jobs))
    fail(command, message('OPTION_INVALID', 'jobs', { jobs, cores: availableParallelism() }));
  return Number(jobs);
}

/** Print `workreport: [CODE] message` on stderr (as main.ts prints library errors) and exit with 1. */
export function fail(command: Command, { code, message: text }: Message<ErrorCode>): never {
  return command.error(`workreport: [${code}] ${text}`, { code, exitCode: 1 });
}
