import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { WorkreportError } from '../errors.ts';

/**
 * Locating the CJK font that PNG rendering needs. resvg loads no system fonts here (it would be
 * slow and machine-dependent): without Noto Sans CJK it draws no text at all, so a missing font
 * is an error, never a PNG with blank labels.
 */

/** The family every chart names first (src/charts/theme.ts FONT_FAMILY) and resvg falls back to. */
export const CJK_FONT_FAMILY = 'Noto Sans CJK SC';

/** Where to look for the font. */
export interface FontSearch {
  /**
   * Directories searched recursively (4 levels deep) for Noto Sans CJK files, in order.
   * Default: {@link FONT_DIRS}.
   */
  dirs?: readonly string[];
  /** Then ask fontconfig (`fc-list`) for the files of family Noto Sans CJK SC. Default: `true`. */
  fontconfig?: boolean;
}

/** The font files to load, Regular first. */
export interface CjkFonts {
  regular: string;
  /** The Bold face, when installed; without it resvg draws bold text with the Regular face. */
  bold?: string;
  /** `[regular, bold]` (or `[regular]`), as resvg's `font.fontFiles` takes them. */
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

const MAX_DEPTH = 4;

/** Noto Sans CJK files under `dir`, by face; unreadable or missing directories are skipped. */
function scan(dir: string, found: Map<'Regular' | 'Bold', string>, depth: number): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const face = FILE_NAME.exec(entry.name)?.[1];
    if (entry.isFile() && face !== undefined) {
      const key = face.toLowerCase() === 'bold' ? 'Bold' : 'Regular';
      if (!found.has(key)) found.set(key, path);
    } else if (entry.isDirectory() && depth < MAX_DEPTH) {
      scan(path, found, depth + 1);
    }
  }
}

/** Files fontconfig knows for family Noto Sans CJK SC, by style; empty when fc-list is missing. */
function fontconfigFiles(): Map<'Regular' | 'Bold', string> {
  const found = new Map<'Regular' | 'Bold', string>();
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
 * The Noto Sans CJK font files for resvg: searched in `dirs`, then through fontconfig.
 * Results are cached per search (the default search runs once per process).
 *
 * @example findCjkFonts().files // ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '…-Bold.ttc']
 * @throws WorkreportError `FONT_MISSING` when no Regular face is found, naming where it looked and
 *   the Debian package to install (`fonts-noto-cjk`).
 */
export function findCjkFonts(search: FontSearch = {}): CjkFonts {
  const { dirs = FONT_DIRS, fontconfig = true } = search;
  const key = JSON.stringify([dirs, fontconfig]);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;

  const found = new Map<'Regular' | 'Bold', string>();
  for (const dir of dirs) {
    if (found.size === 2) break;
    scan(dir, found, 0);
  }
  if (!found.has('Regular') && fontconfig) {
    for (const [face, file] of fontconfigFiles()) if (!found.has(face)) found.set(face, file);
  }
  const regular = found.get('Regular');
  if (regular === undefined) {
    const where = [...dirs, ...(fontconfig ? ['fontconfig (fc-list)'] : [])];
    throw new WorkreportError(
      'FONT_MISSING',
      `no ${CJK_FONT_FAMILY} font found (looked in: ${where.length > 0 ? where.join(', ') : 'nowhere'}); ` +
        'without it PNG text would be blank. Install the Debian package fonts-noto-cjk: `sudo apt-get install fonts-noto-cjk`',
      { input: where },
    );
  }
  const bold = found.get('Bold');
  const fonts: CjkFonts = bold === undefined ? { regular, files: [regular] } : { regular, bold, files: [regular, bold] };
  cache.set(key, fonts);
  return fonts;
}
