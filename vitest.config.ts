import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { DATASETS_ALIAS } from './notebooks/notebooks.ts';

/** Tests live in tests/**; the browser tests in tests/e2e drive Chromium themselves (node environment). */
export default defineConfig({
  // The datasets folder notebook modules glob (vite.config.ts has the same alias).
  resolve: {
    alias: {
      [DATASETS_ALIAS]: process.env.WORKREPORT_DATASETS ?? fileURLToPath(new URL('./datasets', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // CI has 2 cores shared by parallel test files: the property tests (fast-check, 200 runs) and
    // PNG renders can pass 5 s (vitest's default) there without anything being wrong.
    testTimeout: 30_000,
    // Vitest runs cores − 1 files at once: one on a 2-core machine. Most of the slow files wait on
    // Chromium, child processes or worker threads rather than compute, so two or more at once finish
    // sooner; one per core, at least two.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
