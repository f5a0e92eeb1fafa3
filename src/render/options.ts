import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';

/**
 * Check that `options` has only `allowed` keys. Throws `OPTION_INVALID` naming the function, the
 * unknown keys and the allowed ones.
 */
export function checkOptionKeys(fn: string, options: object, allowed: readonly string[]): void {
  const unknown = Object.keys(options).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    throw new WorkreportError(message('OPTION_INVALID', 'unknownOption', { fn, unknown, allowed }), {
      input: unknown,
    });
  }
}
