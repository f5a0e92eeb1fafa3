/**
 * Where workreport's warnings go: one replaceable logger (as Vega-Lite's `log`), so that a page, the CLI or a
 * test can collect them instead of reading the console. A warning is a {@link Problem}: a code, the ids at
 * fault and the catalogue's message.
 */
import type { Problem } from './problem.ts';

/** Receives every warning. */
export interface Logger {
  warn(problem: Problem): void;
}

/** The default: `console.warn` with the code in front. */
export const CONSOLE_LOGGER: Logger = {
  warn: (problem) => console.warn(`workreport [${problem.code}] ${problem.message}`),
};

let current: Logger = CONSOLE_LOGGER;

/**
 * Send warnings to `logger` from now on; returns the logger it replaces, so a caller can put it back.
 */
export function setLogger(logger: Logger): Logger {
  const previous = current;
  current = logger;
  return previous;
}

/** Report a warning to the current logger. */
export function warn(problem: Problem): void {
  current.warn(problem);
}
