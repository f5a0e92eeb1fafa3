import type { ComparisonNoteCode, ReasonEvidence } from './comparison.ts';

/**
 * The one catalogue of comparison messages, keyed by code (DESIGN.md "Problem"). Tests assert
 * codes, never wording. Numbers are printed with up to 4 decimals here only; values stay exact.
 */

const REASON_TEXT: Record<ReasonEvidence['reason'], string> = {
  estimate: 'an estimate',
  'like-for-like': 'a like-for-like basis (last year recomputed on this year’s scope)',
  'comparable-prices': 'a real growth at comparable prices, while the levels are nominal',
  renamed: 'a renamed indicator whose scope may differ',
};

const shown = (n: number | null): string => (n === null ? 'open' : String(Number(n.toFixed(4))));

/** Why a stated change may differ, as a list of clauses: `an estimate (预计 in hongshan-district-2013 at 350)`. */
export function reasonsText(reasons: readonly ReasonEvidence[]): string {
  if (reasons.length === 0) return 'the texts give no reason';
  return `likely ${reasons
    .map((r) => `${REASON_TEXT[r.reason]} (${r.words}${r.dataset === undefined ? '' : ` in ${r.dataset}${r.offset === undefined ? '' : ` at ${r.offset}`}`}${r.source === undefined ? '' : `; ${r.source}`})`)
    .join('; ')}`;
}

/** Texts of the `GROWTH_MISMATCH` flag. */
export interface MismatchText {
  label: string;
  from: { year: number; quote: string };
  to: { year: number; quote: string };
  unit: string;
  computed: number;
  computedRange: [number | null, number | null];
  stated: number;
  statedQuote: string;
  statedRange: [number | null, number | null];
  reasons: readonly ReasonEvidence[];
}

/**
 * `GROWTH_MISMATCH`: e.g. "地区生产总值: 614亿元 (2012) → 635亿元 (2013) is +3.4202 percent computed
 * (3.2543 to 3.5858 at the written precision), but the report states 12% (11.5 to 12.5); likely …".
 */
export function mismatchMessage(t: MismatchText): string {
  const sign = t.computed > 0 ? '+' : '';
  return (
    `${t.label}: ${t.from.quote} (${t.from.year}) → ${t.to.quote} (${t.to.year}) is ${sign}${shown(t.computed)} ${t.unit} computed ` +
    `(${shown(t.computedRange[0])} to ${shown(t.computedRange[1])} at the precision the levels are written with), ` +
    `but the report states 「${t.statedQuote}」 = ${shown(t.stated)} (${shown(t.statedRange[0])} to ${shown(t.statedRange[1])}); ${reasonsText(t.reasons)}`
  );
}

/** Messages of notes on the comparison as a whole. */
export const NOTE_MESSAGES: Record<ComparisonNoteCode, (datasets: readonly string[], detail: string) => string> = {
  PLACE_DIFFERS: (ds, detail) => `${ds.join(', ')} are of another place (${detail}) than the first report; compared as given`,
  PLACE_UNKNOWN: (ds) => `${ds.join(', ')} name no place in their metadata; compared as given`,
  YEAR_REPEATED: (ds, detail) => `${ds.join(', ')} review the same year ${detail}; their values are listed side by side and no change is computed between them`,
  SINGLE_YEAR: (ds) => `${ds.join(', ')}: fewer than two reports to compare; every row is listed without changes`,
};
