import type { TopLevelSpec } from 'vega-lite';
import type { ChartKind, Lang, ThemeMode } from '../vocabulary.ts';

export type { ChartKind, Lang } from '../vocabulary.ts';

/** The number a social card shows large, with the words that say what it counts. */
export interface KeyNumber {
  /** As the chart prints it, with qualifier and unit: `81.9%`, `近300亩`, `126.9万元`. */
  value: string;
  /** What the value is, in the chart's language. */
  label: string;
}

/**
 * A named chart (DESIGN.md "Chart"): the Vega-Lite spec plus the texts that travel with it.
 * `spec` already carries `title`, `description` (alt text) and the source line; the fields here
 * repeat them as plain strings for pages, ARIA and CSV/metadata downloads.
 */
export interface Chart<Row extends object = object> {
  /** Stable id, e.g. `yangshahu-2019/poverty-households`. */
  id: string;
  kind: ChartKind;
  lang: Lang;
  /** Colour variant the spec's config was built with. */
  theme: ThemeMode;
  title: string;
  subtitle?: string;
  /** "Source: <report title>, <publisher>, <date>" in the chart's language. */
  source: string;
  notes: string[];
  /** Alt text written from the data, in the chart's language. */
  description: string;
  spec: TopLevelSpec;
  /**
   * The rows the chart draws, typed by its kind (a `ChartDatum` per bar or dot, plus the kind's own
   * fields: `group`, `role`, `row` and `end`, `panel`, `year`), as the spec's inline data holds them.
   */
  rows: readonly Row[];
  /** The number a social card shows large, picked by the kind from its rows (see each kind's `keyNumber`). */
  keyNumber: KeyNumber;
}
