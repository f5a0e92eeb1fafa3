import type { z } from 'zod';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import type { Figure, Report, ReportMeta, Section } from './figure.ts';
import { FigureSchema, ReportMetaSchema, SectionSchema } from './schema.ts';

/**
 * An expression of the report that looks like a number but is deliberately not a figure
 * (a date, a hotline, a congress name, a slogan), with the reason. Kept so reviewers and the
 * extractor's precision test can see what was left out on purpose.
 */
export interface Exclusion {
  quote: string;
  offset: number;
  reason:
    | 'date'
    | 'year-as-name'
    | 'hotline'
    | 'congress-name'
    | 'slogan'
    | 'ordinal'
    | 'named-set'
    | 'page-metadata'
    | 'idiom';
}

/** A report's curated data without its source text (which lives in `source.txt` beside it). */
export interface ReportData {
  meta: ReportMeta;
  sections: Section[];
  figures: Figure[];
  exclusions: Exclusion[];
}

/** What a dataset author writes: the same shapes, ids as plain strings. */
export interface ReportDataInput {
  meta: ReportMeta;
  sections: z.input<typeof SectionSchema>[];
  figures: z.input<typeof FigureSchema>[];
  exclusions: Exclusion[];
}

/**
 * Validate a dataset once, when its module loads, and return it typed.
 *
 * Checks every figure and section against the zod schemas, that ids are unique and that each
 * figure's `section` exists. It does not read the source text; `checkProvenance` does that.
 *
 * @throws WorkreportError `FIGURE_INVALID` (names the figure id and the field), `FIGURE_DUPLICATE_ID`,
 *   `SECTION_UNKNOWN`.
 */
export function defineReportData(input: ReportDataInput): ReportData {
  const meta = parseOrThrow(ReportMetaSchema, input.meta, `report meta of "${input.meta.id}"`);
  const sections = input.sections.map((s, i) => parseOrThrow(SectionSchema, s, `section #${i} (${s.id})`));
  const sectionIds = new Set<string>(sections.map((s) => s.id));
  const seen = new Set<string>();
  const figures = input.figures.map((f, i) => {
    const figure = parseOrThrow(FigureSchema, f, `figure #${i} (${f.id})`);
    if (seen.has(figure.id)) {
      throw new WorkreportError(message('FIGURE_DUPLICATE_ID', 'inReport', { id: figure.id, report: meta.id }), {
        input: figure.id,
      });
    }
    seen.add(figure.id);
    if (!sectionIds.has(figure.section)) {
      throw new WorkreportError(
        message('SECTION_UNKNOWN', 'ofFigure', {
          figure: figure.id,
          section: figure.section,
          report: meta.id,
          known: [...sectionIds],
        }),
        {
          input: figure.section,
        },
      );
    }
    return figure;
  });
  return { meta, sections, figures, exclusions: input.exclusions };
}

/** Join a report's data with its verbatim source text. */
export function withSource(data: ReportData, source: string): Report {
  return { meta: data.meta, sections: data.sections, figures: data.figures, source };
}

function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new WorkreportError(message('FIGURE_INVALID', 'schema', { what, issues }), {
      input: value,
      cause: result.error,
    });
  }
  return result.data;
}
