import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';

/**
 * Locating and loading the fonts that PNG rendering needs. resvg loads no system fonts here (it
 * would be slow and machine-dependent), only Noto Sans CJK, plus Noto Sans Regular as a fallback
 * for characters the CJK font lacks when Debian's `fonts-noto-core` is installed. Without Noto Sans
 * CJK resvg draws no text at all, so a missing CJK font is an error, never a PNG with blank labels.
 */

/** The family every chart names first (src/charts/theme.ts FONT_FAMILY) and resvg falls back to. */
export const CJK_FONT_FAMILY = 'Noto Sans CJK SC';

/** Where to look for the font. */
export interface FontSearch {
  /**
   * Directories searched recursively (4 levels deep), in order, for the Noto Sans CJK files and
   * the Noto Sans fallback (`NotoSans-Regular.ttf`).
   * Default: {@link FONT_DIRS}.
   */
  dirs?: readonly string[];
  /** Then ask fontconfig (`fc-list`) for the files of family Noto Sans CJK SC. Default: `true`. */
  fontconfig?: boolean;
}

/** The font files to load: paths, Noto Sans CJK Regular first. */
export interface CjkFonts {
  regular: string;
  /** The Bold face, when installed; without it resvg draws bold text with the Regular face. */
  bold?: string;
  /**
   * Noto Sans Regular (`NotoSans-Regular.ttf`, Debian `fonts-noto-core`), when installed: resvg
   * draws with it only characters that Noto Sans CJK has no glyph for. Optional; no emoji font.
   */
  fallback?: string;
  /** Every file to load, in that order: `[regular, bold?, fallback?]`. */
  files: string[];
}

/**
 * Default font directories: Debian's `fonts-noto-cjk` location first, then the usual system and
 * user font directories.
 */
export const FONT_DIRS: readonly string[] = [
  '/usr/share/fonts/opentype/noto',
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  join(homedir(), '.local/share/fonts'),
  join(homedir(), '.fonts'),
];

/**
 * File names of Noto Sans CJK with a Simplified Chinese face: the Debian/Noto collections
 * (`NotoSansCJK-Regular.ttc`) and the single-region OpenType files (`NotoSansCJKsc-Bold.otf`).
 */
const FILE_NAME = /^NotoSansCJK(?:sc)?-(Regular|Bold)\.(?:ttc|otf)$/i;

/** File name of the fallback font, as Debian's `fonts-noto-core` and Google's Noto release name it. */
const FALLBACK_FILE_NAME = 'NotoSans-Regular.ttf';

const MAX_DEPTH = 4;

/** The files {@link findCjkFonts} looks for. */
type Face = 'Regular' | 'Bold' | 'Fallback';

/** The face a file name is, if any. */
function faceOf(name: string): Face | undefined {
  if (name === FALLBACK_FILE_NAME) return 'Fallback';
  const face = FILE_NAME.exec(name)?.[1];
  if (face === undefined) return undefined;
  return face.toLowerCase() === 'bold' ? 'Bold' : 'Regular';
}

/** Whether `path` is a file or a link to one. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Font files (or links to them) under `dir`, by face (the first found wins); links to directories
 * are not followed, unreadable or missing directories are skipped.
 */
function scan(dir: string, found: Map<Face, string>, depth: number): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const face = faceOf(entry.name);
    if (face !== undefined && (entry.isFile() || (entry.isSymbolicLink() && isFile(path)))) {
      if (!found.has(face)) found.set(face, path);
    } else if (entry.isDirectory() && depth < MAX_DEPTH) {
      scan(path, found, depth + 1);
    }
  }
}

/** Files fontconfig knows for family Noto Sans CJK SC, by style; empty when fc-list is missing. */
function fontconfigFiles(): Map<Face, string> {
  const found = new Map<Face, string>();
  let output: string;
  try {
    output = execFileSync('fc-list', ['--format', '%{style[0]}\t%{file}\n', `:family=${CJK_FONT_FAMILY}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return found;
  }
  for (const line of output.split('\n')) {
    const [style, file] = line.split('\t');
    if (file === undefined || !existsSync(file)) continue;
    const key = style === 'Bold' ? 'Bold' : style === 'Regular' ? 'Regular' : undefined;
    if (key !== undefined && !found.has(key)) found.set(key, file);
  }
  return found;
}

const cache = new Map<string, CjkFonts>();

/**
 * The font files for resvg: Noto Sans CJK Regular and Bold, searched in `dirs`, then (when the
 * Regular face is not there) through fontconfig; and Noto Sans Regular as fallback when one of
 * `dirs` has it. Results are cached per search (the default search runs once per process).
 *
 * @example findCjkFonts().files // on Debian: /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc, NotoSansCJK-Bold.ttc and NotoSans-Regular.ttf
 * @throws WorkreportError `FONT_MISSING` when no Regular face is found, naming where it looked and
 *   the Debian package to install (`fonts-noto-cjk`).
 */
export function findCjkFonts(search: FontSearch = {}): CjkFonts {
  const { dirs = FONT_DIRS, fontconfig = true } = search;
  const key = JSON.stringify([dirs, fontconfig]);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;

  const found = new Map<Face, string>();
  for (const dir of dirs) {
    if (found.size === 3) break;
    scan(dir, found, 0);
  }
  if (!found.has('Regular') && fontconfig) {
    for (const [face, file] of fontconfigFiles()) if (!found.has(face)) found.set(face, file);
  }
  const regular = found.get('Regular');
  if (regular === undefined) {
    const where = [...dirs, ...(fontconfig ? ['fontconfig (fc-list)'] : [])];
    throw new WorkreportError(message('FONT_MISSING', 'noCjkFont', { family: CJK_FONT_FAMILY, where }), {
      input: where,
    });
  }
  const bold = found.get('Bold');
  const fallback = found.get('Fallback');
  const fonts: CjkFonts = {
    regular,
    ...(bold === undefined ? {} : { bold }),
    ...(fallback === undefined ? {} : { fallback }),
    files: [regular, bold, fallback].filter((file) => file !== undefined),
  };
  cache.set(key, fonts);
  return fonts;
}

const contents = new Map<string, Uint8Array>();

/**
 * The bytes of each of `fonts.files`, in the same order, for resvg's `font.fontBuffers`. Each file
 * is read once per process and kept in memory (the two Noto Sans CJK collections are ~40 MB).
 *
 * @throws WorkreportError `FONT_MISSING` naming the file when it can no longer be read.
 */
export function fontBuffers(fonts: CjkFonts): Uint8Array[] {
  return fonts.files.map((file) => {
    let bytes = contents.get(file);
    if (bytes === undefined) {
      try {
        bytes = readFileSync(file);
      } catch (error) {
        const fix = file === fonts.fallback ? 'fonts-noto-core' : 'fonts-noto-cjk';
        throw new WorkreportError(
          message('FONT_MISSING', 'unreadable', { file, reason: (error as Error).message, fix }),
          {
            input: file,
            cause: error,
          },
        );
      }
      contents.set(file, bytes);
    }
    return bytes;
  });
}
