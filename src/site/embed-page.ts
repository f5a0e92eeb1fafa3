import type { Lang } from '../charts/chart.ts';
import { formatFigure } from '../charts/words.ts';
import { noteLine } from '../charts/locale.ts';
import { punctuation } from '../figures/locale.ts';
import { chartBlockHtml } from './chart-block.ts';
import { reviewOf } from './chart-data.ts';
import { chartHome, siteChart } from './chart-sets.ts';
import { escapeHtml, langTag, pageStart } from './html.ts';
import {
  compareSeriesPath,
  datasetOfChart,
  downloadPaths,
  ELEMENT_SCRIPT_PATH,
  embedPath,
  figureHref,
  HOST_SCRIPT_PATH,
  href,
  indicatorHref,
  LANGS,
  PAGE_MODE_SCRIPT_PATH,
  readerPath,
  slugOfChart,
} from './routes.ts';
import { siteFigure, siteReport } from './site-report.ts';

/**
 * The embed page of a chart (`/embed/<chart-id>/`, English at `…/en/`): a page made to sit in an
 * `<iframe>` of a news article, and to read on its own; and its reader view (`…/reader/`), the
 * page an iframe snippet frames.
 *
 * Top to bottom: title and subtitle (HTML), the chart pre-rendered as SVG without its title block
 * (the runtime adds tooltips on top), notes and the source line with a link to the report, the
 * figures of the chart each linked to its highlight in the source view, downloads (CSV and JSON
 * of the plotted data, SVG and PNG of the full chart), and the embed code: an `<iframe>` plus the
 * host script that sizes it from the `workreport:resize` messages the page posts, or, without an
 * iframe, the `<workreport-chart>` element and its script (README "Embedding a chart"). No inline
 * script or style: it renders under a strict CSP.
 *
 * Reader mode (`<html data-mode="reader">`, embed.css) keeps title, chart, notes, source line and a
 * small data link (the CSV), and hides the rest: the figures' provenance, the downloads, the
 * language link and the embed code, which are for people who open the page itself. The reader
 * view is in reader mode in its HTML, so it needs no script; the full page switches to it when
 * framed or given `?mode=reader` (src/embed/page-mode.ts, which also applies `?theme=`).
 * Theme: the full page follows the reader's `prefers-color-scheme` (`auto`), the reader view is
 * light unless `?theme=dark|auto` says otherwise, as a host page expects of an embed.
 */

/** The fixed words of the page. */
const WORDS = {
  figures: { zh: '图中数字的出处', en: 'Where the numbers come from' },
  data: { zh: '数据', en: 'Data' },
  picture: { zh: '图片', en: 'Image' },
  embed: { zh: '嵌入这张图', en: 'Embed this chart' },
  embedHelp: {
    zh: '把下面的代码贴进网页。iframe 的高度会随图表内容自动调整（由 host.js 接收图表页发出的消息）。',
    en: 'Paste this code into a web page. The iframe’s height follows the chart’s content (host.js receives the messages the chart page sends).',
  },
  embedCode: { zh: '嵌入代码', en: 'Embed code' },
  elementHelp: {
    zh: '不用 iframe：下面的代码用网页组件 <code>&lt;workreport-chart&gt;</code> 把图表直接放进网页，同样有提示框。网页须与本站同源，或本站允许跨域访问（CORS）。',
    en: 'Without an iframe: this code puts the chart into the page itself, tooltips included, as a <code>&lt;workreport-chart&gt;</code> element. The page must be on this site, or this site must allow it by CORS.',
  },
  elementCode: { zh: '不用 iframe 的嵌入代码', en: 'Embed code without an iframe' },
  copy: { zh: '复制', en: 'Copy' },
  themeHelp: {
    zh: '配色：<code>theme=light</code>（浅色，默认）、<code>theme=dark</code>（深色）或 <code>theme=auto</code>（随读者系统设置），按网页的底色选择。iframe 写在网址参数里，<code>&lt;workreport-chart&gt;</code> 写成属性。',
    en: 'Colours: <code>theme=light</code> (the default), <code>theme=dark</code> or <code>theme=auto</code> (the reader’s system setting), to match the page’s background: a URL parameter of the iframe, an attribute of <code>&lt;workreport-chart&gt;</code>.',
  },
  otherLang: { zh: 'English', en: '中文' },
  chartLabel: { zh: '图表', en: 'Chart' },
} as const;

/** `word：` in zh, `word: ` in en. */
const colon = (word: string, lang: Lang): string => punctuation(lang).colon(word);

/** The sentences of the page in each language. */
const TEXT: Record<
  Lang,
  {
    /** After a series figure's label: the year of its report. */
    inYear: (year: number) => string;
    /** After a figure's value: its quote, already escaped, as the report wrote it. */
    quote: (quoteHtml: string) => string;
    draftNote: string;
  }
> = {
  zh: {
    inYear: (year) => `（${year}年）`,
    quote: (quoteHtml) => `（原文“${quoteHtml}”）`,
    draftNote: '机器草稿：图中数值已与原文核对，名称和时间尚未经人工核对。',
  },
  en: {
    inYear: (year) => ` (${year})`,
    quote: (quoteHtml) => ` (report: “${quoteHtml}”)`,
    draftNote:
      'Machine draft: the values are checked against the report; labels and periods have not been reviewed by a person yet.',
  },
};

/** Height in pixels the embed snippet starts the iframe at, before the first resize message. */
const SNIPPET_EXTRA_HEIGHT = 180;

/**
 * The `<iframe>` and host script a news page pastes to embed `chartId`: the iframe shows the
 * chart's reader view in the light theme (`?theme=` to change it). URLs are under the site's base,
 * root-relative; the page script makes them absolute.
 */
export function iframeSnippet(chartId: string, lang: Lang, title: string, height: number): string {
  return (
    `<iframe src="${escapeHtml(href(readerPath(chartId, lang)))}?theme=light" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" loading="lazy" data-workreport-embed></iframe>\n` +
    `<script src="${escapeHtml(href(HOST_SCRIPT_PATH))}" async></script>`
  );
}

/**
 * The `<workreport-chart>` element and its script a page pastes to place `chartId` without an
 * iframe (root-relative URLs; the page script makes them absolute). The element's child, a link to
 * the embed page, shows until the chart is in, and stays where the script cannot run.
 */
export function elementSnippet(chartId: string, lang: Lang, title: string): string {
  const page = escapeHtml(href(embedPath(chartId, lang)));
  return (
    `<workreport-chart src="${page}" theme="light"><a href="${page}">${escapeHtml(title)}</a></workreport-chart>\n` +
    `<script type="module" src="${escapeHtml(href(ELEMENT_SCRIPT_PATH))}"></script>`
  );
}

/**
 * Where the page's first script goes: {@link withPageModeScript} puts the classic `<script>` of
 * src/embed/page-mode.ts there once Vite has processed the page (Vite would otherwise warn that a
 * classic script cannot be bundled), so it runs before the page is drawn.
 */
const PAGE_MODE_PLACEHOLDER = '<!-- workreport:page-mode -->';

/**
 * `html` with the first script of an embed page (src/embed/page-mode.ts, at `PAGE_MODE_SCRIPT_PATH`
 * under the site's base) where the page says ({@link PAGE_MODE_PLACEHOLDER}); any other page as it is.
 * Applied once Vite has processed the page: by the build to every page it publishes (page-templates.ts
 * `builtPage`), by the dev server to the page it serves (plugin.ts).
 */
export function withPageModeScript(html: string): string {
  return html.includes(PAGE_MODE_PLACEHOLDER)
    ? html.replace(PAGE_MODE_PLACEHOLDER, `<script src="${href(PAGE_MODE_SCRIPT_PATH)}"></script>`)
    : html;
}

/** Which page: the full embed page, or the reader view an iframe shows. */
export type EmbedMode = 'full' | 'reader';

/** What the generated page puts in its head besides its own meta tags. */
export interface EmbedPageContext {
  /** The stylesheet and script tags (Vite resolves and bundles them). */
  head: string;
  /** The full page or the reader view (see the module comment). Default: `'full'`. */
  mode?: EmbedMode;
}

/**
 * The embed page of chart `chartId` (of a dataset or a series) in `lang` as a complete HTML document.
 *
 * @throws WorkreportError `CHART_UNKNOWN`, `FIGURE_NOT_FOUND`, and the render errors of `renderSvg`.
 */
export async function embedPageHtml(chartId: string, lang: Lang, context: EmbedPageContext): Promise<string> {
  const { mode = 'full' } = context;
  const chart = siteChart(chartId, lang, 'wide');
  const home = chartHome(chartId);
  const block = await chartBlockHtml(chartId, lang, { titleless: true, idPrefix: `embed-${slugOfChart(chartId)}-` });
  const svgHeight = Number(/<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(block)?.[1] ?? 300);
  const usermeta = (chart.spec as { usermeta?: { figureIds?: string[]; indicatorIds?: string[] } }).usermeta ?? {};

  // A dataset chart names its figures by id; a series chart by `<dataset>/<figure>`, across the reports of the series.
  const figures = (usermeta.figureIds ?? []).map((ref) => {
    const [datasetId, figureId] = home.kind === 'dataset' ? [home.id, ref] : [datasetOfChart(ref), slugOfChart(ref)];
    const site = siteReport(datasetId);
    return { datasetId, site, figure: siteFigure(site, figureId, `chart "${chartId}"`) };
  });
  const figureItems = figures.map(({ datasetId, site, figure }) => {
    const year = home.kind === 'series' ? TEXT[lang].inYear(site.report.meta.year) : '';
    return (
      `<li><span class="embed__figure-label">${escapeHtml(figure.label[lang] + year)}</span> ` +
      `<a href="${escapeHtml(href(figureHref(datasetId, figure.id)))}" target="_blank" rel="noopener">${escapeHtml(formatFigure(figure, lang))}</a>` +
      `<span class="embed__quote">${TEXT[lang].quote(escapeHtml(figure.provenance.quote))}</span></li>`
    );
  });
  const indicatorItems =
    home.kind === 'dataset'
      ? (usermeta.indicatorIds ?? []).flatMap((id) => {
          const indicator = siteReport(home.id).indicators.find((result) => result.id === id);
          return indicator === undefined
            ? []
            : [
                `<li><a href="${escapeHtml(href(indicatorHref(home.id, id)))}" target="_blank" rel="noopener">${escapeHtml(indicator.label[lang])}</a></li>`,
              ];
        })
      : [];
  const sourceLink =
    home.kind === 'series' ? href(compareSeriesPath(home.id, lang)) : siteReport(home.id).report.meta.url;
  const downloads = Object.fromEntries(
    Object.entries(downloadPaths(chartId, lang)).map(([kind, path]) => [kind, escapeHtml(href(path))]),
  ) as ReturnType<typeof downloadPaths>;
  const fileBase = `${chartId.replace('/', '-')}-${lang}`;
  const otherLang = LANGS.find((other) => other !== lang) ?? 'zh';
  const snippet = iframeSnippet(chartId, lang, chart.title, svgHeight + SNIPPET_EXTRA_HEIGHT);
  const drafted =
    figures.some(({ figure }) => figure.review !== 'reviewed') ||
    (home.kind === 'dataset' &&
      (usermeta.indicatorIds ?? []).some((id) => reviewOf(siteReport(home.id), id) === 'draft'));
  const draftNote = drafted
    ? `<p class="embed__note embed__note--draft" data-review="draft">${escapeHtml(TEXT[lang].draftNote)}</p>`
    : '';
  const notes =
    chart.notes.map((note) => `<p class="embed__note">${escapeHtml(noteLine(note, lang))}</p>`).join('') + draftNote;

  const rootAttributes: Record<string, string> =
    mode === 'reader' ? { 'data-mode': 'reader', 'data-theme': 'light' } : {};
  return `${pageStart(lang, chart.title, chart.description, rootAttributes)}
    ${PAGE_MODE_PLACEHOLDER}
    <link rel="alternate" hreflang="${langTag(otherLang)}" href="${escapeHtml(href(mode === 'reader' ? readerPath(chartId, otherLang) : embedPath(chartId, otherLang)))}" vite-ignore />
    ${context.head}
  </head>
  <body class="embed-page">
    <article class="embed" data-embed="${escapeHtml(chartId)}" aria-labelledby="embed-title">
      <header class="embed__header">
        <h1 class="embed__title" id="embed-title">${escapeHtml(chart.title)}</h1>
        ${chart.subtitle === undefined ? '' : `<p class="embed__subtitle">${escapeHtml(chart.subtitle)}</p>`}
      </header>
      <figure class="embed__chart" aria-label="${escapeHtml(colon(WORDS.chartLabel[lang], lang) + chart.title)}">
        ${block}
        <figcaption class="embed__caption">
          ${notes}
          <p class="embed__source">${sourceLink === undefined ? escapeHtml(chart.source) : `<a href="${escapeHtml(sourceLink)}" target="_blank" rel="noopener">${escapeHtml(chart.source)}</a>`}</p>
          <p class="embed__data"><a href="${downloads.csv}" download="${fileBase}.csv">${WORDS.data[lang]}</a></p>
        </figcaption>
      </figure>
      <details class="embed__figures">
        <summary>${WORDS.figures[lang]}</summary>
        <ul>${figureItems.join('')}${indicatorItems.join('')}</ul>
      </details>
      <nav class="embed__tools" aria-label="${WORDS.data[lang]}">
        <span>${colon(WORDS.data[lang], lang)}<a href="${downloads.csv}" download="${fileBase}.csv">CSV</a> · <a href="${downloads.json}" download="${fileBase}.json">JSON</a></span>
        <span>${colon(WORDS.picture[lang], lang)}<a href="${downloads.svg}" download="${fileBase}.svg">SVG</a> · <a href="${downloads.png}" download="${fileBase}.png">PNG</a></span>
        <a href="${escapeHtml(href(embedPath(chartId, otherLang)))}" hreflang="${langTag(otherLang)}" lang="${langTag(otherLang)}">${WORDS.otherLang[lang]}</a>
      </nav>
      <details class="embed__share">
        <summary>${WORDS.embed[lang]}</summary>
        <p>${WORDS.embedHelp[lang]}</p>
        <p>${WORDS.themeHelp[lang]}</p>
        <label class="embed__code-label" for="embed-code">${WORDS.embedCode[lang]}</label>
        <textarea class="embed__code" id="embed-code" rows="4" readonly spellcheck="false">${escapeHtml(snippet)}</textarea>
        <button class="embed__copy" type="button" data-copy="embed-code" hidden>${WORDS.copy[lang]}</button>
        <p>${WORDS.elementHelp[lang]}</p>
        <label class="embed__code-label" for="embed-code-element">${WORDS.elementCode[lang]}</label>
        <textarea class="embed__code" id="embed-code-element" rows="4" readonly spellcheck="false">${escapeHtml(elementSnippet(chartId, lang, chart.title))}</textarea>
        <button class="embed__copy" type="button" data-copy="embed-code-element" hidden>${WORDS.copy[lang]}</button>
      </details>
    </article>
  </body>
</html>
`;
}
