import { expect } from 'vitest';
import { WorkreportError } from '../src/errors.ts';

/** The WorkreportError `run` throws: a failing test when it throws none, and any other error thrown on. */
export function thrown(run: () => unknown): WorkreportError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkreportError) return error;
    throw error;
  }
  return expect.unreachable('expected a WorkreportError, none was thrown');
}
