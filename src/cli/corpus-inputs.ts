import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';

/**
 * The report files a corpus command line names: files, folders (searched recursively) and glob
 * patterns, in a deterministic order, each file once. Used by `workreport extract` and
 * `workreport corpus`.
 */

/** One input to read: `file` as it is printed (the path given, or the folder given joined with the path found in it), or `-` for standard input. */
export interface CorpusInput {
  file: string;
}

/** File names a folder or glob contributes: report texts. Files named one by one are read whatever their name. */
export const REPORT_EXTENSIONS = ['.txt'] as const;

const GLOB_CHARS = /[*?[]/;

/** Whether `name` is a report text a folder contributes (`.txt`, any case). */
function isReportName(name: string): boolean {
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Folder entries sorted by name (code point order), hidden ones (`.git`, `.DS_Store`) left out unless asked for. */
function entries(dir: string, hidden = false): Dirent[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => hidden || !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every report text under `dir`, depth first, sorted by name at each level; symbolic links to files are followed, to folders not (no cycles). */
function walk(dir: string, found: string[]): void {
  for (const entry of entries(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (isReportName(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(path)))) found.push(path);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A regular expression for one path segment of a glob: `*` any characters but `/`, `?` one, `[…]` a class. */
function segmentPattern(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] ?? '';
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        const body = segment
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replaceAll('\\', '\\\\');
        source += `[${body}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

/**
 * The files a glob matches: `*`, `?` and `[…]` within a path segment, `**` for any number of
 * folders; hidden names only when the pattern spells their dot. Sorted as `walk` sorts.
 */
export function globFiles(pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split(/\/+/).filter((s, i) => s !== '' || i === 0);
  const found: string[] = [];
  const visit = (dir: string, shown: string, at: number): void => {
    if (at === segments.length) return;
    const segment = segments[at] ?? '';
    const last = at === segments.length - 1;
    const prefix = shown === '' ? '' : shown.endsWith('/') ? shown : `${shown}/`;
    if (segment === '**') {
      // Zero folders, then one more folder and `**` again.
      visit(dir, shown, at + 1);
      for (const entry of safeEntries(dir))
        if (entry.isDirectory()) visit(join(dir, entry.name), `${prefix}${entry.name}`, at);
      return;
    }
    if (!GLOB_CHARS.test(segment)) {
      const path = join(dir, segment);
      if (last) {
        if (isFile(path)) found.push(`${prefix}${segment}`);
      } else if (isDir(path)) visit(path, `${prefix}${segment}`, at + 1);
      return;
    }
    const match = segmentPattern(segment);
    for (const entry of safeEntries(dir, segment.startsWith('.'))) {
      if (!match.test(entry.name)) continue;
      const path = join(dir, entry.name);
      if (last) {
        if (entry.isFile() || (entry.isSymbolicLink() && isFile(path))) found.push(`${prefix}${entry.name}`);
      } else if (entry.isDirectory()) visit(path, `${prefix}${entry.name}`, at + 1);
    }
  };
  if (absolute) visit('/', '/', 1);
  else visit('.', '', 0);
  return [...new Set(found)];
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** `entries`, or none when the folder cannot be read (a glob passes over what it cannot list). */
function safeEntries(dir: string, hidden = false): Dirent[] {
  try {
    return entries(dir, hidden);
  } catch {
    return [];
  }
}

/**
 * The inputs `args` name, in order: `-` (standard input, at most once), a file as given, every
 * report text (`*.txt`) under a folder (recursively, sorted by name at each level, hidden entries
 * left out), or every file a glob matches (when no file of that name exists; quote it so the shell
 * leaves it to workreport). Each file is read once: the set of resolved paths makes it linear in the
 * number of files.
 *
 * @throws WorkreportError `INPUT_UNREADABLE` for a path that does not exist, a folder without report
 *   texts or a glob matching nothing (naming it and the fix); `INPUT_DUPLICATE` for a file reached
 *   twice (named twice, or in a folder and by name).
 */
export function corpusInputs(args: readonly string[]): CorpusInput[] {
  const inputs: CorpusInput[] = [];
  const seen = new Map<string, string>();
  const add = (file: string, arg: string): void => {
    const key = file === '-' ? '-' : resolve(file);
    const before = seen.get(key);
    if (before !== undefined) {
      const duplicate =
        before === arg
          ? message('INPUT_DUPLICATE', 'twice', { file })
          : message('INPUT_DUPLICATE', 'reached', { file, first: before, second: arg });
      throw new WorkreportError(duplicate, { input: file });
    }
    seen.set(key, arg);
    inputs.push({ file });
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-', arg);
      continue;
    }
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(arg);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory() === true) {
      const found: string[] = [];
      walk(arg, found);
      if (found.length === 0)
        throw new WorkreportError(
          message('INPUT_UNREADABLE', 'emptyFolder', { folder: arg, extensions: REPORT_EXTENSIONS }),
          { input: arg },
        );
      for (const file of found) add(file, arg);
    } else if (stat === undefined && GLOB_CHARS.test(arg)) {
      const found = globFiles(arg);
      if (found.length === 0)
        throw new WorkreportError(message('INPUT_UNREADABLE', 'noMatch', { pattern: arg }), { input: arg });
      for (const file of found) add(file, arg);
    } else {
      // A file, or a path that is not there: reading it says which (INPUT_UNREADABLE naming it).
      add(arg, arg);
    }
  }
  return inputs;
}
