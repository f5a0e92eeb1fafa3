// Types of compiled-cli.js for the TypeScript that imports it (bench/cli.ts, tests).

/** The folder holding this package (bin/..). */
export const PACKAGE_ROOT: string;
/** Entry points of the build, relative to src/. */
export const ENTRIES: readonly string[];
/** A hash of everything a build depends on (the build version, tsconfig.json, every file under src/). */
export function sourceHash(root: string): string;
/** The cache folder for builds of the CLI (node_modules/.cache/workreport), or undefined without node_modules. */
export function cacheDir(root: string): string | undefined;
/** Build the CLI from the sources under `root` into the folder `out`. */
export function buildCli(root: string, out: string): Promise<void>;
/** The URL of the compiled entry for the sources under `root`, built if missing; undefined when it cannot be built. */
export function compiledCli(root: string): Promise<string | undefined>;
