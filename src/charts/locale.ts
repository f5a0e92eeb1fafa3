import { WorkreportError } from '../errors.ts';
import type { Label } from '../figures/figure.ts';
import { QUALIFIERS } from '../figures/qualifier.ts';
import type { Quantity } from '../figures/quantity.ts';
import { UNITS, type UnitId } from '../figures/unit.ts';
import type { Lang } from './chart.ts';

/**
 * Display texts of charts in zh-CN and en: the few fixed words, unit labels and number formats.
 * Rounding happens here and only here, when a value becomes text; figures keep exact values.
 */

/** The fixed words of charts (source line, notes, tooltips, axis titles). */
export const WORDS = {
  source: { zh: '来源', en: 'Source' },
  note: { zh: '注', en: 'Note' },
  item: { zh: '项目', en: 'Item' },
  value: { zh: '数值', en: 'Value' },
  quote: { zh: '原文', en: 'Report text' },
  group: { zh: '类别', en: 'Group' },
  unit: { zh: '单位', en: 'Unit' },
} as const satisfies Record<string, Label>;

/** `word：` in zh (full-width colon), `word: ` in en. */
export function labelled(word: keyof typeof WORDS, lang: Lang): string {
  return lang === 'zh' ? `${WORDS[word].zh}：` : `${WORDS[word].en}: `;
}

/**
 * The label printed after a number of `unit` (亩, m², 户); for `count`, the classifier or counted
 * noun when given (起, cases), else the unit table's label (zh 个, en none).
 */
export function unitLabel(unit: UnitId, lang: Lang, counted?: string): string {
  return unit === 'count' && counted ? counted : UNITS[unit].label[lang];
}

/** An axis title naming the unit: zh `单位：亩`, en `Unit: mu` (en `Unit: count` for a bare count). */
export function unitTitle(unit: UnitId, lang: Lang, counted?: string): string {
  return labelled('unit', lang) + (unitLabel(unit, lang, counted) || unit);
}

/** A number split into digits and magnitude word, so a qualifier can sit between them (20余万). */
interface NumberParts {
  digits: string;
  magnitude: string;
}

/**
 * Magnitudes, largest first. zh reads 万 (10⁴) and 亿 (10⁸); en reads million and billion.
 * `fraction` is the number of decimals that keeps an integer value exact after scaling
 * (1269000 → 126.9万, 65802 → 6.5802万); longer fractions are rounded.
 */
const MAGNITUDES: Record<Lang, readonly { scale: number; word: string; fraction: number }[]> = {
  zh: [
    { scale: 1e8, word: '亿', fraction: 8 },
    { scale: 1e4, word: '万', fraction: 4 },
  ],
  en: [
    { scale: 1e9, word: ' billion', fraction: 9 },
    { scale: 1e6, word: ' million', fraction: 6 },
  ],
};

/** Decimals kept for a value that is not scaled to a magnitude (185.31公里). */
const PLAIN_FRACTION = 2;

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maximumFractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    // zh groups no digits below 万 (9999); en groups thousands (16,000).
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits, useGrouping: lang === 'en' });
    formatters.set(key, format);
  }
  return format;
}

function numberParts(value: number, lang: Lang): NumberParts {
  // Division of an integer by a power of ten is correctly rounded, so 1269000 / 1e4 prints 126.9.
  const magnitude = MAGNITUDES[lang].find((m) => Math.abs(value) >= m.scale);
  if (!magnitude) return { digits: numberFormat(lang, PLAIN_FRACTION).format(value), magnitude: '' };
  return { digits: numberFormat(lang, magnitude.fraction).format(value / magnitude.scale), magnitude: magnitude.word };
}

/**
 * A bare number as readers of `lang` expect it: zh 16000 → `1.6万`, 435000000 → `4.35亿`,
 * 9999 → `9999`; en 16000 → `16,000`, 1269000 → `1.269 million`. At most 2 decimals below the
 * first magnitude; above it, every digit of an integer value is kept.
 */
export function formatNumber(value: number, lang: Lang): string {
  const { digits, magnitude } = numberParts(value, lang);
  return digits + magnitude;
}

/** A share `part / whole` as a percentage with one decimal: 665/812 → `81.9%`. */
export function formatShare(part: number, whole: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { style: 'percent', maximumFractionDigits: 1 }).format(part / whole);
}

/**
 * Words of the report to print a quantity as written. Both optional.
 * - `counted`: for `count`, the classifier (zh 起, 处) or counted noun (en cases); see `unitLabel`.
 * - `qualifier`: zh only, the qualifier word as written (近 rather than the default 约); it must be
 *   one of `QUALIFIERS[q.qualifier]`'s prefixes or suffixes. English always uses the qualifier's label.
 */
export interface QuantityWords {
  counted?: string;
  qualifier?: string;
}

/** zh qualifier suffixes written between the digits and 万/亿 (20余万元), not after the unit. */
const MID_SUFFIXES: readonly string[] = ['余', '餘', '多'];

/**
 * A quantity with its qualifier and unit, ready for a data label or alt text.
 *
 * zh: `近300亩`, `20余万元`, `60%以上`, `126.9万元`, `1.6万平方米`, `812户`, `101起` (counted 起).
 * en: `about 300 mu`, `more than CNY 200,000`, `at least 60%`, `CNY 1.269 million`, `16,000 m²`.
 * Numbers as {@link formatNumber}. Throws `OPTION_INVALID` when `words.qualifier` is not a word of
 * the quantity's qualifier.
 */
export function formatQuantity(q: Quantity, lang: Lang, words: QuantityWords = {}): string {
  const parts = numberParts(q.value, lang);
  const unit = unitLabel(q.unit, lang, words.counted ?? (lang === 'en' ? q.counted : undefined));
  return lang === 'zh' ? formatZh(q, parts, unit, words.qualifier) : formatEn(q, parts.digits + parts.magnitude, unit);
}

function formatZh(q: Quantity, { digits, magnitude }: NumberParts, unit: string, written: string | undefined): string {
  const def = QUALIFIERS[q.qualifier];
  const allowed = [...def.prefixes, ...def.suffixes];
  if (written !== undefined && !allowed.includes(written)) {
    throw new WorkreportError(
      'OPTION_INVALID',
      `qualifier word "${written}" is not a word of qualifier ${q.qualifier} (allowed: ${allowed.join(', ') || 'none'})`,
      { input: written },
    );
  }
  const word = written ?? def.label.zh;
  if (def.prefixes.includes(word)) return `${word}${digits}${magnitude}${unit}`;
  if (MID_SUFFIXES.includes(word)) return `${digits}${word}${magnitude}${unit}`;
  return `${digits}${magnitude}${unit}${word}`;
}

function formatEn(q: Quantity, number: string, unit: string): string {
  const qualifier = QUALIFIERS[q.qualifier].label.en;
  const amount =
    q.unit === 'CNY'
      ? `CNY ${number}`
      : q.unit === 'percent' || unit === ''
        ? `${number}${unit}`
        : `${number} ${q.value === 1 ? singular(unit) : unit}`;
  return qualifier ? `${qualifier} ${amount}` : amount;
}

/** `1 household`, not `1 households`: drops a plural s from a one-word label. */
function singular(unit: string): string {
  return /^[a-z -]+s$/.test(unit) ? unit.slice(0, -1) : unit;
}

/**
 * Axis properties for a value axis in `lang`: zh tick labels read 万/亿 like the data labels
 * (5000 → 5000, 15000 → 1.5万, 2亿); en keeps Vega's default (15,000).
 */
export function valueAxisLabels(lang: Lang): { labelExpr?: string } {
  if (lang === 'en') return {};
  const scaled = (scale: number, word: string): string => `format(datum.value / ${scale}, '~r') + '${word}'`;
  return {
    labelExpr:
      `abs(datum.value) >= 100000000 ? ${scaled(100000000, '亿')} : ` +
      `abs(datum.value) >= 10000 ? ${scaled(10000, '万')} : format(datum.value, '~r')`,
  };
}
