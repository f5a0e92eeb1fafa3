import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar.ts';
import { FONT_FAMILY, THEME, THEME_COLORS, themeFor, type ThemeMode } from '../../src/charts/theme.ts';
import { NUMBER_FORMAT_TYPE } from '../../src/charts/vega-format.ts';
import { cropAreas, report } from './fixtures.ts';

/** Okabe & Ito (2008), "Color Universal Design": the colour-blind-safe set both variants draw from. */
const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const MODES: readonly ThemeMode[] = ['light', 'dark'];

describe('the newsroom theme', () => {
  it('names Noto Sans CJK SC first in the font stack of both variants', () => {
    expect(FONT_FAMILY.startsWith('"Noto Sans CJK SC"')).toBe(true);
    for (const mode of MODES) expect(themeFor(mode).font).toBe(FONT_FAMILY);
  });

  it('draws categories from the Okabe–Ito palette (dark swaps black for a light grey)', () => {
    expect(THEME_COLORS.light.palette.every((c) => OKABE_ITO.includes(c))).toBe(true);
    expect(THEME_COLORS.dark.palette.slice(0, -1).every((c) => OKABE_ITO.includes(c))).toBe(true);
    for (const mode of MODES) expect(themeFor(mode).range?.category).toEqual([...THEME_COLORS[mode].palette]);
  });

  it.each(MODES)('keeps text readable and the accent visible on the %s background (WCAG 2)', (mode) => {
    const { background, text, muted, palette } = THEME_COLORS[mode];
    expect(contrast(text, background)).toBeGreaterThanOrEqual(7);
    expect(contrast(muted, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette[0], background)).toBeGreaterThanOrEqual(3);
    expect(contrast(palette[1], background)).toBeGreaterThanOrEqual(3);
  });

  it('formats quantitative axes with the workreport number format', () => {
    expect(THEME).toEqual(themeFor('light'));
    expect(themeFor('dark')).toMatchObject({
      customFormatTypes: true,
      numberFormatType: NUMBER_FORMAT_TYPE,
      background: '#16191d',
    });
    expect(themeFor('light')).not.toBe(themeFor('light'));
  });

  it('is chosen by the builders’ theme option, light by default, with the chart language as number format', () => {
    const light = barChart(cropAreas, { report, id: 'x' });
    const dark = barChart(cropAreas, { report, id: 'x', theme: 'dark', lang: 'en' });
    expect(light.theme).toBe('light');
    expect(light.spec.config).toEqual({ ...themeFor('light'), numberFormat: 'zh' });
    expect(dark.spec.config).toEqual({ ...themeFor('dark'), numberFormat: 'en' });
    expect(() => barChart(cropAreas, { report, id: 'x', theme: 'blue' as ThemeMode })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID', message: expect.stringContaining('light, dark') }),
    );
  });
});
