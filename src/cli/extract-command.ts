import { Command, Option } from 'commander';
import type { ExtractedFigure } from '../figures/extract-figures.ts';
import { csvText } from '../figures/csv.ts';
import { ENCODING_CHOICES } from '../figures/decode-text.ts';
import { EXTRACT_CSV_COLUMNS, type ExtractFormat } from './extract-output.ts';
import { byteSize, MAX_INPUT_BYTES, type ExtractLimits, type ExtractOptions } from './extract-limits.ts';

export { type ExtractFormat } from './extract-output.ts';
export { MAX_INPUT_BYTES, PROGRESS_BYTES, type ExtractLimits } from './extract-limits.ts';

/** The figures found in one input: `file` as given on the command line (`-` for standard input). */
export interface FileFigures {
  file: string;
  figures: ExtractedFigure[];
}

/**
 * The `workreport extract <input...|->` subcommand (DESIGN.md "CLI"): find every quantitative figure
 * in report texts and print them on stdout, as they are found.
 *
 * - Inputs: files, folders (their `*.txt` files, recursively, sorted by name), glob patterns (`*`,
 *   `?`, `[…]`, `**`; quote them), or `-` for standard input (see corpus-inputs.ts). Each file
 *   once: a file reached twice is refused (`INPUT_DUPLICATE`). The output follows that order,
 *   whatever the number of threads.
 * - Encodings: UTF-8 with or without BOM, or GB18030/GBK, Big5, UTF-16, detected on the first MB
 *   unless `--encoding` says which (see `decodeText`). A BOM is removed before offsets are counted;
 *   CRLF is kept. Inputs of any size up to `MAX_INPUT_BYTES` are read, decoded, scanned and printed
 *   piece by piece (decode-stream.ts, figures/figure-stream.ts, extract-output.ts): memory does not grow
 *   with the input or with the number of files.
 * - `--format json` (default): for one file, a JSON array of figures
 *   `{quote, offset, value, valueMax?, unit, unitRaw, qualifier, counted?, role?}` (offsets are
 *   UTF-16 indices into the decoded text); for several files, one JSON object whose keys are the
 *   file names as given and whose values are those arrays.
 * - `--format jsonl`: one figure per line, `{"file": …, …the figure}`; for corpora.
 * - `--format csv`: UTF-8 with BOM (for spreadsheets), header `EXTRACT_CSV_COLUMNS`, one row per
 *   figure, the `file` column naming its input.
 * - `--explain`: also the numbers set aside (`explainFigures`): in JSON each file's array becomes
 *   `{ figures, rejected: [{rule, quote, offset, message}], unread: [{quote, offset, why}] }`; in CSV
 *   the columns `status`, `rule`, `message` are added and a row per number set aside follows the
 *   file's figures; in JSON Lines a line per number set aside, with `status`. They are held until
 *   their file ends.
 * - A text that holds more than white space but no figure says so on stderr (the output is still
 *   an empty array or header).
 * - Many files are read by worker threads (`--jobs`, default one per core).
 * - Progress on stderr (files, MB, figures, time left) on a terminal for inputs over
 *   `PROGRESS_BYTES` in all, or always with `--progress`.
 * - Errors (exit code 1, message on stderr naming the file): unreadable or missing file, a folder
 *   without report texts or a glob matching nothing (`INPUT_UNREADABLE`), binary or undecodable
 *   file, naming the encodings tried or the byte offset (`INPUT_UNDECODABLE`), a file given twice
 *   (`INPUT_DUPLICATE`), a file over the limit, giving it (`INPUT_TOO_LARGE`). Up to 16 inputs,
 *   every input is opened and its encoding detected before anything is printed: nothing is printed
 *   on stdout then. With more (a corpus), each is checked to exist, be readable and within the limit
 *   before anything is printed, and its encoding is detected when its turn comes. An error found
 *   later (an undecodable file of a corpus, invalid bytes past the first MB of a large file) stops
 *   the output short (a JSON output is left unterminated, so it does not parse) and says so.
 *
 * @param limits sizes to work with (tests); defaults for the command line
 * @returns a commander `Command` named `extract`, to add to the program with `addCommand`
 * @example workreport extract reports/ --format jsonl > figures.jsonl
 */
export function extractCommand(limits: Partial<ExtractLimits> = {}): Command {
  const maxBytes = limits.maxBytes ?? MAX_INPUT_BYTES;
  return (
    new Command('extract')
      .description(
        'find every quantitative figure in report texts (UTF-8 with or without BOM, GB18030/GBK, Big5, UTF-16), of any size up to ' +
          `${byteSize(maxBytes)}, printed as they are found; offsets are UTF-16 indices into the decoded text, counted after a BOM. ` +
          'Folders give their .txt files (recursively) and quoted globs the files they match. ' +
          'JSON: an array for one file, an object keyed by file for several; JSON Lines: a figure per line with its file; CSV: a file column',
      )
      .argument(
        '<inputs...>',
        'report text files, folders, quoted glob patterns (e.g. "reports/**/*.txt"), or - for standard input',
      )
      .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'csv']).default('json'))
      .addOption(
        new Option('--encoding <encoding>', 'text encoding of the files')
          .choices([...ENCODING_CHOICES])
          .default('auto'),
      )
      .option('--explain', 'also print the numbers set aside: rejected by a named rule (rule, message) or unread (why)')
      .option('--progress', 'show progress on stderr (files, MB, figures, time left) even when it is not a terminal')
      .option('--jobs <n>', 'worker threads for many files (default: one per core)')
      // The extraction rules load only when the command runs.
      .action(async (inputs: string[], options: ExtractOptions, command: Command) =>
        (await import('./extract-run.ts')).runExtract(inputs, options, limits, command),
      )
  );
}

/**
 * Format extracted figures as `workreport extract` prints them (see `extractCommand`), all at once.
 * @param results one entry per input file, in command-line order
 * @param format `json` (an array for one file, an object keyed by file for several), `jsonl` or `csv`
 * @returns the whole output, ending with a newline (JSON Lines: empty without figures)
 */
export function formatFigures(results: FileFigures[], format: ExtractFormat): string {
  if (format === 'jsonl')
    return results
      .flatMap(({ file, figures }) => figures.map((figure) => `${JSON.stringify({ file, ...figure })}\n`))
      .join('');
  if (format === 'csv') {
    const rows = results.flatMap(({ file, figures }) => figures.map((figure) => ({ file, ...figure })));
    return csvText(rows, EXTRACT_CSV_COLUMNS);
  }
  const value =
    results.length === 1 ? (results[0]?.figures ?? []) : Object.fromEntries(results.map((r) => [r.file, r.figures]));
  return `${JSON.stringify(value, null, 2)}\n`;
}
