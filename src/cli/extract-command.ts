import { once } from 'node:events';
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { Command, Option } from 'commander';
import { type Diagnostics, type ExtractedFigure } from '../figures/extract-figures.ts';
import { csvText } from '../figures/csv.ts';
import { ENCODING_CHOICES, type Decoded, type EncodingChoice } from '../figures/decode-text.ts';
import { ChunkDecoder, HEAD_BYTES, UndecodableAt, bomLength, detectEncoding } from './decode-stream.ts';
import { EXTRACT_CSV_COLUMNS, ExtractOutput, type ExtractFormat } from './extract-output.ts';
import { FigureStream, PIECE_CHARS } from './figure-stream.ts';

export { EXPLAIN_CSV_COLUMNS, EXTRACT_CSV_COLUMNS, type ExtractFormat } from './extract-output.ts';

/** The figures found in one input: `file` as given on the command line (`-` for standard input). */
export interface FileFigures {
  file: string;
  figures: ExtractedFigure[];
}

/** Inputs larger than this (bytes) report their progress on stderr. */
export const PROGRESS_BYTES = 4 * 1024 * 1024;

/**
 * The largest input `extract` reads (4 GiB), refused with a message beyond: memory does not grow
 * with the input, but a pipe that never ends should not keep it reading forever.
 */
export const MAX_INPUT_BYTES = 2 ** 32;

/** Bytes read from a file at a time: the figures of so few die young, and memory stays small. */
export const READ_BYTES = 1 << 16;

/** Sizes `extract` works with; tests make them small. */
export interface ExtractLimits {
  /** Largest input in bytes. Default: `MAX_INPUT_BYTES`. */
  maxBytes: number;
  /** Bytes its encoding is detected on. Default: `HEAD_BYTES`. */
  headBytes: number;
  /** Bytes read at a time. Default: `READ_BYTES`. */
  readBytes: number;
  /** UTF-16 code units scanned for figures at a time. Default: `PIECE_CHARS`. */
  pieceChars: number;
}

type FailCode = 'INPUT_UNREADABLE' | 'INPUT_UNDECODABLE' | 'INPUT_DUPLICATE' | 'INPUT_TOO_LARGE';

/** A refusal of an input, turned into `workreport: [CODE] message` and exit code 1. */
class InputError extends Error {
  constructor(
    readonly code: FailCode,
    message: string,
  ) {
    super(message);
  }
}

/** An input whose first bytes have been read and its encoding detected. */
interface OpenInput {
  file: string;
  decoded: Decoded & { ok: true };
  /** The bytes read so far, from the first. */
  head: Uint8Array;
  /** The bytes after `head`. */
  rest: () => AsyncIterable<Uint8Array>;
  /** The input's size in bytes, when known beforehand (a regular file). */
  size: number | undefined;
}

/**
 * The `workreport extract <file...|->` subcommand (DESIGN.md "CLI"): find every quantitative figure in
 * report texts and print them on stdout.
 *
 * - Input: UTF-8 with or without BOM, or GB18030/GBK, Big5, UTF-16, detected on the first MB unless
 *   `--encoding` says which (see `decodeText`). A BOM is removed before offsets are counted; CRLF is kept.
 *   Inputs of any size up to `MAX_INPUT_BYTES` are read, decoded, scanned and printed piece by piece
 *   (decode-stream.ts, figure-stream.ts, extract-output.ts): memory does not grow with the input.
 * - `--format json` (default): for one file, a JSON array of figures
 *   `{quote, offset, value, valueMax?, unit, unitRaw, qualifier, counted?, role?}` (offsets are
 *   UTF-16 indices into the decoded text); for several files, one JSON object whose keys are the
 *   file names as given and whose values are those arrays.
 * - `--format csv`: UTF-8 with BOM (for spreadsheets), header `EXTRACT_CSV_COLUMNS`, one row per
 *   figure, the `file` column naming its input.
 * - `--explain`: also the numbers set aside (`explainFigures`): in JSON each file's array becomes
 *   `{ figures, rejected: [{rule, quote, offset, message}], unread: [{quote, offset, why}] }`; in CSV
 *   the columns `status`, `rule`, `message` are added and a row per number set aside follows the
 *   file's figures. The numbers set aside are held until their file ends.
 * - A text that holds more than white space but no figure says so on stderr (the output is still
 *   an empty array or header).
 * - Progress on stderr for files over `PROGRESS_BYTES`.
 * - Errors (exit code 1, message on stderr naming the file): unreadable file (`INPUT_UNREADABLE`),
 *   binary or undecodable file, naming the encodings tried or the byte offset (`INPUT_UNDECODABLE`),
 *   a file given twice (`INPUT_DUPLICATE`), a file over the limit, giving it (`INPUT_TOO_LARGE`).
 *   Every input is opened and its encoding detected before anything is printed: nothing is printed
 *   on stdout then. An error found later in a large file (invalid bytes past its first MB) stops
 *   the output short (a JSON output is left unterminated, so it does not parse) and says so.
 *
 * @param limits sizes to work with (tests); defaults for the command line
 * @returns a commander `Command` named `extract`, to add to the program with `addCommand`
 * @example workreport extract report.txt --format csv > figures.csv
 */
export function extractCommand(limits: Partial<ExtractLimits> = {}): Command {
  const sizes: ExtractLimits = { maxBytes: MAX_INPUT_BYTES, headBytes: HEAD_BYTES, readBytes: READ_BYTES, pieceChars: PIECE_CHARS, ...limits };
  return new Command('extract')
    .description(
      'find every quantitative figure in report texts (UTF-8 with or without BOM, GB18030/GBK, Big5, UTF-16), of any size up to ' +
        `${byteSize(sizes.maxBytes)}, printed as they are found; offsets are UTF-16 indices into the decoded text, counted after a BOM. ` +
        'JSON: an array for one file, an object keyed by file for several; CSV: a file column',
    )
    .argument('<files...>', 'report text files, or - for standard input')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .addOption(new Option('--encoding <encoding>', 'text encoding of the files').choices([...ENCODING_CHOICES]).default('auto'))
    .option('--explain', 'also print the numbers set aside: rejected by a named rule (rule, message) or unread (why)')
    .action(async (files: string[], options: { format: ExtractFormat; encoding: EncodingChoice; explain?: boolean }, command: Command) => {
      const twice = files.find((file, i) => files.indexOf(file) !== i);
      if (twice !== undefined) fail(command, 'INPUT_DUPLICATE', `"${twice}" is given twice: name each file once`);
      let printed = false;
      try {
        const inputs: OpenInput[] = [];
        for (const file of files) inputs.push(await openInput(file, options.encoding, sizes));
        const explain = options.explain === true;
        const output = new ExtractOutput(options.format, files.length > 1, explain);
        const print = async (text: string): Promise<void> => {
          if (text === '') return;
          printed = true;
          if (!process.stdout.write(text)) await once(process.stdout, 'drain');
        };
        for (const input of inputs) {
          await print(output.start(input.file));
          const stream = new FigureStream(sizes.pieceChars, undefined, explain);
          await extractInput(input, sizes, stream, (figures) => print(output.figures(figures)));
          const diagnostics = stream.diagnostics();
          if (output.printed === 0 && stream.hasText()) process.stderr.write(`${noFigureMessage(input.file, diagnostics, explain)}\n`);
          await print(output.finish(diagnostics));
        }
        await print(output.end());
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        const stopped = printed ? '; the output printed before this message is incomplete' : '';
        fail(command, error.code, `${error.message}${stopped}`);
      }
    });
}

/**
 * Format extracted figures as `workreport extract` prints them (see `extractCommand`), all at once.
 * @param results one entry per input file, in command-line order
 * @param format `json` (an array for one file, an object keyed by file for several) or `csv`
 * @returns the whole output, ending with a newline
 */
export function formatFigures(results: FileFigures[], format: ExtractFormat): string {
  if (format === 'csv') {
    const rows = results.flatMap(({ file, figures }) => figures.map((figure) => ({ file, ...figure })));
    return csvText(rows, EXTRACT_CSV_COLUMNS);
  }
  const value = results.length === 1 ? (results[0]?.figures ?? []) : Object.fromEntries(results.map((r) => [r.file, r.figures]));
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `bytes` as people read it: `4 GiB (4294967296 bytes)`. */
function byteSize(bytes: number): string {
  const units = [
    [2 ** 30, 'GiB'],
    [2 ** 20, 'MiB'],
    [2 ** 10, 'KiB'],
  ] as const;
  const unit = units.find(([size]) => bytes >= size && bytes % size === 0);
  return unit === undefined ? `${bytes} bytes` : `${bytes / unit[0]} ${unit[1]} (${bytes} bytes)`;
}

function tooLarge(file: string, read: string, limits: ExtractLimits): InputError {
  return new InputError('INPUT_TOO_LARGE', `"${file}" is ${read}, more than workreport extract reads (${byteSize(limits.maxBytes)}): split it into smaller files`);
}

/** Why a read failed. */
function unreadable(file: string, error: unknown): InputError {
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError('INPUT_UNREADABLE', `cannot read "${file}": ${reason}`);
}

/**
 * Open an input, refuse it when over the limit, read its first bytes and detect its encoding.
 * A regular file is read again from where the head ends; standard input and pipes go on from the
 * same stream.
 */
async function openInput(file: string, encoding: EncodingChoice, limits: ExtractLimits): Promise<OpenInput> {
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
        if (size > limits.maxBytes) throw tooLarge(file, `${size} bytes`, limits);
        const buffer = Buffer.alloc(Math.min(limits.headBytes, size + 1));
        let length = 0;
        for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, length);
        head = buffer.subarray(0, length);
        complete = length < limits.headBytes;
      } finally {
        closeSync(fd);
      }
      const start = head.length;
      rest = () => (complete ? emptyStream() : createReadStream(file, { start, highWaterMark: limits.readBytes }));
    } else {
      if (fd !== undefined) closeSync(fd);
      const stream: AsyncIterable<Uint8Array> = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: limits.readBytes });
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
    if (error instanceof InputError) throw error;
    throw unreadable(file, error);
  }
  const decoded = detectEncoding(head, complete, encoding);
  if (!decoded.ok) throw new InputError('INPUT_UNDECODABLE', undecodableMessage(file, decoded));
  return { file, decoded, head, rest, size };
}

/**
 * The stderr line for a text with no figure: says so, and what was set aside (or how to see it).
 * @param diagnostics the candidates set aside, when collected (`--explain`); read, not consumed
 */
export function noFigureMessage(file: string, diagnostics: Diagnostics, explained: boolean): string {
  const { rejected, unread } = diagnostics;
  const aside = explained ? `; ${rejected.length} number(s) rejected by a rule and ${unread.length} unread, listed in the output` : '; run with --explain to see the numbers set aside';
  return `workreport extract: "${file}" holds text but no figure (a number with a unit word: 亩, 元, 人, 户, %, …)${aside}`;
}

/** Decode an input piece by piece, find its figures and give them to `print` as they are found. */
async function extractInput(input: OpenInput, limits: ExtractLimits, figures: FigureStream, print: (figures: ExtractedFigure[]) => Promise<void>): Promise<void> {
  const { file, decoded, size } = input;
  const decoder = new ChunkDecoder(decoded.encoding, bomLength(decoded));
  const progress = size !== undefined && size > PROGRESS_BYTES ? progressReporter(file) : undefined;
  let read = 0;
  let percent = -1;
  const feed = async (bytes: Uint8Array): Promise<void> => {
    read += bytes.length;
    if (read > limits.maxBytes) throw tooLarge(file, `over ${limits.maxBytes} bytes`, limits);
    await print(figures.push(decode(file, () => decoder.decode(bytes))));
    if (progress !== undefined && size !== undefined && Math.floor((100 * read) / size) !== percent) {
      percent = Math.floor((100 * read) / size);
      if (read < size) progress(read, size);
    }
  };
  for (let at = 0; at < input.head.length; at += limits.readBytes) await feed(input.head.subarray(at, at + limits.readBytes));
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
  if (progress !== undefined) progress(read, read);
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
    if (reason === 'binary') throw new InputError('INPUT_UNDECODABLE', `"${file}" is not a text file (NUL byte at byte offset ${offset}); read as ${encoding}`);
    const what = reason === 'truncated' ? `ends inside a ${encoding} character (byte offset ${offset})` : `is not valid ${encoding} text at byte offset ${offset}`;
    throw new InputError(
      'INPUT_UNDECODABLE',
      `"${file}" ${what}, the encoding its first bytes were read in: convert it to UTF-8, or name its encoding with --encoding`,
    );
  }
}

/** Why a file could not be decoded, naming it and the encodings tried. */
function undecodableMessage(file: string, decoded: Decoded & { ok: false }): string {
  const tried = decoded.tried.join(', ');
  if (decoded.reason === 'unsupported') return `"${file}" is ${decoded.encoding} text, which workreport does not read: save it as UTF-8 (or GB18030)`;
  if (decoded.reason === 'binary') {
    return `"${file}" is not a text file (NUL byte at byte offset ${decoded.nulAt}); tried encodings: ${tried}`;
  }
  return `"${file}" is not valid text in any encoding tried (${tried}): convert it to UTF-8, or name its encoding with --encoding`;
}

/** Print `workreport: [CODE] message` on stderr (as main.ts prints library errors) and exit with 1. */
function fail(command: Command, code: FailCode, message: string): never {
  return command.error(`workreport: [${code}] ${message}`, { code, exitCode: 1 });
}

/** Writes `extract <file>: N%` on stderr: one updating line on a terminal, else one line per step. */
function progressReporter(file: string): (done: number, total: number) => void {
  const tty = process.stderr.isTTY === true;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
    const end = tty && done < total ? '' : '\n';
    process.stderr.write(`${tty ? '\r' : ''}workreport extract: ${file}: ${percent}%${end}`);
  };
}
