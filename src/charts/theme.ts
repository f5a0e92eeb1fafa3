import type { Config } from 'vega-lite';

/**
 * The newsroom look of every workreport chart: a light Vega-Lite `config`.
 *
 * Fonts: Noto Sans CJK SC first, the family the Node renderer (resvg) loads from `fonts-noto-cjk`;
 * then the system CJK fonts of macOS and Windows readers. Colours: the Okabe–Ito palette, which
 * stays distinguishable for the common forms of colour blindness (Okabe & Ito, "Color Universal
 * Design", 2008). Sizes in pixels.
 */

/** CSS font stack; the first family is the one PNG rendering must load. */
export const FONT_FAMILY = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Okabe–Ito, reordered so the first colours are the strongest on white; black last. */
export const PALETTE = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#F0E442', // yellow
  '#000000', // black
] as const;

/** Greys for text, rules and the unfilled part of a progress bar. */
export const GREY = { text: '#222222', muted: '#666666', rule: '#dddddd', track: '#e6e6e6' } as const;

/** Font sizes in pixels; the frame uses them to wrap subtitle lines. */
export const FONT_SIZE = { title: 18, subtitle: 13, label: 12, axisTitle: 12, dataLabel: 12, kpi: 44 } as const;

/** Space in pixels between the chart and the edge of the SVG/canvas. */
export const PADDING = 12;

/** The light newsroom theme, passed as the spec's `config`. */
export const THEME: Config = {
  background: '#ffffff',
  font: FONT_FAMILY,
  padding: PADDING,
  view: { stroke: null },
  range: { category: [...PALETTE] },
  mark: { color: PALETTE[0] },
  bar: { color: PALETTE[0], cornerRadiusEnd: 1 },
  text: { color: GREY.text, fontSize: FONT_SIZE.dataLabel },
  title: {
    anchor: 'start',
    color: GREY.text,
    fontSize: FONT_SIZE.title,
    fontWeight: 'bold',
    offset: 12,
    subtitleColor: GREY.muted,
    subtitleFontSize: FONT_SIZE.subtitle,
    subtitleLineHeight: FONT_SIZE.subtitle + 5,
    subtitlePadding: 6,
  },
  axis: {
    domainColor: GREY.rule,
    gridColor: GREY.rule,
    labelColor: GREY.text,
    labelFontSize: FONT_SIZE.label,
    tickColor: GREY.rule,
    titleColor: GREY.muted,
    titleFontSize: FONT_SIZE.axisTitle,
    titleFontWeight: 'normal',
  },
  axisY: { domain: false, ticks: false, grid: false, labelPadding: 6 },
  axisX: { tickCount: 5 },
  legend: {
    labelColor: GREY.text,
    labelFontSize: FONT_SIZE.label,
    orient: 'top',
    title: null,
    symbolType: 'square',
  },
};
