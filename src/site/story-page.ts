import type { Lang } from '../charts/chart.ts';
import { itemDatum } from '../charts/item.ts';
import { formatFigure } from '../charts/words.ts';
import type { Dataset } from '../datasets/dataset.ts';
import { parseProse, type Prose } from '../datasets/story.ts';
import { WorkreportError } from '../errors.ts';
import type { Label } from '../figures/figure.ts';
import { punctuation } from '../figures/locale.ts';
import { dateText } from '../figures/period-text.ts';
import { chartBlockHtml, chartSkeletonHtml } from './chart-block.ts';
import { escapeHtml, langTag, pageStart } from './html.ts';
import { figureHref, href, indicatorHref, slugOfChart, sourcePath, storyPath } from './routes.ts';
import { siteFigure, siteReport, type SiteReport } from './site-report.ts';
import { message } from '../messages.ts';

/**
 * The story page of a dataset (`/stories/<id>/`, `…/en/`), written from its story.json: a static
 * first page whose charts are pre-rendered SVG.
 * - the sticky graphic (`<figure data-chart>`) stacks one `.stage__layer` per chart of the story,
 *   which the story runtime (src/story/main.ts) crossfades and makes interactive. Only the first, shown
 *   layer holds its chart; the others (`data-chart-pending`) hold a stand-in of the chart's size
 *   (chart-block.ts `chartSkeletonHtml`) until the runtime moves the chart in from its step's
 *   `<noscript>`, so the page is parsed and laid out with one chart rather than all of them;
 * - each step (`<section data-step data-chart-id data-cites>`) carries its chart in
 *   `<noscript data-chart-fallback="<chart id>">`, so a reader without JavaScript sees every chart
 *   beside its text; `data-cites` lists, for a chart told over several steps, the figures and
 *   indicators its prose cites, which the chart brings forward once its step is read;
 * - every number of the prose is a reference (story.ts), written from the figure or indicator it
 *   names and linked to the source view; a figure not yet reviewed is marked as a machine draft.
 */

/** One step of a story as the source view lists it. */
export interface StoryStep {
  /** The step's anchor in the story page. */
  id: string;
  /** `<dataset id>/<chart id>`. */
  chartId: string;
  /** The step's heading in Chinese. */
  heading: string;
  /** Figures the step's prose cites. */
  figureIds: string[];
}

/** The steps of a dataset's story, in order; none without a story. */
export function storySteps(dataset: Dataset): StoryStep[] {
  return (dataset.story?.steps ?? []).map((step) => ({
    id: step.id,
    chartId: `${dataset.id}/${step.chart}`,
    heading: step.heading.zh,
    figureIds: [step.text.zh, step.text.en ?? ''].flatMap((text) =>
      parseProse(text).flatMap((part) => (part.kind === 'figure' ? [part.id] : [])),
    ),
  }));
}

/** The page's fixed words, by language. */
const TEXT = {
  zh: {
    kicker: '政府工作报告里的数字',
    otherLang: 'English',
    graphic: '随文切换的图表',
    sources: '来源与方法',
    source: '来源：',
    sourceView: '报告原文，标出每个数字',
    draft: '机器草稿，尚未人工核对',
    drafted: (drafts: number, total: number) =>
      `本页由程序根据报告起草：${total}个数字中有${drafts}个的名称、时间和所属部分尚未经人工核对，文中以虚线标出。数值本身已与原文逐字核对。`,
    untranslated: '',
    defaultMethod:
      '方法：报告中的每个数字都记下原文写法及其在全文中的位置，并由程序核对原文确有此字。数值按原文换算为统一单位，不做四舍五入；“余”“近”等限定词保留在图中。每张图只用一种单位。',
    published: (who: string, date: string) => [who, date === '' ? '' : `${date}发布`].filter(Boolean).join('，'),
    /** The report's title as the sources line cites it. */
    cite: (title: Label) => `《${title.zh}》`,
  },
  en: {
    kicker: 'Numbers in government work reports',
    otherLang: '中文',
    graphic: 'Chart that changes with the text',
    sources: 'Sources and method',
    source: 'Source: ',
    sourceView: 'the report, every number highlighted (in Chinese)',
    draft: 'machine draft, not yet reviewed',
    drafted: (drafts: number, total: number) =>
      `This page was drafted by a program from the report: the labels, periods and sections of ${drafts} of its ${total} numbers have not been reviewed by a person yet and are underlined with dots. The values themselves are checked against the text.`,
    untranslated: 'Parts of this page have no English translation yet and are shown in Chinese.',
    defaultMethod:
      'Method: for every number of the report we recorded how it is written and where it stands in the text, and a program checks that the text says exactly that. Values are converted to one unit as the report states them and never rounded; hedges such as “more than” and “nearly” stay in the charts. Each chart uses one unit.',
    published: (who: string, date: string) => [who, date === '' ? '' : `published ${date}`].filter(Boolean).join(', '),
    cite: (title: Label) => `“${title.en}”${title.en === title.zh ? '' : ` (${title.zh})`}`,
  },
} as const;

/** One prose paragraph as HTML in `lang`: text escaped, every reference written from the data and linked. */
function proseHtml(text: string, lang: Lang, site: SiteReport): string {
  const id = site.dataset.id;
  const url = site.report.meta.url;
  return parseProse(text)
    .map((part) => {
      switch (part.kind) {
        case 'text':
          return escapeHtml(part.text);
        case 'figure': {
          const figure = siteFigure(site, part.id, 'the story');
          const draft = figure.review === 'reviewed' ? '' : ` is-draft" title="${escapeHtml(TEXT[lang].draft)}`;
          return `<a class="figure-link${draft}" href="${escapeHtml(href(figureHref(id, figure.id)))}"><data value="${figure.quantity.value}" data-figure="${escapeHtml(figure.id)}">${escapeHtml(formatFigure(figure, lang))}</data></a>`;
        }
        case 'indicator': {
          const result = site.indicators.find((r) => r.id === part.id);
          if (result === undefined || result.value === null) {
            const reason = result?.problem.message ?? 'no such indicator';
            const params = { story: id, id: part.id, reason };
            throw new WorkreportError(message('STORY_INVALID', 'indicatorNoValue', params), { input: part.id });
          }
          return `<a class="figure-link" href="${escapeHtml(href(indicatorHref(id, result.id)))}"><data value="${result.value}" data-indicator="${escapeHtml(result.id)}">${escapeHtml(itemDatum(result, lang).display)}</data></a>`;
        }
        case 'count': {
          const n = site.report.figures.filter((f) => part.section === undefined || f.section === part.section).length;
          return `<a class="figure-link" href="${escapeHtml(href(sourcePath(id)))}"><data value="${n}" data-figure-count>${n}</data></a>`;
        }
        case 'quote':
          return url === undefined
            ? `<q>${escapeHtml(part.text)}</q>`
            : `<q cite="${escapeHtml(url)}">${escapeHtml(part.text)}</q>`;
      }
    })
    .join('');
}

/** A paragraph in `lang`, or in Chinese (marked `lang="zh-CN"`) when it has no English. */
function paragraph(prose: Prose, lang: Lang, site: SiteReport, className = ''): string {
  const cls = className === '' ? '' : ` class="${className}"`;
  const text = prose[lang];
  if (text === undefined) return `<p${cls} lang="zh-CN">${proseHtml(prose.zh, 'zh', site)}</p>`;
  return `<p${cls}>${proseHtml(text, lang, site)}</p>`;
}

/** The sources line of the footer: report title, publisher, date and URL, from report.json. */
function sourcesHtml(site: SiteReport, lang: Lang): string {
  const { meta } = site.report;
  const { colon, comma, fullStop } = punctuation(lang);
  const title = TEXT[lang].cite(meta.title);
  const who = TEXT[lang].published(
    meta.publisher?.[lang] ?? '',
    meta.published === undefined ? '' : dateText(meta.published, lang),
  );
  const link =
    meta.url === undefined ? '' : `${colon('')}<a href="${escapeHtml(meta.url)}">${escapeHtml(meta.url)}</a>`;
  const view = `<a href="${escapeHtml(href(sourcePath(site.dataset.id)))}">${escapeHtml(TEXT[lang].sourceView)}</a>`;
  return `<p class="sources">${escapeHtml(TEXT[lang].source)}<cite>${escapeHtml(title)}</cite>${who === '' ? '' : comma + escapeHtml(who)}${link}${fullStop} ${view}</p>`;
}

/** Options of {@link storyPageHtml}. */
export interface StoryPageOptions {
  /** Tags for `<head>`: the stylesheets and script Vite bundles. */
  head: string;
}

/**
 * The story page of dataset `datasetId` in `lang` (see the module comment).
 *
 * @throws WorkreportError `DATASET_UNKNOWN` for a dataset that is not published or has no story;
 *   `STORY_INVALID` when it cites an indicator without a value; the render errors of the charts.
 */
export async function storyPageHtml(datasetId: string, lang: Lang, options: StoryPageOptions): Promise<string> {
  const site = siteReport(datasetId);
  const { story } = site.dataset;
  if (story === undefined)
    throw new WorkreportError(message('DATASET_UNKNOWN', 'noStory', { id: datasetId }), { input: datasetId });
  const t = TEXT[lang];
  const { other } = punctuation(lang);
  const chartIds = [...new Set(story.steps.map((step) => `${datasetId}/${step.chart}`))];
  // The first chart is in its layer; the others wait in their steps' <noscript>, and their layers
  // hold a stand-in of their size until the runtime moves them in (src/story/chart-stage.ts).
  const layers = await Promise.all(
    chartIds.map(async (chartId, index) => {
      const block =
        index === 0
          ? await chartBlockHtml(chartId, lang, { idPrefix: `stage-${slugOfChart(chartId)}-` })
          : await chartSkeletonHtml(chartId, lang);
      const attributes = index === 0 ? ' is-shown"' : '" data-chart-pending';
      return `<div class="stage__layer${attributes} data-chart-layer="${escapeHtml(chartId)}">${block}</div>`;
    }),
  );
  const fallbacks = new Map(
    await Promise.all(
      chartIds.map(async (chartId) => {
        const block = await chartBlockHtml(chartId, lang, { idPrefix: `step-${slugOfChart(chartId)}-` });
        return [
          chartId,
          `<noscript data-chart-fallback="${escapeHtml(chartId)}"><figure class="step__chart">${block}</figure></noscript>`,
        ] as const;
      }),
    ),
  );
  const steps = story.steps.map((step) => {
    const chartId = `${datasetId}/${step.chart}`;
    // A chart told over several steps brings forward what each step cites (in the text the reader
    // reads: the page's language, else the Chinese it falls back to); a chart of one step shows all it has.
    const shared = story.steps.filter((other) => other.chart === step.chart).length > 1;
    const cites = shared
      ? [
          ...new Set(
            parseProse(step.text[lang] ?? step.text.zh).flatMap((part) =>
              part.kind === 'figure' || part.kind === 'indicator' ? [part.id] : [],
            ),
          ),
        ]
      : [];
    return `<section class="step" data-step data-chart-id="${escapeHtml(chartId)}" data-cites="${escapeHtml(cites.join(' '))}" id="${escapeHtml(step.id)}" tabindex="0">
            <h2>${escapeHtml(step.heading[lang])}</h2>
            ${paragraph(step.text, lang, site)}${fallbacks.get(chartId) ?? ''}
          </section>`;
  });
  const drafts = site.report.figures.filter((f) => f.review !== 'reviewed').length;
  const notices = [
    drafts > 0
      ? `<p class="notice notice--draft">${escapeHtml(t.drafted(drafts, site.report.figures.length))}</p>`
      : '',
    t.untranslated !== '' && site.dataset.untranslated > 0 ? `<p class="notice">${escapeHtml(t.untranslated)}</p>` : '',
  ].join('');
  const closing =
    story.closing === undefined
      ? ''
      : `<section class="page closing"><h2>${escapeHtml(story.closing.heading[lang])}</h2>${paragraph(story.closing.text, lang, site)}</section>`;
  const method =
    story.method === undefined ? `<p>${escapeHtml(t.defaultMethod)}</p>` : paragraph(story.method, lang, site);
  return `${pageStart(lang, story.title[lang])}
    <link rel="alternate" hreflang="${langTag(other)}" href="${escapeHtml(href(storyPath(datasetId, other)))}" />
    ${options.head}
  </head>
  <body>
    <header class="intro">
      <p class="kicker"><a href="${escapeHtml(href('/'))}">${escapeHtml(t.kicker)}</a><a class="lang-switch" href="${escapeHtml(href(storyPath(datasetId, other)))}" hreflang="${langTag(other)}" lang="${langTag(other)}">${escapeHtml(t.otherLang)}</a></p>
      <h1>${escapeHtml(story.title[lang])}</h1>
      ${paragraph(story.dek, lang, site, 'dek')}
      ${notices}
    </header>
    <main>
      <div class="scrolly">
        <figure class="scrolly__graphic" data-chart aria-label="${escapeHtml(t.graphic)}">${layers.join('')}</figure>
        <div class="scrolly__steps">
          ${steps.join('\n          ')}
        </div>
      </div>
      ${closing}
    </main>
    <footer class="page sources-and-method">
      <h2 id="sources">${escapeHtml(t.sources)}</h2>
      ${sourcesHtml(site, lang)}
      ${method}
    </footer>
  </body>
</html>
`;
}
