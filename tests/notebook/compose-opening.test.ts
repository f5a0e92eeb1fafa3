import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMPOSE_WIDTH,
  composeOptions,
  OPENING,
  openingChart,
  openingFigures,
} from '../../notebooks/compose-opening.ts';
import { chartCellId, intoCellRoot } from '../../notebooks/opening-chart.ts';
import { renderSvg } from '../../src/render/index.ts';
import { yangshahu } from '../datasets.ts';

const NOTEBOOK = 'notebooks/compose/index.html';

describe('the compose notebook opening state', () => {
  it("ticks the figures of the dataset's largest bar chart: Yangshahu's five crop areas of part six, in report order", () => {
    expect(openingFigures(yangshahu).map((f) => f.id)).toEqual([
      'quality-rice-area',
      'rice-shrimp-area',
      'orchard-area',
      'herb-area',
      'rapeseed-area',
    ]);
  });

  it('without a bar chart, ticks the first five figures of the most common unit: persons (11 of 90 figures)', () => {
    const noBars = { ...yangshahu, charts: yangshahu.charts.filter((c) => c.kind !== 'bar') };
    expect(openingFigures(noBars).map((f) => f.id)).toEqual([
      'project-command-staff',
      'gang-crime-persons-struck',
      'criminal-detentions',
      'administrative-detentions',
      'drug-monitoring-persons',
    ]);
  });

  it('builds every chart at the column width, at most 640 px, with an id naming dataset and kind', () => {
    const meta = yangshahu.report.meta;
    expect(composeOptions(meta, { kind: 'dot-plot', lang: 'en', theme: 'dark', width: 960 })).toEqual({
      report: meta,
      id: 'yangshahu-2019/notebook-dot-plot',
      lang: 'en',
      theme: 'dark',
      width: COMPOSE_WIDTH,
    });
    expect(composeOptions(meta, { ...OPENING, width: 327 }).width).toBe(327);
  });

  it('opens on a Chinese bar chart of those figures, 640 px wide', async () => {
    const chart = openingChart(yangshahu);
    expect(chart.id).toBe('yangshahu-2019/notebook-bar');
    expect(chart.description).toMatch(/^条形图/);
    const svg = await renderSvg(chart);
    expect(svg).toMatch(/^<svg [^>]*width="640"/);
    expect(svg).toContain('优质稻');
  });
});

describe('the opening chart in the page', () => {
  it('goes into the root of the one cell that builds the compose chart container, cell 8', () => {
    expect(chartCellId(readFileSync(NOTEBOOK, 'utf8'), NOTEBOOK, 'compose')).toBe('8');
  });

  it('refuses a notebook with no such cell, or two, naming the file', () => {
    const cell = (id: number) => `<script id="${id}" type="module">h("div", {"data-chart": "compose"})</script>`;
    expect(() => chartCellId('<notebook></notebook>', 'x.html', 'compose')).toThrow(
      'x.html: 0 cells build the chart container "data-chart": "compose"',
    );
    expect(() => chartCellId(`${cell(3)}${cell(4)}`, 'x.html', 'compose')).toThrow('x.html: 2 cells');
    expect(chartCellId(`${cell(3)}<script id="4" type="module">1</script>`, 'x.html', 'compose')).toBe('3');
  });

  it("fills only the named cell's empty root, and refuses a page without it", () => {
    const page =
      '<div id="cell-1" class="observablehq observablehq--cell"></div><div id="cell-12" class="observablehq observablehq--cell"></div>';
    expect(intoCellRoot(page, '1', '<svg></svg>', 'x.html')).toBe(
      '<div id="cell-1" class="observablehq observablehq--cell"><svg></svg></div><div id="cell-12" class="observablehq observablehq--cell"></div>',
    );
    expect(() => intoCellRoot(page, '2', '<svg></svg>', 'x.html')).toThrow('x.html: no empty root for cell 2');
  });
});
