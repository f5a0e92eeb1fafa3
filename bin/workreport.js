#!/usr/bin/env node
// Runs the CLI with plain `node`: the compiled JavaScript cached in node_modules/.cache/workreport
// when it matches the sources (built now if missing or stale, see compiled-cli.js), else the
// TypeScript itself through tsx (WORKREPORT_TSX=1 asks for that).
import { compiledCli, PACKAGE_ROOT } from './compiled-cli.js';

const entry = process.env.WORKREPORT_TSX === '1' ? undefined : await compiledCli(PACKAGE_ROOT);
let ran = false;
if (entry !== undefined) {
  try {
    await import(entry);
    ran = true;
  } catch (error) {
    // A cached copy removed under our feet (a chunk missing): run the sources instead; any other error is the CLI's.
    if (!(error instanceof Error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('.cache'))) throw error;
  }
}
if (!ran) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
