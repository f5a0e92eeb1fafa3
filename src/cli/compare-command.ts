import { datasetsOption } from './datasets-option.ts';
import { Command, Option } from 'commander';
import type { ComparedReport } from '../compare/compare-datasets.ts';
import { comparisonCsv } from '../compare/comparison-csv.ts';
import type { Comparison } from '../compare/comparison.ts';
import type { Mapping } from '../compare/mapping.ts';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import { readInputFile } from './read-file.ts';

export type CompareFormat = 'json' | 'csv';

/**
 * The output of `workreport compare`: the rows as a JSON array, or CSV (UTF-8 with BOM, header
 * `COMPARISON_COLUMNS`, one line per value) with formula-like text cells neutralised.
 * @returns the whole output, ending with a newline
 */
export function formatComparison(comparison: Comparison, format: CompareFormat): string {
  return format === 'json' ? `${JSON.stringify(comparison.rows, null, 2)}\n` : comparisonCsv(comparison);
}

/** One line on stderr: how many rows matched and how, and how many stated changes are flagged. */
export function comparisonSummary(comparison: Comparison): string {
  const count = (match: string) => comparison.rows.filter((r) => r.match === match).length;
  const flagged = comparison.rows.flatMap((r) => r.changes).filter((c) => c.flag !== undefined).length;
  return (
    `workreport compare: ${comparison.datasets.join(', ')} (${comparison.years.join(', ')}): ${comparison.rows.length} rows, ` +
    `matched by label ${count('label')}, synonym ${count('synonym')}, mapping ${count('mapping')}, unmatched ${count('none')}; ` +
    `${flagged} stated change${flagged === 1 ? '' : 's'} flagged; ${comparison.plan.length} target${comparison.plan.length === 1 ? '' : 's'} with an actual\n`
  );
}

async function readMapping(file: string): Promise<Mapping> {
  const text = readInputFile(file).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkreportError(message('OPTION_INVALID', 'mappingJson', { file, reason }), {
      input: file,
      cause: error,
    });
  }
  const { parseMapping } = await import('../compare/mapping.ts');
  return parseMapping(json, file);
}

/**
 * The `workreport compare <id> <id> [<id>…]` subcommand (DESIGN.md "CLI"): one row per indicator
 * across the datasets, values in canonical units, changes computed and checked against the stated
 * growth (see `compareDatasets`).
 *
 * - `--format json` (default): the rows as a JSON array; `csv`: one line per value.
 * - `--mapping <file>`: a JSON mapping of labels or figure ids the user declares equal.
 * - On stderr: one line per note (another place, a repeated year) and a summary line.
 * - Exit 0 whenever the comparison ran, whatever it flagged; 1 for an unknown or invalid dataset
 *   or mapping file (the library's WorkreportError, printed by the program).
 *
 * @param load reads a dataset by id. Default: `loadDataset` from the `--datasets` folder (`./datasets`)
 * @example workreport compare hongshan-district-2012 hongshan-district-2013 --format csv > hongshan.csv
 */
export function compareCommand(load?: (id: string) => ComparedReport): Command {
  return new Command('compare')
    .description(
      'compare two or more datasets of one place: indicators matched across years, computed vs stated growth, flags (JSON array or CSV)',
    )
    .argument('<ids...>', 'dataset ids, e.g. hongshan-district-2012 hongshan-district-2013')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option(
      '--mapping <file>',
      'JSON file of labels or figure ids that measure one thing: {"groups": [["全口径财政收入", "公共财政总收入"]]}',
    )
    .addOption(datasetsOption())
    .action(async (given: string[], options: { format: CompareFormat; mapping?: string; datasets: string }) => {
      // Imported when the command runs, so other commands do not load the datasets and arquero.
      const [{ compareDatasets }, loader] = await Promise.all([
        import('../compare/compare-datasets.ts'),
        load ??
          import('../datasets/read-dataset.ts').then(
            (m) =>
              (id: string): ComparedReport =>
                m.loadDataset(id, options.datasets),
          ),
      ]);
      const mapping = options.mapping === undefined ? undefined : await readMapping(options.mapping);
      const ids = [...new Set(given)];
      if (ids.length < given.length)
        process.stderr.write(
          `workreport compare: note: a dataset named twice is compared once (${given.filter((id, i) => given.indexOf(id) !== i).join(', ')})\n`,
        );
      const comparison = compareDatasets(
        ids.map((id) => loader(id)),
        mapping === undefined ? {} : { mapping },
      );
      for (const note of comparison.notes)
        process.stderr.write(`workreport compare: note ${note.code}: ${note.message}\n`);
      process.stderr.write(comparisonSummary(comparison));
      process.stdout.write(formatComparison(comparison, options.format));
    });
}
