// The CLI compiled to plain JavaScript, kept in node_modules/.cache/workreport and keyed by a hash of
// the sources, so `node bin/workreport.js` starts without compiling TypeScript on every run.
//
// - `compiledCli(root)` returns the URL of the compiled entry for the sources under `root`: the cached
//   copy when one was built from exactly these sources (same hash), else a copy built now with
//   esbuild (the one tsx uses) and cached, else `undefined` (esbuild missing, a read-only
//   node_modules …): the caller then runs the TypeScript through tsx. It never throws.
// - The cache lives inside node_modules, so nothing outside it is needed: any copy of the tracked
//   files that shares that node_modules finds or builds its own entry, and an edited source gets a
//   new hash, hence a new build (a stale copy is never run). `npm ci` builds it in `prepare`.
// - Builds are written under a temporary name and renamed into place: two processes building at
//   once both end with a complete copy. At most KEEP builds are kept.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Changes whenever the way the CLI is built changes, so older builds are not reused. */
const BUILD_VERSION = '1';
/** Entry points, relative to src/: the CLI and the worker thread `extract` runs files in. */
export const ENTRIES = ['cli/main.ts', 'cli/extract-worker.ts'];
/** Builds kept in the cache (the newest). */
const KEEP = 4;

/** Every file under `dir` (recursively), relative to it, sorted. */
function listFiles(dir, prefix = '') {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...listFiles(join(dir, entry.name), path));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

/** A hash of everything a build depends on: the build version, tsconfig.json and every file under src/. */
export function sourceHash(root) {
  const hash = createHash('sha256').update(`workreport-cli ${BUILD_VERSION} ${process.version.split('.')[0]}\0`);
  hash.update(readFileSync(join(root, 'tsconfig.json')));
  for (const file of listFiles(join(root, 'src'))) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(join(root, 'src', file)));
  }
  return hash.digest('hex').slice(0, 20);
}

/** The node_modules folder `root` resolves its packages from (where esbuild is), or undefined. */
function nodeModules(root) {
  try {
    const esbuild = createRequire(join(root, 'package.json')).resolve('esbuild');
    const at = esbuild.lastIndexOf(`${sep}node_modules${sep}`);
    return at < 0 ? undefined : esbuild.slice(0, at + sep.length + 'node_modules'.length);
  } catch {
    return undefined;
  }
}

/** The cache folder for builds of the CLI, or undefined when there is no node_modules. */
export function cacheDir(root) {
  const modules = nodeModules(root);
  return modules === undefined ? undefined : join(modules, '.cache', 'workreport');
}

/**
 * Build the CLI from the sources under `root` into `out` (an ES module bundle per entry, shared code
 * in chunks so each subcommand loads only its own modules; packages stay in node_modules).
 */
export async function buildCli(root, out) {
  const require = createRequire(join(root, 'package.json'));
  const esbuild = await import(pathToFileURL(require.resolve('esbuild')).href);
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES.map((entry) => join(root, 'src', entry)),
    outdir: out,
    // All files in one folder, so `new URL('./extract-worker.js', import.meta.url)` finds the worker from any chunk.
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    sourcemap: false,
  });
  writeFileSync(join(out, 'package.json'), '{"type": "module"}\n');
}

/** Remove all but the KEEP newest builds from the cache. */
function prune(cache) {
  const builds = readdirSync(cache)
    .filter((name) => name.startsWith('cli-'))
    .map((name) => ({ name, time: statSync(join(cache, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of builds.slice(KEEP)) rmSync(join(cache, old.name), { recursive: true, force: true });
}

/**
 * The URL of the compiled CLI entry (`main.js`) for the sources under `root`, building it when the
 * cache has none for them; undefined when it cannot be built (then run the TypeScript).
 */
export async function compiledCli(root) {
  try {
    const cache = cacheDir(root);
    if (cache === undefined) return undefined;
    const dir = join(cache, `cli-${sourceHash(root)}`);
    const main = join(dir, 'main.js');
    if (!existsSync(join(dir, 'complete'))) {
      const partial = `${dir}.partial-${process.pid}`;
      rmSync(partial, { recursive: true, force: true });
      mkdirSync(partial, { recursive: true });
      try {
        await buildCli(root, partial);
        writeFileSync(join(partial, 'complete'), '');
        renameSync(partial, dir);
      } catch (error) {
        rmSync(partial, { recursive: true, force: true });
        // Another process may have put the same build in place first.
        if (!existsSync(join(dir, 'complete'))) throw error;
      }
      prune(cache);
    }
    return pathToFileURL(main).href;
  } catch {
    return undefined;
  }
}

/** The folder holding this package (bin/..). */
export const PACKAGE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

// `node bin/compiled-cli.js` (npm's `prepare` step) builds the cache now; it never fails the install.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const entry = await compiledCli(PACKAGE_ROOT);
  process.stdout.write(
    entry === undefined
      ? 'workreport: the CLI could not be compiled; it will run through tsx\n'
      : `workreport: CLI compiled to ${fileURLToPath(entry)}\n`,
  );
}
