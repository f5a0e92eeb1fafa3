import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCjkFonts, svgToPng } from '../render/index.ts';

/**
 * PNG rendering with a cache on disk. resvg (WebAssembly, fonts held in memory, src/render/render.ts)
 * takes about 40 ms per chart: 7.6 s of CPU for the 196 PNGs of the shipped site, which a rebuild
 * need not pay again. A PNG is kept under `dir` by a hash of everything it depends on (the SVG text,
 * the options, the font files' paths, sizes and times) and rendered again only when one changes.
 */

/** Options of {@link cachedPng}, passed on to `svgToPng`. */
export interface CachedPngOptions {
  /** Pixels per SVG pixel. Default: 2. */
  scale?: number;
  /** CSS colour under the chart. Default: white. */
  background?: string;
}

/**
 * `svg` as PNG bytes, from `dir` when rendered before with the same inputs, else rendered with
 * `svgToPng` and stored there (`dir` is created as needed).
 *
 * @throws WorkreportError as `svgToPng` (`FONT_MISSING`, `RENDER_FAILED`).
 */
export async function cachedPng(svg: string, dir: string, options: CachedPngOptions = {}): Promise<Uint8Array> {
  const { scale = 2, background = '#ffffff' } = options;
  const { files } = findCjkFonts();
  const hash = createHash('sha256').update(svg).update(`\u0000${scale}\u0000${background}`);
  for (const file of files) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`\u0000${file}\u0000${size}\u0000${mtimeMs}`);
  }
  const path = join(dir, `${hash.digest('hex')}.png`);
  try {
    return readFileSync(path);
  } catch {
    const png = await svgToPng(svg, { scale, background });
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, png);
    return png;
  }
}
