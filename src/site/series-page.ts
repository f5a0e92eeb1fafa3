import type { Chart, Lang } from '../charts/chart.ts';
import { roundDecimal } from '../charts/decimal.ts';
import type { ComparedChange, ComparedValue, ComparisonRow, ReasonEvidence } from '../compare/comparison.ts';
import { inLang, punctuation } from '../figures/locale.ts';
import { CHART_WIDTHS, compareSeriesPath, embedPath, figureHref, href, sourcePath } from './routes.ts';
import { escapeHtml, langTag, pageStart } from './html.ts';
import { isGrowthCheck, matchedRows, placeName, seriesById, seriesCharts, type SiteSeries } from './site-series.ts';
import { chartBlockHtml } from './chart-block.ts';

/**
 * The comparison page of a series (`/compare/<id>/`, `…/en/`): which indicators grew, which
 * stated growth does not match its levels, and what could not be matched, with every number
 * linked to the source view of the report it comes from. Static: charts are pre-rendered SVG
 * (a wide and a narrow variant, chosen by the chart stylesheet's container query), no script.
 */

/** The page's fixed words, by language. */
const TEXT = {
  zh: {
    kicker: '政府工作报告里的数字',
    other: 'English',
    title: (place: string, years: string) => `${place}${years}年：报告里的数字逐年对比`,
    dek: (reports: number, matched: number, unmatched: number) =>
      `${reports}份报告中，有${matched}项指标在两年以上都有数值，可以逐年对比；另有${unmatched}个数字只出现在一份报告里。每个数字都链接到它在原文中的位置。`,
    grew: '哪些指标增长了',
    grewText: (up: string[], down: string[]) =>
      [
        up.length > 0 ? `按报告中的数值计算，增长的有：${up.join('、')}。` : '',
        down.length > 0 ? `下降的有：${down.join('、')}。` : '',
      ].join(''),
    check: '报告所称增速与数值是否相符',
    checkText: (stated: number, flagged: number) =>
      stated === 0
        ? '这几份报告没有给出可以与数值核对的增速。'
        : `报告给出增速的变化有${stated}处；其中${flagged}处，即使按数值的书写精度放宽，由两年数值算出的增速也与报告所称不符。原因多半写在原文里：预计数、同口径或可比价计算、指标改名。`,
    table: ['指标', '数值', '计算增速', '报告所称', '核对'],
    ok: '相符',
    none: '—',
    mismatch: '不符',
    reasons: { estimate: '预计数', 'like-for-like': '同口径', 'comparable-prices': '可比价', renamed: '指标改名' },
    unmatched: '只出现在一份报告里的数字',
    unmatchedText: '这些数字没有在其他年份的报告中找到同一指标（按名称、同义词表或对照表匹配）。',
    plan: '计划与实际',
    sources: '来源',
    match: { label: '名称相同', synonym: '同义词表', mapping: '对照表', none: '' },
    pp: '个百分点',
    inYear: (year: number) => `（${year}年）`,
    embed: '嵌入这张图、下载数据',
  },
  en: {
    kicker: 'Numbers in government work reports',
    other: '中文',
    title: (place: string, years: string) => `${place}, ${years}: the reports' numbers year over year`,
    dek: (reports: number, matched: number, unmatched: number) =>
      `Across ${reports} reports, ${matched} indicators have values in two years or more and can be compared; ${unmatched} other numbers appear in one report only. Every number links to where it stands in the report (in Chinese).`,
    grew: 'Which indicators grew',
    grewText: (up: string[], down: string[]) =>
      [
        up.length > 0 ? `From the values in the reports, these grew: ${up.join(', ')}.` : '',
        down.length > 0 ? ` These fell: ${down.join(', ')}.` : '',
      ].join(''),
    check: 'Does the growth the reports state match their numbers?',
    checkText: (stated: number, flagged: number) =>
      stated === 0
        ? 'These reports state no growth that can be checked against their values.'
        : `The reports state the growth of ${stated} changes; for ${flagged} of them, the growth computed from the two values differs from the stated one even allowing for how precisely the values are written. The reason is usually in the text: an estimate, a like-for-like basis, growth at comparable prices, a renamed indicator.`,
    table: ['Indicator', 'Values', 'Computed', 'Stated', 'Check'],
    ok: 'matches',
    none: '—',
    mismatch: 'does not match',
    reasons: {
      estimate: 'estimate',
      'like-for-like': 'like-for-like basis',
      'comparable-prices': 'comparable prices',
      renamed: 'renamed indicator',
    },
    unmatched: 'Numbers in one report only',
    unmatchedText:
      'No report of another year has the same indicator for these numbers (matched by label, synonym table or mapping).',
    plan: 'Plan and actual',
    sources: 'Sources',
    match: { label: 'same label', synonym: 'synonym table', mapping: 'mapping', none: '' },
    pp: ' percentage points',
    inYear: (year: number) => ` (${year})`,
    embed: 'Embed this chart, get the data',
  },
} as const;

const label = (row: ComparisonRow, lang: Lang): string => inLang(row.label, lang);

/** A value as the report wrote it, linked to its figure in the report's source view. */
function valueLink(value: ComparedValue, lang: Lang): string {
  const year = TEXT[lang].inYear(value.year);
  return `<a class="figure-link" href="${escapeHtml(href(figureHref(value.dataset, value.figure)))}">${escapeHtml(value.quote)}</a>${escapeHtml(year)}`;
}

/** A growth in percent (or percentage points), signed, one decimal, rounded half away from zero. */
function growthText(change: ComparedChange, value: number, lang: Lang): string {
  const text = roundDecimal(value, 1);
  const signed = value > 0 ? `+${text}` : text;
  return change.measure === 'percentage-points' ? `${signed}${TEXT[lang].pp}` : `${signed}%`;
}

/** The words of a reason, linked to the report that gives them. */
function reasonHtml(reason: ReasonEvidence, lang: Lang): string {
  const words = TEXT[lang].reasons[reason.reason];
  const name = escapeHtml(punctuation(lang).aside(words, reason.words));
  return reason.dataset === undefined ? name : `<a href="${escapeHtml(href(sourcePath(reason.dataset)))}">${name}</a>`;
}

/** Reasons once each: the same reason with the same words, given by two reports, is listed once. */
function distinctReasons(reasons: readonly ReasonEvidence[]): ReasonEvidence[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.reason}|${r.words}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where a stated change's words are: its figure in the later report's source view (the figure at `statedOffset`), or the top of that view. */
function statedHref(series: SiteSeries, dataset: string, offset: number | undefined): string {
  const figure = series.members
    .find((d) => d.id === dataset)
    ?.report.figures.find((f) => f.provenance.offset === offset);
  return figure === undefined ? sourcePath(dataset) : figureHref(dataset, figure.id);
}

/** One row of the growth table per change of a matched indicator. */
function changeRows(series: SiteSeries, rows: readonly ComparisonRow[], lang: Lang): string[] {
  const t = TEXT[lang];
  const { colon, enumeration } = punctuation(lang);
  return rows.flatMap((row) =>
    row.changes.map((change) => {
      const from = row.values.find((v) => v.year === change.from);
      const to = row.values.find((v) => v.year === change.to);
      const stated =
        change.stated === undefined
          ? t.none
          : `<a class="figure-link" href="${escapeHtml(href(statedHref(series, to?.dataset ?? '', change.statedOffset)))}">${escapeHtml(change.statedQuote ?? growthText(change, change.stated, lang))}</a>`;
      const mismatch = `<strong class="flag">${escapeHtml(t.mismatch)}</strong>`;
      const reasons = distinctReasons(change.flag?.reasons ?? []).map((r) => reasonHtml(r, lang));
      const check =
        change.stated === undefined
          ? t.none
          : change.flag === undefined
            ? escapeHtml(t.ok)
            : reasons.length === 0
              ? mismatch
              : colon(mismatch) + reasons.join(enumeration);
      // Each cell names its column (data-label), which phones show beside the value when the table stacks.
      const [, values, computed, statedHead, checkHead] = t.table.map((head) => escapeHtml(head));
      return `<tr${change.flag === undefined ? '' : ' data-flag'}><th scope="row">${escapeHtml(label(row, lang))}<small>${escapeHtml(t.match[row.match])}</small></th><td data-label="${values}">${[
        from,
        to,
      ]
        .filter((v): v is ComparedValue => v !== undefined)
        .map((v) => valueLink(v, lang))
        .join(
          ' → ',
        )}</td><td data-label="${computed}">${escapeHtml(growthText(change, change.computed, lang))}</td><td data-label="${statedHead}">${stated}</td><td data-label="${checkHead}">${check}</td></tr>`;
    }),
  );
}

/** A chart as a pre-rendered block (chart-block.ts: light and dark, wide and narrow), with a link to its embed page. */
async function chartBlock(chart: Chart): Promise<string> {
  const block = await chartBlockHtml(chart.id, chart.lang, { idPrefix: `${chart.id.replace(/\W+/g, '-')}-` });
  const embed = TEXT[chart.lang].embed;
  return `<figure class="series__chart" data-series-chart="${escapeHtml(chart.id)}">${block}<figcaption><a href="${escapeHtml(href(embedPath(chart.id, chart.lang)))}">${escapeHtml(embed)}</a></figcaption></figure>`;
}

/** Options of {@link seriesPageHtml}. */
export interface SeriesPageOptions {
  /** Tags for `<head>`: the stylesheets Vite bundles. */
  head: string;
}

/**
 * The comparison page of series `id` in `lang` (see the module comment).
 *
 * @throws WorkreportError `DATASET_UNKNOWN` for an unknown series; the render errors of its charts.
 */
export async function seriesPageHtml(id: string, lang: Lang, options: SeriesPageOptions): Promise<string> {
  const series: SiteSeries = seriesById(id);
  const t = TEXT[lang];
  const { other, year } = punctuation(lang);
  const { comparison } = series;
  const rows = matchedRows(comparison);
  const unmatched = comparison.rows.filter((row) => row.match === 'none');
  const years = `${comparison.years[0]}–${comparison.years.at(-1)}`;
  const place = placeName(series.place);
  const last = (row: ComparisonRow): ComparedChange | undefined => row.changes.at(-1);
  const up = rows.filter((row) => (last(row)?.computed ?? 0) > 0).map((row) => label(row, lang));
  const down = rows.filter((row) => (last(row)?.computed ?? 0) < 0).map((row) => label(row, lang));
  const stated = rows.flatMap((row) => row.changes).filter((c) => c.stated !== undefined);
  const flagged = stated.filter((c) => c.flag !== undefined);

  const wide = seriesCharts(series, lang, CHART_WIDTHS.wide);
  const blocks = await Promise.all(wide.map(chartBlock));
  const isCheck = (i: number): boolean => isGrowthCheck(wide[i]?.id ?? '');
  const levelBlocks = blocks.filter((_, i) => !isCheck(i)).join('\n');
  const checkBlock = blocks.filter((_, i) => isCheck(i)).join('\n');

  const unmatchedItems = series.members.map((dataset) => {
    const items = unmatched
      .flatMap((row) => row.values)
      .filter((value) => value.dataset === dataset.id)
      .map(
        (value) =>
          `<li>${escapeHtml(value.label)} <a class="figure-link" href="${escapeHtml(href(figureHref(value.dataset, value.figure)))}">${escapeHtml(value.quote)}</a></li>`,
      );
    return items.length === 0
      ? ''
      : `<h3>${escapeHtml(dataset.report.meta.title.zh)}（${dataset.report.meta.year}）</h3><ul class="series__unmatched">${items.join('')}</ul>`;
  });
  const plan = comparison.plan.map(
    (p) =>
      `<li>${escapeHtml(inLang(p.label, lang))}：${valueLink(p.target, lang)} → ${valueLink(p.actual, lang)}${
        p.attainment === null ? '' : `（${escapeHtml(roundDecimal(p.attainment, 1))}%）`
      }</li>`,
  );
  const sources = series.members.map(
    (d) =>
      `<li><a href="${escapeHtml(href(sourcePath(d.id)))}">${escapeHtml(d.report.meta.title.zh)}</a>（${year(d.report.meta.year)}）${
        d.report.meta.url === undefined
          ? ''
          : ` <a href="${escapeHtml(d.report.meta.url)}">${escapeHtml(d.report.meta.url)}</a>`
      }</li>`,
  );
  return `${pageStart(lang, t.title(place, years))}
    <link rel="alternate" hreflang="${langTag(other)}" href="${escapeHtml(href(compareSeriesPath(id, other)))}" />
    ${options.head}
  </head>
  <body>
    <main class="page series" data-series="${escapeHtml(id)}">
      <p class="kicker"><a href="${escapeHtml(href('/'))}">${escapeHtml(t.kicker)}</a> · <a href="${escapeHtml(href(compareSeriesPath(id, other)))}" hreflang="${langTag(other)}" lang="${langTag(other)}">${escapeHtml(t.other)}</a></p>
      <h1>${escapeHtml(t.title(place, years))}</h1>
      <p class="dek">${escapeHtml(t.dek(series.members.length, rows.length, unmatched.length))}</p>
      <section>
        <h2>${escapeHtml(t.grew)}</h2>
        <p>${escapeHtml(t.grewText(up, down))}</p>
        ${levelBlocks}
      </section>
      <section>
        <h2>${escapeHtml(t.check)}</h2>
        <p>${escapeHtml(t.checkText(stated.length, flagged.length))}</p>
        ${checkBlock}
        <div class="series__table"><table data-changes>
          <thead><tr>${t.table.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
          <tbody>${changeRows(series, rows, lang).join('\n')}</tbody>
        </table></div>
      </section>
      ${plan.length === 0 ? '' : `<section><h2>${escapeHtml(t.plan)}</h2><ul>${plan.join('')}</ul></section>`}
      <section>
        <h2>${escapeHtml(t.unmatched)}</h2>
        <p>${escapeHtml(t.unmatchedText)}</p>
        ${unmatchedItems.join('\n')}
      </section>
      <footer>
        <h2>${escapeHtml(t.sources)}</h2>
        <ul>${sources.join('')}</ul>
      </footer>
    </main>
  </body>
</html>
`;
}
