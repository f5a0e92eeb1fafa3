import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { WorkreportError } from '../errors.ts';
import type { Draft, DraftOptions } from '../datasets/draft/draft-dataset.ts';
import { DATASET_FILES } from '../datasets/files.ts';
import { ENCODING_CHOICES, decodeText, type EncodingChoice } from '../figures/decode-text.ts';
import { message } from '../messages.ts';
import { readInputFile } from './read-file.ts';

/** Options of `workreport init` as commander hands them over. */
interface InitOptions {
  id: string;
  title?: string;
  place?: string;
  year?: string;
  published?: string;
  url?: string;
  encoding: EncodingChoice;
  force?: boolean;
  datasets: string;
}

/** The bytes of `file`, or of standard input for `-`. */
async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') return readInputFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The report text of `file`, decoded (UTF-8, GB18030, UTF-16 with BOM).
 * @throws WorkreportError `INPUT_UNDECODABLE` naming the file and the encodings tried, as `workreport extract` does
 */
function decode(file: string, bytes: Uint8Array, encoding: EncodingChoice): string {
  const decoded = decodeText(bytes, encoding);
  if (decoded.ok) return decoded.text;
  const params = { file, failure: decoded, encodingOption: true };
  throw new WorkreportError(message('INPUT_UNDECODABLE', 'whole', params), { input: file });
}

/** Refuse to write into a folder that holds files, unless `force`; then clear the dataset files there. */
function prepareFolder(folder: string, force: boolean): void {
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new WorkreportError(message('DATASET_EXISTS', 'notFolder', { folder }), { input: folder });
  }
  const present = existsSync(folder) ? readdirSync(folder) : [];
  if (present.length > 0 && !force) {
    throw new WorkreportError(message('DATASET_EXISTS', 'notEmpty', { folder, files: present }), { input: folder });
  }
  // With --force, files of the old dataset that this draft does not write (indicators.json, checks.json) must go: they name old ids.
  for (const name of Object.values(DATASET_FILES)) if (present.includes(name)) rmSync(join(folder, name));
  mkdirSync(folder, { recursive: true });
}

/** Numbers set aside listed one per line in the summary; `extract --explain` lists them all. */
const SET_ASIDE_LISTED = 12;

/**
 * The summary lines about the numbers of the text that are not figures: counts by rule, then the
 * first few (quote, offset, rule or why), then how to see them all.
 */
function setAsideLines(setAside: Draft['summary']['setAside']): string[] {
  const { rejected, unread } = setAside;
  if (rejected.length + unread.length === 0) return ['  numbers set aside: none'];
  const byRule = new Map<string, number>();
  for (const r of rejected) byRule.set(r.rule, (byRule.get(r.rule) ?? 0) + 1);
  const rules = [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ');
  const items = [
    ...rejected.map((r) => ({ offset: r.offset, line: `    「${r.quote}」 at ${r.offset}: ${r.rule}` })),
    ...unread.map((u) => ({ offset: u.offset, line: `    「${u.quote}」 at ${u.offset}: unread, ${u.why}` })),
  ].sort((a, b) => a.offset - b.offset);
  const more = items.length - SET_ASIDE_LISTED;
  return [
    `  numbers set aside: ${rejected.length} rejected by a rule${rules === '' ? '' : ` (${rules})`}, ${unread.length} unread`,
    ...items.slice(0, SET_ASIDE_LISTED).map((i) => i.line),
    ...(more > 0 ? [`    … and ${more} more: npx workreport extract source.txt --explain lists them all`] : []),
  ];
}

/**
 * The lines `workreport init` prints on stderr after writing a draft to `folder`: figures, labelled
 * share, tagged for review, numbers set aside, sections by part, charts, story steps, fields to
 * fill, notes, next command. A text with no figure says so.
 *
 * @example summaryLines(draft, 'datasets/tafang-2019').at(-1) // '  every figure is a draft: … npx workreport check tafang-2019'
 */
export function summaryLines(draft: Draft, folder: string): string[] {
  const s = draft.summary;
  const percent = s.figures === 0 ? 100 : Math.round((100 * s.labelled) / s.figures);
  return [
    `workreport init: wrote ${folder}/ (source.txt, report.json, figures.json, charts.json, story.json)`,
    ...(s.figures === 0
      ? ['  no figure found: the text holds no number with a unit word (亩, 元, 人, 户, %, …) that reads as a figure']
      : []),
    `  figures: ${s.figures}, ${s.labelled} labelled (${percent}%), ${s.taggedForReview} tagged for review (needs-review:*), ${s.colloquial} read by a colloquial convention (needs-review:value), ${s.periodInferred} with the period of their section (period-inferred)`,
    ...setAsideLines(s.setAside),
    `  sections: ${s.sections.preamble + s.sections.review + s.sections.plan} (${s.sections.preamble} preamble, ${s.sections.review} review, ${s.sections.plan} plan)`,
    `  charts: ${s.charts}; story steps: ${s.storySteps}`,
    `  fields to fill in report.json: ${s.toFill.length === 0 ? 'none' : s.toFill.join(', ')}`,
    ...s.notes.map((note) => `  note: ${note}`),
    `  every figure is a draft: review labels, sections and periods, then run: npx workreport check ${draft.id}${datasetsArgument(folder)}`,
  ];
}

/** ` --datasets <dir>` for a dataset written outside ./datasets, so the command printed finds it. */
function datasetsArgument(folder: string): string {
  const parent = dirname(folder);
  if (parent === 'datasets') return '';
  return ` --datasets ${/^[\w./-]+$/.test(parent) ? parent : JSON.stringify(parent)}`;
}

/**
 * The `workreport init <file|-> --id <id>` subcommand (DESIGN.md "CLI"): draft the dataset folder
 * `<datasets>/<id>/` from a report's text with `draftDataset` and write `source.txt` (the decoded
 * text, verbatim), `report.json`, `figures.json`, `charts.json` and `story.json` (JSON, two-space
 * indented). The draft is validated with `parseDataset` and `checkProvenance` before anything is
 * written. A summary goes to stderr; nothing to stdout.
 *
 * - Input: UTF-8 (with or without BOM), GB18030/GBK or UTF-16 with BOM, detected unless `--encoding` says; CRLF kept.
 * - `--title`, `--place` ("省/市/县/镇"), `--year`, `--published`, `--url` override what is read from the text.
 * - Errors (exit code 1, message on stderr): an invalid id or option (`OPTION_INVALID`), a folder
 *   that is not empty without `--force` (`DATASET_EXISTS`), an undecodable file (`INPUT_UNDECODABLE`).
 *
 * @returns a commander `Command` named `init`, to add to the program with `addCommand`
 * @example workreport init report.txt --id wuchang-2017 --place 湖北省/武汉市/武昌区
 */
export function initCommand(): Command {
  return new Command('init')
    .description(
      'draft a dataset folder <datasets>/<id>/ from a report text: sections, labelled figures with periods, first charts and story, all marked draft',
    )
    .argument('<file>', 'report text file, or - for standard input')
    .requiredOption('--id <id>', 'dataset id and folder name, kebab-case ASCII (e.g. wuchang-2017)')
    .option('--title <title>', 'zh title (default: the title line of the text)')
    .option('--place <place>', 'place from the province down, parts separated by "/" (e.g. 湖北省/武汉市/武昌区)')
    .option('--year <year>', 'year the report reviews (default: read from its headings or text)')
    .option('--published <date>', 'ISO date of publication (e.g. 2019-12-16)')
    .option('--url <url>', 'http(s) URL where the report was published')
    .addOption(
      new Option('--encoding <encoding>', 'text encoding of the file').choices([...ENCODING_CHOICES]).default('auto'),
    )
    .option('--force', 'overwrite the dataset files of an existing folder')
    .option('--datasets <dir>', 'folder that holds the datasets', 'datasets')
    .action(async (file: string, options: InitOptions) => {
      if (options.year !== undefined && !/^\d{4}$/.test(options.year)) {
        throw new WorkreportError(message('OPTION_INVALID', 'year', { year: options.year }), { input: options.year });
      }
      const draftOptions: DraftOptions = { id: options.id };
      if (options.title !== undefined) draftOptions.title = options.title;
      if (options.place !== undefined) draftOptions.place = options.place;
      if (options.year !== undefined) draftOptions.year = Number(options.year);
      if (options.published !== undefined) draftOptions.published = options.published;
      if (options.url !== undefined) draftOptions.url = options.url;
      const text = decode(file, await readInput(file), options.encoding);
      if (text.trim() === '') {
        throw new WorkreportError(message('OPTION_INVALID', 'emptyInput', { file }), { input: file });
      }
      // Loaded when the command runs, so other commands start without the drafting rules.
      const [{ draftDataset }, { parseDataset }, { checkProvenance }] = await Promise.all([
        import('../datasets/draft/draft-dataset.ts'),
        import('../datasets/parse-dataset.ts'),
        import('../figures/check-provenance.ts'),
      ]);
      const draft = draftDataset(text, draftOptions);
      const folder = join(options.datasets, draft.id);
      const dataset = parseDataset(
        draft.id,
        { source: draft.source, json: JSON.parse(JSON.stringify(draft.files)) as Record<string, unknown> },
        folder,
      );
      const problems = checkProvenance(dataset.report);
      if (problems.length > 0)
        throw new WorkreportError(
          message('PROVENANCE_MISMATCH', 'draft', { file, first: problems[0]?.message ?? '' }),
          {
            input: file,
          },
        );
      prepareFolder(folder, options.force === true);
      writeFileSync(join(folder, DATASET_FILES.source), draft.source);
      for (const [role, contents] of Object.entries(draft.files) as [keyof Draft['files'], unknown][]) {
        writeFileSync(join(folder, DATASET_FILES[role]), `${JSON.stringify(contents, null, 2)}\n`);
      }
      process.stderr.write(`${summaryLines(draft, folder).join('\n')}\n`);
    });
}
