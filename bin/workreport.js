#!/usr/bin/env node
// Runs the CLI with plain `node`: the compiled JavaScript cached in node_modules/.cache/workreport
// when it matches the sources (built now if missing or stale, see compiled-cli.js), else the
// TypeScript itself through tsx (WORKREPORT_TSX=1 asks for that).
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledCli, PACKAGE_ROOT } from './compiled-cli.js';

const entry = process.env.WORKREPORT_TSX === '1' ? undefined : await compiledCli(PACKAGE_ROOT);
let ran = false;
if (entry !== undefined) {
  const build = dirname(fileURLToPath(entry));
  try {
    await import(entry);
    ran = true;
  } catch (error) {
    // A file of the cached build removed under our feet: run the sources now, and drop the build so the next run makes it again.
    const missing =
      error instanceof Error &&
      error.code === 'ERR_MODULE_NOT_FOUND' &&
      String(error.message).startsWith(`Cannot find module '${build}`);
    if (!missing) throw error;
    rmSync(build, { recursive: true, force: true });
  }
}
if (!ran) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
