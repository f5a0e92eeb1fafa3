import type { FigureId, Place } from '../figures/figure.ts';
import type { Qualifier } from '../figures/qualifier.ts';
import type { UnitId } from '../figures/unit.ts';
import type { ComparisonNoteCode } from '../messages.ts';
import type { Problem } from '../problem.ts';
import type { Basis } from './basis.ts';
import type { ChangeMeasure } from './growth.ts';

/**
 * The vocabulary of a comparison (DESIGN.md CLI `compare`): rows of one indicator across the
 * reports of a place, each value with its quote, each change computed exactly and checked against
 * the growth the report states. Also the JSON the CLI prints.
 */

/** How a row's figures were found to measure one thing: same label key, synonym table, user mapping; `none` for a figure with no partner. */
export type MatchKind = 'label' | 'synonym' | 'mapping' | 'none';

/** One report's value of a row, in the row's unit (money in CNY: 1102.5亿元 is 110250000000). */
export interface ComparedValue {
  /** Dataset (report) id. */
  dataset: string;
  /** The year the report reviews (for a target, the year it plans for). */
  year: number;
  value: number;
  qualifier: Qualifier;
  /** The figure's words and their UTF-16 offset in that report's source text. */
  quote: string;
  offset: number;
  figure: FigureId;
  /** The figure's own zh label, as that report names it. */
  label: string;
  /** True when the report calls the level an estimate (预计). */
  estimate?: true;
}

/** A likely reason, read from the texts or the synonym table, why a stated and a computed change differ. */
export type FlagReason = 'estimate' | 'like-for-like' | 'comparable-prices' | 'renamed';

/** Evidence of a reason: the words of a report (with dataset and offset), or the synonym table's definition. */
export interface ReasonEvidence {
  reason: FlagReason;
  /** `预计`, `按同口径计算`, or the two labels of a renamed indicator (`全口径财政收入 → 公共财政总收入`). */
  words: string;
  dataset?: string;
  offset?: number;
  /** The definition source (synonym table) when the reason comes from it. */
  source?: string;
}

/**
 * A stated change that the two levels cannot produce, even at the precision they are written with: a
 * {@link Problem} whose `ids` are the two levels' `dataset/figure-id`, its message from the catalogue
 * (messages.ts), naming both numbers, quotes and reasons.
 */
export interface ChangeFlag extends Problem<'GROWTH_MISMATCH'> {
  /** Every computed change the written levels allow, `[lo, hi]` (null for an open end), in the change's measure. */
  computedRange: [number | null, number | null];
  /** Every value the written rate allows. */
  statedRange: [number | null, number | null];
  /** Likely reasons the texts themselves give; empty when they give none. */
  reasons: ReasonEvidence[];
}

/** The change of a row between two consecutive values. */
export interface ComparedChange {
  /** Years of the two values. */
  from: number;
  to: number;
  /** `percent` growth of an amount; `percentage-points` between two percentage levels. */
  measure: ChangeMeasure;
  /** Computed from the two levels, exactly, then converted once: 614 → 635 is 3.420195439739414. */
  computed: number;
  /** The change the later report states for its level (signed: 下降3.81% is -3.81). */
  stated?: number;
  statedQuote?: string;
  statedOffset?: number;
  /** Its basis words (同比, 同口径, 按可比价, 预计). */
  basis?: Basis[];
  /** Present only when the stated change is outside what the written levels allow. */
  flag?: ChangeFlag;
}

/** One indicator across the reports compared. */
export interface ComparisonRow {
  /** The matching key: the indicator's label key (`地区生产总值`), official name for a synonym; prefixed `target:` for plans. */
  key: string;
  label: { zh: string; en?: string };
  unit: UnitId;
  /** For `count`, what is counted (a row never mixes counts of different things). */
  counted?: string;
  values: ComparedValue[];
  changes: ComparedChange[];
  match: MatchKind;
  /** True for a row of plan targets (`period.kind === 'target'`); targets never match actual figures. */
  target?: true;
}

/** A report's target for a year against the next report's actual figure for that year. */
export interface PlanVsActual {
  key: string;
  label: { zh: string; en?: string };
  unit: UnitId;
  target: ComparedValue;
  actual: ComparedValue;
  /** actual − target, in `unit`. */
  gap: number;
  /** actual / target × 100; null for a target of 0. */
  attainment: number | null;
  match: Exclude<MatchKind, 'none'>;
}

/** Something about the inputs a reader should know (never a refusal): a {@link Problem} about the datasets `ids`. */
export interface ComparisonNote extends Problem<ComparisonNoteCode> {
  /** The datasets concerned (the same as `ids`). */
  datasets: string[];
}

/** The result of comparing two or more reports. */
export interface Comparison {
  /** The place of the first report with one; the notes say when others differ. */
  place: Place;
  /** Dataset ids in the order of the years they review. */
  datasets: string[];
  years: number[];
  rows: ComparisonRow[];
  plan: PlanVsActual[];
  notes: ComparisonNote[];
}
