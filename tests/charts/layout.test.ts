/**
 * Issue 14: every chart kind reads well at 375, 640 and 1280 px, in zh and en, light and dark, as
 * Chromium draws it: the longest bar fills at least half its axis, no two texts overlap, no label
 * is cut at 1280 px, the header wraps at the chart's width, nothing overflows, nothing under 11 px.
 * A fixed list of charts (cases.ts) keeps it fast; `npm run layout` checks every chart.
 */
import { describe, expect, it } from 'vitest';
import { fixedSources } from './layout/cases.ts';
import { runMatrix, summary } from './layout/matrix.ts';

describe('chart layout in Chromium', () => {
  it('has no breach over the fixed cases × {375, 640, 1280} × {zh, en} × {light, dark}', async () => {
    const result = await runMatrix(fixedSources());
    console.log(summary(result));
    expect(result.cases.length).toBeGreaterThan(150);
    expect(result.breaches.map((b) => `${b.chart}: ${b.rule}: ${b.detail}`)).toEqual([]);
  }, 240_000);
});
