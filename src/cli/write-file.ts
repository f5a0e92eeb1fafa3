import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';

/**
 * Writing the CLI's output files so that a reader never sees half a file: each file is written
 * under a temporary name beside its final one and renamed into place (a rename is atomic on one
 * file system), so a killed run leaves no partial file under a final name, and an interrupted one
 * (Ctrl-C, SIGTERM) removes its temporary files too. Kernel file systems
 * (`/proc`, `/sys`, `/dev`), where creating folders can hang, are refused with a message.
 */

/** Temporary files being written now: removed if the process is interrupted (Ctrl-C, SIGTERM). */
const inFlight = new Set<string>();
let cleanupInstalled = false;

/** On SIGINT or SIGTERM, remove the temporary files being written, then exit as the signal asks. */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      for (const path of inFlight) rmSync(path, { force: true });
      process.exit(code);
    });
  }
}

/** Virtual file systems no output belongs in. */
const KERNEL_DIRS = ['/proc', '/sys', '/dev'];

/**
 * Make sure `dir` can take output: refuse a kernel file system, create it (and its parents) when missing.
 *
 * @throws WorkreportError `OPTION_INVALID` naming the folder for a path under /proc, /sys or /dev.
 */
export function outputDir(dir: string): void {
  const absolute = resolve(dir);
  const kernel = KERNEL_DIRS.find((root) => absolute === root || absolute.startsWith(root + sep));
  if (kernel !== undefined) {
    throw new WorkreportError(message('OPTION_INVALID', 'kernelDir', { dir, kernel }), { input: dir });
  }
  mkdirSync(absolute, { recursive: true });
}

/**
 * Write `data` to `path` atomically (temporary name, then rename), creating its folder.
 *
 * @returns whether a file of that name was there before (and has been replaced).
 * @throws WorkreportError `OPTION_INVALID` for a path on a kernel file system; the file system's errors.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): boolean {
  outputDir(dirname(path));
  const replaced = existsSync(path);
  const temporary = `${path}.${process.pid}.partial`;
  installCleanup();
  inFlight.add(temporary);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    inFlight.delete(temporary);
  }
  return replaced;
}
