import type { Lang } from '../charts/chart.ts';
import { chartHome, chartHomePath, siteChart, withoutTitle } from './chart-sets.ts';
import { escapeHtml } from './html.ts';
import type { ThemeMode } from '../charts/theme.ts';
import { CHART_WIDTHS, href, SOURCE_ROOT, THEMES, type WidthVariant } from './routes.ts';
import { chartSvg, staticSvg } from './static-svg.ts';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';

/**
 * The markup of one chart in a page: the chart pre-rendered as inline SVG in each colour theme
 * (light, dark) at each width variant, in a `.chart` block whose stylesheet (src/embed/chart.css)
 * shows the theme the page or embed chose (`data-theme` on an ancestor, else the reader's
 * `prefers-color-scheme`) and the width variant that fits the block's width (a container query),
 * so the chart reads without JavaScript. The SVGs' items carry their figure id and tooltip
 * (src/render/item-svg.ts); the block names the source view a click goes to and which item ids are
 * figures there (the others are indicators; a comparison chart's ids are `<dataset>/<figure>`, and
 * its block names where the source views are, `data-source-root`), and a page's script (src/embed/chart-block.ts) adds
 * tooltips and click-through with a few listeners. URLs are under the site's base (routes.ts `href`).
 *
 * ```html
 * <div class="chart" data-chart-block="yangshahu-2019/land-and-compensation" data-source-view="/source/yangshahu-2019/" data-figure-ids="f-12 f-13">
 *   <div class="chart__theme chart__theme--light">
 *     <div class="chart__variant chart__variant--wide" data-width="560"><svg …><path data-id="f-12" data-tooltip="{…}" …></div>
 *     <div class="chart__variant chart__variant--narrow" data-width="340"><svg …></div>
 *   </div>
 *   <div class="chart__theme chart__theme--dark">…</div>
 * </div>
 * ```
 */

/** Options of {@link chartBlockHtml}. */
export interface ChartBlockOptions {
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

/** A variant's element: its classes and width, and `content` (an SVG). */
function variantHtml(variant: WidthVariant, content: string): string {
  return `<div class="chart__variant chart__variant--${variant}" data-width="${CHART_WIDTHS[variant]}">${content}</div>`;
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
  const { titleless = false, idPrefix } = options;
  const themes = await themesHtml(async (theme, variant) => {
    const chart = siteChart(chartId, lang, variant, theme);
    const svg = await staticSvg(titleless ? withoutTitle(chart) : chart, `${idPrefix}${theme}-${variant}-`);
    return variantHtml(variant, svg);
  });
  const usermeta = (siteChart(chartId, lang, 'wide').spec as { usermeta?: { figureIds?: string[] } }).usermeta;
  const figureIds = (usermeta?.figureIds ?? []).join(' ');
  // A comparison chart plots figures of several reports, by `<dataset>/<figure>`: the block says where the source views are.
  const root = chartHome(chartId).kind === 'series' ? ` data-source-root="${escapeHtml(href(SOURCE_ROOT))}"` : '';
  return (
    `<div class="chart" data-chart-block="${escapeHtml(chartId)}" data-source-view="${escapeHtml(href(chartHomePath(chartId)))}"${root} data-figure-ids="${escapeHtml(figureIds)}">` +
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
 * Hidden from assistive technology; no `data-chart-block`, so the runtime leaves it alone.
 *
 * @throws WorkreportError as {@link chartBlockHtml}.
 */
export async function chartSkeletonHtml(chartId: string, lang: Lang): Promise<string> {
  const themes = await themesHtml(async (theme, variant) =>
    variantHtml(variant, svgBox(await chartSvg(siteChart(chartId, lang, variant, theme)), chartId)),
  );
  return `<div class="chart" aria-hidden="true">${themes}</div>`;
}
