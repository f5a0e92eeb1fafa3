import { readFileSync } from 'node:fs';

/**
 * The bytes of the input file `file`. A file-system error keeps Node's code and gains the path
 * when Node left it out (reading a folder fails in `read`, which names no path), so the CLI's
 * message names the input (src/cli/main.ts).
 *
 * @throws NodeJS.ErrnoException ENOENT, EISDIR, EACCES … with `path` set to `file`
 */
export function readInputFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    if (error instanceof Error && (error as NodeJS.ErrnoException).path === undefined)
      (error as NodeJS.ErrnoException).path = file;
    throw error;
  }
}
