import { chartBlock, clickHint } from './chart-block.ts';
import stylesheet from './element.css?url';
import { createTooltip } from './tooltip.ts';

/**
 * `<workreport-chart src="https://<site>/embed/<chart-id>/">`: a chart of the site placed in
 * another page without an iframe (README "Embedding a chart"). The module script served at
 * `/embed/chart.js` defines the element. It fetches the chart's embed page, puts the page's
 * title, subtitle and chart figure (the pre-rendered SVG, notes and source line) into its shadow
 * root under the site's stylesheet, and makes the chart live as on the embed page
 * (src/embed/chart-block.ts): tooltips, the width variant that fits the element, a live view once
 * a hidden element is shown, and a click through to the source view, in a new tab.
 *
 * Until the chart is in, the element shows its children (the embed code puts a link to the embed
 * page there), which also stay when the page cannot be fetched. No inline script or style: it
 * works in a page under `script-src 'self'; style-src 'self'` of the same site; a page of another
 * site must allow this one in `script-src`, `style-src` and `connect-src`, and this site must
 * answer it with CORS headers.
 */

/** What the element takes from an embed page. */
interface EmbedParts {
  /** The page's language tag (`zh-CN`, `en`). */
  lang: string;
  title: string;
  subtitle: string | undefined;
  /** `figure.embed__chart`: the chart block and its caption, links and data URLs made absolute. */
  figure: HTMLElement;
  /** The `.chart` block inside `figure`. */
  block: HTMLElement;
}

/** `element`'s attribute `name` resolved against `base`, when it has one. */
function absolutize(element: Element, name: string, base: URL): void {
  const value = element.getAttribute(name);
  if (value !== null) element.setAttribute(name, new URL(value, base).href);
}

/**
 * The parts of the embed page at `url`. Parsed with DOMParser, which runs no script of the page.
 *
 * @throws Error when the page does not answer or is not an embed page.
 */
async function fetchEmbed(url: URL): Promise<EmbedParts> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`workreport-chart: ${url.href} answered HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const figure = page.querySelector<HTMLElement>('[data-embed] figure.embed__chart');
  const block = figure?.querySelector<HTMLElement>('[data-chart-block]');
  if (figure === null || block === null || block === undefined) throw new Error(`workreport-chart: ${url.href} is not a chart's embed page`);
  for (const link of figure.querySelectorAll('a[href]')) absolutize(link, 'href', url);
  for (const element of figure.querySelectorAll('[data-vega-spec]')) absolutize(element, 'data-vega-spec', url);
  for (const element of figure.querySelectorAll('[data-source-view]')) absolutize(element, 'data-source-view', url);
  return {
    lang: page.documentElement.lang,
    title: page.querySelector('[data-embed] .embed__title')?.textContent ?? '',
    subtitle: page.querySelector('[data-embed] .embed__subtitle')?.textContent ?? undefined,
    figure,
    block,
  };
}

/** A `<p class="…">` with `text`. */
function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

/** The site's stylesheet for the shadow tree, once loaded (or failed: the chart then shows unstyled). */
function stylesheetLink(): { link: HTMLLinkElement; loaded: Promise<void> } {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(stylesheet, import.meta.url).href;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  return { link, loaded };
}

/** `<workreport-chart src="…">`: see the module comment. Reads `src` once, when first connected. */
class WorkreportChart extends HTMLElement {
  #started = false;

  connectedCallback(): void {
    const src = this.getAttribute('src');
    if (this.#started || src === null) return;
    this.#started = true;
    this.#render(new URL(src, document.baseURI)).catch((error: unknown) => console.error('workreport-chart: the chart could not be shown', error));
  }

  async #render(url: URL): Promise<void> {
    const parts = await fetchEmbed(url);
    const root = this.attachShadow({ mode: 'open' });
    const { link, loaded } = stylesheetLink();
    root.append(link);
    await loaded;
    const chart = document.createElement('div');
    chart.lang = parts.lang;
    const header = document.createElement('header');
    header.className = 'embed__header';
    header.append(paragraph('embed__title', parts.title));
    if (parts.subtitle !== undefined) header.append(paragraph('embed__subtitle', parts.subtitle));
    chart.append(header, parts.figure);
    root.append(chart);
    chartBlock(parts.block, { watch: true, newTab: true, tooltip: createTooltip(clickHint(parts.lang), chart) })
      .hydrate()
      .catch((error: unknown) => console.error('workreport-chart: the chart stays static', error));
  }
}

if (customElements.get('workreport-chart') === undefined) customElements.define('workreport-chart', WorkreportChart);
