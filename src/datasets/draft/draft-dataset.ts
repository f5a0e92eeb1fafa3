import { WorkreportError } from '../../errors.ts';
import { message } from '../../messages.ts';
import { explainFigures, type RejectedCandidate, type UnreadCandidate } from '../../figures/extract-figures.ts';
import { scanQuantity } from '../../figures/parse-quantity.ts';
import type { Place } from '../../figures/figure.ts';
import { HttpUrlSchema } from '../../figures/schema.ts';
import type { FileInput } from '../schema.ts';
import { draftCharts } from './charts.ts';
import { oneLine } from './clean-text.ts';
import { needsReview, REVIEW_TAGS, type DraftedFigure, type FigureInput } from './drafted-figure.ts';
import { findHeadings } from './headings.ts';
import { assertDatasetId, uniqueId, unitPart } from './ids.ts';
import { draftEnglishLabel } from './english-label.ts';
import { labelFigures } from './label.ts';
import { readMeta } from './meta.ts';
import { partsOfWholes } from './part-whole.ts';
import { inferPeriod } from './period.ts';
import { parsePlaceOption, PLACE_LEVELS } from './place.ts';
import { draftSections, type SectionInput } from './sections.ts';
import { draftStory } from './story.ts';
import { readYears } from './years.ts';
import { isIsoDate } from '../../figures/iso-date.ts';

/** What `workreport init` is told; every field but `id` overrides what is read from the text. */
export interface DraftOptions {
  /** The dataset id and folder name: kebab-case ASCII, not a name of `Object.prototype`. */
  id: string;
  /** The zh title. Default: the title line of the text. */
  title?: string;
  /** "省/市/县/镇" parts from the province down, e.g. "湖北省/武汉市/武昌区". Default: names in the title and opening. */
  place?: string;
  /** The year reviewed (1949–2100). Default: read from the headings, title or text (years.ts). */
  year?: number;
  /** ISO date of publication (`2019-12-16`, `2019-12`, `2019`). Default: the date in the opening. */
  published?: string;
  /** Where the report was published; a URL that is not http(s) is dropped with a note. Default: none. */
  url?: string;
}

/** What a draft holds and what a person must still do. */
export interface DraftSummary {
  figures: number;
  /** Figures whose label was read from the text (not tagged `needs-review:label`). */
  labelled: number;
  /** Figures tagged `needs-review:label`, `needs-review:period` or `needs-review:value`. */
  taggedForReview: number;
  /** Figures whose value was read by a colloquial convention (tagged `needs-review:value`). */
  colloquial: number;
  /** Numbers of the text that are not figures: rejected by a named rule, or unread (`explainFigures`). */
  setAside: { rejected: RejectedCandidate[]; unread: UnreadCandidate[] };
  /** Figures whose period came from their section only (tagged `period-inferred`). */
  periodInferred: number;
  sections: Record<SectionInput['part'], number>;
  charts: number;
  storySteps: number;
  /** Metadata fields to fill in `report.json` (also written there as `toFill`). */
  toFill: string[];
  /** What drafting changed or dropped, one sentence each (a URL that is not http(s)). */
  notes: string[];
}

/** A drafted dataset: the source text and the JSON file contents, ready for `JSON.stringify`. */
export interface Draft {
  id: string;
  /** The text as given: `source.txt`. */
  source: string;
  files: Pick<FileInput, 'report' | 'figures' | 'charts' | 'story'>;
  summary: DraftSummary;
}

/** Characters of the opening read for metadata when the report has no heading. */
const OPENING = 2000;

/** Check the options' values; returns the URL to keep (undefined when dropped) and notes. */
function checkOptions(options: DraftOptions, notes: string[]): string | undefined {
  assertDatasetId(options.id);
  const { year, published, url } = options;
  if (year !== undefined && (!Number.isInteger(year) || year < 1949 || year > 2100)) {
    throw new WorkreportError(message('OPTION_INVALID', 'year', { year }), { input: year });
  }
  if (published !== undefined && !isIsoDate(published)) {
    throw new WorkreportError(message('OPTION_INVALID', 'published', { published }), { input: published });
  }
  if (url === undefined) return undefined;
  if (HttpUrlSchema.safeParse(url).success) return url;
  notes.push(`the URL "${url.slice(0, 80)}" is not an http(s) URL and was left out; fill "url" in report.json`);
  return undefined;
}

/** A drafted figure's label: zh from its clause; en only when a found label names a common indicator. */
function labelOf(zh: string, found: boolean): FigureInput['label'] {
  const en = found ? draftEnglishLabel(zh) : undefined;
  return en === undefined ? { zh } : { zh, en };
}

/**
 * Draft a dataset from any report text (DESIGN.md "Datasets"): sections from its headings, every
 * figure `extractFigures` finds with a label, section and period inferred from the text, metadata
 * read from its opening, a first chart set and a story. Everything drafted is `review: 'draft'`;
 * what could not be inferred is tagged (`needs-review:label`, `needs-review:period`,
 * `period-inferred`) or listed in `toFill`, never guessed silently. The same text and options always
 * give the same ids. The result passes `parseDataset` and `checkProvenance` as it is.
 *
 * Figure ids are `<section id>-<unit>-<n>` (`review-2017-cny-1`, `review-2017-growth-1`,
 * `section-2-households-3`), numbered in text order within their section.
 *
 * @param text the decoded report text, kept verbatim as `source.txt` (offsets are UTF-16 indices into it)
 * @param options the dataset id and metadata that override what the text says
 * @throws WorkreportError `OPTION_INVALID` for an id that is not kebab-case ASCII or is a name of
 *   `Object.prototype`, a year outside 1949–2100, a date that is not ISO 8601, or a malformed `place`
 * @example draftDataset(text, { id: 'wuchang-2017' }).summary // { figures: 20, labelled: 18, … }
 */
export function draftDataset(text: string, options: DraftOptions): Draft {
  const notes: string[] = [];
  const url = checkOptions(options, notes);
  const headings = findHeadings(text);
  const meta = readMeta(text.slice(0, headings[0]?.start ?? Math.min(text.length, OPENING)));
  const published = options.published ?? meta.published;
  const read = readYears(text, headings, {
    ...(meta.title === undefined ? {} : { title: meta.title }),
    ...(published === undefined ? {} : { published }),
  });
  const review = options.year ?? read.review;
  const years = {
    review,
    plan: read.plan > review ? read.plan : review + 1,
    ...(published === undefined ? {} : { published }),
  };
  const sections = draftSections(text, headings, review);

  const { figures: extracted, rejected, unread } = explainFigures(text);
  const labels = labelFigures(text, extracted);
  const used = new Set<string>();
  const perSection = new Map<string, number>();
  const figures: DraftedFigure[] = extracted.map((e, i) => {
    const section = sections.find((s) => e.offset >= s.start && e.offset < s.end) ?? sections.at(-1)!;
    const label = labels[i] ?? { zh: e.quote, found: false, change: false };
    const { period, source } = inferPeriod(text, e, section, years);
    const part = unitPart(e, label.change);
    const n = (perSection.get(`${section.id} ${part}`) ?? 0) + 1;
    perSection.set(`${section.id} ${part}`, n);
    const tags = [
      ...(label.found ? [] : [REVIEW_TAGS.label]),
      ...(scanQuantity(text, e.offset)?.colloquial === true ? [REVIEW_TAGS.value] : []),
      ...(source === 'none' ? [REVIEW_TAGS.period] : source === 'section' ? [REVIEW_TAGS.periodInferred] : []),
    ];
    const input: FigureInput = {
      id: uniqueId(`${section.id}-${part}-${n}`, used),
      section: section.id,
      label: labelOf(label.zh, label.found),
      quantity: {
        value: e.value,
        unit: e.unit,
        qualifier: e.qualifier,
        ...(e.counted === undefined ? {} : { counted: e.counted }),
        ...(e.valueMax === undefined ? {} : { valueMax: e.valueMax }),
      },
      period,
      provenance: { quote: e.quote, offset: e.offset },
      ...(tags.length === 0 ? {} : { tags }),
      review: 'draft',
    };
    return { input, extracted: e, change: label.change, labelFound: label.found };
  });

  const toFill: string[] = [];
  const title = oneLine(options.title ?? '') || meta.title;
  if (title === undefined) toFill.push('title');
  const place: Place = options.place === undefined ? meta.place : parsePlaceOption(options.place);
  const lowest = Math.max(...PLACE_LEVELS.map((level, i) => (place[level] === undefined ? -1 : i)));
  if (lowest < 0) toFill.push('place');
  else
    toFill.push(
      ...PLACE_LEVELS.slice(0, lowest)
        .filter((level) => place[level] === undefined)
        .map((level) => `place.${level}`),
    );
  if (meta.publisher === undefined) toFill.push('publisher');
  if (published === undefined) toFill.push('published');
  if (options.year === undefined && read.from !== 'heading' && read.from !== 'title' && read.from !== 'text')
    toFill.push('year');
  if (url === undefined) toFill.push('url');

  const report: FileInput['report'] = {
    id: options.id,
    title: { zh: title ?? options.id },
    ...(meta.publisher === undefined ? {} : { publisher: { zh: meta.publisher } }),
    ...(published === undefined ? {} : { published }),
    year: review,
    place,
    ...(url === undefined ? {} : { url }),
    language: 'zh-CN',
    ...(toFill.length === 0 ? {} : { toFill }),
    sections,
  };
  const charts = draftCharts(sections, figures, partsOfWholes(text, figures));
  const story = draftStory(report.title.zh, sections, charts, figures);
  const count = (part: SectionInput['part']): number => sections.filter((s) => s.part === part).length;
  return {
    id: options.id,
    source: text,
    files: { report, figures: { figures: figures.map((f) => f.input) }, charts: { charts }, story },
    summary: {
      figures: figures.length,
      labelled: figures.filter((f) => f.labelFound).length,
      taggedForReview: figures.filter(needsReview).length,
      colloquial: figures.filter((f) => f.input.tags?.includes(REVIEW_TAGS.value) === true).length,
      setAside: { rejected, unread },
      periodInferred: figures.filter((f) => f.input.tags?.includes(REVIEW_TAGS.periodInferred) === true).length,
      sections: { preamble: count('preamble'), review: count('review'), plan: count('plan') },
      charts: charts.length,
      storySteps: story.steps.length,
      toFill,
      notes,
    },
  };
}
