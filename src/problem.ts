/**
 * A problem: something workreport reports rather than throws (DESIGN.md "Problem"): a figure whose provenance
 * fails, an indicator without a value, a consistency finding, a comparison flag. One value type for all of
 * them; the text comes from the message catalogue (messages.ts) under the same code.
 */
import { message, type Case, type Code, type Params } from './messages.ts';

/** One reported problem. */
export interface Problem<C extends Code = Code> {
  /** Stable code from the catalogue (messages.ts). */
  code: C;
  /** The ids of what is at fault: figures, indicators, datasets, files; may be empty. */
  ids: string[];
  /** The catalogue's text for `code`, in English. */
  message: string;
}

/**
 * The problem `code` (case `kase` of its message, written from `params`) about the things `ids` name.
 *
 * @example problem('INPUT_MISSING', 'figures', { ids: ['whole'] }, ['whole']) // { code: 'INPUT_MISSING', ids: ['whole'], message: 'needs figure whole, which the report does not have' }
 */
export function problem<C extends Code, K extends Case<C>>(
  code: C,
  kase: K,
  params: Params<C, K>,
  ids: readonly string[],
): Problem<C> {
  return { ...message(code, kase, params), ids: [...ids] };
}
