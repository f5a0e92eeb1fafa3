import type { Period } from './period.ts';
import type { Provenance } from './provenance.ts';
import type { Quantity } from './quantity.ts';

/** A figure id, unique within its report: kebab-case, e.g. `poor-households-registered`. */
export type FigureId = string & { readonly __brand: 'FigureId' };
/** A section id, unique within its report, e.g. `party-building`. */
export type SectionId = string & { readonly __brand: 'SectionId' };

/** Text in both languages of the library. */
export interface Label {
  zh: string;
  en: string;
}

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
}

/** A heading of the report and the UTF-16 range `[start, end)` of its text, heading included. */
export interface Section {
  id: SectionId;
  heading: string;
  label: Label;
  start: number;
  end: number;
  /** 'summary' for the year's achievements, 'plan' for next year's intentions. */
  part: 'preamble' | 'summary' | 'plan';
}

/** Where the report comes from. */
export interface Place {
  town: string;
  county: string;
  city: string;
  province: string;
}

/** One published document (DESIGN.md "Report"). */
export interface ReportMeta {
  id: string;
  title: Label;
  publisher: Label;
  /** ISO date, e.g. '2019-12-16'. */
  published: string;
  /** The year the report summarises. */
  year: number;
  place: Place;
  url: string;
  language: 'zh-CN';
}

/** A report with its verbatim source text, sections and figures. */
export interface Report {
  meta: ReportMeta;
  /** The verbatim source text, decoded as UTF-8. */
  source: string;
  sections: Section[];
  figures: Figure[];
}
