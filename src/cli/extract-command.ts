import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { extractFigures, type ExtractedFigure } from '../figures/extract-figures.ts';
import { csvText } from '../figures/csv.ts';
import { ENCODING_CHOICES, decodeText, type Decoded, type EncodingChoice } from './decode.ts';

/** The figures found in one input: `file` as given on the command line (`-` for standard input). */
export interface FileFigures {
  file: string;
  figures: ExtractedFigure[];
}

export type ExtractFormat = 'json' | 'csv';

/** CSV columns of `workreport extract`, in order; empty cells for absent fields. */
export const EXTRACT_CSV_COLUMNS = ['file', 'offset', 'quote', 'value', 'valueMax', 'unit', 'unitRaw', 'qualifier', 'counted', 'role'] as const;

/** Inputs larger than this (bytes) report their progress on stderr. */
export const PROGRESS_BYTES = 4 * 1024 * 1024;

/**
 * The `workreport extract <file...|->` subcommand (DESIGN.md "CLI"): find every quantitative figure in
 * report texts and print them on stdout.
 *
 * - Input: UTF-8 with or without BOM, or GB18030/GBK, detected unless `--encoding` says which
 *   (see `decodeText`). A UTF-8 BOM is removed before offsets are counted; CRLF is kept.
 * - `--format json` (default): for one file, a JSON array of figures
 *   `{quote, offset, value, valueMax?, unit, unitRaw, qualifier, counted?, role?}` (offsets are
 *   UTF-16 indices into the decoded text); for several files, one JSON object whose keys are the
 *   file names as given and whose values are those arrays.
 * - `--format csv`: UTF-8 with BOM (for spreadsheets), header `EXTRACT_CSV_COLUMNS`, one row per
 *   figure, the `file` column naming its input.
 * - Progress on stderr for inputs over `PROGRESS_BYTES`.
 * - Errors (exit code 1, message on stderr naming the file): unreadable file (`INPUT_UNREADABLE`),
 *   binary or undecodable file, naming the encodings tried (`INPUT_UNDECODABLE`), a file given twice
 *   (`INPUT_DUPLICATE`). Nothing is printed on stdout then.
 *
 * @returns a commander `Command` named `extract`, to add to the program with `addCommand`
 * @example workreport extract report.txt --format csv > figures.csv
 */
export function extractCommand(): Command {
  return new Command('extract')
    .description(
      'find every quantitative figure in report texts (UTF-8 with or without BOM, or GB18030/GBK); offsets are UTF-16 indices ' +
        'into the decoded text, counted after a UTF-8 BOM. JSON: an array for one file, an object keyed by file for several; CSV: a file column',
    )
    .argument('<files...>', 'report text files, or - for standard input')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .addOption(new Option('--encoding <encoding>', 'text encoding of the files').choices([...ENCODING_CHOICES]).default('auto'))
    .action(async (files: string[], options: { format: ExtractFormat; encoding: EncodingChoice }, command: Command) => {
      const twice = files.find((file, i) => files.indexOf(file) !== i);
      if (twice !== undefined) fail(command, 'INPUT_DUPLICATE', `"${twice}" is given twice: name each file once`);
      const results: FileFigures[] = [];
      for (const file of files) {
        const bytes = await readInput(file, command);
        const decoded = decodeText(bytes, options.encoding);
        if (!decoded.ok) fail(command, 'INPUT_UNDECODABLE', undecodableMessage(file, decoded));
        const onProgress = bytes.length > PROGRESS_BYTES ? progressReporter(file) : undefined;
        results.push({ file, figures: extractFigures(decoded.text, { onProgress }) });
      }
      process.stdout.write(formatFigures(results, options.format));
    });
}

/**
 * Format extracted figures as `workreport extract` prints them (see `extractCommand`).
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

/** Why a file could not be decoded, naming it and the encodings tried. */
function undecodableMessage(file: string, decoded: Decoded & { ok: false }): string {
  const tried = decoded.tried.join(', ');
  if (decoded.reason === 'unsupported') return `"${file}" is ${decoded.encoding} text, which workreport does not read: save it as UTF-8 (or GB18030)`;
  if (decoded.reason === 'binary') {
    return `"${file}" is not a text file (NUL byte at byte offset ${decoded.nulAt}); tried encodings: ${tried}`;
  }
  return `"${file}" is not valid text in any encoding tried (${tried}): convert it to UTF-8, or name its encoding with --encoding`;
}

async function readInput(file: string, command: Command): Promise<Uint8Array> {
  try {
    if (file !== '-') return readFileSync(file);
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(command, 'INPUT_UNREADABLE', `cannot read "${file}": ${reason}`);
  }
}

/** Print `workreport: [CODE] message` on stderr (as main.ts prints library errors) and exit with 1. */
function fail(command: Command, code: 'INPUT_UNREADABLE' | 'INPUT_UNDECODABLE' | 'INPUT_DUPLICATE', message: string): never {
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
