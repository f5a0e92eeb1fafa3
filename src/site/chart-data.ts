import type { Chart } from '../charts/chart.ts';
import { WorkreportError } from '../errors.ts';
import { QUALIFIERS, qualifierGlossary } from '../figures/qualifier.ts';
import { sentenceAt } from '../figures/sentence.ts';
import { unitGlossary } from '../figures/unit.ts';
import { RESULT_QUALIFIERS } from '../indicators/result.ts';
import { csvText } from '../figures/csv.ts';
import { periodText } from '../figures/period-text.ts';
import { embedPath, figureHref, indicatorHref, sourcePath } from './routes.ts';
import { siteFigure, type SiteReport } from './site-report.ts';
import { message } from '../messages.ts';

/**
 * "Get the data" of a chart: a CSV of exactly the values it plots, one row per plotted item, and a
 * JSON file of metadata with the provenance of every figure. Both come from the rows the chart
 * draws (`Chart.rows`, which its spec's inline data holds), so they cannot drift from the picture.
 */

/**
 * One plotted row as chart builders write it (src/charts/datum.ts `ChartDatum`, plus `group` for
 * grouped bars): `id` is a figure id, or an indicator id for a computed value.
 */
interface PlottedRow {
  id: string;
  label: string;
  value: number;
  unit: string;
  qualifier: string;
  display: string;
  quote: string;
  group?: string;
}

/** CSV columns, in order; `group` only for charts whose rows have one. */
const COLUMNS = ['figure_id', 'group', 'label', 'value', 'unit', 'qualifier', 'display', 'quote', 'review'] as const;

/** What each column holds, for the JSON metadata (`fields`). */
const COLUMN_DESCRIPTIONS: Readonly<Record<(typeof COLUMNS)[number], string>> = {
  figure_id: 'Id of the figure in the dataset; the source view highlights it at /source/<dataset>/#<figure_id>.',
  group: 'Group of the bar, as labelled in the chart.',
  label: 'What the figure counts, as labelled in the chart.',
  value: 'Exact value after multipliers (1.6万 → 16000), never rounded, in `unit`.',
  unit: `Canonical unit id: ${unitGlossary('en')}; a computed value may be a rate of two (persons/households).`,
  qualifier: `How the value relates to the true number: ${qualifierGlossary('en', [...Object.values(QUALIFIERS), RESULT_QUALIFIERS.unknown])}.`,
  display: 'The value as the chart prints it, with qualifier and unit.',
  quote: 'The number exactly as the report writes it.',
  review:
    'draft: drafted by a program (label, period, section not yet checked by a person; the value is checked against the quote); reviewed: checked by a person. A computed value is reviewed when all its inputs are.',
};

/** The review state of a plotted figure, or of an indicator from its inputs: `reviewed` only when every input is. */
export function reviewOf(site: SiteReport, id: string): 'draft' | 'reviewed' {
  const figure = site.figures.get(id);
  if (figure !== undefined) return figure.review ?? 'draft';
  const indicator = site.indicators.find((result) => result.id === id);
  const inputs = indicator?.inputs ?? [];
  return inputs.length > 0 && inputs.every((input) => site.figures.get(input.id)?.review === 'reviewed')
    ? 'reviewed'
    : 'draft';
}

/** The rows a chart plots, checked to carry the fields the files need. */
function plottedRows(chart: Chart): PlottedRow[] {
  const values = chart.rows as readonly Record<string, unknown>[];
  if (values.length === 0) {
    throw new WorkreportError(message('CHART_EMPTY', 'noDataRows', { chart: chart.id }), { input: chart.id });
  }
  return values.map((row, index) => {
    for (const field of ['id', 'label', 'value', 'unit', 'qualifier', 'display', 'quote']) {
      if (row[field] === undefined) {
        throw new WorkreportError(message('CHART_NO_VALUE', 'rowField', { chart: chart.id, row: index, field }), {
          input: row,
        });
      }
    }
    return row as unknown as PlottedRow;
  });
}

/**
 * The CSV of a chart: UTF-8 with a byte-order mark (so spreadsheet programs read Chinese), a header
 * row, one row per plotted item in plotting order: figure_id, [group,] label, value (exact), unit,
 * qualifier, display, quote, review (draft or reviewed, from `site`).
 *
 * @example chartCsv(chart) // '\uFEFFfigure_id,label,value,unit,…\nland-acquired,征地,430,mu,exact,430亩,430亩\n…'
 * @throws WorkreportError `CHART_EMPTY` / `CHART_NO_VALUE` when the chart has no usable inline rows.
 */
export function chartCsv(chart: Chart, site: SiteReport): string {
  const rows = plottedRows(chart);
  const columns = COLUMNS.filter((column) => column !== 'group' || rows.some((row) => row.group !== undefined));
  const records = rows.map((row) => ({
    figure_id: row.id,
    group: row.group ?? '',
    label: row.label,
    value: String(row.value),
    unit: row.unit,
    qualifier: row.qualifier,
    display: row.display,
    quote: row.quote,
    review: reviewOf(site, row.id),
  }));
  return csvText(records, columns);
}

/**
 * The JSON metadata of a chart: what it shows (id, language, title, subtitle, notes, alt text),
 * the report it comes from, the CSV's fields, each figure it shows (`usermeta.figureIds`, for an
 * indicator its inputs) with its period and provenance (quote, UTF-16 offset, the sentence around
 * it) and its place in the source view, and each indicator it shows with formula and inputs.
 * Pretty-printed, keys in a fixed order.
 *
 * @throws WorkreportError `FIGURE_NOT_FOUND` / `INDICATOR_INVALID` when the chart names a figure
 *   or indicator the dataset does not have.
 */
export function chartMetadata(chart: Chart, site: SiteReport): string {
  const rows = plottedRows(chart);
  const { meta, source } = site.report;
  const datasetId = meta.id;
  const usermeta = (chart.spec as { usermeta?: { figureIds?: string[]; indicatorIds?: string[] } }).usermeta ?? {};
  const indicatorIds = usermeta.indicatorIds ?? [];
  const figureIds = usermeta.figureIds ?? [...new Set(rows.map((row) => row.id))];
  const metadata = {
    chart: {
      id: chart.id,
      lang: chart.lang,
      title: chart.title,
      subtitle: chart.subtitle ?? null,
      notes: chart.notes,
      description: chart.description,
      page: embedPath(chart.id, chart.lang),
    },
    report: {
      id: datasetId,
      title: meta.title[chart.lang],
      publisher: meta.publisher?.[chart.lang] ?? null,
      published: meta.published ?? null,
      url: meta.url ?? null,
      sourceView: sourcePath(datasetId),
    },
    fields: COLUMNS.filter((column) => column !== 'group' || rows.some((row) => row.group !== undefined)).map(
      (name) => ({
        name,
        description: COLUMN_DESCRIPTIONS[name],
      }),
    ),
    figures: figureIds.map((id) => {
      const figure = siteFigure(site, id, `chart "${chart.id}"`);
      const { quote, offset } = figure.provenance;
      return {
        id,
        label: figure.label,
        value: figure.quantity.value,
        unit: figure.quantity.unit,
        qualifier: figure.quantity.qualifier,
        ...(figure.quantity.counted === undefined ? {} : { counted: figure.quantity.counted }),
        period: figure.period,
        periodText: periodText(figure.period, chart.lang),
        provenance: { quote, offset, sentence: sentenceAt(source, offset).text },
        sourceView: figureHref(datasetId, id),
        review: figure.review ?? 'draft',
      };
    }),
    indicators: indicatorIds.map((id) => {
      const indicator = site.indicators.find((result) => result.id === id);
      if (indicator === undefined) {
        throw new WorkreportError(
          message('INDICATOR_INVALID', 'ofChart', { chart: chart.id, id, dataset: datasetId }),
          {
            input: id,
          },
        );
      }
      return {
        id,
        label: indicator.label,
        value: indicator.value,
        unit: indicator.unit,
        qualifier: indicator.qualifier,
        formula: indicator.formula,
        method: indicator.method[chart.lang],
        inputs: indicator.inputs.map((input) => input.id),
        sourceView: indicatorHref(datasetId, id),
      };
    }),
  };
  return `${JSON.stringify(metadata, null, 2)}\n`;
}
