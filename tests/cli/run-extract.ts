import { CommanderError } from 'commander';
import { vi } from 'vitest';
import { extractCommand, type ExtractLimits } from '../../src/cli/extract-command.ts';

/** What a run of `workreport extract` printed, and the error it exited with (none on success). */
export interface ExtractRun {
  stdout: string;
  stderr: string;
  error: CommanderError | undefined;
}

/** Run `workreport extract <args>` in this process, with `limits` (default: the command's own), capturing stdout and stderr. */
export async function runExtract(args: readonly string[], limits?: Partial<ExtractLimits>): Promise<ExtractRun> {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) => (chunk: string | Uint8Array) => into.push(String(chunk)) > 0;
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture(out));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture(err));
  const command = extractCommand(limits)
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  let error: CommanderError | undefined;
  try {
    await command.parseAsync([...args], { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    error = e;
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return { stdout: out.join(''), stderr: err.join(''), error };
}
