import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { notebookDatasets } from './notebooks/dataset-modules.ts';

/** The browser tests: each file builds or serves a site and drives Chromium itself (node environment). */
const BROWSER_TESTS = 'tests/e2e/**/*.test.ts';

/** The tests of browser-side modules (the notebook inputs, the embed runtimes) in a jsdom document. */
const DOM_TESTS = 'tests/**/*.dom.test.ts';

/**
 * The unit and DOM tests' timeout. `npm test` runs them at a lower priority (`nice`) than the site's
 * build and browser tests, to use the cores Chromium leaves idle: there a test may take three times
 * its wall time alone (the slowest, 5 s alone, took 17 s). A timeout catches a test that hangs.
 */
const BACKGROUND_TIMEOUT = 60_000;

/**
 * Test files whose tests run long for the size of the file. Without timings from an earlier run (a
 * fresh clone has none), vitest starts the largest files first; the Chromium layout matrix, a
 * 17-line file, came last, and the run ended on its 11 s with the other core idle.
 */
const LONG_FILES = ['tests/charts/layout.test.ts'];

/** Vitest's order, with {@link LONG_FILES} first among their project's files. */
class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = (file: TestSpecification): boolean => LONG_FILES.some((path) => file.moduleId.endsWith(`/${path}`));
    // Projects (and their groups) stay in vitest's order: a project's place is its first file's.
    const projectAt = new Map<string, number>();
    sorted.forEach((file, at) => projectAt.set(file.project.name, projectAt.get(file.project.name) ?? at));
    const key = (file: TestSpecification, at: number): [number, number, number] => [
      projectAt.get(file.project.name) ?? 0,
      long(file) ? 0 : 1,
      at,
    ];
    return sorted
      .map((file, at) => ({ file, key: key(file, at) }))
      .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
      .map(({ file }) => file);
  }
}

/**
 * Tests live in tests/**, in three projects. `unit`: every file but the browser and DOM tests, run
 * one after another in each worker process with the modules they import kept loaded (`isolate:
 * false`): vega, vega-lite, arquero and the datasets load once per worker instead of once per file,
 * which was a third of the suite's CPU time. A file must therefore leave no state behind (a logger
 * it set, a spy, a stubbed global: each is restored in the file). `dom`: the `*.dom.test.ts` files,
 * in jsdom, a project of their own: a worker runs files of one environment, and DOM files among the
 * others made vitest start a worker at each change (twelve for the unit tests, each loading
 * everything again). `e2e`: the browser tests, also with their modules kept loaded (the files a
 * worker runs share its Chromium, tests/site/browser.ts).
 */
export default defineConfig({
  // The notebooks' datasets (notebooks/datasets.ts imports them), as the site build serves them.
  plugins: [notebookDatasets()],
  test: {
    environment: 'node',
    sequence: { sequencer: LongFilesFirst },
    // One temporary folder per run, removed at its end (tests/temp-root.ts, tests/temp-dir-env.ts).
    globalSetup: ['tests/temp-root.ts'],
    setupFiles: ['tests/temp-dir-env.ts'],
    // CI has 2 cores shared by parallel test files: the property tests (fast-check, 200 runs) and
    // PNG renders can pass 5 s (vitest's default) there without anything being wrong.
    testTimeout: 30_000,
    // Vitest runs cores − 1 files at once: one on a 2-core machine. Most of the slow files wait on
    // Chromium, child processes or worker threads rather than compute, so two or more at once finish
    // sooner; one per core, at least two.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [BROWSER_TESTS, DOM_TESTS],
          isolate: false,
          testTimeout: BACKGROUND_TIMEOUT,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: [DOM_TESTS],
          environment: 'jsdom',
          isolate: false,
          testTimeout: BACKGROUND_TIMEOUT,
          setupFiles: ['tests/dom-canvas.ts'],
          // Seven small files: a second worker would load jsdom and the modules again for half a second of
          // tests. A project with its own worker count runs as a group of its own: this one, first.
          maxWorkers: 1,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: [BROWSER_TESTS],
          isolate: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
