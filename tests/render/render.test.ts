import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { chartById } from '../datasets.ts';
import { findCjkFonts } from '../../src/render/fonts.ts';
import { compileVega, renderPng, renderSocialCard, renderSvg, svgToPng } from '../../src/render/index.ts';
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

const farmland = chartById('yangshahu-2019/farmland-by-crop', 'zh');

/** width and height attributes of an SVG document, in pixels. */
function svgSize(svg: string): { width: number; height: number } {
  const match = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
}

describe('compileVega', () => {
  it('fails on any vega-lite warning with RENDER_WARNING quoting it', () => {
    expect(() => compileVega(WARNING_SPEC)).toThrow(expect.objectContaining({ code: 'RENDER_WARNING', message: expect.stringContaining('shape dropped') }));
  });

  it('hands warnings to onWarning instead, and compiles', () => {
    const warnings: string[] = [];
    const vg = compileVega(WARNING_SPEC, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual(['WARN shape dropped as it is incompatible with "bar".']);
    expect(vg.marks?.length).toBeGreaterThan(0);
  });

  it('fails with RENDER_FAILED naming the chart when vega-lite cannot compile', () => {
    const broken = { ...farmland, spec: { mark: 'nope' } as unknown as TopLevelSpec };
    expect(() => compileVega(broken)).toThrow(expect.objectContaining({ code: 'RENDER_FAILED', message: expect.stringContaining('yangshahu-2019/farmland-by-crop') }));
  });

  it('returns a Vega spec that shares no objects with its input', () => {
    const vg = compileVega(farmland) as { data: { values?: unknown[] }[] };
    const values = vg.data.flatMap((d) => d.values ?? []);
    const rows = (farmland.spec as { data: { values: unknown[] } }).data.values;
    expect(values.length).toBe(rows.length);
    for (const v of values) expect(rows).not.toContain(v);
  });

  it('rejects unknown options, listing the allowed ones', () => {
    expect(() => compileVega(farmland, { strict: true } as never)).toThrow(expect.objectContaining({ code: 'OPTION_INVALID', message: expect.stringContaining('allowed: onWarning') }));
  });
});

describe('renderSvg', () => {
  it('fails with RENDER_FAILED when vega cannot run the spec', async () => {
    const spec: TopLevelSpec = { ...BARE_SPEC, transform: [{ calculate: 'nosuchfn(datum.a)', as: 'b' }] };
    await expect(renderSvg(spec)).rejects.toMatchObject({ code: 'RENDER_FAILED', message: expect.stringContaining('nosuchfn') });
  });

  it('tags the language of a chart, or the one asked for, and none for a bare spec', async () => {
    expect(await renderSvg(farmland)).toMatch(/^<svg xml:lang="zh-CN" /);
    expect(await renderSvg(BARE_SPEC, { lang: 'en' })).toMatch(/^<svg xml:lang="en" /);
    expect(await renderSvg(BARE_SPEC)).toMatch(/^<svg xmlns=/);
  });
});

describe('renderPng', () => {
  it('writes a PNG scale times the SVG size: 560×310 px at scale 2 is 1120×620 pixels', async () => {
    const { width, height } = svgSize(await renderSvg(farmland));
    expect({ width, height }).toEqual({ width: 560, height: 310 });
    const png = await renderPng(farmland);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(decodePng(png)).toMatchObject({ width: 1120, height: 620 });
    expect(decodePng(await renderPng(farmland, { scale: 1 }))).toMatchObject({ width: 560, height: 310 });
  });

  it('draws the Chinese axis labels: ink left of the plot, none when the text elements are removed', async () => {
    const svg = await renderSvg(farmland);
    // The root group is translated to the plot's top left corner; labels sit left of it.
    const [, left = '0', top = '0'] = /transform="translate\(([\d.]+),([\d.]+)\)"/.exec(svg) ?? [];
    const scale = 2;
    const labels = { x0: 12 * scale, x1: (Number(left) - 6) * scale, y0: Number(top) * scale, y1: (Number(top) + 150) * scale };
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
  });
});

describe('fonts', () => {
  it('finds the Debian Noto Sans CJK collections, Regular and Bold', () => {
    const fonts = findCjkFonts();
    expect(fonts.regular).toMatch(/NotoSansCJK(sc)?-Regular\.(ttc|otf)$/i);
    expect(fonts.bold).toMatch(/NotoSansCJK(sc)?-Bold\.(ttc|otf)$/i);
    expect(fonts.files).toEqual([fonts.regular, fonts.bold]);
  });

  it('fails with FONT_MISSING naming fonts-noto-cjk when no font is found, before drawing any PNG', async () => {
    const empty = { dirs: [mkdtempSync(join(tmpdir(), 'workreport-no-fonts-'))], fontconfig: false };
    const missing = expect.objectContaining({ code: 'FONT_MISSING', message: expect.stringMatching(/fonts-noto-cjk.*apt-get install fonts-noto-cjk/) });
    expect(() => findCjkFonts(empty)).toThrow(missing);
    await expect(renderPng(farmland, { fonts: empty })).rejects.toThrow(missing);
    await expect(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', { fonts: empty })).rejects.toThrow(missing);
    await expect(renderSocialCard(farmland, { fonts: empty })).rejects.toThrow(missing);
  });
});
