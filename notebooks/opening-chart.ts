/**
 * The compose notebook's first chart, drawn at build time: a Vite plugin that puts the static SVG
 * of the notebook's opening chart (compose-opening.ts, for the first dataset of the picker) into
 * the root of the cell that draws the chart. The page shows it before any script has loaded;
 * notebook-kit's runtime replaces it with the live chart when that cell first displays (a cell's
 * root is cleared on its first `display`, notebook-kit runtime/define.js), so the reader sees the
 * same chart throughout, first as SVG, then live (tooltips, downloads, embed snippet).
 *
 * Runs after notebook-kit's transform (list it after the notebooks plugin), on the compose
 * notebook only. Node only: it renders with src/render through the site's static SVG.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { Chart } from '../src/charts/chart.ts';
import { WorkreportError } from '../src/errors.ts';
import { message } from '../src/messages.ts';
import { siteDiscovery } from '../src/site/site-report.ts';
import { staticSvg } from '../src/site/static-svg.ts';
import { openingChart } from './compose-opening.ts';

/** The chart container's `data-chart` in the compose notebook (its cell builds `h("div", {…, "data-chart": "compose"})`). */
const CHART_NAME = 'compose';

/**
 * The id of the one cell of a notebook source whose code builds the chart container `data-chart`
 * `name`.
 *
 * @throws WorkreportError `INTERNAL` naming the notebook file and the fix when no cell or several do.
 */
export function chartCellId(notebook: string, file: string, name: string): string {
  const cells = [...notebook.matchAll(/<script id="(\d+)" type="module"[^>]*>([\s\S]*?)<\/script>/g)];
  const drawing = cells.filter((cell) => cell[2]?.includes(`"data-chart": ${JSON.stringify(name)}`));
  const [cell] = drawing;
  if (drawing.length !== 1 || cell?.[1] === undefined) {
    throw new WorkreportError(message('INTERNAL', 'openingCell', { file, cells: drawing.length, name }));
  }
  return cell[1];
}

/**
 * `html` with `chart` (markup) inside the empty root of cell `id` (`<div id="cell-<id>" …></div>`).
 *
 * @throws WorkreportError `INTERNAL` naming the file when the page has no such empty root.
 */
export function intoCellRoot(html: string, id: string, chart: string, file: string): string {
  const root = new RegExp(`(<div id="cell-${id}" class="[^"]*">)(</div>)`);
  if (!root.test(html)) throw new WorkreportError(message('INTERNAL', 'openingRoot', { file, cell: id }));
  return html.replace(root, (_m, open: string, close: string) => `${open}${chart}${close}`);
}

/**
 * The opening chart's markup for the first published dataset: the chart container with the static
 * SVG, marked `data-opening`; empty when no dataset is published or its opening figures make no
 * chart (the notebook then says why when it runs).
 */
async function openingMarkup(): Promise<string> {
  const [first] = siteDiscovery().datasets;
  if (first === undefined) return '';
  let chart: Chart;
  try {
    chart = openingChart(first);
  } catch (error) {
    if (error instanceof WorkreportError) return '';
    throw error;
  }
  const svg = await staticSvg(chart, 'opening-');
  return `<div class="wr-chart" data-chart="${CHART_NAME}" data-opening="">${svg}</div>`;
}

/** The Vite plugin: the opening chart into `notebook` (absolute path of notebooks/compose/index.html). */
export function composeOpeningChart(notebook: string): Plugin {
  return {
    name: 'workreport-compose-opening-chart',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        if (context.filename !== notebook) return html;
        const id = chartCellId(readFileSync(notebook, 'utf8'), notebook, CHART_NAME);
        return intoCellRoot(html, id, await openingMarkup(), notebook);
      },
    },
  };
}
