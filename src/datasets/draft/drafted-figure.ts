import type { ExtractedFigure } from '../../figures/extract-figures.ts';
import type { FileInput } from '../schema.ts';

/** A figure as `figures.json` holds it. */
export type FigureInput = FileInput['figures']['figures'][number];

/** Tags of drafted figures: what a person must check. */
export const REVIEW_TAGS = {
  /** No words of the clause name the figure: its label is a stand-in. */
  label: 'needs-review:label',
  /** No time word or section gave its period. */
  period: 'needs-review:period',
  /** The value was read by a colloquial convention (三四个, 十几万, 十六万五, 两个亿): check it against the text. */
  value: 'needs-review:value',
  /** The period came only from the section's part (the year reviewed, the year planned). */
  periodInferred: 'period-inferred',
} as const;

/**
 * A drafted figure with what drafting learned about it: the extractor's reading, whether it is the
 * amount of a change (增长9%), and whether its label was found in the text.
 */
export interface DraftedFigure {
  input: FigureInput;
  extracted: ExtractedFigure;
  change: boolean;
  labelFound: boolean;
}

/**
 * Whether a person must review the figure's label or period before publishing it (a `needs-review:` tag).
 *
 * @example needsReview({ input: { tags: ['needs-review:label'] }, … }) // true
 */
export function needsReview(figure: DraftedFigure): boolean {
  return (figure.input.tags ?? []).some((tag) => tag.startsWith('needs-review:'));
}
