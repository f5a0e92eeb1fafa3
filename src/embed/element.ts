import { chartBlock, clickHint } from './chart-block.ts';
import stylesheet from './element.css?url';
import { createTooltip } from './tooltip.ts';
import { WorkreportError } from '../errors.ts';
import { runtimeMessage, runtimeWarn } from '../runtime-messages.ts';

/**
 * `<workreport-chart src="https://<site>/embed/<chart-id>/">`: a chart of the site placed in
 * another page without an iframe (README "Embedding a chart"). The module script served at
 * `/embed/chart.js` defines the element. It fetches the chart's embed page, puts the page's
 * title, subtitle and chart figure (the pre-rendered SVG, notes and source line) into its shadow
 * root under the site's stylesheet, and makes the chart interactive as on the embed page
 * (src/embed/chart-block.ts): the width variant that fits the element, tooltips, and a click
 * through to the source view, in a new tab. Its `theme`
 * attribute picks the colours: `light` (the default), `dark`, or `auto` (the reader's setting).
 *
 * It fetches only from the origin `chart.js` was loaded from, or from origins the host page lists
 * in `<meta name="workreport-chart-origins" content="https://a.example https://b.example">`; any
 * other `src` is refused and its child link stays. It takes from the fetched page only what a chart
 * is made of, rebuilt as new elements: title, subtitle, notes and source line as text, links as
 * http(s) hrefs, and each width variant's SVG with scripts, event handlers, foreign objects and
 * non-http(s) links removed; forms, frames or anything else the page holds never reach the host.
 *
 * Until the chart is in, the element shows its children (the embed code puts a link to the embed
 * page there), which also stay when the page cannot be fetched. No inline script or style: it
 * works in a page under `script-src 'self'; style-src 'self'` of the same site; a page of another
 * site must allow this one in `script-src`, `style-src` and `connect-src`, and this site must
 * answer it with CORS headers.
 */

/** The chart themes an embed page holds (src/site/chart-block.ts), and the element's `theme` values besides `auto`. */
const THEMES = ['light', 'dark'] as const;

/**
 * The theme the element draws in, from its `theme` attribute: `light` (also when absent or
 * unknown: an article page is light unless it says otherwise), `dark`, or `auto` (the reader's
 * `prefers-color-scheme`).
 */
function themeOf(element: HTMLElement): 'light' | 'dark' | 'auto' {
  const value = element.getAttribute('theme');
  if (value === 'dark' || value === 'auto') return value;
  if (value !== null && value !== 'light') runtimeWarn(runtimeMessage('ATTRIBUTE_INVALID', 'theme', { value }));
  return 'light';
}

/** What the element takes from an embed page, rebuilt from known parts. */
interface EmbedParts {
  /** The page's language tag (`zh-CN`, `en`). */
  lang: string;
  title: string;
  subtitle: string | undefined;
  /** A new `figure.embed__chart`: the chart block, then the notes and source line as text. */
  figure: HTMLElement;
  /** The `.chart` block inside `figure`. */
  block: HTMLElement;
}

/** The origins the element may fetch from: `chart.js`'s own, and those the host page lists. */
function allowedOrigins(): Set<string> {
  const listed = document.querySelector<HTMLMetaElement>('meta[name="workreport-chart-origins"]')?.content ?? '';
  const origins = new Set([new URL(import.meta.url).origin]);
  for (const item of listed.split(/\s+/).filter(Boolean)) {
    try {
      origins.add(new URL(item).origin);
    } catch {
      runtimeWarn(runtimeMessage('ATTRIBUTE_INVALID', 'origin', { item }));
    }
  }
  return origins;
}

/** An http(s) link (any origin: the report's own address, the source view), else undefined. */
function httpUrl(value: string | null, base: URL): string | undefined {
  if (value === null) return undefined;
  const url = new URL(value, base);
  return /^https?:$/.test(url.protocol) ? url.href : undefined;
}

/** What an SVG of a chart never needs, removed from a copy: scripts, foreign content, event handlers, non-http links. */
function cleanSvg(svg: SVGSVGElement, base: URL): SVGSVGElement {
  const copy = document.importNode(svg, true);
  for (const element of copy.querySelectorAll('script, foreignObject, iframe, object, embed, animate, set'))
    element.remove();
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      const isLink = name === 'href' || name === 'xlink:href';
      if (
        name.startsWith('on') ||
        (isLink && !attribute.value.startsWith('#') && httpUrl(attribute.value, base) === undefined)
      )
        element.removeAttribute(attribute.name);
    }
  }
  return copy;
}

/**
 * The parts of the embed page at `url`, rebuilt (see the module comment). Parsed with DOMParser,
 * which runs no script of the page.
 *
 * @throws WorkreportError `ORIGIN_REFUSED` when `url`'s origin is not allowed, `FETCH_FAILED` when the page does not
 *   answer, `PAGE_INVALID` when it is not an embed page.
 */
async function fetchEmbed(url: URL): Promise<EmbedParts> {
  const origins = allowedOrigins();
  if (!origins.has(url.origin)) {
    const params = { url: url.href, allowed: [...origins] };
    throw new WorkreportError(runtimeMessage('ORIGIN_REFUSED', 'embed', params), { input: url.href });
  }
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) {
    const params = { fn: 'workreport-chart', url: url.href, status: response.status };
    throw new WorkreportError(runtimeMessage('FETCH_FAILED', 'status', params), { input: url.href });
  }
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const source = page.querySelector<HTMLElement>('[data-embed] figure.embed__chart');
  const sourceBlock = source?.querySelector<HTMLElement>('[data-chart-block]');
  if (source === null || sourceBlock === null || sourceBlock === undefined)
    throw new WorkreportError(runtimeMessage('PAGE_INVALID', 'notEmbedPage', { url: url.href }), { input: url.href });

  const block = document.createElement('div');
  block.className = 'chart';
  block.dataset.chartBlock = sourceBlock.dataset.chartBlock ?? '';
  const sourceView = httpUrl(sourceBlock.getAttribute('data-source-view'), url);
  if (sourceView !== undefined) block.dataset.sourceView = sourceView;
  const sourceRoot = httpUrl(sourceBlock.getAttribute('data-source-root'), url);
  if (sourceRoot !== undefined) block.dataset.sourceRoot = sourceRoot;
  block.dataset.figureIds = sourceBlock.dataset.figureIds ?? '';
  for (const theme of THEMES) {
    const sourceGroup = sourceBlock.querySelector(`:scope > .chart__theme--${theme}`);
    if (sourceGroup === null) continue;
    const group = document.createElement('div');
    group.className = `chart__theme chart__theme--${theme}`;
    for (const variant of sourceGroup.querySelectorAll<HTMLElement>(':scope > .chart__variant')) {
      const svg = variant.querySelector('svg');
      if (svg === null) continue;
      const copy = document.createElement('div');
      copy.className = [...variant.classList].filter((name) => /^chart__variant(?:--[a-z]+)?$/.test(name)).join(' ');
      copy.dataset.width = variant.dataset.width ?? '';
      copy.append(cleanSvg(svg, url));
      group.append(copy);
    }
    block.append(group);
  }
  const figure = document.createElement('figure');
  figure.className = 'embed__chart';
  const caption = document.createElement('figcaption');
  caption.className = 'embed__caption';
  for (const note of source.querySelectorAll('.embed__note'))
    caption.append(paragraph('embed__note', note.textContent ?? ''));
  const line = source.querySelector('.embed__source');
  if (line !== null) {
    const p = paragraph('embed__source', '');
    const href = httpUrl(line.querySelector('a')?.getAttribute('href') ?? null, url);
    if (href === undefined) p.textContent = line.textContent ?? '';
    else {
      const a = document.createElement('a');
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = line.textContent ?? '';
      p.append(a);
    }
    caption.append(p);
  }
  figure.append(block, caption);
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

/** `<workreport-chart src="…" theme="…">`: see the module comment. Reads `src` and `theme` once, when first connected. */
class WorkreportChart extends HTMLElement {
  #started = false;

  connectedCallback(): void {
    const src = this.getAttribute('src');
    if (this.#started || src === null) return;
    this.#started = true;
    this.#render(new URL(src, document.baseURI)).catch((error: unknown) =>
      runtimeWarn(runtimeMessage('CHART_STATIC', 'notShown', {}), error),
    );
  }

  async #render(url: URL): Promise<void> {
    const parts = await fetchEmbed(url);
    const root = this.attachShadow({ mode: 'open' });
    const { link, loaded } = stylesheetLink();
    root.append(link);
    await loaded;
    const chart = document.createElement('div');
    chart.lang = parts.lang;
    chart.dataset.theme = themeOf(this);
    const header = document.createElement('header');
    header.className = 'embed__header';
    header.append(paragraph('embed__title', parts.title));
    if (parts.subtitle !== undefined) header.append(paragraph('embed__subtitle', parts.subtitle));
    chart.append(header, parts.figure);
    root.append(chart);
    chartBlock(parts.block, { newTab: true, tooltip: createTooltip(clickHint(parts.lang), chart) });
  }
}

if (customElements.get('workreport-chart') === undefined) customElements.define('workreport-chart', WorkreportChart);
