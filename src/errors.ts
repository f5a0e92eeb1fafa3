/**
 * One error class and one catalogue of stable codes for the whole library.
 *
 * Tests assert `code`, never wording. Every message names the input, the bad value and the fix;
 * where the input is text, the failing substring and its UTF-16 offset are quoted.
 */

/** Stable error codes. Add new ones here, never reuse a code for another meaning. */
export type ErrorCode =
  | 'NUMBER_INVALID'
  | 'QUANTITY_INVALID'
  | 'UNIT_UNKNOWN'
  | 'FIGURE_INVALID'
  | 'FIGURE_DUPLICATE_ID'
  | 'FIGURE_NOT_FOUND'
  | 'PROVENANCE_MISMATCH'
  | 'PROVENANCE_OUT_OF_SECTION'
  | 'PROVENANCE_VALUE_MISMATCH'
  | 'SECTION_UNKNOWN'
  | 'DATASET_UNKNOWN'
  | 'DATASET_INVALID'
  | 'DATASET_EXISTS'
  | 'STORY_INVALID'
  | 'CHART_EMPTY'
  | 'CHART_MIXED_UNITS'
  | 'CHART_NO_VALUE'
  | 'CHART_UNKNOWN'
  | 'OPTION_INVALID'
  | 'FORMULA_INVALID'
  | 'INDICATOR_INVALID'
  | 'INDICATOR_DUPLICATE_ID'
  | 'CHECK_INVALID'
  | 'UNIT_INCOMPATIBLE'
  | 'FONT_MISSING'
  | 'RENDER_FAILED'
  | 'RENDER_WARNING';

/** The error every workreport function throws for bad input. */
export class WorkreportError extends Error {
  override readonly name = 'WorkreportError';
  /** Stable code from {@link ErrorCode}. */
  readonly code: ErrorCode;
  /** The input at fault (a string, an id, an option value), kept verbatim. */
  readonly input: unknown;

  constructor(code: ErrorCode, message: string, options: { input?: unknown; cause?: unknown } = {}) {
    super(`[${code}] ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.input = options.input;
  }
}

/** Quote a snippet of text for an error message: `「…」 at offset N`. */
export function quoteAt(text: string, offset: number, length = 12): string {
  return `「${text.slice(offset, offset + length)}」 at offset ${offset}`;
}
