import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { chartById } from '../datasets.ts';
import { findCjkFonts, fontBuffers } from '../../src/render/fonts.ts';
import { compileVega, renderPng, renderSocialCard, renderSvg, svgToPng, vegaToSvg } from '../../src/render/index.ts';
import { colourAt, decodePng, inkIn, PNG_SIGNATURE } from './pixels.ts';

/** A spec vega-lite warns about: `shape` does not apply to bars. */
const WARNING_SPEC: TopLevelSpec = {
  data: { values: [{ a: 1, b: 'x' }] },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'b', type: 'nominal' } },
};

/** A bare spec without theme, on a transparent background (vega-lite's default is white). */
const BARE_SPEC: TopLevelSpec = {
  background: 'transparent',
  width: 100,
  height: 40,
  data: { values: [{ a: 3 }] },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'quantitative' } },
};

/** A 10×10 px SVG with a black square and no text. */
const SQUARE = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

const farmland = chartById('yangshahu-2019/farmland-by-crop', 'zh');

/** width and height attributes of an SVG document, in pixels. */
function svgSize(svg: string): { width: number; height: number } {
  const match = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
}

describe('compileVega', () => {
  it('fails on any vega-lite warning with RENDER_WARNING quoting it', () => {
    expect(() => compileVega(WARNING_SPEC)).toThrow(
      expect.objectContaining({ code: 'RENDER_WARNING', message: expect.stringContaining('shape dropped') }),
    );
  });

  it('hands warnings to onWarning instead, and compiles', () => {
    const warnings: string[] = [];
    const vg = compileVega(WARNING_SPEC, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual(['WARN shape dropped as it is incompatible with "bar".']);
    expect(vg.marks?.length).toBeGreaterThan(0);
  });

  it('fails with RENDER_FAILED naming the chart when vega-lite cannot compile', () => {
    const broken = { ...farmland, spec: { mark: 'nope' } as unknown as TopLevelSpec };
    expect(() => compileVega(broken)).toThrow(
      expect.objectContaining({
        code: 'RENDER_FAILED',
        message: expect.stringContaining('yangshahu-2019/farmland-by-crop'),
      }),
    );
  });

  it('returns a Vega spec that shares no objects with its input', () => {
    const vg = compileVega(farmland) as { data: { values?: unknown[] }[] };
    // Every data row, and the one empty row of the source footer layer.
    const values = vg.data.flatMap((d) => d.values ?? []);
    const rows = (farmland.spec as { data: { values: unknown[] } }).data.values;
    expect(values.length).toBe(rows.length + 1);
    for (const v of values) expect(rows).not.toContain(v);
  });

  it('rejects unknown options, listing the allowed ones', () => {
    expect(() => compileVega(farmland, { strict: true } as never)).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID', message: expect.stringContaining('allowed: onWarning') }),
    );
  });
});

describe('renderSvg', () => {
  it('fails with RENDER_FAILED when vega cannot run the spec', async () => {
    const spec: TopLevelSpec = { ...BARE_SPEC, transform: [{ calculate: 'nosuchfn(datum.a)', as: 'b' }] };
    await expect(renderSvg(spec)).rejects.toMatchObject({
      code: 'RENDER_FAILED',
      message: expect.stringContaining('nosuchfn'),
    });
  });

  it('tags the language of a chart, or the one asked for, and none for a bare spec', async () => {
    expect(await renderSvg(farmland)).toMatch(/^<svg xml:lang="zh-CN" /);
    expect(await renderSvg(BARE_SPEC, { lang: 'en' })).toMatch(/^<svg xml:lang="en" /);
    expect(await renderSvg(BARE_SPEC)).toMatch(/^<svg xmlns=/);
  });
});

describe('vegaToSvg', () => {
  /** BARE_SPEC with a computed field: the vega runtime writes `double` into the rows it ingests. */
  const computed: TopLevelSpec = {
    ...BARE_SPEC,
    transform: [{ calculate: 'datum.a * 2', as: 'double' }],
    encoding: { x: { field: 'double', type: 'quantitative' } },
  };

  /** Vega numbers clip paths per process (`clip7`): the same drawing may number them differently. */
  const clipsNumbered = (svg: string): string => svg.replace(/clip\d+/g, 'clip');

  it('renders a compiled spec to the same SVG as renderSvg renders the Vega-Lite one', async () => {
    const fromVega = await vegaToSvg(compileVega(farmland), { lang: 'zh', name: farmland.id });
    expect(clipsNumbered(fromVega)).toBe(clipsNumbered(await renderSvg(farmland)));
    expect(fromVega).toMatch(/^<svg xml:lang="zh-CN" /);
    expect(clipsNumbered(await vegaToSvg(compileVega(computed)))).toBe(clipsNumbered(await renderSvg(computed)));
  });

  it('leaves the compiled spec as it was (the runtime works on a copy)', async () => {
    const compiled = compileVega(computed);
    const before = JSON.stringify(compiled);
    const svg = await vegaToSvg(compiled);
    // The bar is 2 × 3 = 6 long on a 0–6 axis: it fills the 100 px plot.
    expect(svg).toContain('aria-label="double: 6"');
    expect(svg).toContain('d="M0,2h100v36h-100Z"');
    expect(JSON.stringify(compiled)).toBe(before);
    expect(JSON.stringify(compiled)).not.toContain('double":6');
  });

  it('names the spec in its errors and refuses unknown options', async () => {
    await expect(vegaToSvg({ marks: [{ type: 'nope' }] } as never, { name: 'chart "x"' })).rejects.toMatchObject({
      code: 'RENDER_FAILED',
      message: expect.stringContaining('chart "x"') as unknown,
    });
    await expect(vegaToSvg(compileVega(BARE_SPEC), { scale: 2 } as never)).rejects.toMatchObject({
      code: 'OPTION_INVALID',
    });
  });

  it('refuses what is no compiled Vega spec, naming what it is, where it would draw an empty frame', async () => {
    const refused = async (spec: unknown): Promise<string> => {
      const error = await vegaToSvg(spec as never, { name: 'chart "x"' }).then(
        () => undefined,
        (thrown: unknown) => thrown as { code: string; message: string },
      );
      expect(error?.code).toBe('RENDER_FAILED');
      return error?.message ?? '';
    };
    // The Vega-Lite spec itself (a chart's spec, or the bare one): render it with renderSvg.
    expect(await refused(farmland.spec)).toContain('chart "x" is a Vega-Lite spec, not a compiled Vega one');
    expect(await refused(BARE_SPEC)).toContain('render it with renderSvg, or compile it with compileVega first');
    // Objects with nothing to draw, and no object at all.
    expect(await refused({})).toContain('is not a Vega spec (no marks, no Vega $schema)');
    expect(await refused([])).toContain('expected a chart or a spec object, got an array');
    expect(await refused(null)).toContain('got null');
  });
});

describe('compileVega and renderSvg given no object', () => {
  it('fail with RENDER_FAILED naming the function and what was given, not a TypeError', async () => {
    expect(() => compileVega(null as never)).toThrow(
      expect.objectContaining({
        code: 'RENDER_FAILED',
        message: expect.stringContaining('compileVega: expected a chart or a spec object, got null') as unknown,
      }),
    );
    await expect(renderSvg('bar' as never)).rejects.toMatchObject({
      code: 'RENDER_FAILED',
      message: expect.stringContaining('renderSvg: expected a chart or a spec object, got a string') as unknown,
    });
  });
});

describe('renderPng', () => {
  it('writes a PNG scale times the SVG size: 560×313 px at scale 2 is 1120×626 pixels', async () => {
    const { width, height } = svgSize(await renderSvg(farmland));
    expect({ width, height }).toEqual({ width: 560, height: 313 });
    const png = await renderPng(farmland);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(decodePng(png)).toMatchObject({ width: 1120, height: 626 });
    expect(decodePng(await renderPng(farmland, { scale: 1 }))).toMatchObject({ width: 560, height: 313 });
  });

  it('draws the Chinese axis labels: ink left of the plot, none when the text elements are removed', async () => {
    const svg = await renderSvg(farmland);
    // The root group is translated to the plot's top left corner; labels sit left of it.
    const [, left = '0', top = '0'] = /transform="translate\(([\d.]+),([\d.]+)\)"/.exec(svg) ?? [];
    const scale = 2;
    const labels = {
      x0: 12 * scale,
      x1: (Number(left) - 6) * scale,
      y0: Number(top) * scale,
      y1: (Number(top) + 150) * scale,
    };
    const withText = decodePng(await svgToPng(svg, { scale }));
    const withoutText = decodePng(await svgToPng(svg.replace(/<text[^>]*>.*?<\/text>/g, ''), { scale }));
    expect(inkIn(withText, labels)).toBeGreaterThan(1000);
    expect(inkIn(withoutText, labels)).toBe(0);
    // The bars are drawn in both: the first bar is the theme's blue.
    expect(colourAt(withText, (Number(left) + 20) * scale, (Number(top) + 15) * scale)).toBe('#0072b2');
  });

  it('keeps a transparent spec transparent unless asked for a background', async () => {
    const plain = decodePng(await renderPng(BARE_SPEC, { scale: 1 }));
    expect(plain.rgba[3]).toBe(0);
    const black = decodePng(await renderPng(BARE_SPEC, { scale: 1, background: '#000000' }));
    expect([...black.rgba.subarray(0, 4)]).toEqual([0, 0, 0, 255]);
  });

  it('rejects a scale outside (0, 10]', async () => {
    await expect(renderPng(farmland, { scale: 0 })).rejects.toMatchObject({ code: 'OPTION_INVALID' });
    await expect(renderPng(farmland, { scale: 11 })).rejects.toMatchObject({ code: 'OPTION_INVALID' });
    await expect(
      svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', { scale: Number.NaN }),
    ).rejects.toMatchObject({ code: 'OPTION_INVALID' });
  });
});

describe('svgToPng', () => {
  it('fails with RENDER_FAILED quoting resvg when the SVG does not parse, and renders again afterwards', async () => {
    await expect(svgToPng('<svg')).rejects.toMatchObject({
      code: 'RENDER_FAILED',
      message: expect.stringContaining('SVG data parsing failed'),
    });
    await expect(svgToPng('not svg')).rejects.toMatchObject({ code: 'RENDER_FAILED' });
    expect(decodePng(await svgToPng(SQUARE, { scale: 3 }))).toMatchObject({ width: 30, height: 30 });
  });

  it('draws the same bytes whether renders run one by one or are started together', async () => {
    const svg = await renderSvg(farmland);
    const alone = await svgToPng(svg);
    const together = await Promise.all([svgToPng(svg), svgToPng(SQUARE), svgToPng(svg)]);
    expect(Buffer.from(together[0] ?? []).equals(alone)).toBe(true);
    expect(Buffer.from(together[2] ?? []).equals(alone)).toBe(true);
    expect(decodePng(together[1] ?? new Uint8Array())).toMatchObject({ width: 20, height: 20 });
  });
});

describe('fonts', () => {
  it('finds the Debian Noto Sans CJK collections, Regular and Bold, and Noto Sans only when installed', () => {
    const fonts = findCjkFonts();
    expect(fonts.regular).toMatch(/NotoSansCJK(sc)?-Regular\.(ttc|otf)$/i);
    expect(fonts.bold).toMatch(/NotoSansCJK(sc)?-Bold\.(ttc|otf)$/i);
    const notoSans = '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf';
    expect(fonts.files).toEqual(
      existsSync(notoSans) ? [fonts.regular, fonts.bold, notoSans] : [fonts.regular, fonts.bold],
    );
  });

  it('reads each font file once and hands out the same bytes on every call', () => {
    const fonts = findCjkFonts();
    const [regular, ...rest] = fontBuffers(fonts);
    expect(rest).toHaveLength(fonts.files.length - 1);
    expect(Buffer.from(regular ?? []).equals(readFileSync(fonts.regular))).toBe(true);
    expect(fontBuffers(fonts)[0]).toBe(regular);
  });

  it('fails with FONT_MISSING naming the file when a font found before can no longer be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workreport-gone-font-'));
    const link = join(dir, 'NotoSansCJK-Regular.ttc');
    symlinkSync(findCjkFonts().regular, link);
    const fonts = { dirs: [dir], fontconfig: false };
    expect(findCjkFonts(fonts).files).toEqual([link]);
    rmSync(link);
    await expect(svgToPng(SQUARE, { fonts })).rejects.toMatchObject({
      code: 'FONT_MISSING',
      message: expect.stringContaining(link),
    });
  });

  // Any TrueType font stands in for NotoSans-Regular.ttf: DejaVu Sans has Georgian, Noto Sans CJK has not.
  const dejaVu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
  it.skipIf(!existsSync(dejaVu))(
    'draws characters Noto Sans CJK lacks with NotoSans-Regular.ttf when found next to it, else as missing-glyph boxes',
    async () => {
      const withFallback = mkdtempSync(join(tmpdir(), 'workreport-fallback-'));
      const cjkOnly = mkdtempSync(join(tmpdir(), 'workreport-cjk-only-'));
      for (const dir of [withFallback, cjkOnly])
        symlinkSync(findCjkFonts().regular, join(dir, 'NotoSansCJK-Regular.ttc'));
      symlinkSync(dejaVu, join(withFallback, 'NotoSans-Regular.ttf'));
      expect(findCjkFonts({ dirs: [withFallback], fontconfig: false })).toMatchObject({
        fallback: join(withFallback, 'NotoSans-Regular.ttf'),
      });

      const line = (text: string) =>
        `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="30" font-size="24">${text}</text></svg>`;
      const png = (text: string, dir: string) =>
        svgToPng(line(text), { scale: 1, fonts: { dirs: [dir], fontconfig: false } });
      // U+0378 is unassigned: every font draws it as a missing-glyph box.
      const boxes = '\u0378\u0378\u0378\u0378';
      expect(Buffer.from(await png('ქართ', cjkOnly)).equals(await png(boxes, cjkOnly))).toBe(true);
      const georgian = await png('ქართ', withFallback);
      expect(Buffer.from(georgian).equals(await png(boxes, withFallback))).toBe(false);
      expect(inkIn(decodePng(georgian), { x0: 0, y0: 0, x1: 120, y1: 40 })).toBeGreaterThan(100);
    },
  );

  it('fails with FONT_MISSING naming fonts-noto-cjk when no font is found, before drawing any PNG', async () => {
    const empty = { dirs: [mkdtempSync(join(tmpdir(), 'workreport-no-fonts-'))], fontconfig: false };
    const missing = expect.objectContaining({
      code: 'FONT_MISSING',
      message: expect.stringMatching(/fonts-noto-cjk.*apt-get install fonts-noto-cjk/),
    });
    expect(() => findCjkFonts(empty)).toThrow(missing);
    await expect(renderPng(farmland, { fonts: empty })).rejects.toThrow(missing);
    await expect(
      svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', { fonts: empty }),
    ).rejects.toThrow(missing);
    await expect(renderSocialCard(farmland, { fonts: empty })).rejects.toThrow(missing);
  });
});
