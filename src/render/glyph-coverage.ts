/**
 * Which characters a font can draw, read from its `cmap` table, so a PNG whose text needs a glyph
 * no loaded font has is reported instead of drawn as an empty box. Reads OpenType/TrueType files
 * and the first font of a collection (`.ttc`, as Noto Sans CJK ships); `cmap` subtables of
 * format 12 (full Unicode) or 4 (the Basic Multilingual Plane).
 */

/** Inclusive code point ranges a font maps, sorted by start. */
export type Coverage = readonly (readonly [number, number])[];

const cache = new WeakMap<Uint8Array, Coverage>();

/**
 * The code point ranges `font` maps to glyphs; empty for bytes that are not a font it can read.
 *
 * @example fontCoverage(notoSansCjk).some(([a, b]) => a <= 0x4e2d && 0x4e2d <= b) // true: 中
 */
export function fontCoverage(font: Uint8Array): Coverage {
  const cached = cache.get(font);
  if (cached !== undefined) return cached;
  const coverage = readCoverage(new DataView(font.buffer, font.byteOffset, font.byteLength));
  cache.set(font, coverage);
  return coverage;
}

function readCoverage(view: DataView): Coverage {
  try {
    let base = 0;
    if (view.getUint32(0) === 0x74746366) base = view.getUint32(12); // 'ttcf': the first font of the collection
    const tables = view.getUint16(base + 4);
    let cmap = -1;
    for (let i = 0; i < tables; i++) {
      const record = base + 12 + 16 * i;
      if (view.getUint32(record) === 0x636d6170) cmap = view.getUint32(record + 8); // 'cmap'
    }
    if (cmap < 0) return [];
    const subtables = view.getUint16(cmap + 2);
    let best: { format: number; offset: number } | undefined;
    for (let i = 0; i < subtables; i++) {
      const offset = cmap + view.getUint32(cmap + 4 + 8 * i + 4);
      const format = view.getUint16(offset);
      if (format === 12 || (format === 4 && best === undefined)) best = { format, offset };
    }
    if (best === undefined) return [];
    return best.format === 12 ? format12(view, best.offset) : format4(view, best.offset);
  } catch {
    return [];
  }
}

function format12(view: DataView, offset: number): Coverage {
  const groups = view.getUint32(offset + 12);
  const ranges: [number, number][] = [];
  for (let i = 0; i < groups; i++)
    ranges.push([view.getUint32(offset + 16 + 12 * i), view.getUint32(offset + 20 + 12 * i)]);
  return ranges.sort((a, b) => a[0] - b[0]);
}

function format4(view: DataView, offset: number): Coverage {
  const segments = view.getUint16(offset + 6) / 2;
  const ranges: [number, number][] = [];
  for (let i = 0; i < segments; i++) {
    const end = view.getUint16(offset + 14 + 2 * i);
    const start = view.getUint16(offset + 16 + 2 * segments + 2 * i);
    if (start !== 0xffff) ranges.push([start, end]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Whether `coverage` holds code point `code` (binary search). */
function covers(coverage: Coverage, code: number): boolean {
  let low = 0;
  let high = coverage.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = coverage[middle] ?? [0, -1];
    if (code < start) high = middle - 1;
    else if (code > end) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * The distinct characters of `text` that none of `fonts` can draw (white space and controls aside).
 *
 * @example missingGlyphs('CO₂ 😀', [notoSansCjk]) // ['😀'] when Noto Sans CJK has ₂
 */
export function missingGlyphs(text: string, fonts: readonly Uint8Array[]): string[] {
  const coverages = fonts.map(fontCoverage).filter((c) => c.length > 0);
  if (coverages.length === 0) return [];
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xfe0f || code === 0x200d) continue;
    if (!coverages.some((coverage) => covers(coverage, code))) missing.add(char);
  }
  return [...missing];
}

/** The text an SVG draws: the content of its `<text>` and `<tspan>` elements, entities decoded. */
export function svgText(svg: string): string {
  const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)/g)]
    .map((match) =>
      (match[1] ?? '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
        name.startsWith('#x') || name.startsWith('#X')
          ? String.fromCodePoint(parseInt(name.slice(2), 16))
          : name.startsWith('#')
            ? String.fromCodePoint(Number(name.slice(1)))
            : (entities[name] ?? entity),
      ),
    )
    .join(' ');
}
