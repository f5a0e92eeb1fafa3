import type { Place } from '../figures/figure.ts';
import { datasetChartIds, seriesChartIds, siteChart } from './chart-sets.ts';
import { escapeHtml } from './html.ts';
import { compareSeriesPath, embedPath, href, sourcePath, storyPath } from './routes.ts';
import { publishedLeftOut, siteDatasetIds, siteReport } from './site-report.ts';
import { placeName, siteSeries } from './site-series.ts';

/** The empty element of the site index (index.html) that the build fills with one section per report. */
export const REPORT_INDEX = /<div data-report-index><\/div>/;

/** A place in words, largest division first: `湖南省岳阳市湘阴县洋沙湖镇`. */
export function placeText(place: Place): string {
  return [place.province, place.city, place.county, place.town].filter(Boolean).join('');
}

/** One report's section of the index: title, place and year; its story, source view and every chart's embed page. */
function reportSection(datasetId: string): string {
  const { dataset, report } = siteReport(datasetId);
  const { meta } = report;
  const place = placeText(meta.place);
  const drafts = report.figures.filter((f) => f.review !== 'reviewed').length;
  const facts = [place, `${meta.year}年`, `${report.figures.length}个数字`, drafts > 0 ? `${drafts}个待人工核对` : '']
    .filter(Boolean)
    .join(' · ');
  const story =
    dataset.story === undefined
      ? ''
      : `<li>报道：<a href="${escapeHtml(href(storyPath(datasetId, 'zh')))}">${escapeHtml(dataset.story.title.zh)}</a>（<a href="${escapeHtml(href(storyPath(datasetId, 'en')))}" lang="en" hreflang="en">English</a>）</li>`;
  const charts = datasetChartIds(datasetId).map((id) => {
    const title = siteChart(id, 'zh', 'wide').title;
    return `<li><a href="${escapeHtml(href(embedPath(id, 'zh')))}">${escapeHtml(title)}</a>（<a href="${escapeHtml(href(embedPath(id, 'en')))}" lang="en" hreflang="en">English</a>）</li>`;
  });
  return `<section class="report-entry" id="${escapeHtml(datasetId)}" data-report="${escapeHtml(datasetId)}">
        <h3>${escapeHtml(meta.title.zh)}</h3>
        <p class="report-entry__facts">${escapeHtml(facts)}</p>
        <ul>
          ${story}
          <li>原文：<a href="${escapeHtml(href(sourcePath(datasetId)))}">全文，标出每个数字及用到它的图表和指标</a></li>
        </ul>
        ${charts.length === 0 ? '' : `<details><summary>图表（${charts.length}张，可嵌入其他网页）</summary><ul data-chart-index>${charts.join('')}</ul></details>`}
      </section>`;
}

/**
 * `html` with its `<div data-report-index></div>` filled: one section per published report, in
 * the site's order (by dataset id), each linking its story (zh, en), source view and every chart's
 * embed page, after the list of series compared year over year; then the datasets left out of the
 * site, each with why. Unchanged without the element.
 */
export function fillReportIndex(html: string): string {
  if (!REPORT_INDEX.test(html)) return html;
  const sections = siteDatasetIds().map(reportSection);
  const leftOut = publishedLeftOut().map(
    (l) => `<li><code>${escapeHtml(l.id)}</code>：<pre>${escapeHtml(l.message)}</pre></li>`,
  );
  const leftOutHtml =
    leftOut.length === 0
      ? ''
      : `<section class="left-out"><h3>未发布的数据集</h3><p>以下数据集未通过核对，没有发布：</p><ul>${leftOut.join('')}</ul></section>`;
  const series = siteSeries().map((s) => {
    const charts = seriesChartIds(s).map(
      (id) =>
        `<li><a href="${escapeHtml(href(embedPath(id, 'zh')))}">${escapeHtml(siteChart(id, 'zh', 'wide').title)}</a>（<a href="${escapeHtml(href(embedPath(id, 'en')))}" lang="en" hreflang="en">English</a>）</li>`,
    );
    return (
      `<li data-series="${escapeHtml(s.id)}"><a href="${escapeHtml(href(compareSeriesPath(s.id, 'zh')))}">${escapeHtml(placeName(s.place))} ${escapeHtml(s.comparison.years.join('、'))}年</a>` +
      `（<a href="${escapeHtml(href(compareSeriesPath(s.id, 'en')))}" lang="en" hreflang="en">English</a>）` +
      (charts.length === 0
        ? ''
        : `<details><summary>图表（${charts.length}张）</summary><ul>${charts.join('')}</ul></details>`) +
      '</li>'
    );
  });
  const seriesHtml =
    series.length === 0
      ? ''
      : `<section class="series-index"><h3 id="compare">逐年对比</h3><p>同一地方不同年份的报告：哪些指标增长了，报告所称增速与数值是否相符。</p><ul>${series.join('')}</ul></section>`;
  return html.replace(
    REPORT_INDEX,
    `<div data-report-index>${seriesHtml}${sections.join('\n      ')}${leftOutHtml}</div>`,
  );
}
