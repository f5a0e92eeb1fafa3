import type { Chart, Lang } from '../charts/chart.ts';
import type { ThemeMode } from '../charts/theme.ts';
import { escapeHtml, langTag, pageStart } from './html.ts';
import { siteChart } from './chart-sets.ts';
import { embedPath, GALLERY_PATH, href, LANGS } from './routes.ts';
import type { GeneratedPage, PageHead } from './site-files.ts';
import { siteDatasetIds, siteReport } from './site-report.ts';
import { staticSvg } from './static-svg.ts';

/**
 * The chart gallery (`/gallery/`): every chart of every published dataset in zh and en, light and
 * dark, pre-rendered as inline SVG at the embed pages' wide width (routes.ts `CHART_WIDTHS.wide`):
 * the same render as the embed page inlines and offers as its SVG and PNG downloads, so that a
 * reviewer sees every variant side by side in a browser, as published. Static: no script, no inline style (it renders under the site's strict CSP); dark
 * charts sit on a card of their own background colour (gallery-page.css).
 *
 * Markup a test can rely on: one `<section data-chart-id="<chart-id>">` per chart, in registry
 * order, holding four `<figure data-lang data-theme>` (zh light, en light, zh dark, en dark),
 * each with the chart's `<svg>`.
 */

/** The colour variants, light first. */
const THEMES: readonly ThemeMode[] = ['light', 'dark'];

/** The caption of each variant, in the variant's language. */
const CAPTIONS: Readonly<Record<Lang, Record<ThemeMode, string>>> = {
  zh: { light: '中文 · 浅色', dark: '中文 · 深色' },
  en: { light: 'English · light', dark: 'English · dark' },
};

/** The stylesheets of the page (Vite resolves and bundles them). */
const HEAD: PageHead = {
  kind: 'gallery',
  tags: '<link rel="stylesheet" href="/src/story/page.css" />\n    <link rel="stylesheet" href="/src/site/gallery-page.css" />',
};

/** The anchor of a chart's section: `yangshahu-2019/farmland-by-crop` → `yangshahu-2019--farmland-by-crop`. */
const anchorOf = (chartId: string): string => chartId.replace(/\//g, '--');

/** One variant of a chart as a captioned card; ids inside the SVG are prefixed to stay unique in the page. */
async function card(chart: Chart): Promise<string> {
  const svg = await staticSvg(chart, `gallery-${anchorOf(chart.id)}-${chart.lang}-${chart.theme}-`);
  return (
    `<figure class="gallery__card gallery__card--${chart.theme}" data-lang="${chart.lang}" data-theme="${chart.theme}" lang="${langTag(chart.lang)}">` +
    `${svg}<figcaption>${CAPTIONS[chart.lang][chart.theme]}</figcaption></figure>`
  );
}

/** The link to a chart's embed page in each language, as HTML (the zh page marks the English words). */
const EMBED_LINKS: Readonly<Record<Lang, string>> = { zh: '嵌入页', en: '<span lang="en">embed page</span>' };

/** The section of chart `first` (zh, light): its Chinese title, id, kind and embed pages, then the cards of its `variants`. */
async function section(first: Chart, variants: readonly Chart[]): Promise<string> {
  const cards = await Promise.all(variants.map(card));
  const embeds = LANGS.map(
    (lang) =>
      `<a href="${escapeHtml(href(embedPath(first.id, lang)))}" hreflang="${langTag(lang)}">${EMBED_LINKS[lang]}</a>`,
  );
  return (
    `<section class="gallery__chart" id="${escapeHtml(anchorOf(first.id))}" data-chart-id="${escapeHtml(first.id)}" aria-labelledby="${escapeHtml(anchorOf(first.id))}-title">` +
    `<h2 id="${escapeHtml(anchorOf(first.id))}-title">${escapeHtml(first.title)}</h2>` +
    `<p class="gallery__meta"><code>${escapeHtml(first.id)}</code> · <span lang="en">${first.kind}</span> · ${embeds.join(' · ')}</p>` +
    `<div class="gallery__variants">${cards.join('')}</div></section>`
  );
}

/**
 * The gallery page as a complete HTML document.
 *
 * @throws WorkreportError the errors of `siteChart` and of `renderSvg` (a chart that does not build or render fails the build).
 */
export async function galleryPageHtml(): Promise<string> {
  // Four lists of every chart, one per variant in card order, datasets in the site's order, charts in reading order:
  // the site's own chart objects at the wide width, so each card is the render its embed page inlines (static-svg.ts).
  const all = (lang: Lang, theme: ThemeMode): Chart[] =>
    siteDatasetIds().flatMap((id) =>
      siteReport(id).dataset.charts.map((chart) => siteChart(`${id}/${chart.id}`, lang, 'wide', theme)),
    );
  const lists = THEMES.flatMap((theme) => LANGS.map((lang) => all(lang, theme)));
  const charts = lists[0] ?? [];
  const sections = await Promise.all(
    charts.map((chart, index) =>
      section(
        chart,
        lists.flatMap((list) => list[index] ?? []),
      ),
    ),
  );
  const toc = charts.map(
    (chart) => `<li><a href="#${escapeHtml(anchorOf(chart.id))}">${escapeHtml(chart.title)}</a></li>`,
  );
  const count = charts.length;
  return `${pageStart('zh', '图表一览：全部图表的中英文、浅色与深色版本', `${count}张图表，各有中文、英文，浅色、深色四个版本。`)}
    ${HEAD.tags}
  </head>
  <body>
    <main class="gallery">
      <header class="gallery__head">
        <p class="gallery__kicker"><a href="${escapeHtml(href('/'))}">政府工作报告里的数字</a></p>
        <h1>图表一览</h1>
        <p>全部${count}张图表，每张有中文、英文两种语言和浅色、深色两种配色，共${count * LANGS.length * THEMES.length}幅。图都是构建时在 Node 中渲染的 SVG（与 PNG 下载、嵌入页用同一个渲染器），本页不运行 JavaScript。</p>
        <p lang="en">All ${count} charts in Chinese and English, light and dark: ${count * LANGS.length * THEMES.length} SVGs rendered in Node at build time, with no JavaScript on the page.</p>
        <nav class="gallery__toc" aria-label="图表"><ol>${toc.join('')}</ol></nav>
      </header>
      ${sections.join('\n      ')}
    </main>
  </body>
</html>
`;
}

/** The gallery as a page the site plugin builds (src/site/plugin.ts), at {@link GALLERY_PATH}. */
export const GALLERY_PAGE: GeneratedPage = { path: GALLERY_PATH, head: HEAD, html: galleryPageHtml };
