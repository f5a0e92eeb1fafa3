import { describe, expect, it } from 'vitest';
import { findCjkFonts, fontBuffers } from '../../src/render/fonts.ts';
import { fontCoverage, missingGlyphs, svgText } from '../../src/render/glyph-coverage.ts';
import { svgToPng } from '../../src/render/render.ts';

const fonts = fontBuffers(findCjkFonts());

describe('glyph coverage', () => {
  it('reads the cmap of Noto Sans CJK (a collection): 中, 亩 and digits are there, an emoji is not', () => {
    const cjk = fonts[0] ?? new Uint8Array();
    expect(fontCoverage(cjk).length).toBeGreaterThan(10);
    expect(missingGlyphs('征地430亩，增长9%', [cjk])).toEqual([]);
    expect(missingGlyphs('征地😀430亩😀', [cjk])).toEqual(['😀']);
  });

  it('reads the text an SVG draws, entities decoded', () => {
    expect(
      svgText('<svg><text x="1">征地 &lt;430&gt; &#x1F600;</text><g><text><tspan>亩&amp;</tspan></text></g></svg>'),
    ).toBe('征地 <430> 😀  亩&');
  });

  it('warns when a PNG would draw an empty box, naming the character', async () => {
    const warnings: string[] = [];
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="20"><text x="2" y="15" font-size="12">亩😀</text></svg>';
    const png = await svgToPng(svg, { onWarning: (message) => warnings.push(message) });
    expect(png.length).toBeGreaterThan(0);
    expect(warnings).toEqual([expect.stringContaining('「😀」 U+1F600')]);
    const none: string[] = [];
    await svgToPng(svg.replace('😀', ''), { onWarning: (message) => none.push(message) });
    expect(none).toEqual([]);
  });
});
