import type { Config } from 'vega-lite';
import type { ThemeMode } from '../vocabulary.ts';
import { NUMBER_FORMAT_TYPE } from './vega-format.ts';

/**
 * The newsroom look of every workreport chart, in a light and a dark variant: a Vega-Lite `config`.
 *
 * Fonts: Noto Sans CJK SC first, the family the Node renderer (resvg) loads from `fonts-noto-cjk`;
 * then the system CJK fonts of macOS and Windows readers. Colours: the Okabe–Ito palette, which
 * stays distinguishable for the common forms of colour blindness (Okabe & Ito, "Color Universal
 * Design", 2008); the dark variant leads with the colours that keep their contrast on a dark
 * ground and swaps black for a light grey. Sizes in pixels. Quantitative axis labels use the
 * workreport number format (vega-format.ts), so zh ticks read 1万, 2万.
 */

export type { ThemeMode } from '../vocabulary.ts';

/** CSS font stack; the first family is the one PNG rendering must load. */
export const FONT_FAMILY = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Categorical colours: the first is the colour of a single series, the second its contrast (e.g. the start of a dumbbell). */
export type Palette = readonly [accent: string, contrast: string, ...rest: string[]];

/** The colours a builder draws with, beside those the config sets. */
export interface ThemeColors {
  background: string;
  /** Labels and data labels. */
  text: string;
  /** Subtitles, axis titles, secondary captions. */
  muted: string;
  /** Axis domains, ticks and grid lines. */
  rule: string;
  /** The unfilled part of a progress bar or waffle. */
  track: string;
  palette: Palette;
}

/**
 * Colours of each variant. Light: Okabe–Ito reordered so that the first two (blue, vermillion: the
 * classic colour-blind-safe pair) reach 3:1 contrast on white; orange and sky blue, which do not,
 * come later; black last. Dark: sky blue and orange first, both well above 3:1 on the dark ground.
 */
export const THEME_COLORS: Record<ThemeMode, ThemeColors> = {
  light: {
    background: '#ffffff',
    text: '#222222',
    muted: '#666666',
    rule: '#dddddd',
    track: '#e6e6e6',
    palette: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'],
  },
  dark: {
    background: '#16191d',
    text: '#eeeeee',
    muted: '#aaaaaa',
    rule: '#444a52',
    track: '#3a4048',
    palette: ['#56B4E9', '#E69F00', '#009E73', '#F0E442', '#CC79A7', '#D55E00', '#0072B2', '#dddddd'],
  },
};

/** The light palette (social cards and other light-only drawings use it directly). */
export const PALETTE = THEME_COLORS.light.palette;

/** Font sizes in pixels; the frame uses them to wrap subtitle lines. */
export const FONT_SIZE = {
  title: 18,
  subtitle: 13,
  label: 12,
  axisTitle: 12,
  dataLabel: 12,
  kpi: 44,
  panelTitle: 14,
} as const;

/** Space in pixels between the chart and the edge of the SVG/canvas. */
export const PADDING = 12;

/**
 * The Vega-Lite `config` of one variant. Numbers on quantitative axes go through
 * `workreportNumber`; the frame sets `numberFormat` to the chart's language (`'zh'` when unset).
 * Returns a fresh object each call.
 */
export function themeFor(mode: ThemeMode): Config {
  const { background, text, muted, rule, palette } = THEME_COLORS[mode];
  const [accent] = palette;
  return {
    background,
    font: FONT_FAMILY,
    padding: PADDING,
    customFormatTypes: true,
    numberFormatType: NUMBER_FORMAT_TYPE,
    view: { stroke: null },
    range: { category: [...palette] },
    mark: { color: accent },
    bar: { color: accent, cornerRadiusEnd: 1 },
    text: { color: text, fontSize: FONT_SIZE.dataLabel },
    title: {
      anchor: 'start',
      color: text,
      fontSize: FONT_SIZE.title,
      fontWeight: 'bold',
      offset: 12,
      subtitleColor: muted,
      subtitleFontSize: FONT_SIZE.subtitle,
      subtitleLineHeight: FONT_SIZE.subtitle + 5,
      subtitlePadding: 6,
    },
    axis: {
      domainColor: rule,
      gridColor: rule,
      labelColor: text,
      labelFontSize: FONT_SIZE.label,
      tickColor: rule,
      titleColor: muted,
      titleFontSize: FONT_SIZE.axisTitle,
      titleFontWeight: 'normal',
    },
    axisY: { domain: false, ticks: false, grid: false, labelPadding: 6 },
    axisX: { tickCount: 5 },
    legend: {
      labelColor: text,
      labelFontSize: FONT_SIZE.label,
      titleColor: text,
      orient: 'top',
      title: null,
      symbolType: 'square',
    },
  };
}

/** The light newsroom theme, as {@link themeFor}`('light')` returns it. */
export const THEME: Config = themeFor('light');
