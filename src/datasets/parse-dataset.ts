import type { z } from 'zod';
import { definitionRefs } from '../charts/definition.ts';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import type { Figure } from '../figures/figure.ts';
import { defineChecks } from '../indicators/consistency/define-checks.ts';
import { defineIndicators } from '../indicators/define-indicators.ts';
import type { Dataset } from './dataset.ts';
import { DATASET_FILES, type DatasetFiles, type JsonFileRole } from './files.ts';
import { FILE_SCHEMAS, type FileContents } from './schema.ts';
import { parseProse, storyParagraphs, type Story } from './story.ts';

/** The most problems one error lists before saying how many more there are. */
const MAX_LISTED = 20;

/** The value at `path` inside `data`, or undefined. */
function at(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** `figure "land-acquired"` for the item at `figures[3]` (its id), `figures[3]` when it has none. */
function itemName(data: unknown, path: readonly PropertyKey[]): { name: string; rest: readonly PropertyKey[] } {
  const [list, index, ...rest] = path;
  if (typeof list !== 'string' || typeof index !== 'number') return { name: '', rest: path };
  const id = at(data, [list, index, 'id']);
  const kind = list.replace(/s$/, '').replace(/^indicator$/, 'indicator');
  const name = typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${list}[${index}]`;
  const [sub, subIndex, ...subRest] = rest;
  if (list === 'steps' || typeof sub !== 'string' || typeof subIndex !== 'number') return { name, rest };
  // A nested list (a section's panels, a chart's rows): keep the index in the field path.
  return { name, rest: [`${sub}[${subIndex}]`, ...subRest] };
}

/** One line per zod issue: `figure "x": quantity.unit "furlong" is not a known unit; known: …`. */
function issueLines(file: string, data: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const { name, rest } = itemName(data, issue.path);
    const field = rest.map(String).join('.');
    const value = at(data, issue.path);
    const shown = value === undefined ? '' : ` ${JSON.stringify(value).slice(0, 60)}`;
    const what = [name, field === '' ? '' : `${field}${shown}`].filter(Boolean).join(': ');
    return `${file}: ${what === '' ? '(top level)' : what}: ${issue.message}`;
  });
}

/** Throw one `DATASET_INVALID` error listing `lines`. */
function invalid(where: string, lines: readonly string[]): never {
  const more = Math.max(0, lines.length - MAX_LISTED);
  throw new WorkreportError(message('DATASET_INVALID', 'lines', { where, lines: lines.slice(0, MAX_LISTED), more }), {
    input: where,
  });
}

/** Objects with a `zh` text and no `en` text, anywhere in `value`. */
function countUntranslated(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countUntranslated(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  const record = value as Record<string, unknown>;
  const own = typeof record.zh === 'string' && record.en === undefined ? 1 : 0;
  return own + Object.values(record).reduce((n: number, item) => n + countUntranslated(item), 0);
}

/** Rethrow a definer's `WorkreportError` as one line of the file it came from. */
function lineOf(file: string, run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof WorkreportError) return `${file}: ${error.detail}`;
    throw error;
  }
}

/**
 * Validate the files of one dataset folder and return the dataset. Pure: no file system, so it
 * runs in Node and in a page (the notebooks).
 *
 * Checks each JSON file against its schema (schema.ts), then what a schema cannot see: the report id
 * is the folder name, ids are unique, every figure names a section of report.json, indicators and
 * checks are well formed (formulas parse, inputs declared), every chart names a section and figures
 * or indicators that exist, every story step names a chart, every story reference names a figure,
 * indicator or section that exists, and every quotation occurs verbatim in the source text.
 *
 * @param id the folder name, which must be the report's `id`.
 * @param files the source text and the parsed JSON files.
 * @param where the folder as the user knows it, for messages: `datasets/yangshahu-2019`.
 * @throws WorkreportError `DATASET_INVALID` listing every problem, one line each, as
 *   `datasets/x/figures.json: figure "fixed-asset-investment": quantity.unit "furlong" is not a known unit; known: …`.
 */
export function parseDataset(id: string, files: DatasetFiles, where: string): Dataset {
  const path = (role: JsonFileRole): string => `${where}/${DATASET_FILES[role]}`;
  const lines: string[] = [];
  const parsed: Partial<FileContents> = {};
  for (const role of Object.keys(FILE_SCHEMAS) as JsonFileRole[]) {
    const data = files.json[role];
    if (data === undefined) continue;
    const result = FILE_SCHEMAS[role].safeParse(data);
    if (result.success) (parsed as Record<string, unknown>)[role] = result.data;
    else lines.push(...issueLines(path(role), data, result.error.issues));
  }
  const report = parsed.report;
  const rawId = (files.json.report as { id?: unknown } | undefined)?.id;
  if (files.json.report === undefined)
    lines.push(`${path('report')}: missing; every dataset needs one (workreport init writes it)`);
  else if (rawId !== id)
    lines.push(
      `${path('report')}: id ${JSON.stringify(rawId)} differs from the folder name "${id}"; rename one of them`,
    );
  if (lines.length > 0 || report === undefined) invalid(where, lines);

  const { sections, $schema: _schema, ...meta } = report;
  const sectionIds = new Set<string>(sections.map((s) => s.id));
  const figures: Figure[] = parsed.figures?.figures ?? [];
  const figureIds = new Set<string>();
  for (const figure of figures) {
    if (figureIds.has(figure.id))
      lines.push(`${path('figures')}: figure "${figure.id}": the id is used twice; give each figure its own id`);
    figureIds.add(figure.id);
    if (!sectionIds.has(figure.section)) {
      lines.push(
        `${path('figures')}: figure "${figure.id}": section "${figure.section}" is not a section of report.json; use one of: ${[...sectionIds].join(', ')}`,
      );
    }
  }
  const seenSections = new Set<string>();
  for (const section of sections) {
    if (seenSections.has(section.id)) lines.push(`${path('report')}: section "${section.id}": the id is used twice`);
    seenSections.add(section.id);
    if (section.end < section.start || section.end > files.source.length) {
      lines.push(
        `${path('report')}: section "${section.id}": range [${section.start}, ${section.end}) is not inside the source text (length ${files.source.length})`,
      );
    }
  }

  const indicatorInputs = parsed.indicators?.indicators ?? [];
  const checkInputs = parsed.checks?.checks ?? [];
  const indicatorLine = lineOf(path('indicators'), () => defineIndicators(indicatorInputs));
  const checkLine = lineOf(path('checks'), () => defineChecks(checkInputs));
  for (const line of [indicatorLine, checkLine]) if (line !== undefined) lines.push(line);
  const indicatorIds = new Set<string>(indicatorInputs.map((i) => i.id));

  const charts = parsed.charts?.charts ?? [];
  const chartIds = new Set<string>();
  for (const chart of charts) {
    if (chartIds.has(chart.id)) lines.push(`${path('charts')}: chart "${chart.id}": the id is used twice`);
    chartIds.add(chart.id);
    if (!sectionIds.has(chart.section))
      lines.push(`${path('charts')}: chart "${chart.id}": section "${chart.section}" is not a section of report.json`);
    for (const ref of definitionRefs(chart)) {
      if (!figureIds.has(ref) && !indicatorIds.has(ref)) {
        lines.push(
          `${path('charts')}: chart "${chart.id}": "${ref}" is neither a figure of figures.json nor an indicator of indicators.json`,
        );
      }
    }
  }

  const story = parsed.story;
  if (story !== undefined)
    lines.push(
      ...storyLines(story, {
        path: path('story'),
        source: files.source,
        figureIds,
        indicatorIds,
        sectionIds,
        chartIds,
      }),
    );

  if (lines.length > 0) invalid(where, lines);
  const dataset: Dataset = {
    id,
    where,
    report: { meta, sections, figures, source: files.source },
    exclusions: parsed.figures?.exclusions ?? [],
    indicators: defineIndicators(indicatorInputs),
    checks: defineChecks(checkInputs),
    charts,
    untranslated: Object.values(files.json).reduce((n: number, data) => n + countUntranslated(data), 0),
  };
  if (story !== undefined) dataset.story = story;
  return dataset;
}

/** What story references may name. */
interface StoryContext {
  path: string;
  source: string;
  figureIds: ReadonlySet<string>;
  indicatorIds: ReadonlySet<string>;
  sectionIds: ReadonlySet<string>;
  chartIds: ReadonlySet<string>;
}

/** Problems of a story: unknown charts, malformed prose, references to nothing, quotes not in the report. */
function storyLines(story: Story, context: StoryContext): string[] {
  const lines: string[] = [];
  for (const step of story.steps) {
    if (!context.chartIds.has(step.chart))
      lines.push(`${context.path}: step "${step.id}": chart "${step.chart}" is not a chart of charts.json`);
  }
  for (const paragraph of storyParagraphs(story)) {
    const where = `${context.path}: ${paragraph.where} (${paragraph.lang})`;
    let parts;
    try {
      parts = parseProse(paragraph.text);
    } catch (error) {
      if (error instanceof WorkreportError && error.code === 'STORY_INVALID') {
        lines.push(`${where}: ${error.detail}`);
        continue;
      }
      throw error;
    }
    for (const part of parts) {
      if (part.kind === 'figure' && !context.figureIds.has(part.id))
        lines.push(`${where}: {figure:${part.id}} names no figure of figures.json`);
      if (part.kind === 'indicator' && !context.indicatorIds.has(part.id))
        lines.push(`${where}: {indicator:${part.id}} names no indicator of indicators.json`);
      if (part.kind === 'count' && part.section !== undefined && !context.sectionIds.has(part.section)) {
        lines.push(`${where}: {count:section/${part.section}} names no section of report.json`);
      }
      if (part.kind === 'quote' && (part.text === '' || !context.source.includes(part.text))) {
        lines.push(
          `${where}: {quote:${part.text.slice(0, 30)}} does not occur verbatim in source.txt; quote the report exactly`,
        );
      }
    }
  }
  return lines;
}
