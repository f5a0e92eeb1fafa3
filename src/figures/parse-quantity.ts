import { WorkreportError, quoteAt } from '../errors.ts';
import { bigUnitAt, chineseDigitAt, smallUnitAt } from './chinese-numeral.ts';
import { CodeSet } from './code-set.ts';
import { exactDecimal, lessThan, timesPow10, timesRatio, toNumber, type ExactDecimal } from './exact-decimal.ts';
import { scanFraction } from './fraction.ts';
import { scanNumber, type ScannedNumber } from './parse-number.ts';
import { QUALIFIERS, QUALIFIER_IDS, type Qualifier } from './qualifier.ts';
import { RAW_UNITS, RAW_UNIT_WORDS, UNIT_PREFIXES, unitWithPrefix, type RawUnitDef, type UnitId } from './unit.ts';

/*
 * Quantity grammar (numbers as in parse-number.ts; words from unit.ts and qualifier.ts):
 *
 *   quantity := lead ( 百分之 amount | fraction | sign? amount unit ) suffix?
 *   lead     := prefix? before? | before prefix?     近, 人均, 人均近, 超过 …
 *   before   := a unit's `before` word (unit.ts)   港币 (HKD with 元), 每亩 人均 户均 亩产 每平方米 (a rate's base)
 *   fraction := see fraction.ts                    三分之二, 4分之3, 2/3, 千分之五
 *   amount   := ( fuzzy | number ( unit? sep 百分之? number )? ) more? big?
 *   fuzzy    := d d+1 ( 十 | 百 | 千 )?          两三 = 2–3, 三四十 = 30–40 (never 23 or 340)
 *   sep      := - － ~ ～ 〜 — – 至 到              3-5万元, 3至5个, 3%～5%
 *   sign     := - － −                           before Arabic digits: -5% = −5 percent
 *   more     := 余 餘 多                           more_than: 20余人
 *   big      := 万 | 亿 | 万亿                      after `more` or `fuzzy`: 20余万元 = 200000, 两三万
 *   prefix   := 近 约 大约 超过 突破 至少 不到 不足 …  (qualifier.ts prefixes)
 *   suffix   := 以上 以下 以内 左右                  (qualifier.ts suffixes other than `more`)
 *   unit     := the longest word of RAW_UNIT_WORDS  亩, 平方, ㎡, 万元 = 万 + 元, 元/人, 个百分点, %, 三成, 亩次
 *
 * A unit word may scale the value (斤 = 1/2 kg, 成 = 10 percent, 兆瓦 = 1000 kW), be read only after
 * Arabic digits (度) or not after a lone 一 (一张蓝图, 一场硬仗: figurative); see unit.ts. A `before`
 * word must combine with the unit word (每亩 + 元 → CNY/mu; 港币 + 元 → HKD), else the expression
 * does not read with it.
 * In a range, 万/亿 written only on the upper end apply to both (3-5万元 = 30000–50000); the ends must
 * ascend. A sign applies to a single value, not to a range. All qualifier words of one quantity must
 * agree (近20余人 is rejected). When a range does not read (30人到场: 场 is no number), the quantity
 * is read as the single value before the separator, so that scanning text finds 30人.
 */

/** A quantity expression as parsed: a `Quantity` plus what was written. */
export interface ParsedQuantity {
  /** Value after multipliers, in the canonical unit (126.9万元 → 1269000); the lower end of a range. */
  value: number;
  /** Upper end of a range (3-5万元 → 50000; 两三个 → 3); absent for a single value. */
  valueMax?: number;
  /** Canonical unit id from unit.ts. */
  unit: UnitId;
  /**
   * The unit word as written (元, 平方, ㎡, 个, %, ％, 成, 美元), or what makes a share: 百分之 (百分之六十),
   * 千分之 (千分之五), 分之 (三分之二), / (2/3). A word before the number (港币, 每亩) is in the quote only.
   */
  unitRaw: string;
  qualifier: Qualifier;
  /** For classifiers: what is counted by default (个 → items, 冢 → graves). */
  counted?: string;
}

/** A quantity found at some offset of a longer text, and where its parts end. */
export interface ScannedQuantity {
  quantity: ParsedQuantity;
  /** Offset (UTF-16 code units) just after the expression, suffix qualifier included. */
  end: number;
  /** Offset just after the unit word (for 百分之 expressions, just after the number). */
  unitEnd: number;
}

const PERCENT_OF = '百分之';
const SEPARATOR_CHARS = '-－~～〜—–至到';
const SEPARATORS = new CodeSet(SEPARATOR_CHARS);
const SIGNS = new CodeSet('-－−');
const ARABIC_DIGITS = new CodeSet('0123456789０１２３４５６７８９');
const MORE = new CodeSet(QUALIFIERS.more_than.suffixes);
const byLength = (a: { word: string }, b: { word: string }): number => b.word.length - a.word.length;
const PREFIXES = QUALIFIER_IDS.flatMap((id) => QUALIFIERS[id].prefixes.map((word) => ({ word, id }))).sort(byLength);
const SUFFIXES = QUALIFIER_IDS.filter((id) => id !== 'more_than')
  .flatMap((id) => QUALIFIERS[id].suffixes.map((word) => ({ word, id })))
  .sort(byLength);
/** First characters of qualifier words, so most positions are passed over with one lookup. */
const PREFIX_FIRST = new CodeSet(PREFIXES.map((p) => p.word));
const UNIT_PREFIX_FIRST = new CodeSet(UNIT_PREFIXES.map((p) => p.word));
const LONE_ONE = new CodeSet('一壹');
/** What follows the numerator of a fraction: 分 (三分之二) or a slash (2/3). */
const FRACTION_MARKS = new CodeSet('分/');
const PER_MILLE = '千分之';
const SUFFIX_FIRST = new CodeSet(SUFFIXES.map((s) => s.word));

/** Unit words by their first character, longest first: a text position is tested against few words. */
const UNIT_WORDS_BY_FIRST = new Map<number, string[]>();

/** How `readWith` reads a unit word: `RawUnitDef` with every field present, so its reads stay monomorphic. */
interface WordReading {
  unit: UnitId;
  counted: string | undefined;
  scale: RawUnitDef['scale'];
  digitsOnly: boolean;
  notAfterLoneOne: boolean;
  minValue: number | undefined;
}
/** `RAW_UNITS` as a map: one lookup per candidate, on the scanner's hot path. */
const RAW_UNIT_DEFS: ReadonlyMap<string, WordReading> = new Map(
  Object.entries(RAW_UNITS).map(([word, d]): [string, WordReading] => [
    word,
    { unit: d.unit, counted: d.counted, scale: d.scale, digitsOnly: d.digitsOnly === true, notAfterLoneOne: d.notAfterLoneOne === true, minValue: d.minValue },
  ]),
);
for (const word of RAW_UNIT_WORDS) {
  const first = word.charCodeAt(0);
  UNIT_WORDS_BY_FIRST.set(first, [...(UNIT_WORDS_BY_FIRST.get(first) ?? []), word]);
}

/**
 * Characters that may follow the digits of a quantity (a unit word's first character, 余 多, a range
 * separator, 分 or a slash of a fraction): where none follows a numeral, no quantity starts at it. Unit words that begin with a
 * numeral character (千米, 百分点) are in `NUMERAL_UNIT_FIRST` instead.
 */
export const AFTER_NUMBER: ReadonlySet<string> = new Set([
  ...RAW_UNIT_WORDS.map((w) => w[0] ?? ''),
  ...QUALIFIERS.more_than.suffixes,
  ...'分/',
  ...SEPARATOR_CHARS,
]);

/** First characters of unit words that are themselves numerals: 千 (千米), 百 (百分点). */
export const NUMERAL_UNIT_FIRST = new CodeSet(
  RAW_UNIT_WORDS.map((w) => w.charAt(0)).filter((ch) => chineseDigitAt(ch, 0) !== undefined || smallUnitAt(ch, 0) !== undefined),
);

/** The numeric part of an expression: its ends, where it stops, and whether 万/亿 already applied. */
interface Amount {
  low: ExactDecimal;
  high: ExactDecimal | undefined;
  end: number;
  scaled: boolean;
  /** Unit word repeated on the lower end of a range (3%～5%). */
  lowUnit: string | undefined;
}

/** Why an expression does not read: where, and what was expected there. */
interface Failure {
  ok: false;
  at: number;
  problem: string;
  cause?: WorkreportError;
  /** The failure came from reading a range (after its separator, or from its two ends). */
  inRange: boolean;
}

interface Success {
  ok: true;
  scanned: ScannedQuantity;
  /** Why the range after the value did not read, when the value was read without it. */
  rangeFailure: Failure | undefined;
}

/**
 * Parse one whole quantity expression as quoted from a report (grammar above): optional prefix
 * qualifier, a number or range, optional 余/多 and 万/亿, a unit word, optional suffix qualifier.
 * @param expression exactly the quote, nothing around it: `近300亩`, `20余万元`, `60%以上`, `两起`
 * @returns value (and valueMax for ranges) after multipliers in the canonical unit, the unit word as
 *   written, the qualifier (`exact` when none) and, for classifiers, what is counted
 * @throws WorkreportError `QUANTITY_INVALID` naming the expression, the failing substring and what was
 *   expected: no number, no unit word (`八大`, `12`), extra text, a descending range, conflicting
 *   qualifiers; a malformed number's `NUMBER_INVALID` is its `cause`
 * @example parseQuantity('600余万元') // { value: 6000000, unit: 'CNY', unitRaw: '元', qualifier: 'more_than' }
 * @example parseQuantity('3-5万元') // { value: 30000, valueMax: 50000, unit: 'CNY', unitRaw: '元', qualifier: 'exact' }
 * @example parseQuantity('两起') // { value: 2, unit: 'count', unitRaw: '起', qualifier: 'exact', counted: 'cases' }
 */
export function parseQuantity(expression: string): ParsedQuantity {
  const read = readQuantity(expression, 0);
  if (!read.ok) throw quantityError(expression, read.at, read.problem, read.cause);
  if (read.scanned.end < expression.length) {
    const why = read.rangeFailure;
    if (why) throw quantityError(expression, why.at, why.problem, why.cause);
    throw quantityError(expression, read.scanned.end, 'unexpected text after the quantity');
  }
  return read.scanned.quantity;
}

/**
 * Scan the longest quantity expression (grammar above) that starts at `start` of `text`, leaving
 * whatever follows it. The same reading as `parseQuantity`, for finding figures in running text.
 * @param text any text; offsets are UTF-16 code units
 * @param start where the expression begins: its prefix qualifier, its sign or its number. Default: 0
 * @returns the quantity and where it ends, or undefined when no quantity starts at `start`
 *   (no number, no unit word, a malformed number); never throws for text
 * @example scanQuantity('共征地430亩;完成', 3) // { quantity: { value: 430, unit: 'mu', … }, end: 7, unitEnd: 7 }
 * @example scanQuantity('30人到场', 0)?.end // 3 (到场 is no range)
 */
export function scanQuantity(text: string, start = 0): ScannedQuantity | undefined {
  const read = readQuantity(text, start);
  return read.ok ? read.scanned : undefined;
}

/** Read with ranges; if a range was what failed, read the single value before it. */
function readQuantity(text: string, start: number): Success | Failure {
  const ranged = readWith(text, start, true);
  if (ranged.ok || !ranged.inRange) return ranged;
  const single = readWith(text, start, false);
  return single.ok ? { ...single, rangeFailure: ranged } : ranged;
}

function readWith(text: string, start: number, ranges: boolean): Success | Failure {
  const qualifiers: { id: Qualifier; at: number }[] = [];
  let pos = start;
  let prefix = qualifierPrefixAt(text, pos);
  if (prefix) {
    qualifiers.push({ id: prefix.id, at: pos });
    pos += prefix.word.length;
  }
  const before = UNIT_PREFIX_FIRST.at(text, pos) ? UNIT_PREFIXES.find((p) => text.startsWith(p.word, pos)) : undefined;
  if (before) {
    pos += before.word.length;
    prefix = qualifiers.length === 0 ? qualifierPrefixAt(text, pos) : undefined;
    if (prefix) {
      qualifiers.push({ id: prefix.id, at: pos });
      pos += prefix.word.length;
    }
  }
  const numberStart = pos;
  const percentOf = text.startsWith(PERCENT_OF, pos);
  const negative = !percentOf && SIGNS.at(text, pos) && ARABIC_DIGITS.at(text, pos + 1);
  if (percentOf) pos += PERCENT_OF.length;
  if (negative) pos += 1;
  const amount = scanFuzzy(text, pos) ?? scanRange(text, pos, percentOf, ranges);
  // A number followed by 分之 or a slash may be a fraction (三分之二, 2/3); 千分之 fails as a number.
  if (before === undefined && !percentOf && !negative && (amount.ok ? FRACTION_MARKS.at(text, amount.end) : text.startsWith(PER_MILLE, pos))) {
    const fraction = scanFraction(text, numberStart, readNumberOrNone);
    if (fraction) return withSuffix(text, fraction.end, { value: fraction.value, unit: fraction.unit, unitRaw: fraction.unitRaw, qualifier: 'exact' }, fraction.end, qualifiers);
  }
  if (!amount.ok) return amount;
  let { low, high } = amount;
  if (negative && high) return fail(start, 'a sign applies to a single value, not to a range', true);
  pos = amount.end;
  if (MORE.at(text, pos)) {
    qualifiers.push({ id: 'more_than', at: pos });
    pos += 1;
  }
  const big = scanBig(text, pos);
  if (big) {
    if (amount.scaled) return fail(pos, 'the number already has 万 or 亿; expected a unit word', false);
    low = timesPow10(low, big.exp);
    high = high && timesPow10(high, big.exp);
    pos = big.end;
  }
  let unitRaw = PERCENT_OF;
  let unit: UnitId = 'percent';
  let counted: string | undefined;
  if (!percentOf) {
    const word = unitWordAt(text, pos);
    const def = word === undefined ? undefined : RAW_UNIT_DEFS.get(word);
    if (word === undefined || def === undefined) return fail(pos, 'expected a unit word (亩, 平方, 元, 人, 户, 个, 次 …) or %', false);
    if (amount.lowUnit !== undefined && amount.lowUnit !== word) {
      return fail(pos, `the two ends of the range have different units (${amount.lowUnit}, ${word})`, true);
    }
    if (def.digitsOnly && !ARABIC_DIGITS.at(text, numberStart)) return fail(pos, `「${word}」 is a unit only after Arabic digits (300万度; 一度 means "once")`, false);
    if (def.notAfterLoneOne && amount.end === numberStart + 1 && LONE_ONE.at(text, numberStart)) {
      return fail(pos, `一${word} is figurative (一${word}蓝图, 一${word}硬仗), not a count`, false);
    }
    if (def.minValue !== undefined && toNumber(low) < def.minValue) return fail(pos, `「${word}」 is a unit only from ${def.minValue} up (25度 is a slope, 3方 are parties)`, false);
    if (def.scale) {
      low = timesRatio(low, def.scale.num, def.scale.den);
      high = high && timesRatio(high, def.scale.num, def.scale.den);
    }
    ({ unit, counted } = def);
    unitRaw = word;
    pos += word.length;
  }
  if (before) {
    const combined = unitWithPrefix(before, unit, unitRaw);
    if (combined === undefined) return fail(start, `「${before.word}」 does not combine with the unit 「${unitRaw}」`, false);
    unit = combined;
  }
  const value = toNumber(low);
  const inexact = [value, high === undefined ? 0 : toNumber(high)].find((v) => Number.isInteger(v) && !Number.isSafeInteger(v));
  if (inexact !== undefined) return fail(start, "the number is beyond 2^53 (9007199254740991): a JavaScript number cannot hold it exactly, so it is not read", false);
  const quantity: ParsedQuantity = { value: negative ? -value : value, unit, unitRaw, qualifier: 'exact' };
  if (high) quantity.valueMax = toNumber(high);
  if (counted !== undefined && before === undefined) quantity.counted = counted;
  return withSuffix(text, pos, quantity, pos, qualifiers);
}

/** The qualifier word (近, 约, 超过 …) starting at `pos`, or undefined. */
function qualifierPrefixAt(text: string, pos: number): { word: string; id: Qualifier } | undefined {
  return PREFIX_FIRST.at(text, pos) ? PREFIXES.find((p) => text.startsWith(p.word, pos)) : undefined;
}

/** Finish a quantity read up to `pos`: its suffix qualifier, and all its qualifier words agreeing. */
function withSuffix(text: string, unitEnd: number, quantity: ParsedQuantity, from: number, qualifiers: { id: Qualifier; at: number }[]): Success | Failure {
  let pos = from;
  const suffix = SUFFIX_FIRST.at(text, pos) ? SUFFIXES.find((s) => text.startsWith(s.word, pos)) : undefined;
  if (suffix) {
    qualifiers.push({ id: suffix.id, at: pos });
    pos += suffix.word.length;
  }
  const qualifier = qualifiers[0]?.id ?? 'exact';
  const clash = qualifiers.find((q) => q.id !== qualifier);
  if (clash) return fail(clash.at, `qualifiers disagree (${qualifier}, ${clash.id})`, false);
  quantity.qualifier = qualifier;
  return { ok: true, scanned: { quantity, end: pos, unitEnd }, rangeFailure: undefined };
}

/** `d d+1 (十|百|千)?` at `pos`: 两三 → 2–3, 三四十 → 30–40; undefined when not there. */
function scanFuzzy(text: string, pos: number): (Amount & { ok: true }) | undefined {
  const a = chineseDigitAt(text, pos);
  const b = chineseDigitAt(text, pos + 1);
  if (a === undefined || a === 0 || b !== a + 1) return undefined;
  const exp = smallUnitAt(text, pos + 2);
  const place = (digit: number): ExactDecimal => timesPow10(exactDecimal(String(digit)), exp ?? 0);
  return { ok: true, low: place(a), high: place(b), end: pos + (exp === undefined ? 2 : 3), scaled: false, lowUnit: undefined };
}

/** `number ( unit? sep 百分之? number )?` at `pos`, with 万/亿 of the upper end carried to the lower. */
function scanRange(text: string, pos: number, percentOf: boolean, ranges: boolean): (Amount & { ok: true }) | Failure {
  const first = readNumber(text, pos);
  if (!('value' in first)) return first;
  const single = { ok: true as const, low: first.value, high: undefined, end: first.end, scaled: first.multiplier !== 0, lowUnit: undefined };
  if (!ranges) return single;
  const lowUnit = percentOf ? undefined : unitWordAt(text, first.end);
  let at = first.end + (lowUnit?.length ?? 0);
  if (!SEPARATORS.at(text, at)) return single;
  at += 1;
  if (percentOf && text.startsWith(PERCENT_OF, at)) at += PERCENT_OF.length;
  const second = readNumber(text, at);
  if (!('value' in second)) return { ...second, inRange: true };
  let low = first.value;
  if (lowUnit === undefined && first.multiplier === 0 && second.multiplier !== 0) {
    if (second.multiplier === undefined) return fail(at, 'the upper end leaves the place of the lower end ambiguous: write both in full', true);
    low = timesPow10(low, second.multiplier);
  }
  if (!lessThan(low, second.value)) return fail(pos, 'the range must ascend (3-5万元)', true);
  return { ok: true, low, high: second.value, end: second.end, scaled: first.multiplier !== 0 || second.multiplier !== 0, lowUnit };
}

/** The longest unit word at `pos`, or undefined. */
function unitWordAt(text: string, pos: number): string | undefined {
  const candidates = UNIT_WORDS_BY_FIRST.get(text.charCodeAt(pos));
  return candidates?.find((word) => text.startsWith(word, pos));
}

/** 万, 亿 or 万亿 at `pos` as a power of ten. */
function scanBig(text: string, pos: number): { exp: number; end: number } | undefined {
  const exp = bigUnitAt(text, pos);
  if (exp === undefined) return undefined;
  return exp === 4 && bigUnitAt(text, pos + 1) === 8 ? { exp: 12, end: pos + 2 } : { exp, end: pos + 1 };
}

/** `scanNumber`, or undefined where no number reads. */
function readNumberOrNone(text: string, pos: number): ScannedNumber | undefined {
  const read = readNumber(text, pos);
  return 'value' in read ? read : undefined;
}

/** `scanNumber`, with its `NUMBER_INVALID` turned into a failure of this expression. */
function readNumber(text: string, pos: number): ScannedNumber | Failure {
  try {
    return scanNumber(text, pos);
  } catch (error) {
    if (!(error instanceof WorkreportError) || error.code !== 'NUMBER_INVALID') throw error;
    return { ok: false, at: pos, problem: `the number does not parse (${error.message})`, cause: error, inRange: false };
  }
}

function fail(at: number, problem: string, inRange: boolean): Failure {
  return { ok: false, at, problem, inRange };
}

function quantityError(expression: string, offset: number, problem: string, cause?: unknown): WorkreportError {
  const message = `Cannot read 「${expression}」 as a quantity: ${problem}, ${quoteAt(expression, offset)}.`;
  return new WorkreportError('QUANTITY_INVALID', message, { input: expression, cause });
}
