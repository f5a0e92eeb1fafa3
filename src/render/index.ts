/**
 * `workreport/render`: Node rendering of charts: Vega-Lite → Vega → SVG → PNG, and social cards. Node only (reads font
 * files and resvg's WebAssembly module from disk); the browser embeds charts with src/embed instead.
 */
export {
  compileVega,
  renderPng,
  renderSvg,
  svgToPng,
  vegaToSvg,
  type CompileOptions,
  type PngOptions,
  type Renderable,
  type SvgOptions,
} from './render.ts';
export { renderSocialCard, socialCardSvg, SOCIAL_CARD, type SocialCardOptions } from './social-card.ts';
export type { KeyNumber } from '../charts/chart.ts';
export { CJK_FONT_FAMILY, findCjkFonts, type CjkFonts, type FontSearch } from './fonts.ts';
export { installTextMetrics } from './text-metrics.ts';
