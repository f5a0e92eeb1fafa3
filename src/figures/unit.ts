/**
 * Canonical units (DESIGN.md "Unit") and the raw Chinese unit words that map to them.
 *
 * A `UnitDef` says what a unit measures (`dimension`) and how to convert it to the dimension's base
 * unit as an exact rational `toBase = num / den` (1 亩 = 10000/15 m², so `{ num: 10000, den: 15 }`).
 */

/** Canonical unit ids. Classifier counts (处, 个, 起 …) are all `count`, with `counted` naming what. */
export type UnitId =
  | 'mu'
  | 'm2'
  | 'ha'
  | 'km2'
  | 'km'
  | 'm'
  | 'CNY'
  | 'persons'
  | 'households'
  | 'person-times'
  | 't'
  | 'percent'
  | 'percentage-points'
  | 'count'
  | 'CNY/person';

export type Dimension = 'area' | 'length' | 'money' | 'persons' | 'households' | 'person-times' | 'mass' | 'ratio' | 'ratio-change' | 'count' | 'money-per-person';

export interface UnitDef {
  id: UnitId;
  dimension: Dimension;
  /** Factor to the dimension's base unit (m², m, CNY …) as an exact fraction. */
  toBase: { num: number; den: number };
  /** Short label as printed after a number. */
  label: { zh: string; en: string };
}

export const UNITS: Record<UnitId, UnitDef> = {
  mu: { id: 'mu', dimension: 'area', toBase: { num: 10000, den: 15 }, label: { zh: '亩', en: 'mu' } },
  m2: { id: 'm2', dimension: 'area', toBase: { num: 1, den: 1 }, label: { zh: '平方米', en: 'm²' } },
  ha: { id: 'ha', dimension: 'area', toBase: { num: 10000, den: 1 }, label: { zh: '公顷', en: 'ha' } },
  km2: { id: 'km2', dimension: 'area', toBase: { num: 1_000_000, den: 1 }, label: { zh: '平方公里', en: 'km²' } },
  km: { id: 'km', dimension: 'length', toBase: { num: 1000, den: 1 }, label: { zh: '公里', en: 'km' } },
  m: { id: 'm', dimension: 'length', toBase: { num: 1, den: 1 }, label: { zh: '米', en: 'm' } },
  CNY: { id: 'CNY', dimension: 'money', toBase: { num: 1, den: 1 }, label: { zh: '元', en: 'CNY' } },
  persons: { id: 'persons', dimension: 'persons', toBase: { num: 1, den: 1 }, label: { zh: '人', en: 'persons' } },
  households: { id: 'households', dimension: 'households', toBase: { num: 1, den: 1 }, label: { zh: '户', en: 'households' } },
  'person-times': { id: 'person-times', dimension: 'person-times', toBase: { num: 1, den: 1 }, label: { zh: '人次', en: 'person-times' } },
  t: { id: 't', dimension: 'mass', toBase: { num: 1000, den: 1 }, label: { zh: '吨', en: 't' } },
  percent: { id: 'percent', dimension: 'ratio', toBase: { num: 1, den: 100 }, label: { zh: '%', en: '%' } },
  'percentage-points': { id: 'percentage-points', dimension: 'ratio-change', toBase: { num: 1, den: 1 }, label: { zh: '个百分点', en: 'percentage points' } },
  count: { id: 'count', dimension: 'count', toBase: { num: 1, den: 1 }, label: { zh: '个', en: '' } },
  'CNY/person': { id: 'CNY/person', dimension: 'money-per-person', toBase: { num: 1, den: 1 }, label: { zh: '元/人', en: 'CNY/person' } },
};

export const UNIT_IDS = Object.keys(UNITS) as UnitId[];

/** What a raw unit word means: its canonical unit and, for classifiers, what is counted by default. */
export interface RawUnitDef {
  unit: UnitId;
  /** Default `counted` for a classifier (个 → items); datasets may name it more precisely. */
  counted?: string;
  /**
   * The classifier names the thing itself (冢 is a grave, 村 a village), so a figure quoting it
   * counts exactly `counted`: another `counted` contradicts the quote (`check` says so).
   */
  names?: true;
}

/**
 * Raw unit words as written in reports (simplified and traditional), longest first when matched.
 * Source: DESIGN.md unit table; classifiers seen in the Yangshahu 2019 report.
 */
export const RAW_UNITS: Readonly<Record<string, RawUnitDef>> = {
  '个百分点': { unit: 'percentage-points' },
  '個百分點': { unit: 'percentage-points' },
  '百分点': { unit: 'percentage-points' },
  '平方公里': { unit: 'km2' },
  '平方米': { unit: 'm2' },
  '平方': { unit: 'm2' },
  '平米': { unit: 'm2' },
  '㎡': { unit: 'm2' },
  'm²': { unit: 'm2' },
  '公顷': { unit: 'ha' },
  '公頃': { unit: 'ha' },
  '公里': { unit: 'km' },
  '千米': { unit: 'km' },
  '米': { unit: 'm' },
  '亩': { unit: 'mu' },
  '畝': { unit: 'mu' },
  '元/人': { unit: 'CNY/person' },
  '元': { unit: 'CNY' },
  '圆': { unit: 'CNY' },
  '圓': { unit: 'CNY' },
  '块钱': { unit: 'CNY' },
  '塊錢': { unit: 'CNY' },
  '人次': { unit: 'person-times' },
  '人': { unit: 'persons' },
  '名': { unit: 'persons' },
  '户': { unit: 'households' },
  '戶': { unit: 'households' },
  '吨': { unit: 't' },
  '噸': { unit: 't' },
  '%': { unit: 'percent' },
  '％': { unit: 'percent' },
  '台次': { unit: 'count', counted: 'machine-times' },
  '处': { unit: 'count', counted: 'sites' },
  '處': { unit: 'count', counted: 'sites' },
  '个': { unit: 'count', counted: 'items' },
  '個': { unit: 'count', counted: 'items' },
  '起': { unit: 'count', counted: 'cases' },
  '件': { unit: 'count', counted: 'items' },
  '家': { unit: 'count', counted: 'enterprises' },
  '条': { unit: 'count', counted: 'items' },
  '條': { unit: 'count', counted: 'items' },
  '期': { unit: 'count', counted: 'issues' },
  '冢': { unit: 'count', counted: 'graves', names: true },
  '块': { unit: 'count', counted: 'pieces' },
  '塊': { unit: 'count', counted: 'pieces' },
  '台': { unit: 'count', counted: 'machines' },
  '次': { unit: 'count', counted: 'times' },
  '村': { unit: 'count', counted: 'villages', names: true },
  '种': { unit: 'count', counted: 'kinds' },
  '種': { unit: 'count', counted: 'kinds' },
  '座': { unit: 'count', counted: 'structures' },
  '所': { unit: 'count', counted: 'institutions' },
  '项': { unit: 'count', counted: 'items' },
  '項': { unit: 'count', counted: 'items' },
};

/** Raw unit words sorted longest first, for greedy matching. */
export const RAW_UNIT_WORDS: readonly string[] = Object.keys(RAW_UNITS).sort((a, b) => b.length - a.length);

/** True when two units measure the same dimension (亩 and 公顷 do; 亩 and 户 do not). */
export function isCompatible(a: UnitId, b: UnitId): boolean {
  return UNITS[a].dimension === UNITS[b].dimension && a !== 'count' && b !== 'count' ? true : a === b;
}
