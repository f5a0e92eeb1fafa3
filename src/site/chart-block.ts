import type { Lang } from '../charts/chart.ts';
import { chartHomePath, siteChart, withoutTitle } from './chart-sets.ts';
import { escapeHtml } from './html.ts';
import type { ThemeMode } from '../charts/theme.ts';
import { CHART_WIDTHS, href, THEMES, vegaSpecPath, type WidthVariant } from './routes.ts';
import { chartSvg, staticSvg } from './static-svg.ts';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';

/**
 * The markup of one chart in a page: the chart pre-rendered as inline SVG in each colour theme
 * (light, dark) at each width variant, in a `.chart` block whose stylesheet (src/embed/chart.css)
 * shows the theme the page or embed chose (`data-theme` on an ancestor, else the reader's
 * `prefers-color-scheme`) and the width variant that fits the block's width (a container query),
 * so the chart reads without JavaScript. When `live`, each variant names its Vega dataflow
 * (src/charts/dataflow.ts: the precompiled spec, parsed at build time) in `data-vega-spec`, and
 * the browser runtime (src/embed/chart-block.ts) replaces the SVG of the shown variant with a live
 * vega view of the same size, adding tooltips. URLs are under the site's base (routes.ts `href`).
 *
 * ```html
 * <div class="chart" data-chart-block="yangshahu-2019/land-and-compensation" data-source-view="/source/yangshahu-2019/">
 *   <div class="chart__theme chart__theme--light">
 *     <div class="chart__variant chart__variant--wide" data-width="560" data-vega-spec="/embed/…/vega-zh-560.json"><svg …></div>
 *     <div class="chart__variant chart__variant--narrow" data-width="340" data-vega-spec="/embed/…/vega-zh-340.json"><svg …></div>
 *   </div>
 *   <div class="chart__theme chart__theme--dark">… vega-zh-560-dark.json, vega-zh-340-dark.json …</div>
 * </div>
 * ```
 */

/** Options of {@link chartBlockHtml}. */
export interface ChartBlockOptions {
  /** Add the `data-vega-spec` attributes the runtime hydrates. Default: true. */
  live?: boolean;
  /** Leave out the chart's title block (the page writes title, notes and source as HTML). Default: false. */
  titleless?: boolean;
  /**
   * Prefix of the ids inside the SVGs, unique in the page: the same chart placed twice in one
   * page needs two prefixes. The theme and variant names are appended.
   */
  idPrefix: string;
}

/** The variants in the order they appear in the block. */
const VARIANTS: readonly WidthVariant[] = ['wide', 'narrow'];

/** A variant's element: its classes and width, `attributes`, and `content` (an SVG). */
function variantHtml(variant: WidthVariant, attributes: string, content: string): string {
  return `<div class="chart__variant chart__variant--${variant}" data-width="${CHART_WIDTHS[variant]}"${attributes}>${content}</div>`;
}

/** The themes of a block, each holding its variants as `variant(theme, width variant)` writes them. */
async function themesHtml(variant: (theme: ThemeMode, width: WidthVariant) => Promise<string>): Promise<string> {
  const themes = await Promise.all(
    THEMES.map(async (theme) => {
      const variants = await Promise.all(VARIANTS.map((width) => variant(theme, width)));
      return `<div class="chart__theme chart__theme--${theme}">${variants.join('')}</div>`;
    }),
  );
  return themes.join('');
}

/**
 * The `.chart` block of registered chart `chartId` in `lang` (see the module comment).
 *
 * @throws WorkreportError `CHART_UNKNOWN` for an unregistered id; the render errors of `renderSvg`.
 */
export async function chartBlockHtml(chartId: string, lang: Lang, options: ChartBlockOptions): Promise<string> {
  const { live = true, titleless = false, idPrefix } = options;
  const themes = await themesHtml(async (theme, variant) => {
    const chart = siteChart(chartId, lang, variant, theme);
    const svg = await staticSvg(titleless ? withoutTitle(chart) : chart, `${idPrefix}${theme}-${variant}-`);
    const spec = live
      ? ` data-vega-spec="${escapeHtml(href(vegaSpecPath(chartId, lang, variant, titleless, theme)))}"`
      : '';
    return variantHtml(variant, spec, svg);
  });
  return (
    `<div class="chart" data-chart-block="${escapeHtml(chartId)}" data-source-view="${escapeHtml(href(chartHomePath(chartId)))}">` +
    themes +
    '</div>'
  );
}

/**
 * The size of a rendered chart: the `width`, `height` and `viewBox` of its root `<svg>` (vega's
 * SVG renderer writes all three).
 *
 * @throws WorkreportError `INTERNAL` when the root element lacks one of them.
 */
function svgBox(svg: string, chartId: string): string {
  const root = /^<svg [^>]*>/.exec(svg)?.[0] ?? '';
  const attributes = ['width', 'height', 'viewBox'].map((name) => new RegExp(` ${name}="([^"]*)"`).exec(root)?.[1]);
  const [width, height, viewBox] = attributes;
  if (width === undefined || height === undefined || viewBox === undefined)
    throw new WorkreportError(message('INTERNAL', 'svgSize', { chart: chartId }), { input: chartId });
  return `<svg width="${width}" height="${height}" viewBox="${viewBox}"></svg>`;
}

/**
 * A stand-in for the `.chart` block of chart `chartId` in `lang` (without `titleless`): the same
 * themes and variants, each an empty `<svg>` of the chart's size, so it takes the place the chart
 * will take at every width (a story's stage layer before its chart is put in, src/story/chart-stage.ts).
 * Hidden from assistive technology; no `data-chart-block`, so the runtime does not hydrate it.
 *
 * @throws WorkreportError as {@link chartBlockHtml}.
 */
export async function chartSkeletonHtml(chartId: string, lang: Lang): Promise<string> {
  const themes = await themesHtml(async (theme, variant) =>
    variantHtml(variant, '', svgBox(await chartSvg(siteChart(chartId, lang, variant, theme)), chartId)),
  );
  return `<div class="chart" aria-hidden="true">${themes}</div>`;
}

/** Options of {@link specPreloads}. */
export interface SpecPreloadOptions {
  /** The block leaves out the chart's title block (see {@link ChartBlockOptions}). Default: false. */
  titleless?: boolean;
  /**
   * Per width variant, the viewports at which the page's layout gives the block that variant, as
   * media queries joined by "or" (each without a colour scheme): the page's CSS turned into viewport widths.
   */
  viewports: Readonly<Record<WidthVariant, readonly string[]>>;
  /** The colour schemes the block can show: both when it follows the reader's `prefers-color-scheme`, one when the page sets `data-theme`. */
  themes: readonly ThemeMode[];
}

/**
 * `<link rel="preload" as="fetch">` tags for the dataflows (src/charts/dataflow.ts) of chart
 * `chartId` in `lang` that the runtime fetches when it hydrates the block
 * (src/embed/chart-block.ts), one per theme and width variant, each with the media query of the
 * viewports that show it, so the browser downloads only the dataflow of the variant on screen,
 * beside the page's scripts rather than after them; and only where scripts run (`scripting:
 * enabled`: a reader without JavaScript keeps the static chart and needs none; a browser that does
 * not know the feature preloads nothing, and the runtime fetches the dataflow as it would without
 * preloads). `vite-ignore`: Vite leaves the tags as they are.
 */
export function specPreloads(chartId: string, lang: Lang, options: SpecPreloadOptions): string {
  const { titleless = false, viewports, themes } = options;
  return themes
    .flatMap((theme) =>
      VARIANTS.map((variant) => {
        const media = viewports[variant]
          .map(
            (query) =>
              `${query}${themes.length > 1 ? ` and (prefers-color-scheme: ${theme})` : ''} and (scripting: enabled)`,
          )
          .join(', ');
        const url = escapeHtml(href(vegaSpecPath(chartId, lang, variant, titleless, theme)));
        return `<link rel="preload" href="${url}" as="fetch" crossorigin="anonymous" media="${media}" vite-ignore />`;
      }),
    )
    .join('\n    ');
}
