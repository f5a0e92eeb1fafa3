import { Command, Option } from 'commander';
import { ENCODING_CHOICES } from '../figures/decode-text.ts';
import type { CorpusOptions } from './corpus-run.ts';

/**
 * The `workreport corpus <input...> --out figures.parquet` subcommand: the figures of a corpus of
 * report texts in one Parquet file, for SQL (DuckDB, Spark, Trino, pandas, R …).
 *
 * - Inputs as `workreport extract` takes them: files, folders (their `*.txt` files, recursively),
 *   quoted globs; each file once, read whole on worker threads (`--jobs`, default one per core),
 *   up to 256 MiB a file.
 * - One row per figure, in input order then text order, with the columns of `CORPUS_COLUMNS`
 *   (corpus-rows.ts): the figure's fields, its file, the place and year read from the file's path
 *   (`placeAndYear`), and the sentence it stands in.
 * - Written through an embedded DuckDB (`@duckdb/node-api`, loaded only by this command), zstd
 *   compressed, under a temporary name and renamed into place.
 * - A file that cannot be read or decoded is left out, named on stderr with the reason; the
 *   command then ends with exit code 1 after writing the others (`INPUT_*` codes as `extract`).
 * - A summary on stderr; progress with `--progress` or on a terminal.
 *
 * @example workreport corpus reports/ --out figures.parquet
 */
export function corpusCommand(): Command {
  return (
    new Command('corpus')
      .description(
        'write the figures of many report texts (files, folders searched recursively for .txt, quoted globs) to one Parquet file, with file, place, year and sentence columns, for SQL in DuckDB, Spark or Trino',
      )
      .argument('<inputs...>', 'report text files, folders or quoted glob patterns (e.g. "reports/**/*.txt")')
      .requiredOption('--out <file>', 'the Parquet file to write (e.g. figures.parquet)')
      .addOption(
        new Option('--encoding <encoding>', 'text encoding of the files')
          .choices([...ENCODING_CHOICES])
          .default('auto'),
      )
      .option('--progress', 'show progress on stderr (files, MB, figures, time left) even when it is not a terminal')
      .option('--jobs <n>', 'worker threads (default: one per core)')
      // Extraction and DuckDB load only when the command runs.
      .action(async (inputs: string[], options: CorpusOptions, command: Command) =>
        (await import('./corpus-run.ts')).runCorpus(inputs, options, command),
      )
  );
}
