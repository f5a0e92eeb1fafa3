import { WorkreportError } from '../errors.ts';
import type { Label } from '../figures/figure.ts';
import { punctuation } from '../figures/locale.ts';
import { QUALIFIERS, type Qualifier, type QualifierDisplay, type QualifierMeaning } from '../figures/qualifier.ts';
import type { Quantity } from '../figures/quantity.ts';
import { UNITS, type UnitId } from '../figures/unit.ts';
import { RESULT_QUALIFIERS } from '../indicators/result.ts';
import type { Lang } from '../vocabulary.ts';
import { roundDecimal } from './decimal.ts';
import { message } from '../messages.ts';

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
  qualifier: { zh: '限定词', en: 'Qualifier' },
  rest: { zh: '其余', en: 'Rest' },
  valueAxis: { zh: '数值轴', en: 'Value axis' },
  categoryAxis: { zh: '类别轴', en: 'Category axis' },
  legend: { zh: '图例', en: 'Legend' },
} as const satisfies Record<string, Label>;

/** `word：` in zh (full-width colon), `word: ` in en. */
export function labelled(word: keyof typeof WORDS, lang: Lang): string {
  return punctuation(lang).colon(WORDS[word][lang]);
}

/**
 * A chart note as printed: `注：…` / `Note: …`, with the word once also when the note's own text
 * begins with it or its like (`注：…`, `注:…`, `备注：…`, `说明：…`, `Note: …`, `Notes - …` are all
 * read as the note after the word).
 *
 * @example noteLine('注：两项面积可能重叠。', 'zh') // '注：两项面积可能重叠。'
 */
export function noteLine(note: string, lang: Lang): string {
  return labelled('note', lang) + note.replace(/^\s*(?:(?:备注|说明|注)\s*[:：]|notes?\s*[:：-])\s*/i, '');
}

/**
 * The label printed after a number of `unit` (亩, m², 户); for `count`, the classifier or counted
 * noun when given (起, cases), else the unit table's label (zh 个, en none); for `other`, the
 * report's unit word when given (立方米).
 */
export function unitLabel(unit: UnitId, lang: Lang, counted?: string): string {
  return (unit === 'count' || unit === 'other') && counted ? counted : UNITS[unit].label[lang];
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
 * Magnitudes, smallest first: zh reads 万 (10⁴) and 亿 (10⁸), en reads million and billion.
 * `shift` moves the decimal point: 1269000 is 126.9 × 10⁴.
 */
const MAGNITUDES: Record<Lang, readonly { shift: number; word: string }[]> = {
  zh: [
    { shift: 0, word: '' },
    { shift: -4, word: '万' },
    { shift: -8, word: '亿' },
  ],
  en: [
    { shift: 0, word: '' },
    { shift: -6, word: ' million' },
    { shift: -9, word: ' billion' },
  ],
};

/**
 * Decimals kept, trailing zeros dropped: after a magnitude word (1269000 → 126.9万,
 * CNY 1.27 million) and for a plain number (185.31公里). Two decimals keep three significant
 * digits for 1–9.99万 and never hide a digit the report wrote after 万 (126.9万, 1.13万).
 */
const FRACTION_DIGITS = 2;

/**
 * `digits` (a decimal without sign, as roundDecimal writes it) with its thousands grouped, as en
 * writes them: 16000.5 → `16,000.5`; zh groups no digits below 万 (9999). On the string, so a whole
 * number beyond 2^53 keeps its digits, and no `Intl.NumberFormat` is made where a page loads (its
 * first one costs ~15 ms of a chart page's start in Chromium).
 */
function groupThousands(digits: string): string {
  const point = digits.indexOf('.');
  const whole = point === -1 ? digits : digits.slice(0, point);
  return whole.replace(/\B(?=(?:\d{3})+$)/g, ',') + (point === -1 ? '' : digits.slice(point));
}

function numberParts(value: number, lang: Lang): NumberParts {
  const levels = MAGNITUDES[lang];
  const size = Math.abs(value);
  // The largest magnitude the value reaches, then one up if rounding reaches the next
  // (99999999 would read 10000万: it reads 1亿).
  let level = levels.reduce((found, m, i) => (size >= 10 ** -m.shift ? i : found), 0);
  // A whole number the report states (65802㎡, 189900000元) is never shown rounded in zh: take the
  // largest magnitude at which it is exact with the decimals kept (18990万), else plain digits.
  const exactWhole = lang === 'zh' && Number.isInteger(size);
  if (exactWhole) {
    while (level > 0 && size % 10 ** (-(levels[level]?.shift ?? 0) - FRACTION_DIGITS) !== 0) level -= 1;
  }
  const shift = levels[level]?.shift ?? 0;
  let rounded = roundDecimal(size, FRACTION_DIGITS, shift);
  const next = levels[level + 1];
  if (!exactWhole && next !== undefined && Number(rounded) >= 10 ** (shift - next.shift)) {
    level += 1;
    rounded = roundDecimal(size, FRACTION_DIGITS, next.shift);
  }
  const digits = lang === 'en' ? groupThousands(rounded) : rounded;
  return { digits: (value < 0 && Number(rounded) !== 0 ? '-' : '') + digits, magnitude: levels[level]?.word ?? '' };
}

/**
 * A bare number as readers of `lang` expect it, rounded half-up on its decimal value
 * (see decimal.ts) to at most 2 decimals, trailing zeros dropped:
 * zh 16000 → `1.6万`, 1269000 → `126.9万`, 435000000 → `4.35亿`, 9999 → `9999`; a whole number
 * that would lose digits keeps them: 65802 → `65802`, 189900000 → `18990万` (a reader quoting the
 * chart quotes the report); a fraction is rounded: 14084.507 → `1.41万`;
 * en 16000 → `16,000`, 1269000 → `1.27 million`, 435000000 → `435 million`.
 * A fraction that rounds up to the next magnitude takes its word: 99999999.9 → `1亿`, 9999.999 → `1万`;
 * 9999 stays `9999` (no rounding below 万 but to 2 decimals).
 */
export function formatNumber(value: number, lang: Lang): string {
  const { digits, magnitude } = numberParts(value, lang);
  return digits + magnitude;
}

/** Letters of compact English ticks, and what each stands for. */
export const TICK_MAGNITUDES = { K: 1e3, M: 1e6, B: 1e9 } as const;
export type TickMagnitude = keyof typeof TICK_MAGNITUDES;

/** Whether axes of `lang` print ticks with magnitude letters (en 5K, 1.5M); zh writes 万 and 亿 as {@link formatNumber} does. */
const TICK_LETTERS: Record<Lang, boolean> = { zh: false, en: true };

/**
 * The smallest letter an axis of `lang` reaching `max` (by absolute value) prints its ticks with:
 * en `K` from ten thousand on, none below (5,000 stays 5,000 on an axis to 8,000); zh none.
 */
export function tickMagnitude(max: number, lang: Lang): TickMagnitude | undefined {
  return TICK_LETTERS[lang] && Math.abs(max) >= 1e4 ? 'K' : undefined;
}

/**
 * An axis tick as short as it reads unambiguously beside the axis title: zh as
 * {@link formatNumber} (20000 → `2万`, 250000000 → `2.5亿`, 5000 → `5000`); en with the largest
 * letter the value reaches, at least `magnitude` (K: 5000 → `5K`, 200000 → `200K`, 1500000 →
 * `1.5M`, 2000000000 → `2B`, 0 → `0`), as English charts print ticks; without `magnitude`, as
 * {@link formatNumber} (5,000). Five ticks of millions then fit a phone-wide axis. Negative values
 * keep their sign.
 */
export function formatTick(value: number, lang: Lang, magnitude?: TickMagnitude): string {
  if (lang === 'zh' || magnitude === undefined) return formatNumber(value, lang);
  if (value === 0) return '0';
  const letters = (Object.keys(TICK_MAGNITUDES) as TickMagnitude[]).filter(
    (m) => TICK_MAGNITUDES[m] >= TICK_MAGNITUDES[magnitude],
  );
  const letter = letters.filter((m) => Math.abs(value) >= TICK_MAGNITUDES[m]).at(-1) ?? magnitude;
  return `${Number((value / TICK_MAGNITUDES[letter]).toPrecision(3))}${letter}`;
}

/**
 * A ratio (a fraction, 1 = 100 %) as a percentage with at most `fractionDigits` decimals, rounded
 * half-up on the decimal value: 0.0435 → `4.4%`, 2269/2624 → `86.5%`, 0.98 → `98%`. Same in zh and en.
 */
export function formatRatio(ratio: number, fractionDigits = 1): string {
  return `${roundDecimal(ratio, fractionDigits, 2)}%`;
}

/**
 * A share `part / whole` as a percentage with one decimal: 665/812 → `81.9%`, 2269/2624 → `86.5%`.
 * Percentages read alike in zh and en; `lang` keeps the call shape of the other formatters.
 */
export function formatShare(part: number, whole: number, _lang: Lang): string {
  return formatRatio(part / whole);
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

/**
 * A quantity with its qualifier and unit, ready for a data label or alt text.
 *
 * zh: `近300亩`, `20余万元`, `60%以上`, `126.9万元`, `1.6万平方米`, `812户`, `101起` (counted 起).
 * en: `about 300 mu`, `more than CNY 200,000`, `at least 60%`, `CNY 1.269 million`, `16,000 m²`.
 * Numbers as {@link formatNumber}. Throws `OPTION_INVALID` when `words.qualifier` is not a word of
 * the quantity's qualifier.
 */
export function formatQuantity(q: Quantity, lang: Lang, words: QuantityWords = {}): string {
  const parts = q.valueMax === undefined ? numberParts(q.value, lang) : rangeParts(q.value, q.valueMax, lang);
  const unit = unitLabel(q.unit, lang, words.counted ?? countedNoun(q.counted, lang));
  return lang === 'zh' ? formatZh(q, parts, unit, words.qualifier) : formatEn(q, parts.digits + parts.magnitude, unit);
}

/** Whether `lang` prints a count with its counted noun (en 101 cases); zh prints the classifier of the quote instead (101起). */
const PRINTS_COUNTED: Record<Lang, boolean> = { zh: false, en: true };

/** A quantity's counted noun (`Quantity.counted`) when `lang` prints it, else undefined (see `unitLabel`). */
export function countedNoun(counted: string | undefined, lang: Lang): string | undefined {
  return PRINTS_COUNTED[lang] ? counted : undefined;
}

/**
 * Both ends of a range, the magnitude written once when they share it: zh `3-5` + `亿`, en
 * `300–500` + ` million`; else each end with its own (`5000-1.2万`).
 */
function rangeParts(low: number, high: number, lang: Lang): NumberParts {
  const from = numberParts(low, lang);
  const to = numberParts(high, lang);
  const dash = lang === 'zh' ? '-' : '–';
  if (from.magnitude === to.magnitude) return { digits: `${from.digits}${dash}${to.digits}`, magnitude: to.magnitude };
  return { digits: `${from.digits}${from.magnitude}${dash}${to.digits}`, magnitude: to.magnitude };
}

function formatZh(q: Quantity, { digits, magnitude }: NumberParts, unit: string, written: string | undefined): string {
  const def = QUALIFIERS[q.qualifier];
  const allowed = [...def.prefixes, ...def.suffixes];
  if (written !== undefined && !allowed.includes(written)) {
    const params = { word: written, qualifier: q.qualifier, allowed };
    throw new WorkreportError(message('OPTION_INVALID', 'qualifierWord', params), { input: written });
  }
  const word = written ?? def.zh.word;
  // A word as written sits where the report puts it: a prefix before, 余/多 between the digits and 万/亿.
  const placement =
    written === undefined
      ? def.zh.placement
      : def.prefixes.includes(written)
        ? 'before'
        : QUALIFIERS.more_than.suffixes.includes(written)
          ? 'inside'
          : 'after';
  if (placement === 'before') return `${word}${digits}${magnitude}${unit}`;
  // 余 goes between whole digits and 万/亿 (20余万元) but after 万/亿 when the digits have a decimal part
  // (1.2万余亩: 1.2余万 is no Chinese).
  if (placement === 'inside')
    return /[.．]/.test(digits) ? `${digits}${magnitude}${word}${unit}` : `${digits}${word}${magnitude}${unit}`;
  return `${digits}${magnitude}${unit}${word}`;
}

function formatEn(q: Quantity, number: string, unit: string): string {
  const placement = UNITS[q.unit].enPlacement ?? 'after';
  const amount =
    placement === 'before'
      ? `${unit} ${number}`
      : placement === 'attached' || unit === ''
        ? `${number}${unit}`
        : `${number} ${q.value === 1 ? singular(unit) : unit}`;
  return withQualifier(amount, QUALIFIERS[q.qualifier].en, 'en');
}

/**
 * `text` with a qualifier's word where it sits (see `Placement`): zh `约3.2人/户`, `60%以上`,
 * `2.4人/户（不确定）`; en `about 3.2 …`, `2.4 … (uncertain)`. An empty word leaves `text` as it is.
 */
export function withQualifier(text: string, display: QualifierDisplay, lang: Lang): string {
  const { word, placement } = display;
  if (word === '') return text;
  const { space, aside } = punctuation(lang);
  if (placement === 'before') return `${word}${space}${text}`;
  if (placement === 'note') return aside(text, word);
  return `${text}${space}${word}`;
}

/** `1 household`, not `1 households`: drops the plural s of an English unit label (`illegal buildings` → `illegal building`). */
export function singular(unit: string): string {
  return /^[a-z -]+s$/.test(unit) ? unit.slice(0, -1) : unit;
}

/** How a value relates to the true number: a figure's {@link Qualifier}, or `unknown` for an indicator bounded both ways. */
export type ValueQualifier = Qualifier | 'unknown';

/** Every value qualifier's definition: a figure's (qualifier.ts), and `unknown` of indicator results. */
const VALUE_QUALIFIERS: Record<ValueQualifier, QualifierMeaning> = {
  ...QUALIFIERS,
  unknown: RESULT_QUALIFIERS.unknown,
};

/**
 * A qualifier explained for a tooltip: the word as the report wrote it (zh) or its English
 * label, then its meaning. zh `近（约数）`, `余（多于此数）`, `无（确数）`; en `about (approximate)`,
 * `none (exact)`, `uncertain (inputs bound it both ways)`.
 * `written` is the zh word found in the quote (近 rather than the default 约); ignored in en.
 */
export function qualifierText(qualifier: ValueQualifier, lang: Lang, written?: string): string {
  const { word, meaning } = VALUE_QUALIFIERS[qualifier][lang];
  if (lang === 'en') return `${word || 'none'} (${meaning})`;
  return `${written ?? (word || '无')}（${meaning}）`;
}
