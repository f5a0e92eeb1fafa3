/**
 * What the review desk (notebooks/extract) needs around the `figureReview` widget: a draft to start
 * from (a report's text, an existing dataset, or the files of a draft), and the dataset files to
 * download, written as `workreport init` writes them.
 */
import { decodeText as decodeBytes } from '../src/figures/decode-text.ts';
import { draftDataset, type DraftOptions, type DraftSummary } from '../src/datasets/draft/draft-dataset.ts';
import type { DatasetFiles, JsonFileRole } from '../src/datasets/files.ts';
import { WorkreportError } from '../src/errors.ts';
import { FigureSchema } from '../src/figures/schema.ts';
import type { ReviewFigure } from '../src/notebook/figure-review.ts';
import { datasetFilesOfText, type FolderText } from '../src/datasets/folder-text.ts';
import { message } from '../src/messages.ts';

/** A draft at the desk: the dataset id (its folder name), the source text and the JSON files. */
export interface Draft {
  id: string;
  source: string;
  json: DatasetFiles['json'];
  /** What `draftDataset` says a person must still do; absent for a dataset's or a draft's files. */
  summary?: DraftSummary;
}

/** The JSON files the desk writes, in the order `workreport init` writes them. */
export const DRAFT_FILES: readonly JsonFileRole[] = ['report', 'figures', 'indicators', 'checks', 'charts', 'story'];

/**
 * A dataset JSON file as `workreport init` writes it: `JSON.stringify` with two-space indentation
 * and a final newline. A `"$schema"` the contents carry (curated datasets name their JSON Schema)
 * stays where it is, so an unchanged dataset downloads byte for byte as its files.
 *
 * @example fileText({ charts: [] }) // '{\n  "charts": []\n}\n'
 */
export function fileText(contents: unknown): string {
  return `${JSON.stringify(contents, null, 2)}\n`;
}

/**
 * The text of a report file as `workreport init --encoding auto` reads it (src/figures/decode-text.ts):
 * UTF-8, else GB18030 or Big5; UTF-16 with or without a byte-order mark; a byte-order mark is removed.
 *
 * @throws WorkreportError `DATASET_INVALID` for a binary file or bytes no encoding reads.
 */
export function decodeText(bytes: ArrayBuffer, name = 'the file'): string {
  const decoded = decodeBytes(new Uint8Array(bytes));
  if (decoded.ok) return decoded.text;
  const params = { file: name, failure: decoded, encodingOption: false };
  throw new WorkreportError(message('DATASET_INVALID', 'undecodable', params), { input: name });
}

/** The chosen files by name, as text (`source.txt` decoded with {@link decodeText}). */
export async function readFiles(files: readonly File[]): Promise<Map<string, string>> {
  const read = await Promise.all(
    files.map(async (file) => [file.name, decodeText(await file.arrayBuffer(), file.name)] as const),
  );
  return new Map(read);
}

/**
 * A draft from the files of a dataset folder (the files `workreport init` wrote, or a dataset's):
 * its id is report.json's `id`, else `draft`.
 *
 * @throws WorkreportError `DATASET_INVALID` when `source.txt` is missing or a JSON file does not parse.
 */
export function draftFromFiles(files: FolderText): Draft {
  const parsed = datasetFilesOfText(files, 'datasets/(your files)');
  const report = parsed.json.report as { id?: unknown } | undefined;
  const id = typeof report?.id === 'string' && report.id !== '' ? report.id : 'draft';
  return { id, source: parsed.source, json: parsed.json };
}

/**
 * A draft of a dataset from a report's text, exactly as `workreport init` drafts it
 * (`draftDataset`): sections, labelled figures with periods, metadata, first charts and story.
 *
 * @throws WorkreportError `OPTION_INVALID` for an id that is not kebab-case ASCII, a year outside
 *   1949–2100, a date that is not ISO 8601 or a malformed place.
 */
export function draftFromText(text: string, options: DraftOptions): Draft {
  const draft = draftDataset(text, options);
  // Plain JSON, as the files hold it (what init writes and parseDataset reads).
  const json = JSON.parse(JSON.stringify(draft.files)) as DatasetFiles['json'];
  return { id: draft.id, source: draft.source, json, summary: draft.summary };
}

/** The figures of a draft's figures.json that are figures, and a line for each item that is not. */
export function draftFigures(draft: Draft): { figures: ReviewFigure[]; problems: string[] } {
  const file = draft.json.figures as { figures?: unknown } | undefined;
  const items = Array.isArray(file?.figures) ? (file.figures as unknown[]) : [];
  const figures: ReviewFigure[] = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    const result = FigureSchema.safeParse(item);
    if (result.success) figures.push(item as ReviewFigure);
    else
      problems.push(
        `figures.json: figures[${i}]: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.message}`).join('; ')}`,
      );
  });
  return { figures, problems };
}
