/**
 * What the review desk (notebooks/extract) needs around the `figureReview` widget: a draft to start
 * from (a report's text, an existing dataset, or the files of a draft), and the dataset files to
 * download, written as `workreport init` writes them.
 */
import { DATASET_FILES, type DatasetFiles, type JsonFileRole } from '../src/datasets/files.ts';
import { extractFigures } from '../src/figures/extract-figures.ts';
import { FigureSchema } from '../src/figures/schema.ts';
import { clauseLabel } from '../src/notebook/clause-label.ts';
import type { FigureInput } from '../src/notebook/figure-review.ts';
import { datasetFiles, type FolderFiles } from './datasets.ts';

/** A draft at the desk: the dataset id (its folder name), the source text and the JSON files. */
export interface Draft {
  id: string;
  source: string;
  json: DatasetFiles['json'];
}

/** The JSON files the desk writes, in the order `workreport init` writes them. */
export const DRAFT_FILES: readonly JsonFileRole[] = ['report', 'figures', 'indicators', 'checks', 'charts', 'story'];

/**
 * A dataset JSON file as `workreport init` writes it: one object naming its JSON Schema first
 * (`"$schema": "../../schema/figures.schema.json"`, the repository's `schema/` seen from
 * `datasets/<id>/`), two-space indentation, a final newline.
 *
 * @example fileText('charts', { charts: [] }) // '{\n  "$schema": "../../schema/charts.schema.json",\n  "charts": []\n}\n'
 */
export function fileText(role: JsonFileRole, contents: unknown): string {
  const body = contents !== null && typeof contents === 'object' ? { ...(contents as Record<string, unknown>) } : {};
  delete body.$schema;
  const schema = `../../schema/${DATASET_FILES[role].replace(/\.json$/, '.schema.json')}`;
  return `${JSON.stringify({ $schema: schema, ...body }, null, 2)}\n`;
}

/**
 * The text of a file as `workreport init` reads it: UTF-8, or GB18030 when it is not valid UTF-8
 * (many government sites still serve it); a byte-order mark is dropped, so offsets count from the
 * first character of the report.
 */
export function decodeText(bytes: ArrayBuffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** The chosen files by name, as text (`source.txt` decoded with {@link decodeText}). */
export async function readFiles(files: readonly File[]): Promise<Map<string, string>> {
  const read = await Promise.all(files.map(async (file) => [file.name, decodeText(await file.arrayBuffer())] as const));
  return new Map(read);
}

/**
 * A draft from the files of a dataset folder (the files `workreport init` wrote, or a dataset's):
 * its id is report.json's `id`, else `draft`.
 *
 * @throws WorkreportError `DATASET_INVALID` when `source.txt` is missing or a JSON file does not parse.
 */
export function draftFromFiles(files: FolderFiles): Draft {
  const parsed = datasetFiles(files, 'datasets/(your files)');
  const report = parsed.json.report as { id?: unknown } | undefined;
  const id = typeof report?.id === 'string' && report.id !== '' ? report.id : 'draft';
  return { id, source: parsed.source, json: parsed.json };
}

/** Options of {@link draftFromText}: what the text may not say. */
export interface TextDraftOptions {
  id: string;
  /** Default: the first line of the text. */
  title?: string;
  /** The year the report reviews. Default: the first year of the title, else last year. */
  year?: number;
}

/**
 * A first draft of a dataset from a report's text, for the desk: one section for the whole text and
 * a draft figure for everything `extractFigures` finds (label from its clause, period the year
 * reviewed), no charts and a story without steps. `workreport init` drafts more (sections, labels,
 * periods, charts and story).
 */
export function draftFromText(text: string, options: TextDraftOptions): Draft {
  const firstLine = text.split(/\r?\n/).map((line) => line.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').trim()).find((line) => line !== '') ?? '';
  const title = options.title?.trim() || firstLine.slice(0, 60) || options.id;
  const year = options.year ?? Number(/(?:19|20)\d\d/.exec(title)?.[0] ?? new Date().getFullYear() - 1);
  const figures: FigureInput[] = extractFigures(text).map((f) => ({
    id: `figure-at-${f.offset}` as FigureInput['id'],
    section: 'full-text' as FigureInput['section'],
    label: { zh: clauseLabel(text, { start: f.offset, end: f.offset + f.quote.length }) },
    quantity: { value: f.value, unit: f.unit, qualifier: f.qualifier, ...(f.counted === undefined ? {} : { counted: f.counted }) },
    period: { kind: 'year', year },
    provenance: { quote: f.quote, offset: f.offset },
    review: 'draft',
  }));
  return {
    id: options.id,
    source: text,
    json: {
      report: {
        id: options.id,
        title: { zh: title },
        year,
        place: {},
        language: 'zh-CN',
        sections: [{ id: 'full-text', heading: title, label: { zh: '全文', en: 'Full text' }, start: 0, end: text.length, part: 'review' }],
      },
      figures: { figures },
      charts: { charts: [] },
      story: { title: { zh: title }, dek: { zh: '草稿：这份报告写有{count:figures}数字，尚未核对。' }, steps: [] },
    },
  };
}

/** The figures of a draft's figures.json that are figures, and a line for each item that is not. */
export function draftFigures(draft: Draft): { figures: FigureInput[]; problems: string[] } {
  const file = draft.json.figures as { figures?: unknown } | undefined;
  const items = Array.isArray(file?.figures) ? (file.figures as unknown[]) : [];
  const figures: FigureInput[] = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    const result = FigureSchema.safeParse(item);
    if (result.success) figures.push(item as FigureInput);
    else problems.push(`figures.json: figures[${i}]: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.message}`).join('; ')}`);
  });
  return { figures, problems };
}
