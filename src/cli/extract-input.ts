import { accessSync, closeSync, constants, createReadStream, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Diagnostics, ExtractedFigure } from '../figures/extract-figures.ts';
import type { Decoded, EncodingChoice } from '../figures/decode-text.ts';
import { ChunkDecoder, HEAD_BYTES, UndecodableAt, bomLength, detectEncoding } from './decode-stream.ts';
import { byteSize, MAX_INPUT_BYTES, READ_BYTES, type ExtractLimits } from './extract-limits.ts';
import { PIECE_CHARS, FigureStream } from '../figures/figure-stream.ts';
import { WorkreportError } from '../errors.ts';
import { message, type ErrorCode } from '../messages.ts';

/**
 * Reading one input of `workreport extract`: open it, detect its encoding on its first bytes, then
 * decode and scan it piece by piece (decode-stream.ts, figures/figure-stream.ts), whatever its size.
 */

/** The limits given, the command's defaults for the others. */
export function extractLimits(limits: Partial<ExtractLimits>): ExtractLimits {
  return {
    maxBytes: MAX_INPUT_BYTES,
    headBytes: HEAD_BYTES,
    readBytes: READ_BYTES,
    pieceChars: PIECE_CHARS,
    ...limits,
  };
}

/** Why an input is refused: the code of `workreport: [CODE] message` (exit code 1). */
export type FailCode = Extract<ErrorCode, `INPUT_${string}`>;

/** Whether `error` refuses an input (a {@link FailCode}), as opposed to a failure of workreport itself. */
export function isInputRefusal(error: unknown): error is WorkreportError & { code: FailCode } {
  return error instanceof WorkreportError && error.code.startsWith('INPUT_');
}

/** An input whose first bytes have been read and its encoding detected. */
export interface OpenInput {
  file: string;
  decoded: Decoded & { ok: true };
  /** The bytes read so far, from the first. */
  head: Uint8Array;
  /** The bytes after `head`. */
  rest: () => AsyncIterable<Uint8Array>;
  /** The input's size in bytes, when known beforehand (a regular file). */
  size: number | undefined;
  /** The whole decoded text, when the head is the whole input (a report of up to a MB): no second decoding. */
  text: string | undefined;
}

/** The refusal of `file`, `bytes` long (or longer, when `atLeast`: a stream stopped at the limit). */
function tooLarge(file: string, bytes: number, limits: ExtractLimits, atLeast = false): WorkreportError {
  const params = { file, bytes, atLeast, max: byteSize(limits.maxBytes) };
  return new WorkreportError(message('INPUT_TOO_LARGE', 'extract', params), { input: file });
}

/** Why a read failed. */
function unreadable(file: string, error: unknown): WorkreportError {
  const reason = error instanceof Error ? error.message : String(error);
  return new WorkreportError(message('INPUT_UNREADABLE', 'read', { file, reason }), { input: file, cause: error });
}

/**
 * Open an input, refuse it when over the limit, read its first bytes and detect its encoding.
 * A regular file is read again from where the head ends; standard input and pipes go on from the
 * same stream.
 */
export async function openInput(file: string, encoding: EncodingChoice, limits: ExtractLimits): Promise<OpenInput> {
  let head: Uint8Array;
  let size: number | undefined;
  let rest: () => AsyncIterable<Uint8Array>;
  let complete: boolean;
  try {
    const fd = file === '-' ? undefined : openSync(file, 'r');
    const stat = fd === undefined ? undefined : fstatSync(fd);
    if (fd !== undefined && stat?.isFile() === true) {
      try {
        size = stat.size;
        if (size > limits.maxBytes) throw tooLarge(file, size, limits);
        const buffer = Buffer.alloc(Math.min(limits.headBytes, size + 1));
        let length = 0;
        for (let n = -1; n !== 0 && length < buffer.length; length += n)
          n = readSync(fd, buffer, length, buffer.length - length, length);
        head = buffer.subarray(0, length);
        complete = length < limits.headBytes;
      } finally {
        closeSync(fd);
      }
      const start = head.length;
      rest = () => (complete ? emptyStream() : createReadStream(file, { start, highWaterMark: limits.readBytes }));
    } else {
      if (fd !== undefined) closeSync(fd);
      const stream: AsyncIterable<Uint8Array> =
        file === '-' ? process.stdin : createReadStream(file, { highWaterMark: limits.readBytes });
      const chunks = stream[Symbol.asyncIterator]();
      const first: Uint8Array[] = [];
      let length = 0;
      complete = false;
      while (length < limits.headBytes) {
        const next = await chunks.next();
        if (next.done === true) {
          complete = true;
          break;
        }
        first.push(next.value);
        length += next.value.length;
      }
      head = Buffer.concat(first);
      rest = () => ({ [Symbol.asyncIterator]: () => chunks });
    }
  } catch (error) {
    if (isInputRefusal(error)) throw error;
    throw unreadable(file, error);
  }
  const decoded = detectEncoding(head, complete, encoding);
  if (!decoded.ok) {
    const params = { file, failure: decoded, encodingOption: true };
    throw new WorkreportError(message('INPUT_UNDECODABLE', 'whole', params), { input: file });
  }
  return { file, decoded, head, rest, size, text: complete ? decoded.text : undefined };
}

/**
 * Check an input without reading it: it exists, is a file that can be read, and is within the size
 * limit (the cheap check `extract` makes of each of many inputs; their encoding is detected as each is read).
 * @returns its size in bytes
 * @throws WorkreportError `INPUT_UNREADABLE` or `INPUT_TOO_LARGE`, as `openInput` would
 */
export function statInput(file: string, limits: ExtractLimits): number {
  let size: number;
  let folder: boolean;
  try {
    accessSync(file, constants.R_OK);
    const stat = statSync(file);
    folder = stat.isDirectory();
    size = stat.size;
  } catch (error) {
    throw unreadable(file, error);
  }
  // The words reading a folder fails with (EISDIR), said before reading it.
  if (folder) throw unreadable(file, 'EISDIR: illegal operation on a directory, read');
  if (size > limits.maxBytes) throw tooLarge(file, size, limits);
  return size;
}

/** What reading an input found besides its figures. */
export interface InputRead {
  /** The candidates set aside (with `explain`; empty lists otherwise). */
  diagnostics: Diagnostics;
  /** Whether the text holds anything but white space. */
  hasText: boolean;
}

/**
 * Decode an input piece by piece, find its figures and give them to `print` as they are found;
 * `read` hears of every chunk of bytes read (for progress). With `explain`, the candidates set
 * aside are collected (held until the input ends) and returned.
 * @throws InputError when the bytes past the head do not decode, the input grows past the limit or a read fails
 */
export async function extractInput(
  input: OpenInput,
  limits: ExtractLimits,
  print: (figures: ExtractedFigure[]) => Promise<void> | void,
  read?: (bytes: number) => void,
  explain = false,
): Promise<InputRead> {
  const { file, decoded } = input;
  const figures = new FigureStream(limits.pieceChars, undefined, explain);
  const found = (): InputRead => ({ diagnostics: figures.diagnostics(), hasText: figures.hasText() });
  if (input.text !== undefined) {
    // The head held it all, and detecting its encoding decoded it, as the streaming decoder would.
    await print(figures.push(input.text));
    await print(figures.end());
    read?.(input.head.length);
    return found();
  }
  const decoder = new ChunkDecoder(decoded.encoding, bomLength(decoded));
  let total = 0;
  const feed = async (bytes: Uint8Array): Promise<void> => {
    total += bytes.length;
    if (total > limits.maxBytes) throw tooLarge(file, limits.maxBytes, limits, true);
    await print(figures.push(decode(file, () => decoder.decode(bytes))));
    read?.(bytes.length);
  };
  for (let at = 0; at < input.head.length; at += limits.readBytes)
    await feed(input.head.subarray(at, at + limits.readBytes));
  const chunks = input.rest()[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await chunks.next();
      } catch (error) {
        throw unreadable(file, error);
      }
      if (next.done === true) break;
      await feed(next.value);
    }
  } finally {
    await chunks.return?.();
  }
  await print([...figures.push(decode(file, () => decoder.end())), ...figures.end()]);
  return found();
}

/**
 * The stderr line for an input with no figure: an empty one (or white space only) is named as
 * such; a text says so, and what was set aside (or how to see it).
 * @param read what reading the input found: whether it held text, and the candidates set aside
 *   when collected (`--explain`)
 */
export function noFigureMessage(file: string, read: InputRead, explained: boolean): string {
  if (!read.hasText)
    return `workreport extract: "${file}" is empty (or white space only): no figures; check that it is the report's text`;
  const { rejected, unread } = read.diagnostics;
  const aside = explained
    ? `; ${rejected.length} number(s) rejected by a rule and ${unread.length} unread, listed in the output`
    : '; run with --explain to see the numbers set aside';
  return `workreport extract: "${file}" holds text but no figure (a number with a unit word: 亩, 元, 人, 户, %, …)${aside}`;
}

/** No more bytes. */
async function* emptyStream(): AsyncIterable<Uint8Array> {}

/** The text `run` returns, an `UndecodableAt` it throws turned into the message naming the file. */
function decode(file: string, run: () => string): string {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof UndecodableAt)) throw error;
    const { offset, encoding, reason } = error;
    const undecodable =
      reason === 'binary'
        ? message('INPUT_UNDECODABLE', 'binaryAt', { file, offset, encoding })
        : message('INPUT_UNDECODABLE', 'invalidAt', { file, offset, encoding, truncated: reason === 'truncated' });
    throw new WorkreportError(undecodable, { input: file });
  }
}
