/**
 * The words every layer shares, as types only: this file imports nothing, so any file may import it without
 * closing a cycle (type-only imports included; `npm test` checks with dpdm).
 */

/** Languages of charts, labels, number formats, messages and alt text. */
export type Lang = 'zh' | 'en';

/** The two colour variants of the chart theme. */
export type ThemeMode = 'light' | 'dark';

/** Kinds of chart, one file each (`CHART_KINDS` in charts/registry.ts holds an entry for every kind). */
export type ChartKind =
  | 'bar'
  | 'grouped-bar'
  | 'progress'
  | 'kpi'
  | 'waffle'
  | 'dot-plot'
  | 'dumbbell'
  | 'small-multiples'
  | 'slope'
  | 'line'
  | 'change-table';
