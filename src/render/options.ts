import { WorkreportError } from '../errors.ts';

/**
 * Check that `options` has only `allowed` keys. Throws `OPTION_INVALID` naming the function, the
 * unknown keys and the allowed ones.
 */
export function checkOptionKeys(fn: string, options: object, allowed: readonly string[]): void {
  const unknown = Object.keys(options).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    throw new WorkreportError('OPTION_INVALID', `${fn}: unknown option ${unknown.join(', ')}; allowed: ${allowed.join(', ')}`, {
      input: unknown,
    });
  }
}
