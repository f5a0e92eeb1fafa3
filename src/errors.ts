/**
 * The one error class of the library. Its text comes from the message catalogue (messages.ts), keyed by the
 * same stable code: `throw new WorkreportError(message('OPTION_INVALID', 'year', { year }), { input: year })`.
 *
 * Tests assert `code`, never wording. Every message names the input, the bad value and the fix;
 * where the input is text, the failing substring and its UTF-16 offset are quoted.
 */
import type { ErrorCode, Message } from './messages.ts';

export type { ErrorCode } from './messages.ts';

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

  /**
   * An error with a message of the catalogue: `message()` of messages.ts, `runtimeMessage()` of
   * runtime-messages.ts in the browser runtimes. There is no form taking a text: texts live in the catalogue.
   */
  constructor({ code, message }: Message<ErrorCode>, options: ErrorOptions = {}) {
    super(`[${code}] ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.input = options.input;
    this.detail = message;
  }
}
