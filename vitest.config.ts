import { defineConfig } from 'vitest/config';

/** Tests live in tests/**; the browser tests in tests/e2e drive Chromium themselves (node environment). */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
