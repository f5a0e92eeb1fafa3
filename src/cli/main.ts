import { join } from 'node:path';
import { Command, Option } from 'commander';
import { WorkreportError } from '../errors.ts';
import { compareCommand } from './compare-command.ts';
import { datasetsOption } from './datasets-option.ts';
import { corpusCommand } from './corpus-command.ts';
import { extractCommand } from './extract-command.ts';
import { initCommand } from './init-command.ts';
import { renderCommand } from './render-command.ts';

/**
 * The `workreport` command (DESIGN.md "CLI"). Output goes to stdout; errors go to stderr with their
 * code, and the process exits with 1 (bad input or failed check) or 0.
 *
 * Start-up: this module and the subcommands' definitions import only commander and small modules;
 * each action imports what it needs when it runs (vega, arquero, the datasets, DuckDB …), so
 * `--help` or `extract` do not pay for `render` or `check`.
 */
const program = new Command()
  .name('workreport')
  .description('Verified figures and charts from Chinese government work reports.')
  .showHelpAfterError();

const formatOption = () => new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json');

program
  .command('figures')
  .description("print a dataset's figures (JSON array, or CSV with a header row, UTF-8 with BOM)")
  .argument('<dataset-id>', 'e.g. yangshahu-2019')
  .addOption(formatOption())
  .addOption(datasetsOption())
  .action(async (id: string, options: { format: 'json' | 'csv'; datasets: string }) => {
    const [{ loadDataset }, { FIGURE_COLUMNS, figureRow }, { csvText }] = await Promise.all([
      import('../datasets/read-dataset.ts'),
      import('../figures/figure-row.ts'),
      import('../figures/csv.ts'),
    ]);
    const { report } = loadDataset(id, options.datasets);
    if (options.format === 'json') {
      process.stdout.write(`${JSON.stringify(report.figures, null, 2)}\n`);
    } else {
      // The BOM lets spreadsheet programs (Excel) detect UTF-8 and show Chinese correctly.
      process.stdout.write(csvText(report.figures.map(figureRow), FIGURE_COLUMNS));
    }
  });

program
  .command('indicators')
  .description(
    "print a dataset's derived indicators with formula, inputs and any problem (JSON array, or CSV with a header row, UTF-8 with BOM)",
  )
  .argument('<dataset-id>', 'e.g. yangshahu-2019')
  .addOption(formatOption())
  .option(
    '--export <dir>',
    'instead, write figures, indicators and indicator-inputs as CSV, JSON and Arrow plus datapackage.json into <dir>',
  )
  .addOption(datasetsOption())
  .action(async (id: string, options: { format: 'json' | 'csv'; export?: string; datasets: string }) => {
    const [
      { loadDataset },
      { datasetIndicators },
      { INDICATOR_COLUMNS, indicatorRow },
      { exportDataset },
      { csvText },
      { outputDir, writeFileAtomic },
    ] = await Promise.all([
      import('../datasets/read-dataset.ts'),
      import('../datasets/dataset-charts.ts'),
      import('../indicators/indicator-row.ts'),
      import('../indicators/export/export-dataset.ts'),
      import('../figures/csv.ts'),
      import('./write-file.ts'),
    ]);
    const dataset = loadDataset(id, options.datasets);
    const { report } = dataset;
    const results = datasetIndicators(dataset);
    if (options.export !== undefined) {
      outputDir(options.export);
      const replaced = exportDataset(report, results).filter((file) =>
        writeFileAtomic(join(options.export ?? '', file.path), file.contents),
      );
      process.stderr.write(
        `workreport: wrote ${report.meta.id} exports to ${options.export}${replaced.length === 0 ? '' : `, replacing ${replaced.map((f) => f.path).join(', ')}`}\n`,
      );
    } else if (options.format === 'json') {
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    } else {
      process.stdout.write(csvText(results.map(indicatorRow), INDICATOR_COLUMNS));
    }
  });

program
  .command('check')
  .description(
    'validate a dataset folder and prove every figure (quote at its offset, inside its section, parsing to its value) and chart (exit 1 on any failure), then print consistency findings as warnings',
  )
  .argument('<dataset-id>', 'e.g. yangshahu-2019')
  .addOption(datasetsOption())
  .action(async (id: string, options: { datasets: string }) => {
    const [{ loadDataset }, { checkDataset }, { datasetIndicators }, { checkConsistency }] = await Promise.all([
      import('../datasets/read-dataset.ts'),
      import('../datasets/check-dataset.ts'),
      import('../datasets/dataset-charts.ts'),
      import('../indicators/consistency/check-consistency.ts'),
    ]);
    const dataset = loadDataset(id, options.datasets);
    const { report } = dataset;
    const problems = checkDataset(dataset);
    for (const p of problems) process.stdout.write(`${p.code} ${p.message}\n`);
    const unproven = new Set(
      problems.filter((p) => p.code.startsWith('PROVENANCE_') && p.code !== 'PROVENANCE_SHIFTED').map((p) => p.message),
    );
    const drafts = report.figures.filter((f) => f.review !== 'reviewed').length;
    process.stdout.write(
      `provenance: ${report.figures.length - unproven.size}/${report.figures.length} figures proven in ${report.meta.id}\n`,
    );
    process.stdout.write(
      `charts: ${dataset.charts.length}; story: ${dataset.story === undefined ? 'none' : `${dataset.story.steps.length} steps`}\n`,
    );
    if (drafts > 0)
      process.stdout.write(
        `review: ${drafts} of ${report.figures.length} figures are machine drafts; pages mark them until "review" is "reviewed" in figures.json\n`,
      );
    if (dataset.untranslated > 0)
      process.stdout.write(
        `translation: ${dataset.untranslated} texts have no English; English pages show them in Chinese\n`,
      );
    if (report.meta.toFill !== undefined && report.meta.toFill.length > 0)
      process.stdout.write(`to fill in report.json: ${report.meta.toFill.join(', ')}\n`);
    if (problems.length > 0) process.exitCode = 1;
    const findings = checkConsistency(report, dataset.checks, datasetIndicators(dataset));
    for (const f of findings)
      process.stdout.write(`warning ${f.code} [${f.source.kind} ${f.source.id}] ${f.message}\n`);
    process.stdout.write(
      `consistency: ${findings.length} finding${findings.length === 1 ? '' : 's'} to review in ${report.meta.id} (warnings)\n`,
    );
  });

program.addCommand(extractCommand());
program.addCommand(initCommand());
program.addCommand(renderCommand());
program.addCommand(compareCommand());
program.addCommand(corpusCommand());

/** A Node file-system error (EISDIR, EEXIST, ENOSPC, EACCES …) with the path it concerns. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  );
}

/** What to do about a file-system error, by its code. */
const SYSTEM_FIXES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder: check the path',
  EISDIR: 'a folder where a file was expected: give the path of a file',
  ENOTDIR: 'a part of the path is a file, not a folder: check the path',
  EEXIST: 'a file is in the way of a folder to create: choose another path or remove it',
  EACCES: 'no permission: choose a path you can read (an input) or write (-o, --export)',
  EPERM: 'no permission: choose a path you can read (an input) or write (-o, --export)',
  ENOSPC: 'the disk is full: free space or write elsewhere',
  EROFS: 'a read-only file system: write elsewhere (-o, --export)',
};

/** Say what went wrong with a file or stream the user named, without a stack trace. */
function reportSystemError(error: NodeJS.ErrnoException): void {
  const where =
    error.path === undefined ? (error.syscall === 'write' ? 'the output stream' : 'a path given') : `"${error.path}"`;
  const fix = SYSTEM_FIXES[error.code ?? ''] ?? 'check the paths you gave, inputs and outputs (-o, --export)';
  process.stderr.write(`workreport: [${error.code}] cannot ${error.syscall} ${where}: ${fix} (${error.message})\n`);
  process.exitCode = 1;
}

// Writing to a full disk or a closed pipe (`> /dev/full`, `| head`) fails on the stream, not in a call.
process.stdout.on('error', (error) => {
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
  reportSystemError(error as NodeJS.ErrnoException);
  process.exit(1);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof WorkreportError) {
    process.stderr.write(`workreport: ${error.message}\n`);
    process.exitCode = 1;
  } else if (isSystemError(error)) {
    reportSystemError(error);
  } else {
    throw error;
  }
}
