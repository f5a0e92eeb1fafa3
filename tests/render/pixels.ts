/**
 * Test helpers: decode the PNGs resvg writes (8-bit RGBA, not interlaced) and count ink, so tests
 * can prove that glyphs were drawn rather than only that a PNG exists.
 */
import { inflateSync } from 'node:zlib';

/** A decoded image: `rgba` holds 4 bytes per pixel, rows top to bottom. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** The 8-byte signature every PNG starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decode an 8-bit RGBA, non-interlaced PNG (what resvg writes); throws on anything else. */
export function decodePng(png: Uint8Array): Pixels {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const idat: Uint8Array[] = [];
  let width = 0;
  let height = 0;
  for (let offset = 8; offset < png.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      const [depth, colour, , , interlace] = png.subarray(offset + 16, offset + 21);
      if (depth !== 8 || colour !== 6 || interlace !== 0)
        throw new Error(`decodePng: only 8-bit RGBA non-interlaced, got depth ${depth} colour ${colour}`);
    } else if (type === 'IDAT') {
      idat.push(png.subarray(offset + 8, offset + 8 + length));
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      const b = y > 0 ? (rgba[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= 4 && y > 0 ? (rgba[(y - 1) * stride + x - 4] ?? 0) : 0;
      const v = raw[y * (stride + 1) + 1 + x] ?? 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      rgba[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return { width, height, rgba };
}

/** A rectangle in image pixels: columns [x0, x1), rows [y0, y1). */
export interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Number of dark, opaque pixels (luminance below 140 of 255) in `region`: the ink of text and marks. */
export function inkIn(image: Pixels, region: Region): number {
  let count = 0;
  for (let y = Math.max(0, region.y0); y < Math.min(image.height, region.y1); y++) {
    for (let x = Math.max(0, region.x0); x < Math.min(image.width, region.x1); x++) {
      const i = (y * image.width + x) * 4;
      const [r = 0, g = 0, b = 0, alpha = 0] = image.rgba.subarray(i, i + 4);
      if (alpha > 128 && 0.299 * r + 0.587 * g + 0.114 * b < 140) count += 1;
    }
  }
  return count;
}

/** The RGBA of one pixel as `#rrggbb` (alpha dropped). */
export function colourAt(image: Pixels, x: number, y: number): string {
  const i = (y * image.width + x) * 4;
  return `#${[...image.rgba.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
