import { defineConfig } from 'vitest/config';

/** Tests live in tests/**; the browser tests in tests/e2e drive Chromium themselves (node environment). */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // CI has 2 cores shared by parallel test files: the property tests (fast-check, 200 runs) and
    // PNG renders can pass 5 s (vitest's default) there without anything being wrong.
    testTimeout: 30_000,
  },
});
