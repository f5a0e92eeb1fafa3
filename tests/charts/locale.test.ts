import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity, formatShare, unitTitle, valueAxisLabels } from '../../src/charts/locale.ts';
import { figureWords, formatFigure } from '../../src/charts/words.ts';
import type { Quantity } from '../../src/figures/quantity.ts';
import { cremationRate, orchards, sanitationFees, shedArea, temporaryRelief, weddings } from './fixtures.ts';

const q = (value: number, unit: Quantity['unit'], qualifier: Quantity['qualifier'] = 'exact', counted?: string): Quantity =>
  counted === undefined ? { value, unit, qualifier } : { value, unit, qualifier, counted };

describe('formatNumber', () => {
  it('reads zh values of 10000 and more as 万 and 亿, exactly', () => {
    expect(formatNumber(16000, 'zh')).toBe('1.6万');
    expect(formatNumber(1269000, 'zh')).toBe('126.9万');
    expect(formatNumber(435000000, 'zh')).toBe('4.35亿');
    expect(formatNumber(65802, 'zh')).toBe('6.5802万');
    expect(formatNumber(11300, 'zh')).toBe('1.13万');
  });
  it('leaves zh values under 10000 ungrouped', () => {
    expect(formatNumber(9999, 'zh')).toBe('9999');
    expect(formatNumber(185.31, 'zh')).toBe('185.31');
  });
  it('groups en thousands and reads millions', () => {
    expect(formatNumber(16000, 'en')).toBe('16,000');
    expect(formatNumber(1269000, 'en')).toBe('1.269 million');
    expect(formatNumber(435000000, 'en')).toBe('435 million');
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
    expect(formatQuantity(q(60, 'percent', 'at_least'), 'zh')).toBe('60%以上');
    expect(formatQuantity(q(101, 'count', 'exact', 'cases'), 'zh', { counted: '起' })).toBe('101起');
  });
  it('prints en quantities with the qualifier first', () => {
    expect(formatQuantity(q(16000, 'm2'), 'en')).toBe('16,000 m²');
    expect(formatQuantity(q(1269000, 'CNY'), 'en')).toBe('CNY 1.269 million');
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
  it('reads zh axis ticks in 万 and keeps the en default', () => {
    expect(valueAxisLabels('zh').labelExpr).toContain("'万'");
    expect(valueAxisLabels('en')).toEqual({});
  });
});
