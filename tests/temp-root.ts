import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: every temporary file of a test run goes under one folder, removed when the run
 * ends. Each test file's worker sets `TMPDIR` to it (tests/temp-dir-env.ts) before the file runs, and
 * the CLI processes and the Chromium a test starts inherit it, so the folders a test makes with
 * `mkdtempSync(join(tmpdir(), …))` (a built site, rendered charts, a browser profile) do not pile up
 * in the system's temporary folder from one run to the next.
 */
export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'workreport-tests-'));
  project.provide('tempRoot', root);
  return () => rmSync(root, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's temporary folder (tests/temp-root.ts). */
    tempRoot: string;
  }
}
