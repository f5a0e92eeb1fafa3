/**
 * What span of time a figure covers (DESIGN.md "Period").
 *
 * - `year`: within one calendar year (今年, 2019年).
 * - `cumulative`: a stock or running total with no stated start (全镇有建档立卡贫困户812户).
 * - `since`: from a stated start to the report date (自去年以来 → `start: '2018'`).
 * - `through`: up to a stated end (到11月底 → `end: '2019-11-30'`), optionally within a year.
 * - `target`: a plan for a future year (2020年工作思路).
 * - `unspecified`: the report does not say.
 * Dates are ISO 8601 strings of the precision the report gives ('2018', '2019-11-30').
 */
export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'cumulative'; through?: string }
  | { kind: 'since'; start: string; through?: string }
  | { kind: 'through'; end: string; start?: string }
  | { kind: 'target'; year: number }
  | { kind: 'unspecified' };

export type PeriodKind = Period['kind'];
