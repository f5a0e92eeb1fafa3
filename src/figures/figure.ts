import type { Period } from './period.ts';
import type { Provenance } from './provenance.ts';
import type { Quantity } from './quantity.ts';

/** A figure id, unique within its report: kebab-case, e.g. `poor-households-registered`. */
export type FigureId = string & { readonly __brand: 'FigureId' };
/** A section id, unique within its report, e.g. `party-building`. */
export type SectionId = string & { readonly __brand: 'SectionId' };

/**
 * Text in both languages of the library. In a dataset file `en` may be left out (a drafted label
 * nobody has translated yet); the loader then puts the zh text in its place, and pages say so.
 */
export interface Label {
  zh: string;
  en: string;
}

/**
 * Whether a person has checked a figure: `draft` (written by `workreport init`, label, period and
 * section inferred by the machine) or `reviewed`. Pages, embeds and CSV mark draft figures.
 */
export type ReviewState = 'draft' | 'reviewed';

/**
 * One quantitative claim of a report (DESIGN.md "Figure").
 * Example, Yangshahu 2019: `{ id: 'land-acquired', section: 'projects', quantity: { value: 430, unit: 'mu',
 * qualifier: 'exact' }, period: { kind: 'cumulative' }, provenance: { quote: '430亩', offset: … } }`.
 */
export interface Figure {
  id: FigureId;
  section: SectionId;
  label: Label;
  quantity: Quantity;
  period: Period;
  provenance: Provenance;
  tags?: string[];
  /** Why a reading is doubtful, or how it was read. */
  note?: string;
  /** Who vouches for the figure. Absent in code-built figures; a dataset file always has it (default `draft`). */
  review?: ReviewState;
}

/** What part of a report a section is. */
export type SectionPart = 'preamble' | 'review' | 'plan';

/** A heading of the report and the UTF-16 range `[start, end)` of its text, heading included. */
export interface Section {
  id: SectionId;
  heading: string;
  label: Label;
  start: number;
  end: number;
  /** 'review' for the year's achievements, 'plan' for next year's intentions, 'preamble' for text before the first heading. */
  part: SectionPart;
}

/**
 * Where the report comes from, from the largest division down; a county or district report has no
 * `town`. Reports of one place (the same non-empty parts) form a series.
 */
export interface Place {
  province?: string;
  city?: string;
  county?: string;
  town?: string;
}

/** One published document (DESIGN.md "Report"). */
export interface ReportMeta {
  id: string;
  title: Label;
  /** Who issued the report; absent when the text does not say (listed in `toFill`). */
  publisher?: Label;
  /** ISO date of publication (`2019-12-16`, or `2019-12`, `2019`); absent when unknown. */
  published?: string;
  /** The year the report reviews (not always the year in its title, which is often the year it was delivered). */
  year: number;
  place: Place;
  /** Where the report was published: http(s) only. */
  url?: string;
  language: 'zh-CN';
  /** Metadata fields a drafted dataset could not read from the text and a person should fill. */
  toFill?: string[];
}

/** A report with its verbatim source text, sections and figures. */
export interface Report {
  meta: ReportMeta;
  /** The verbatim source text, decoded as UTF-8. */
  source: string;
  sections: Section[];
  figures: Figure[];
}
