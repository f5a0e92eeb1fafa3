import { siteChart, siteChartIds } from './chart-sets.ts';
import { escapeHtml } from './html.ts';
import { embedPath } from './routes.ts';

/** The empty list in the site index (index.html) that the build fills with every chart. */
export const CHART_INDEX = /<ul data-chart-index><\/ul>/;

/**
 * `html` with its `<ul data-chart-index></ul>` filled: one item per registered chart, its
 * Chinese title linking to its embed page, then a link to the English page. Unchanged when the
 * page has no such list.
 */
export function fillChartIndex(html: string): string {
  if (!CHART_INDEX.test(html)) return html;
  const items = siteChartIds().map((id) => {
    const title = siteChart(id, 'zh', 'wide').title;
    return `<li><a href="${escapeHtml(embedPath(id, 'zh'))}">${escapeHtml(title)}</a>（<a href="${escapeHtml(embedPath(id, 'en'))}" lang="en" hreflang="en">English</a>）</li>`;
  });
  return html.replace(CHART_INDEX, `<ul data-chart-index>${items.join('')}</ul>`);
}
