import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { installTextMetrics, measureTextItem, textWidth } from '../../src/render/text-metrics.ts';
import { texts } from './svg.ts';

describe('textWidth', () => {
  it('counts every ideograph and full-width punctuation mark as 1 em', () => {
    expect(textWidth('流转低洼田稻田养虾', 12)).toBe(108);
    expect(textWidth('，。：；（）《》、', 10)).toBe(90);
    expect(textWidth('“四房”', 12)).toBe(48);
  });

  it('measures ASCII with the advance widths of Noto Sans CJK SC, narrower than 1 em and wider in bold', () => {
    expect(textWidth('1700', 12)).toBeCloseTo(4 * 0.555 * 12, 6);
    expect(textWidth('2万亩', 12)).toBeCloseTo(0.555 * 12 + 24, 6);
    // F 552 + a 563 + r 388 + m 926 + l 284 + a 563 + n 610 + d 620 = 4506 thousandths of an em.
    expect(textWidth('Farmland', 10)).toBeCloseTo(45.06, 6);
    expect(textWidth('Farmland', 10, 'bold')).toBeGreaterThan(textWidth('Farmland', 10));
    expect(textWidth('Farmland', 10, 700)).toBe(textWidth('Farmland', 10, 'bold'));
    expect(textWidth('Farmland', 10, 500)).toBe(textWidth('Farmland', 10));
  });

  it('gives other characters 0.6 em', () => {
    expect(textWidth('é–', 10)).toBeCloseTo(12, 6);
  });
});

describe('measureTextItem (vega textMetrics.width contract)', () => {
  it('uses the item font size, 11 px when unset, and trims like vega', () => {
    expect(measureTextItem({ fontSize: 20 }, '汉字')).toBe(40);
    expect(measureTextItem({}, '汉')).toBe(11);
    expect(measureTextItem({ fontSize: 12 }, '  汉字  ')).toBe(24);
    expect(measureTextItem({ fontSize: 0 }, '汉字')).toBe(0);
    expect(measureTextItem({ fontSize: 12 }, null)).toBe(0);
    expect(measureTextItem({ fontSize: 12 }, 1700)).toBeCloseTo(26.64, 6);
  });

  it('clamps to item.limit, so vega truncation sees an over-long text as exactly the limit', () => {
    expect(measureTextItem({ fontSize: 12, limit: 60 }, '流转低洼田稻田养虾')).toBe(60);
    expect(measureTextItem({ fontSize: 12, limit: 60 }, '流转低')).toBe(36);
    expect(measureTextItem({ fontSize: 12, limit: 0 }, '流转低洼田稻田养虾')).toBe(108);
  });
});

describe('installTextMetrics', () => {
  it('replaces vega textMetrics.width once and is idempotent', () => {
    installTextMetrics();
    installTextMetrics();
    expect((vega as unknown as { textMetrics: { width: unknown } }).textMetrics.width).toBe(measureTextItem);
  });

  it('makes vega truncate Chinese where the font overflows: 流转低… at a 60 px limit, not 流转低洼田…', async () => {
    installTextMetrics();
    const spec: vega.Spec = {
      width: 200,
      height: 40,
      marks: [
        {
          type: 'text',
          encode: {
            enter: {
              x: { value: 0 },
              y: { value: 20 },
              fontSize: { value: 12 },
              limit: { value: 60 },
              text: { value: '流转低洼田稻田养虾' },
            },
          },
        },
        {
          type: 'text',
          encode: {
            enter: {
              x: { value: 0 },
              y: { value: 35 },
              fontSize: { value: 12 },
              limit: { value: 120 },
              text: { value: '流转低洼田稻田养虾' },
            },
          },
        },
      ],
    };
    const view = new vega.View(vega.parse(spec), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    // 60 px minus a 12 px ellipsis leaves 48 px; vega keeps prefixes strictly narrower: 3 ideographs.
    expect(texts(svg)).toEqual(['流转低…', '流转低洼田稻田养虾']);
  });
});
