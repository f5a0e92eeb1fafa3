import { describe, expect, it } from 'vitest';
import { formatQuantity, qualifierText } from '../../src/charts/locale.ts';
import { qualified } from '../../src/charts/item.ts';
import { QuantitySchema } from '../../src/figures/schema.ts';
import { QUALIFIERS, QUALIFIER_IDS, qualifierPhrase } from '../../src/figures/qualifier.ts';
import { RAW_UNITS, UNITS, UNIT_IDS, isCompatible, unitFactor, type UnitId } from '../../src/figures/unit.ts';
import { conversionTable } from '../../src/indicators/unit-conversion.ts';
import { propagateQualifier } from '../../src/indicators/propagate-qualifier.ts';

const NEW_UNITS: readonly UnitId[] = [
  'USD',
  'HKD',
  'EUR',
  'JPY',
  'TWD',
  'GBP',
  'kg',
  't',
  'kW',
  'kWh',
  'times',
  'permille',
  'fraction',
  'mu-times',
  'household-times',
  'other',
  'CNY/household',
  'CNY/mu',
  'CNY/m2',
  't/mu',
  'kg/mu',
];

describe('the unit table', () => {
  it('defines every unit with its id, an exact factor and zh/en descriptions', () => {
    for (const id of UNIT_IDS) {
      const def = UNITS[id];
      expect(def.id).toBe(id);
      expect(Number.isInteger(def.toBase.num) && Number.isInteger(def.toBase.den)).toBe(true);
      expect(def.description.zh.length).toBeGreaterThan(0);
      expect(def.description.en.length).toBeGreaterThan(0);
    }
  });

  it('stores every new unit in a dataset figure (zod QuantitySchema)', () => {
    for (const unit of NEW_UNITS)
      expect(QuantitySchema.safeParse({ value: 1, unit, qualifier: 'exact' }).success).toBe(true);
    expect(QuantitySchema.safeParse({ value: 1, unit: 'CNY/mu/mu', qualifier: 'exact' }).success).toBe(false);
  });

  it('maps raw words in both scripts to one unit, with classifiers counting what they name', () => {
    expect(RAW_UNITS['辆']).toEqual(RAW_UNITS['輛']);
    expect(RAW_UNITS['头']).toMatchObject({ unit: 'count', counted: 'livestock' });
    expect(RAW_UNITS['斤']).toMatchObject({ unit: 'kg', scale: { num: 1, den: 2 } });
    expect(RAW_UNITS['元/亩']).toMatchObject({ unit: 'CNY/mu' });
    expect(RAW_UNITS['港币']).toMatchObject({ unit: 'HKD' });
  });

  it('derives countability: persons and counts are whole numbers, mu and CNY are not', () => {
    expect(UNIT_IDS.filter((id) => UNITS[id].countable)).toEqual([
      'persons',
      'households',
      'person-times',
      'household-times',
      'count',
    ]);
  });

  it('converts kg and t (1 t = 1000 kg) but never CNY and USD, nor other units', () => {
    expect(isCompatible('kg', 't')).toBe(true);
    expect(unitFactor('t', 'kg')).toEqual({ num: 1000, den: 1 });
    expect(isCompatible('CNY', 'USD')).toBe(false);
    expect(isCompatible('USD', 'HKD')).toBe(false);
    expect(isCompatible('other', 'other')).toBe(false);
    expect(() => unitFactor('CNY', 'USD')).toThrow(RangeError);
  });

  it('converts a rate through its parts: 600 CNY/mu is 600 × 15/10000 = 0.9 CNY/m2, never CNY/person', () => {
    const row = conversionTable().find((c) => c.from === 'CNY/mu' && c.to === 'CNY/m2');
    expect(row).toEqual({ from: 'CNY/mu', to: 'CNY/m2', num: 3, den: 2000 });
    expect((600 * 3) / 2000).toBe(0.9);
    expect(isCompatible('CNY/mu', 'CNY/person')).toBe(false);
    expect(isCompatible('t/mu', 'kg/mu')).toBe(true);
  });

  it('treats percent, permille and fraction as one dimension: 5‰ is 0.5 % is 0.005', () => {
    expect(conversionTable().find((c) => c.from === 'permille' && c.to === 'percent')).toMatchObject({
      num: 1,
      den: 10,
    });
    expect(conversionTable().find((c) => c.from === 'fraction' && c.to === 'percent')).toMatchObject({
      num: 100,
      den: 1,
    });
  });
});

describe('charts print the new units in zh and en', () => {
  const q = (value: number, unit: UnitId) => ({ value, unit, qualifier: 'exact' as const });
  it.each<[number, UnitId, string, string]>([
    [147_000_000, 'USD', '1.47亿美元', 'USD 147 million'],
    [5_000_000, 'HKD', '500万港元', 'HKD 5 million'],
    [5000, 'kg', '5000公斤', '5,000 kg'],
    [15_000, 't', '1.5万吨', '15,000 t'],
    [100_000, 'kW', '10万千瓦', '100,000 kW'],
    [7_560_000, 'kWh', '756万千瓦时', '7.56 million kWh'],
    [3, 'times', '3倍', '3 times'],
    [0.5, 'permille', '0.5‰', '0.5‰'],
    [116_000, 'mu-times', '11.6万亩次', '116,000 mu-times'],
    [3200, 'household-times', '3200户次', '3,200 household-times'],
    [600, 'CNY/mu', '600元/亩', '600 CNY/mu'],
    [2500, 'CNY/household', '2500元/户', '2,500 CNY/household'],
    [0.55, 't/mu', '0.55吨/亩', '0.55 t/mu'],
  ])('%d %s is %s / %s', (value, unit, zh, en) => {
    expect(formatQuantity(q(value, unit), 'zh')).toBe(zh);
    expect(formatQuantity(q(value, unit), 'en')).toBe(en);
  });
});

describe('qualifiers carry their meaning', () => {
  it('derives bounds: 余 and 以上 are lower bounds, 不到 an upper bound', () => {
    expect(QUALIFIER_IDS.map((id) => QUALIFIERS[id].bound)).toEqual(['exact', 'approx', 'lower', 'lower', 'upper']);
    expect(propagateQualifier([{ qualifier: 'more_than', direction: 'increasing' }])).toBe('at_least');
    expect(propagateQualifier([{ qualifier: 'at_most', direction: 'decreasing' }])).toBe('at_least');
  });

  it('derives the phrases of messages, tooltips and computed values from the definitions', () => {
    expect(qualifierPhrase(QUALIFIERS.more_than)).toBe('a lower bound (more than)');
    expect(qualifierPhrase(QUALIFIERS.approx)).toBe('approximate');
    expect(qualifierText('at_least', 'zh')).toBe('以上（不少于此数）');
    expect(qualifierText('unknown', 'en')).toBe('uncertain (inputs bound it both ways)');
    expect(qualified('3.2人/户', 'approx', 'zh')).toBe('约3.2人/户');
    expect(qualified('60%', 'at_least', 'en')).toBe('at least 60%');
    expect(qualified('2.4人/户', 'unknown', 'zh')).toBe('2.4人/户（不确定）');
    expect(formatQuantity({ value: 200_000, unit: 'CNY', qualifier: 'more_than' }, 'zh')).toBe('20余万元');
  });
});
