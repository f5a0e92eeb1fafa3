import type { Lang } from '../charts/chart.ts';
import { WorkreportError } from '../errors.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import { chartBlockHtml } from './chart-block.ts';
import { escapeHtml } from './html.ts';
import { figureHref, indicatorHref, slugOfChart, sourcePath } from './routes.ts';
import { siteFigure, siteReport } from './site-report.ts';

/**
 * The build step of a story page (`stories/<dataset>/index.html`, `…/en/index.html`): the author
 * writes prose and steps; this makes the page static first.
 *
 * Template contract:
 * - each step is `<section … data-step data-chart-id="<chart-id>" id="<anchor>">` with an `<h2>`;
 * - the sticky graphic is an empty `<figure … data-chart></figure>`;
 * - numbers are `<data value="…" data-figure="<figure-id>">`, `data-ratio="<part>/<whole>"`,
 *   `data-sum="<a>+<b>+…"` or `data-figure-count`.
 * What it writes:
 * - into the graphic, one `.stage__layer` per chart of the story, each a `.chart` block
 *   pre-rendered as SVG (the first one shown), which the story runtime crossfades and hydrates;
 * - into each step, `<noscript>` with the step's chart, so a reader without JavaScript sees every
 *   chart beside its text;
 * - around each number, a link to the source view: the figure's highlight, the indicator that
 *   computes a ratio or sum (one must exist), or the top of the source view for the figure count.
 */

/** One step of a story as the template declares it. */
export interface StoryStep {
  /** The step's `id` (its anchor in the page). */
  id: string;
  chartId: string;
  /** Text of the step's `<h2>`. */
  heading: string;
  /** Figures the step's prose cites with `data-figure`. */
  figureIds: string[];
}

const STEP = /<section\b([^>]*\bdata-step\b[^>]*)>([\s\S]*?)<\/section>/g;
const STAGE = /(<figure\b[^>]*\bdata-chart\b[^>]*>)\s*(<\/figure>)/;
const DATA = /<data\b([^>]*)>([\s\S]*?)<\/data>/g;

/** The value of attribute `name` in an attribute string, or undefined. */
function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s>]|$)`).exec(attributes);
  return match === null ? undefined : (match[1] ?? '');
}

/** Text of an HTML fragment: tags dropped, the few entities the templates use decoded. */
function textOf(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/**
 * The steps of a story template, in order.
 *
 * @throws WorkreportError `OPTION_INVALID` when a step has no `id`, no `data-chart-id` or no `<h2>`.
 */
export function storySteps(html: string): StoryStep[] {
  return [...html.matchAll(STEP)].map((match, index) => {
    const [, attributes = '', body = ''] = match;
    const id = attribute(attributes, 'id');
    const chartId = attribute(attributes, 'data-chart-id');
    const heading = /<h2\b[^>]*>([\s\S]*?)<\/h2>/.exec(body)?.[1];
    if (!id || !chartId || heading === undefined) {
      throw new WorkreportError('OPTION_INVALID', `story step ${index} needs an id, a data-chart-id and an <h2>; it has: ${attributes.trim()}`, {
        input: attributes,
      });
    }
    const figureIds = [...body.matchAll(/\sdata-figure="([^"]+)"/g)].map((m) => m[1] ?? '');
    return { id, chartId, heading: textOf(heading), figureIds };
  });
}

/** `d['a'] / d['b']` with spaces removed, for comparing formulas. */
const compact = (formula: string): string => formula.replace(/\s+/g, '');

/**
 * The indicator whose formula is exactly `ids` joined by `operator` (`a/b`, `a+b+c`).
 *
 * @throws WorkreportError `INDICATOR_INVALID` when none is, so every computed number of a story
 *   is an indicator the source view explains.
 */
function indicatorFor(indicators: readonly IndicatorResult[], ids: readonly string[], operator: '/' | '+', written: string): IndicatorResult {
  const formula = ids.map((id) => `d['${id}']`).join(operator);
  const found = indicators.find((indicator) => compact(indicator.formula) === formula);
  if (found === undefined) {
    throw new WorkreportError(
      'INDICATOR_INVALID',
      `the story computes ${written}, but no indicator of the dataset has the formula ${formula}; define it in the dataset's indicators.ts`,
      { input: written },
    );
  }
  return found;
}

/** Where a `<data>` element of the prose links to, from its attributes. */
function numberHref(attributes: string, datasetId: string): string {
  const site = siteReport(datasetId);
  const figure = attribute(attributes, 'data-figure');
  if (figure !== undefined) return figureHref(datasetId, siteFigure(site, figure, 'the story').id);
  const ratio = attribute(attributes, 'data-ratio');
  if (ratio !== undefined) return indicatorHref(datasetId, indicatorFor(site.indicators, ratio.split('/'), '/', `the ratio ${ratio}`).id);
  const sum = attribute(attributes, 'data-sum');
  if (sum !== undefined) return indicatorHref(datasetId, indicatorFor(site.indicators, sum.split('+'), '+', `the sum ${sum}`).id);
  if (attribute(attributes, 'data-figure-count') !== undefined) return sourcePath(datasetId);
  throw new WorkreportError('OPTION_INVALID', `a <data> element of the story names no figure: <data${attributes}>`, { input: attributes });
}

/**
 * The built story page from its template (see the module comment).
 *
 * @param html the template.
 * @param datasetId the report the story tells (`yangshahu-2019`).
 * @param lang the language of the page and its charts.
 * @throws WorkreportError `OPTION_INVALID` when the template breaks the contract (no graphic, a
 *   step without chart), `FIGURE_NOT_FOUND` / `INDICATOR_INVALID` for a number that cites nothing,
 *   `CHART_UNKNOWN` for an unregistered chart.
 */
export async function buildStoryPage(html: string, datasetId: string, lang: Lang): Promise<string> {
  const steps = storySteps(html);
  if (steps.length === 0) throw new WorkreportError('OPTION_INVALID', 'the story template has no <section data-step> elements', { input: datasetId });
  if (!STAGE.test(html)) {
    throw new WorkreportError('OPTION_INVALID', 'the story template has no empty <figure data-chart></figure> to draw the charts in', { input: datasetId });
  }
  const chartIds = [...new Set(steps.map((step) => step.chartId))];

  const layers = await Promise.all(
    chartIds.map(async (chartId, index) => {
      const block = await chartBlockHtml(chartId, lang, { idPrefix: `stage-${slugOfChart(chartId)}-` });
      return `<div class="stage__layer${index === 0 ? ' is-shown' : ''}" data-chart-layer="${escapeHtml(chartId)}">${block}</div>`;
    }),
  );
  const fallbacks = new Map(
    await Promise.all(
      chartIds.map(async (chartId) => {
        const block = await chartBlockHtml(chartId, lang, { live: false, idPrefix: `step-${slugOfChart(chartId)}-` });
        return [chartId, `<noscript><figure class="step__chart">${block}</figure></noscript>`] as const;
      }),
    ),
  );

  return html
    .replace(STAGE, (_m, open: string, close: string) => `${open}${layers.join('')}${close}`)
    .replace(STEP, (section, attributes: string) => {
      const chartId = attribute(attributes, 'data-chart-id') ?? '';
      return section.replace(/<\/section>$/, `${fallbacks.get(chartId) ?? ''}</section>`);
    })
    .replace(DATA, (element, attributes: string) => `<a class="figure-link" href="${escapeHtml(numberHref(attributes, datasetId))}">${element}</a>`);
}
