import { parentPort } from 'node:worker_threads';
import type { EncodingChoice } from '../figures/decode-text.ts';
import type { ExtractLimits } from './extract-command.ts';
import { extractInput, InputError, openInput, type FailCode } from './extract-input.ts';
import { ExtractOutput, type ExtractFormat } from './extract-output.ts';

/**
 * A worker thread of `workreport extract` (see extract-pool.ts): it checks a file (opens it, detects
 * its encoding) or reads one whole and answers with the text `extract` prints for it.
 */

/** What the main thread asks of a worker. */
export type WorkerTask =
  | { kind: 'check'; file: string; encoding: EncodingChoice; limits: ExtractLimits }
  | { kind: 'extract'; file: string; index: number; several: boolean; format: ExtractFormat; encoding: EncodingChoice; limits: ExtractLimits };

/** A worker's answer: the file's size (check), or its output text and figure count (extract), or why it is refused. */
export type WorkerReply =
  | { ok: true; size: number | undefined; text: string; figures: number }
  | { ok: false; code: FailCode; message: string };

/** Do one task. */
export async function workerTask(task: WorkerTask): Promise<WorkerReply> {
  try {
    const input = await openInput(task.file, task.encoding, task.limits);
    if (task.kind === 'check') return { ok: true, size: input.size, text: '', figures: 0 };
    const output = new ExtractOutput(task.format, task.several);
    let text = output.start(task.file, task.index);
    let figures = 0;
    await extractInput(input, task.limits, (found) => {
      figures += found.length;
      text += output.figures(found);
    });
    text += output.finish();
    return { ok: true, size: input.size, text, figures };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

parentPort?.on('message', (message: { id: number; task: WorkerTask }) => {
  workerTask(message.task).then(
    (reply) => parentPort?.postMessage({ id: message.id, reply }),
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
