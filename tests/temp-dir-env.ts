import { inject } from 'vitest';

// Vitest setup file: this test file's temporary folders go under the run's own (tests/temp-root.ts).
process.env.TMPDIR = inject('tempRoot');
