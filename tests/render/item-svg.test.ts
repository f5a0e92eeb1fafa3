/**
 * The items of a rendered SVG say what they show (src/render/item-svg.ts): the figure id and,
 * once per id, the tooltip, written as attribute text a page reads back exactly, whatever the
 * label holds. Every registered chart is checked in registered-charts.test.ts; these are the
 * values worked out by hand and the hostile cases.
 */
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { chartById, yangshahu2019 } from '../datasets.ts';
import { barChart } from '../../src/charts/index.ts';
import { renderSvg } from '../../src/render/index.ts';
import { svgItems } from './svg.ts';

describe('item attributes of rendered SVG', () => {
  it('land and compensation (zh): each bar its figure and tooltip, each value label its figure only', async () => {
    const items = svgItems(await renderSvg(chartById('yangshahu-2019/land-and-compensation', 'zh')));
    // 征地 430 亩 and 青苗补偿 500 亩, as the report writes them ("430亩", "500亩"), both exact.
    expect(items).toEqual([
      {
        tag: 'path',
        id: 'land-acquired',
        tooltip: JSON.stringify({ 项目: '征地', 数值: '430亩', 限定词: '无（确数）', 原文: '430亩' }),
      },
      {
        tag: 'path',
        id: 'young-crop-compensation-area',
        tooltip: JSON.stringify({ 项目: '青苗补偿', 数值: '500亩', 限定词: '无（确数）', 原文: '500亩' }),
      },
      { tag: 'text', id: 'land-acquired' },
      { tag: 'text', id: 'young-crop-compensation-area' },
    ]);
  });

  it('the poverty progress bar (en): the track is the 2,624 registered, the bar the 2,269 lifted, each label its figure', async () => {
    const items = svgItems(await renderSvg(chartById('yangshahu-2019/poverty-persons', 'en')));
    expect(items).toEqual([
      {
        tag: 'path',
        id: 'poor-persons-registered',
        tooltip: JSON.stringify({
          Item: 'Registered poor persons',
          Value: '2,624 persons',
          Qualifier: 'none (exact)',
          'Report text': '2624人',
        }),
      },
      {
        tag: 'path',
        id: 'poor-persons-lifted',
        tooltip: JSON.stringify({
          Item: 'Registered persons lifted out of poverty',
          Value: '2,269 persons',
          Qualifier: 'none (exact)',
          'Report text': '2269人',
        }),
      },
      { tag: 'text', id: 'poor-persons-lifted' },
      { tag: 'text', id: 'poor-persons-lifted' },
      { tag: 'text', id: 'poor-persons-registered' },
    ]);
  });

  it('writes a label holding markup, quotes, ampersands and line breaks as attribute text that reads back exactly', async () => {
    const hostile = "a\"><script>alert(1)</script>&amp; b\n\t'c'";
    const [first, second] = yangshahu2019.figures.filter((f) => f.quantity.unit === 'mu');
    if (first === undefined || second === undefined) throw new Error('the report has fewer than two figures in mu');
    const chart = barChart([{ ...first, label: { zh: hostile, en: hostile } }, second], {
      report: yangshahu2019.meta,
      id: 'yangshahu-2019/hostile',
      lang: 'zh',
      width: 560,
    });
    const svg = await renderSvg(chart);
    expect(svg).not.toContain('<script>');
    const carrier = svgItems(svg).find((item) => item.id === first.id && item.tooltip !== undefined);
    expect((JSON.parse(carrier?.tooltip ?? '{}') as Record<string, string>)['项目']).toBe(hostile);
  });

  it('a bare spec: a plain tooltip is a JSON string, an item without an id its tooltip only, and groups nothing', async () => {
    const spec: TopLevelSpec = {
      width: 100,
      height: 40,
      data: {
        values: [
          { a: 3, b: 'x & y' },
          { a: 5, b: 'x & y' },
        ],
      },
      mark: 'bar',
      encoding: {
        x: { field: 'a', type: 'quantitative' },
        y: { field: 'a', type: 'ordinal' },
        tooltip: { field: 'b' },
      },
    };
    const svg = await renderSvg(spec);
    // Without ids nothing is shared: each bar carries its own tooltip.
    expect(svgItems(svg)).toEqual([
      { tag: 'path', tooltip: '"x & y"' },
      { tag: 'path', tooltip: '"x & y"' },
    ]);
    expect(svg).not.toMatch(/<g [^>]*data-/);
  });
});
