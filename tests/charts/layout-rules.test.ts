/** The breach rules of the layout check (tests/charts/layout/measure.ts) on measurements made up by hand. */
import { describe, expect, it } from 'vitest';
import { breaches, type ChartMeasure, type TextMeasure } from './layout/measure.ts';

const text = (
  t: string,
  x: number,
  y: number,
  width: number,
  role = 'mark',
  lines = [{ text: t, width }],
): TextMeasure => ({ role, text: t, lines, fontSize: 12, box: { x, y, width, height: 17 } });
const chart = (texts: TextMeasure[], axes: ChartMeasure['axes'] = []): ChartMeasure => ({
  id: 'test',
  container: { x: 0, y: 0, width: 343, height: 400 },
  svg: { x: 0, y: 0, width: 343, height: 400 },
  texts,
  axes,
});
const rules = (m: ChartMeasure, width = 375) => breaches(m, width).map((b) => b.rule);

describe('layout breaches', () => {
  it('finds two labels drawn over each other, not two labels 2 px apart', () => {
    expect(rules(chart([text('35 persons', 100, 100, 60), text('25 persons', 130, 104, 60)]))).toEqual(['overlap']);
    expect(rules(chart([text('35 persons', 100, 100, 60), text('25 persons', 100, 115, 60)]))).toEqual([]);
  });

  it('finds bars that fill less than half their axis (29 and 500 on an axis to 80,000), from the zero tick', () => {
    expect(rules(chart([], [{ x0: 100, x1: 300, marksLeft: 100, marksRight: 102, zero: 100 }]))).toEqual([
      'short-bars',
    ]);
    expect(rules(chart([], [{ x0: 100, x1: 300, marksLeft: 100, marksRight: 290, zero: 100 }]))).toEqual([]);
    // Dots near the end of a zero-based axis (665 and 812 on 0–1,000) fill it.
    expect(rules(chart([], [{ x0: 100, x1: 300, marksLeft: 227, marksRight: 268, zero: 100 }]))).toEqual([]);
  });

  it('finds a label cut with … at 1280 px, not at 375 px; text outside the SVG; text under 11 px', () => {
    const cut = chart([text('Weddings persuaded to be he…', 10, 10, 150)]);
    expect(rules(cut, 375)).toEqual([]);
    expect(rules(cut, 1280)).toEqual(['truncated']);
    expect(rules(chart([text('Total general public budget revenue', 300, 10, 160)]))).toEqual(['overflow']);
    expect(rules(chart([{ ...text('1万', 10, 10, 20), fontSize: 10 }]))).toEqual(['small-text']);
  });

  it('finds a header wrapped at 60 % of the chart, not one wrapped where the next word would not fit', () => {
    const early = text('x', 12, 10, 200, 'title-subtitle', [
      { text: 'Since the campaign against', width: 180 },
      { text: 'organised crime began', width: 140 },
    ]);
    expect(rules(chart([early]))).toEqual(['narrow-header']);
    const full = text('x', 12, 10, 300, 'title-subtitle', [
      { text: 'Since the campaign against organised', width: 290 },
      { text: 'crime began', width: 70 },
    ]);
    expect(rules(chart([full]))).toEqual([]);
  });
});
