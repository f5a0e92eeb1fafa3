import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatQuantity,
  formatRatio,
  formatShare,
  qualifierText,
  unitTitle,
  noteLine,
} from '../../src/charts/locale.ts';
import { figureWords, formatFigure } from '../../src/charts/words.ts';
import type { Quantity } from '../../src/figures/quantity.ts';
import { cremationRate, orchards, sanitationFees, shedArea, temporaryRelief, weddings } from './fixtures.ts';

const q = (
  value: number,
  unit: Quantity['unit'],
  qualifier: Quantity['qualifier'] = 'exact',
  counted?: string,
): Quantity => (counted === undefined ? { value, unit, qualifier } : { value, unit, qualifier, counted });

describe('formatNumber', () => {
  it('reads zh values of 10000 and more as 万 and 亿, with at most 2 decimals, trailing zeros dropped, never rounding a whole number away', () => {
    expect(formatNumber(16000, 'zh')).toBe('1.6万');
    expect(formatNumber(1269000, 'zh')).toBe('126.9万');
    expect(formatNumber(435000000, 'zh')).toBe('4.35亿');
    expect(formatNumber(65802, 'zh')).toBe('65802');
    expect(formatNumber(189900000, 'zh')).toBe('18990万');
    expect(formatNumber(14084.507042253521, 'zh')).toBe('1.41万');
    expect(formatNumber(11300, 'zh')).toBe('1.13万');
    expect(formatNumber(20000, 'zh')).toBe('2万');
  });
  it('rounds half-up on the decimal value: 4135000 is 413.5万 and 4.14 million (4.135 is 4.13499… in binary)', () => {
    expect(formatNumber(4135000, 'zh')).toBe('413.5万');
    expect(formatNumber(4135000, 'en')).toBe('4.14 million');
    expect(formatNumber(11350.4, 'zh')).toBe('1.14万');
    expect(formatNumber(11350, 'zh')).toBe('11350');
  });
  it('moves to the next magnitude when rounding reaches it: 99999999.9 is 1亿, not 10000万; whole 99999999 stays whole', () => {
    expect(formatNumber(99999999.9, 'zh')).toBe('1亿');
    expect(formatNumber(99999999, 'zh')).toBe('99999999');
    expect(formatNumber(9999.999, 'zh')).toBe('1万');
    expect(formatNumber(999999999, 'en')).toBe('1 billion');
  });
  it('leaves zh values under 10000 ungrouped and unscaled', () => {
    expect(formatNumber(9999, 'zh')).toBe('9999');
    expect(formatNumber(185.31, 'zh')).toBe('185.31');
    expect(formatNumber(0, 'zh')).toBe('0');
    expect(formatNumber(-16000, 'zh')).toBe('-1.6万');
  });
  it('groups en thousands and reads millions', () => {
    expect(formatNumber(16000, 'en')).toBe('16,000');
    expect(formatNumber(9999, 'en')).toBe('9,999');
    expect(formatNumber(999999, 'en')).toBe('999,999');
    // Decimals are never grouped; below 1,000 nothing is.
    expect(formatNumber(12345.678, 'en')).toBe('12,345.68');
    expect(formatNumber(1000.5, 'en')).toBe('1,000.5');
    expect(formatNumber(999.99, 'en')).toBe('999.99');
    expect(formatNumber(-23456.7, 'en')).toBe('-23,456.7');
    expect(formatNumber(1269000, 'en')).toBe('1.27 million');
    expect(formatNumber(435000000, 'en')).toBe('435 million');
  });
});

describe('percentages, rounded half-up to one decimal on the decimal value', () => {
  it('reads 0.0435 as 4.4%, 2269/2624 as 86.5%, 665/812 as 81.9%', () => {
    expect(formatRatio(0.0435)).toBe('4.4%');
    expect(formatShare(2269, 2624, 'zh')).toBe('86.5%');
    expect(formatShare(665, 812, 'en')).toBe('81.9%');
    expect(formatRatio(0.98)).toBe('98%');
  });
  it('reads 0.1745 as 17.5% where float rounding (toFixed) gives 17.4%', () => {
    expect((0.1745 * 100).toFixed(1)).toBe('17.4');
    expect((0.0435 * 100).toFixed(1)).toBe('4.3');
    expect(formatRatio(0.1745)).toBe('17.5%');
  });
});

describe('formatQuantity', () => {
  it('prints zh quantities with unit and qualifier in the report’s word order', () => {
    expect(formatQuantity(q(16000, 'm2'), 'zh')).toBe('1.6万平方米');
    expect(formatQuantity(q(1269000, 'CNY'), 'zh')).toBe('126.9万元');
    expect(formatQuantity(q(435000000, 'CNY'), 'zh')).toBe('4.35亿元');
    expect(formatQuantity(q(812, 'households'), 'zh')).toBe('812户');
    expect(formatQuantity(q(9999, 'persons'), 'zh')).toBe('9999人');
    expect(formatQuantity(q(300, 'mu', 'approx'), 'zh', { qualifier: '近' })).toBe('近300亩');
    expect(formatQuantity(q(300, 'mu', 'approx'), 'zh')).toBe('约300亩');
    expect(formatQuantity(q(200000, 'CNY', 'more_than'), 'zh')).toBe('20余万元');
    // A range keeps both ends (3-5亿元 is no 3亿元), the magnitude written once when shared.
    expect(formatQuantity({ ...q(300_000_000, 'CNY', 'exact'), valueMax: 500_000_000 }, 'zh')).toBe('3-5亿元');
    expect(formatQuantity({ ...q(300_000_000, 'CNY', 'exact'), valueMax: 500_000_000 }, 'en')).toBe(
      'CNY 300–500 million',
    );
    expect(formatQuantity({ ...q(2, 'count', 'exact'), valueMax: 3 }, 'zh', { counted: '个' })).toBe('2-3个');
    expect(formatQuantity({ ...q(5000, 'CNY', 'exact'), valueMax: 12000 }, 'zh')).toBe('5000-1.2万元');
    // With a decimal part 余 follows 万: 1.2万余亩, never 1.2余万亩.
    expect(formatQuantity(q(12000, 'mu', 'more_than'), 'zh')).toBe('1.2万余亩');
    expect(formatQuantity(q(12000, 'mu', 'more_than'), 'zh', { qualifier: '余' })).toBe('1.2万余亩');
    expect(formatQuantity(q(60, 'percent', 'at_least'), 'zh')).toBe('60%以上');
    expect(formatQuantity(q(101, 'count', 'exact', 'cases'), 'zh', { counted: '起' })).toBe('101起');
  });
  it('prints en quantities with the qualifier first', () => {
    expect(formatQuantity(q(16000, 'm2'), 'en')).toBe('16,000 m²');
    expect(formatQuantity(q(1269000, 'CNY'), 'en')).toBe('CNY 1.27 million');
    expect(formatQuantity(q(65802, 'm2'), 'zh')).toBe('65802平方米');
    expect(formatQuantity(q(300, 'mu', 'approx'), 'en')).toBe('about 300 mu');
    expect(formatQuantity(q(200000, 'CNY', 'more_than'), 'en')).toBe('more than CNY 200,000');
    expect(formatQuantity(q(60, 'percent', 'at_least'), 'en')).toBe('at least 60%');
    expect(formatQuantity(q(101, 'count', 'exact', 'cases'), 'en')).toBe('101 cases');
    expect(formatQuantity(q(1, 'households'), 'en')).toBe('1 household');
  });
  it('rejects a qualifier word of another qualifier', () => {
    expect(() => formatQuantity(q(300, 'mu', 'approx'), 'zh', { qualifier: '以上' })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});

describe('formatFigure reads the report’s own words from the quote', () => {
  it('keeps 近, 余, 以上 and the classifier 起', () => {
    expect(figureWords(orchards, 'zh')).toEqual({ qualifier: '近' });
    expect(formatFigure(orchards, 'zh')).toBe('近300亩');
    expect(formatFigure(temporaryRelief, 'zh')).toBe('20余万元');
    expect(formatFigure(cremationRate, 'zh')).toBe('60%以上');
    expect(formatFigure(weddings, 'zh')).toBe('101起');
    expect(formatFigure(sanitationFees, 'zh')).toBe('126.9万元');
    expect(formatFigure(shedArea, 'zh')).toBe('1.6万平方米');
  });
  it('uses the counted noun in English', () => {
    expect(formatFigure(weddings, 'en')).toBe('101 events');
    expect(formatFigure(orchards, 'en')).toBe('about 300 mu');
  });
});

describe('shares and axes', () => {
  it('rounds a share to one decimal only when displayed', () => {
    expect(formatShare(665, 812, 'zh')).toBe('81.9%');
    expect(formatShare(2269, 2624, 'en')).toBe('86.5%');
  });
  it('titles the value axis with the unit', () => {
    expect(unitTitle('mu', 'zh')).toBe('单位：亩');
    expect(unitTitle('count', 'zh', '起')).toBe('单位：起');
    expect(unitTitle('count', 'en')).toBe('Unit: count');
  });
});

describe('qualifierText explains a qualifier for tooltips', () => {
  it('keeps the report’s word in zh and spells the meaning', () => {
    expect(qualifierText('approx', 'zh', '近')).toBe('近（约数）');
    expect(qualifierText('approx', 'zh')).toBe('约（约数）');
    expect(qualifierText('more_than', 'zh', '余')).toBe('余（多于此数）');
    expect(qualifierText('at_least', 'zh', '以上')).toBe('以上（不少于此数）');
    expect(qualifierText('exact', 'zh')).toBe('无（确数）');
    expect(qualifierText('unknown', 'zh')).toBe('不确定（输入的上下限方向相反，无法判断）');
  });
  it('reads the English label and meaning', () => {
    expect(qualifierText('approx', 'en', '近')).toBe('about (approximate)');
    expect(qualifierText('exact', 'en')).toBe('none (exact)');
    expect(qualifierText('at_most', 'en')).toBe('at most (an upper bound)');
  });
});

describe('noteLine', () => {
  it('prints the word once, also when the note begins with it (a fresh user wrote 注：… and got 注：注：…)', () => {
    expect(noteLine('两项面积可能重叠。', 'zh')).toBe('注：两项面积可能重叠。');
    expect(noteLine('注：两项面积可能重叠。', 'zh')).toBe('注：两项面积可能重叠。');
    expect(noteLine('注: 两项面积可能重叠。', 'zh')).toBe('注：两项面积可能重叠。');
    expect(noteLine('Note: the areas may overlap.', 'en')).toBe('Note: the areas may overlap.');
    expect(noteLine('notes - the areas may overlap.', 'en')).toBe('Note: the areas may overlap.');
    expect(noteLine('备注：两项面积可能重叠。', 'zh')).toBe('注：两项面积可能重叠。');
    expect(noteLine('说明：两项面积可能重叠。', 'zh')).toBe('注：两项面积可能重叠。');
    // Only the word itself: 注意 and "Notebook" are the note's own words.
    expect(noteLine('注意：两项面积可能重叠。', 'zh')).toBe('注：注意：两项面积可能重叠。');
    expect(noteLine('Notebook entries differ.', 'en')).toBe('Note: Notebook entries differ.');
  });
});
