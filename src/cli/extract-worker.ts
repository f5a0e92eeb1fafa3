import { readFileSync, statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { decodeText, type EncodingChoice } from '../figures/decode-text.ts';
import { extractFigures } from '../figures/extract-figures.ts';
import { corpusRows } from './corpus-rows.ts';
import { byteSize, type ExtractLimits } from './extract-limits.ts';
import { extractInput, isInputRefusal, noFigureMessage, openInput, type FailCode } from './extract-input.ts';
import { ExtractOutput, type ExtractFormat } from './extract-output.ts';
import { message } from '../messages.ts';

/**
 * A worker thread of `workreport extract` and `workreport corpus` (see extract-pool.ts): it checks
 * a file (opens it, detects its encoding), reads one and answers with the text `extract` prints for
 * it, or with its rows for `corpus` as JSON Lines.
 */

/** The largest file `workreport corpus` reads (it holds each file whole, to give each figure its sentence). */
export const CORPUS_MAX_BYTES = 256 * 2 ** 20;

/** What the main thread asks of a worker. */
export type WorkerTask =
  | { kind: 'check'; file: string; encoding: EncodingChoice; limits: ExtractLimits }
  | {
      kind: 'extract';
      file: string;
      index: number;
      several: boolean;
      format: ExtractFormat;
      encoding: EncodingChoice;
      limits: ExtractLimits;
      explain: boolean;
    }
  | { kind: 'rows'; file: string; encoding: EncodingChoice };

/**
 * A worker's answer: the file's size (check), or its output text and figure count (extract) with the
 * stderr notice of a text without figures, or why it is refused.
 */
export type WorkerReply =
  | { ok: true; size: number | undefined; text: string; figures: number; notice?: string }
  | { ok: false; code: FailCode; message: string };

/** Do one task. */
export async function workerTask(task: WorkerTask): Promise<WorkerReply> {
  try {
    if (task.kind === 'rows') return rowsOf(task.file, task.encoding);
    const input = await openInput(task.file, task.encoding, task.limits);
    if (task.kind === 'check') return { ok: true, size: input.size, text: '', figures: 0 };
    const output = new ExtractOutput(task.format, task.several, task.explain);
    let text = output.start(task.file, task.index);
    let figures = 0;
    const read = await extractInput(
      input,
      task.limits,
      (found) => {
        figures += found.length;
        text += output.figures(found);
      },
      undefined,
      task.explain,
    );
    text += output.finish(read.diagnostics);
    const reply: WorkerReply = { ok: true, size: input.size, text, figures };
    if (figures === 0) reply.notice = noFigureMessage(task.file, read, task.explain);
    return reply;
  } catch (error) {
    if (isInputRefusal(error)) return { ok: false, code: error.code, message: error.detail };
    throw error;
  }
}

parentPort?.on('message', (message: { id: number; task: WorkerTask }) => {
  workerTask(message.task).then(
    (reply) => parentPort?.postMessage({ id: message.id, reply }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});

/** The corpus rows of `file` as JSON Lines (see corpus-rows.ts). */
function rowsOf(file: string, encoding: EncodingChoice): WorkerReply {
  let bytes: Uint8Array;
  try {
    const size = statSync(file).size;
    if (size > CORPUS_MAX_BYTES) {
      const params = { file, bytes: size, max: byteSize(CORPUS_MAX_BYTES) };
      return { ok: false, ...message('INPUT_TOO_LARGE', 'corpus', params) };
    }
    bytes = readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, ...message('INPUT_UNREADABLE', 'read', { file, reason }) };
  }
  const decoded = decodeText(bytes, encoding);
  if (!decoded.ok) {
    return { ok: false, ...message('INPUT_UNDECODABLE', 'whole', { file, failure: decoded, encodingOption: true }) };
  }
  const rows = corpusRows(file, decoded.text, extractFigures(decoded.text));
  let text = '';
  for (const row of rows) text += `${JSON.stringify(row)}\n`;
  return { ok: true, size: bytes.length, text, figures: rows.length };
}
