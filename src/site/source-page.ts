import type { Chart } from '../charts/chart.ts';
import { itemDatum } from '../charts/item.ts';
import { qualifierText, unitLabel } from '../charts/locale.ts';
import { figureWords, formatFigure } from '../charts/words.ts';
import { WorkreportError } from '../errors.ts';
import type { Figure, ReportMeta, Section } from '../figures/figure.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import { siteChart, siteChartIds } from './chart-sets.ts';
import { escapeHtml, pageStart } from './html.ts';
import { dateText, periodText } from '../figures/period-text.ts';
import { datasetOfChart, embedPath, href, indicatorAnchor, storyPath } from './routes.ts';
import { siteReport, type SiteReport } from './site-report.ts';
import type { StoryStep } from './story-page.ts';
import { message } from '../messages.ts';
import { occurrences } from '../figures/check-provenance.ts';

/**
 * The source view of a report (`/source/<dataset>/`): the report's text, line by line as
 * published, with every figure highlighted where it stands, and below each paragraph a card per
 * figure: value with qualifier and unit, period, the charts and story steps that show it and the
 * indicators computed from it. Then every indicator with its value, formula, method and inputs.
 *
 * Anchors: each highlight is `<mark id="<figure-id>">` whose text is exactly the figure's quote;
 * its card is `#about-<figure-id>`; each indicator `#indicator-<indicator-id>`; each section
 * heading `#section-<section-id>`. The page is Chinese (the report is), with English labels beside.
 */

/** What the source view links to besides the report itself. */
export interface SourcePageContext {
  /** The steps of the report's story (story-page.ts `storySteps`); empty when it has none. */
  storySteps: readonly StoryStep[];
  /** The stylesheet and script tags the page head gets (Vite resolves and bundles them). */
  head: string;
}

/** One line of the source text with its UTF-16 range; lines are the report's paragraphs. */
interface Line {
  text: string;
  start: number;
  end: number;
}

/** The non-empty lines of `source`, leading indentation dropped, with their ranges. */
function lines(source: string): Line[] {
  const result: Line[] = [];
  let offset = 0;
  for (const raw of source.split('\n')) {
    const indent = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') result.push({ text, start: offset + indent, end: offset + indent + text.length });
    offset += raw.length + 1;
  }
  return result;
}

/** The charts of the dataset that show each figure (by `usermeta.figureIds`), Chinese titles. */
function chartsByFigure(datasetId: string): Map<string, Chart[]> {
  const byFigure = new Map<string, Chart[]>();
  for (const id of siteChartIds().filter((chartId) => datasetOfChart(chartId) === datasetId)) {
    const chart = siteChart(id, 'zh', 'wide');
    const figureIds = (chart.spec as { usermeta?: { figureIds?: string[] } }).usermeta?.figureIds ?? [];
    for (const figureId of figureIds) byFigure.set(figureId, [...(byFigure.get(figureId) ?? []), chart]);
  }
  return byFigure;
}

/** The indicators computed from each figure. */
function indicatorsByFigure(indicators: readonly IndicatorResult[]): Map<string, IndicatorResult[]> {
  const byFigure = new Map<string, IndicatorResult[]>();
  for (const indicator of indicators) {
    for (const input of indicator.inputs) byFigure.set(input.id, [...(byFigure.get(input.id) ?? []), indicator]);
  }
  return byFigure;
}

/** `16000平方米`: the value as the dataset records it, never rounded, with the unit as the report counts it. */
function exactValue(figure: Figure): string {
  const { value, unit } = figure.quantity;
  return `${value}${unitLabel(unit, 'zh', figureWords(figure, 'zh').counted)}`;
}

/** A card's row: `<div><dt>term</dt><dd>html</dd></div>`, or nothing when `html` is empty. */
function fact(term: string, html: string): string {
  return html === '' ? '' : `<div><dt>${escapeHtml(term)}</dt><dd>${html}</dd></div>`;
}

/** Links joined with `、`. */
const list = (links: readonly string[]): string => links.join('<span class="sep">、</span>');

/** The card of one figure (see the module comment). */
function figureCard(
  figure: Figure,
  charts: readonly Chart[],
  indicators: readonly IndicatorResult[],
  steps: readonly StoryStep[],
  datasetId: string,
): string {
  const { id, label, quantity, provenance } = figure;
  const display = formatFigure(figure, 'zh');
  const exact = exactValue(figure);
  const value = `<strong>${escapeHtml(display)}</strong>${display === exact ? '' : `（数据记为 ${escapeHtml(exact)}）`}`;
  const chartLinks = charts.map(
    (chart) => `<a href="${escapeHtml(href(embedPath(chart.id, 'zh')))}">${escapeHtml(chart.title)}</a>`,
  );
  const stepLinks = steps
    .filter((step) => step.figureIds.includes(id) || charts.some((chart) => chart.id === step.chartId))
    .map(
      (step) =>
        `<a href="${escapeHtml(href(`${storyPath(datasetId, 'zh')}#${step.id}`))}">${escapeHtml(step.heading)}</a>`,
    );
  const indicatorLinks = indicators.map(
    (indicator) => `<a href="#${escapeHtml(indicatorAnchor(indicator.id))}">${escapeHtml(indicator.label.zh)}</a>`,
  );
  return (
    `<li class="fig-card" id="about-${escapeHtml(id)}">` +
    `<p class="fig-card__head"><a class="fig-card__quote" href="#${escapeHtml(id)}">${escapeHtml(provenance.quote)}</a> ` +
    `<span class="fig-card__label">${escapeHtml(label.zh)}</span> ${label.en === label.zh ? '' : `<span class="fig-card__en" lang="en">${escapeHtml(label.en)}</span>`}</p>` +
    (figure.review === 'reviewed'
      ? ''
      : '<p class="fig-card__draft" data-review="draft">机器草稿：数值已与原文核对，名称、时间和所属部分尚未人工核对</p>') +
    '<dl class="fig-card__facts">' +
    fact('数值', value) +
    fact('限定', escapeHtml(qualifierText(quantity.qualifier, 'zh', figureWords(figure, 'zh').qualifier))) +
    fact('时间', escapeHtml(periodText(figure.period, 'zh'))) +
    fact('图表', list(chartLinks)) +
    fact('报道', list(stepLinks)) +
    fact('指标', list(indicatorLinks)) +
    '</dl></li>'
  );
}

/** A line of the report with its figures wrapped in `<mark id>` (figures sorted by offset, not overlapping). */
function markedLine(line: Line, figures: readonly Figure[]): string {
  let html = '';
  let at = line.start;
  for (const figure of figures) {
    const { offset, quote } = figure.provenance;
    html += escapeHtml(line.text.slice(at - line.start, offset - line.start));
    html += `<mark class="fig fig--${escapeHtml(figure.quantity.qualifier)}" id="${escapeHtml(figure.id)}"><a href="#about-${escapeHtml(figure.id)}">${escapeHtml(quote)}</a></mark>`;
    at = offset + quote.length;
  }
  return html + escapeHtml(line.text.slice(at - line.start));
}

/** The value of an indicator as text with its qualifier, or why it has none. */
function indicatorValueText(indicator: IndicatorResult): string {
  if (indicator.problem !== null) return `无法计算：${indicator.problem.message}`;
  return itemDatum(indicator, 'zh').display;
}

/** The indicators section. */
function indicatorsHtml(indicators: readonly IndicatorResult[], site: SiteReport): string {
  const items = indicators.map((indicator) => {
    const inputs = indicator.inputs.map((input) => {
      const figure = site.figures.get(input.id);
      return figure === undefined
        ? `<span>${escapeHtml(input.id)}（报告中没有）</span>`
        : `<a href="#${escapeHtml(figure.id)}">${escapeHtml(figure.label.zh)} ${escapeHtml(figure.provenance.quote)}</a>`;
    });
    const qualifier =
      indicator.qualifier === null || indicator.qualifier === 'exact'
        ? ''
        : `<span class="indicator__qualifier">${escapeHtml(qualifierText(indicator.qualifier, 'zh'))}</span>`;
    return (
      `<li class="indicator" id="${escapeHtml(indicatorAnchor(indicator.id))}">` +
      `<h3>${escapeHtml(indicator.label.zh)} <span class="fig-card__en" lang="en">${escapeHtml(indicator.label.en)}</span></h3>` +
      `<p class="indicator__value"><strong>${escapeHtml(indicatorValueText(indicator))}</strong>${qualifier}</p>` +
      `<p class="indicator__method">${escapeHtml(indicator.method.zh)}</p>` +
      `<p class="indicator__formula">公式：<code>${escapeHtml(indicator.formula)}</code></p>` +
      `<p class="indicator__inputs">输入：${list(inputs)}</p>` +
      '</li>'
    );
  });
  return (
    '<section class="indicators" id="indicators" aria-labelledby="indicators-title">' +
    '<h2 id="indicators-title">由报告数字算出的指标</h2>' +
    `<p class="indicators__intro">以下${indicators.length}个指标不是报告原有的数字，而是由上文标出的数字计算得出，数值未经四舍五入，只在显示时取整。</p>` +
    `<ol class="indicators__list">${items.join('')}</ol></section>`
  );
}

/**
 * The source view page of dataset `datasetId` as a complete HTML document.
 *
 * @throws WorkreportError `PROVENANCE_MISMATCH` when a figure's quote is not at its offset or
 *   spans two lines (the dataset check would also fail), `DATASET_UNKNOWN` for an unknown id.
 */
export function sourcePageHtml(datasetId: string, context: SourcePageContext): string {
  const site = siteReport(datasetId);
  const { report, indicators } = site;
  const { meta, source, sections } = report;
  const figures = [...report.figures].sort((a, b) => a.provenance.offset - b.provenance.offset);
  for (const figure of figures) {
    const { quote, offset } = figure.provenance;
    const found = source.slice(offset, offset + quote.length);
    if (found !== quote) {
      const params = { id: figure.id, quote, offset, found, elsewhere: occurrences(source, quote) };
      throw new WorkreportError(message('PROVENANCE_MISMATCH', 'quote', params), { input: figure.id });
    }
  }
  const charts = chartsByFigure(datasetId);
  const usedBy = indicatorsByFigure(indicators);
  const headingAt = new Map<number, Section>(sections.map((section) => [section.start, section]));

  const placed = new Set<string>();
  const body = lines(source).map((line) => {
    const section = headingAt.get(line.start);
    if (section !== undefined && line.text === section.heading) {
      return `<h2 class="source__heading" id="section-${escapeHtml(section.id)}">${escapeHtml(line.text)}</h2>`;
    }
    const inLine = figures.filter(
      (f) => f.provenance.offset >= line.start && f.provenance.offset + f.provenance.quote.length <= line.end,
    );
    for (const figure of inLine) placed.add(figure.id);
    if (inLine.length === 0) return `<p class="source__text">${escapeHtml(line.text)}</p>`;
    const cards = inLine.map((figure) =>
      figureCard(figure, charts.get(figure.id) ?? [], usedBy.get(figure.id) ?? [], context.storySteps, datasetId),
    );
    return (
      '<div class="source__block">' +
      `<p class="source__text">${markedLine(line, inLine)}</p>` +
      `<ol class="fig-cards" aria-label="本段的${inLine.length}个数字">${cards.join('')}</ol>` +
      '</div>'
    );
  });
  const unplaced = figures.filter((figure) => !placed.has(figure.id));
  if (unplaced.length > 0) {
    const ids = unplaced.map((f) => f.id);
    throw new WorkreportError(message('PROVENANCE_MISMATCH', 'spansLines', { ids }), { input: ids });
  }

  const toc = sections
    .filter((section) => section.part !== 'preamble')
    .map((section) => `<li><a href="#section-${escapeHtml(section.id)}">${escapeHtml(section.label.zh)}</a></li>`);
  return `${pageStart('zh', `原文与数字：${meta.title.zh}`, `${meta.title.zh}全文，标出其中${figures.length}个数字及其数值、时间范围和出处。`)}
    ${context.head}
  </head>
  <body>
    <header class="page source-head">
      <p class="kicker"><a href="${escapeHtml(href('/'))}">政府工作报告里的数字</a></p>
      <h1>${escapeHtml(meta.title.zh)}</h1>
      <p class="dek">${escapeHtml(publishedLine(meta))}${meta.url === undefined ? '' : `原文：<a href="${escapeHtml(meta.url)}">${escapeHtml(meta.url)}</a>`}</p>
      <p>下面是报告全文。其中<strong>${figures.length}</strong>个数字已逐一与原文核对并标出；点击标出的数字，可看到它的数值、限定词、时间范围，以及用到它的图表、报道段落和指标。<a href="#indicators">由这些数字算出的${indicators.length}个指标</a>列在文末。</p>
      <nav class="source-toc" aria-label="章节"><ol>${toc.join('')}<li><a href="#indicators">指标</a></li></ol></nav>
    </header>
    <main class="source" lang="zh-CN">
      ${body.join('\n      ')}
      ${indicatorsHtml(indicators, site)}
    </main>
  </body>
</html>
`;
}

/** `<publisher>，<date>发布。` with what the dataset knows of both (nothing when it knows neither). */
function publishedLine(meta: ReportMeta): string {
  const who = [meta.publisher?.zh, meta.published === undefined ? undefined : dateText(meta.published, 'zh')]
    .filter(Boolean)
    .join('，');
  return who === '' ? '' : `${who}发布。`;
}
