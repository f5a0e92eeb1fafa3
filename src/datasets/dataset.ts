import type { ChartDefinition } from '../charts/definition.ts';
import type { Report } from '../figures/figure.ts';
import type { Exclusion } from '../figures/report-data.ts';
import type { CheckDef } from '../indicators/consistency/check.ts';
import type { IndicatorDef } from '../indicators/indicator.ts';
import type { Story } from './story.ts';

/**
 * A dataset (DESIGN.md "Datasets"): one report as data, read from the folder `datasets/<id>/`
 * and validated. Everything else (indicator values, chart specs, pages) is computed from it.
 */
export interface Dataset {
  /** The report id, also the folder name: `yangshahu-2019`. */
  id: string;
  /** Where it was read from, for messages: `datasets/yangshahu-2019`. */
  where: string;
  /** Metadata, sections, figures and the verbatim source text. */
  report: Report;
  /** Numbers of the text left out on purpose, with the reason. */
  exclusions: Exclusion[];
  indicators: IndicatorDef[];
  checks: CheckDef[];
  /** Chart definitions, in reading order. */
  charts: ChartDefinition[];
  /** The story; every dataset with figures has one (drafted by `workreport init`). */
  story?: Story;
  /** How many labels, titles and prose paragraphs have no English text (pages show the zh text and say so). */
  untranslated: number;
}
