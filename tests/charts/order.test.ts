/**
 * Categories keep the report's order (or the caller's): 第一产业, 第二产业, 第三产业 never sort as
 * 第一, 第三, 第二 (code-point order), in the spec and in the drawn SVG.
 */
import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar.ts';
import { dotPlot } from '../../src/charts/dot-plot.ts';
import { dumbbellChart } from '../../src/charts/dumbbell.ts';
import { smallMultiples } from '../../src/charts/small-multiples.ts';
import type { Figure } from '../../src/figures/figure.ts';
import { render, svgTexts } from './harness.ts';
import { qualityRice, report } from './fixtures.ts';

const SECTORS = ['第一产业', '第二产业', '第三产业'];

/** A figure of the dataset's shape with another id, label and value (same unit, mu). */
function sector(index: number, value: number): Figure {
  const label = SECTORS[index] ?? '';
  return {
    ...qualityRice,
    id: `sector-${index + 1}-${value}` as Figure['id'],
    label: { zh: label, en: label },
    quantity: { ...qualityRice.quantity, value },
  };
}

/** Values chosen so that neither value order nor code-point order is the report's order. */
const figures = [sector(0, 300), sector(1, 900), sector(2, 600)];

/** The y position of each drawn text among `labels`, in drawing order top to bottom. */
function drawnOrder(svg: string, labels: readonly string[]): string[] {
  const found = [...svg.matchAll(/<text[^>]*transform="translate\(([-\d.]+),([-\d.]+)\)"[^>]*>([^<]*)<\/text>/g)]
    .filter((m) => labels.includes(m[3] ?? ''))
    .map((m) => ({ y: Number(m[2]), text: m[3] ?? '' }));
  return found.sort((a, b) => a.y - b.y).map((f) => f.text);
}

describe('category order', () => {
  it('is not code-point order, which would read 第一, 第三, 第二', () => {
    expect([...SECTORS].sort()).toEqual(['第一产业', '第三产业', '第二产业']);
  });

  it.each([
    ['barChart', () => barChart(figures, { report, id: 't/bar' })],
    ['dotPlot', () => dotPlot(figures, { report, id: 't/dot' })],
    [
      'dumbbellChart',
      () =>
        dumbbellChart(
          {
            ends: { from: '目标', to: '实际' },
            rows: figures.map((f) => ({ label: f.label.zh, from: f, to: sector(0, 100) })),
          },
          { report, id: 't/db' },
        ),
    ],
  ])('%s keeps 第一, 第二, 第三 top to bottom', async (_name, build) => {
    const chart = build();
    expect((chart.spec as { encoding: { y: { sort: string[] } } }).encoding.y.sort).toEqual(SECTORS);
    const { svg } = await render(chart.spec);
    expect(drawnOrder(svg, SECTORS)).toEqual(SECTORS);
  });

  it('smallMultiples keeps the panels and the labels within a panel in the given order', async () => {
    const panels = [
      { title: '三次产业', items: figures },
      { title: '合计', items: [sector(0, 1)] },
    ];
    const chart = smallMultiples(panels, { report, id: 't/sm' });
    const { svg } = await render(chart.spec);
    // Panels are groups with their own coordinates: read the document order, panel by panel.
    const drawn = svgTexts(svg);
    expect(drawn.filter((t) => SECTORS.includes(t))).toEqual([...SECTORS, '第一产业']);
    expect(drawn.filter((t) => t.endsWith('（单位：亩）'))).toEqual(['三次产业（单位：亩）', '合计（单位：亩）']);
    const first = (chart.spec as { vconcat: { encoding: { y: { sort: string[] } } }[] }).vconcat[0];
    expect(first?.encoding.y.sort).toEqual(SECTORS);
  });
});
