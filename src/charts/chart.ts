import type { TopLevelSpec } from 'vega-lite';
import type { ChartKind, Lang, ThemeMode } from '../vocabulary.ts';

export type { ChartKind, Lang } from '../vocabulary.ts';

/**
 * A named chart (DESIGN.md "Chart"): the Vega-Lite spec plus the texts that travel with it.
 * `spec` already carries `title`, `description` (alt text) and the source line; the fields here
 * repeat them as plain strings for pages, ARIA and CSV/metadata downloads.
 */
export interface Chart {
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
}
