/**
 * The layout arithmetic of src/charts/layout.ts and wrap.ts, on values worked out by hand with the
 * chart font's widths (text-width.ts: 12 px digits 6.66 px, `%` 11.05 px, `-` 4.16 px, ideographs 12 px).
 */
import { describe, expect, it } from 'vitest';
import { categoryColumn, valueScale } from '../../src/charts/layout.ts';
import { formatTick, tickMagnitude } from '../../src/charts/locale.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { wrapToWidth } from '../../src/charts/wrap.ts';

const en = (v: number, max: number) => formatTick(v, 'en', tickMagnitude(max, 'en'));

describe('valueScale', () => {
  it('keeps the domain at the data (29 and 500 persons: 0–500) and takes the label room from the pixels', () => {
    // A 400 px plot: the label of 500, at the axis end, needs its width × 1.03 (other fonts) + the 8 px gap.
    const wide = valueScale(
      [
        { value: 29, text: '29 persons' },
        { value: 500, text: 'more than 500 persons' },
      ],
      400,
      8,
      en,
    );
    expect(wide.scale.domain).toEqual([0, 500]);
    const room = Math.ceil(textWidth('more than 500 persons', 12) * 1.03 + 8);
    expect(wide.scale.range).toEqual([0, { expr: `width - ${room}` }]);
    expect(wide.left).toBe(0);
    // A 200 px plot: the label is wider than 45 % of the plot less the gap (82 px), so it wraps after
    // "500", and the labels' room is capped at 45 % of the plot: the axis keeps 110 px.
    const narrow = valueScale(
      [
        { value: 29, text: '29 persons' },
        { value: 500, text: 'more than 500 persons' },
      ],
      200,
      8,
      en,
    );
    expect(narrow.scale.domain).toEqual([0, 500]);
    expect(narrow.lines[1]).toEqual(['more than 500', 'persons']);
    expect(narrow.right).toBeGreaterThanOrEqual(90);
    expect(narrow.right).toBeLessThanOrEqual(91);
  });

  it('ends an all-negative axis at 0, never at 1, and puts the room for the labels on the left', () => {
    // −11.4 % and −3.2 %: domain [−12, 0] on a step of 2; "-11.4%" sits left of the longest bar, whose
    // end is 0.6/12 of the axis in from its start: left ≥ (w − 0.05 · 300) / 0.95, w = its width × 1.03 + 8.
    const scale = valueScale(
      [
        { value: -3.2, text: '-3.2%' },
        { value: -11.4, text: '-11.4%' },
      ],
      300,
      8,
      en,
    );
    expect(scale.scale.domain).toEqual([-12, 0]);
    expect(scale.ticks).toEqual([-12, -10, -8, -6, -4, -2, 0]);
    expect(scale.left).toBe(Math.ceil((textWidth('-11.4%', 12) * 1.03 + 8 - 0.05 * 300) / 0.95));
    expect(scale.right).toBe(0);
  });

  it('fits fewer ticks on a narrow axis instead of crowding them (0–30 million CNY in 120 px: 0, 20M)', () => {
    const scale = valueScale([{ value: 30_000_000, text: 'CNY 30 million' }], 220, 8, en);
    expect(scale.scale.domain).toEqual([0, 30_000_000]);
    expect(scale.ticks.length).toBeLessThan(4);
    expect(scale.ticks.map((t) => en(t, scale.max))).toContain('0');
  });
});

describe('formatTick', () => {
  it('prints English ticks with K, M, B from ten thousand on, and zh with 万', () => {
    expect([5000, 200_000, 1_200_000, 2_000_000_000].map((v) => formatTick(v, 'en', 'K'))).toEqual([
      '5K',
      '200K',
      '1.2M',
      '2B',
    ]);
    expect(formatTick(5000, 'en', tickMagnitude(8000, 'en'))).toBe('5,000');
    expect(formatTick(20_000, 'zh', tickMagnitude(20_000, 'zh'))).toBe('2万');
    expect(formatTick(-3_000_000, 'en', 'K')).toBe('-3M');
  });
});

describe('wrapToWidth and categoryColumn', () => {
  it('wraps English at word boundaries: Persons in / administrative / detention at 110 px', () => {
    expect(wrapToWidth('Persons in administrative detention', 110, 12)).toEqual([
      'Persons in',
      'administrative',
      'detention',
    ]);
  });

  it('wraps Chinese between characters, never starting a line with ，or 。', () => {
    const lines = wrapToWidth('解决农村饮水人口，完成低保评定。', 60, 12);
    expect(lines).toEqual(['解决农村饮', '水人口，', '完成低保评', '定。']);
    expect(lines.some((l) => /^[，。、]/u.test(l))).toBe(false);
  });

  it('cuts with … only past the last allowed line', () => {
    expect(wrapToWidth('one two three four five six', 40, 12, { maxLines: 2 })).toEqual(['one', 'two…']);
    expect(wrapToWidth('one two', 40, 12, { maxLines: 2 })).toEqual(['one', 'two']);
  });

  it('gives a wrapped axis its lines through labelExpr and a column of its widest line (343 px chart)', () => {
    const column = categoryColumn(['Persons in administrative detention', 'GDP'], 343);
    expect(column.lines).toBe(3);
    expect(column.width).toBe(Math.ceil(textWidth('administrative', 12)));
    expect(column.axis.labelExpr).toContain('["Persons in","administrative","detention"]');
  });
});
