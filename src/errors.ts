/**
 * The one error class of the library. Its text comes from the message catalogue (messages.ts), keyed by the
 * same stable code: `throw new WorkreportError(message('OPTION_INVALID', 'year', { year }), { input: year })`.
 *
 * Tests assert `code`, never wording. Every message names the input, the bad value and the fix;
 * where the input is text, the failing substring and its UTF-16 offset are quoted.
 */
import type { ErrorCode, Message } from './messages.ts';

export type { ErrorCode } from './messages.ts';
export { quoteAt } from './messages.ts';

/** Where an error came from: the input at fault (kept verbatim) and the error that caused it. */
export interface ErrorOptions {
  input?: unknown;
  cause?: unknown;
}

/** The error every workreport function throws for bad input. */
export class WorkreportError extends Error {
  override readonly name = 'WorkreportError';
  /** Stable code from {@link ErrorCode}. */
  readonly code: ErrorCode;
  /** The input at fault (a string, an id, an option value), kept verbatim. */
  readonly input: unknown;
  /** The message without its `[CODE]` prefix, for a caller that puts it in a sentence of its own. */
  readonly detail: string;

  /** An error with a message of the catalogue (messages.ts `message()`). */
  constructor(message: Message<ErrorCode>, options?: ErrorOptions);
  /**
   * An error whose text is still written at the throw site, in a file that has not moved its texts into
   * the catalogue yet (the codes whose catalogue entry has no case). New code uses the form above.
   */
  constructor(code: ErrorCode, text: string, options?: ErrorOptions);
  constructor(first: Message<ErrorCode> | ErrorCode, second?: string | ErrorOptions, third?: ErrorOptions) {
    const { code, message } = typeof first === 'string' ? { code: first, message: second as string } : first;
    const options = (typeof first === 'string' ? third : (second as ErrorOptions | undefined)) ?? {};
    super(`[${code}] ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.input = options.input;
    this.detail = message;
  }
}
