import { WorkreportError, quoteAt } from '../errors.ts';
import { bigUnitAt, chineseDigitAt, smallUnitAt } from './chinese-numeral.ts';
import { exactDecimal, lessThan, timesPow10, toNumber, type ExactDecimal } from './exact-decimal.ts';
import { scanNumber, type ScannedNumber } from './parse-number.ts';
import { QUALIFIERS, QUALIFIER_IDS, type Qualifier } from './qualifier.ts';
import { RAW_UNITS, RAW_UNIT_WORDS, type UnitId } from './unit.ts';

/*
 * Quantity grammar (numbers as in parse-number.ts; words from unit.ts and qualifier.ts):
 *
 *   quantity := prefix? ( 百分之 amount | amount unit ) suffix?
 *   amount   := ( fuzzy | number ( unit? sep 百分之? number )? ) more? big?
 *   fuzzy    := d d+1 ( 十 | 百 | 千 )?          两三 = 2–3, 三四十 = 30–40 (never 23 or 340)
 *   sep      := - － ~ ～ 〜 — – 至 到              3-5万元, 3至5个, 3%～5%
 *   more     := 余 餘 多                           more_than: 20余人
 *   big      := 万 | 亿 | 万亿                      after `more` or `fuzzy`: 20余万元 = 200000, 两三万
 *   prefix   := 近 约 大约 超过 突破 至少 不到 不足 …  (qualifier.ts prefixes)
 *   suffix   := 以上 以下 以内 左右                  (qualifier.ts suffixes other than `more`)
 *   unit     := the longest word of RAW_UNIT_WORDS  亩, 平方, ㎡, 万元 = 万 + 元, 元/人, 个百分点, %
 *
 * In a range, 万/亿 written only on the upper end apply to both (3-5万元 = 30000–50000); the ends must
 * ascend. All qualifier words of one quantity must agree (近20余人 is rejected).
 */

/** A quantity expression as parsed: a `Quantity` plus what was written. */
export interface ParsedQuantity {
  /** Value after multipliers, in the canonical unit (126.9万元 → 1269000); the lower end of a range. */
  value: number;
  /** Upper end of a range (3-5万元 → 50000; 两三个 → 3); absent for a single value. */
  valueMax?: number;
  /** Canonical unit id from unit.ts. */
  unit: UnitId;
  /** The unit word as written (元, 平方, ㎡, 个, %, ％), or 百分之 for 百分之六十. */
  unitRaw: string;
  qualifier: Qualifier;
  /** For classifiers: what is counted by default (个 → items, 冢 → graves). */
  counted?: string;
}

const PERCENT_OF = '百分之';
const SEPARATORS = ['-', '－', '~', '～', '〜', '—', '–', '至', '到'];
const MORE = QUALIFIERS.more_than.suffixes;
const byLength = (a: { word: string }, b: { word: string }): number => b.word.length - a.word.length;
const PREFIXES = QUALIFIER_IDS.flatMap((id) => QUALIFIERS[id].prefixes.map((word) => ({ word, id }))).sort(byLength);
const SUFFIXES = QUALIFIER_IDS.filter((id) => id !== 'more_than')
  .flatMap((id) => QUALIFIERS[id].suffixes.map((word) => ({ word, id })))
  .sort(byLength);

/** The numeric part of an expression: its ends, where it stops, and whether 万/亿 already applied. */
interface Amount {
  low: ExactDecimal;
  high: ExactDecimal | undefined;
  end: number;
  scaled: boolean;
  /** Unit word repeated on the lower end of a range (3%～5%). */
  lowUnit: string | undefined;
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
  const qualifiers: { id: Qualifier; at: number }[] = [];
  let pos = 0;
  const prefix = PREFIXES.find((p) => expression.startsWith(p.word, pos));
  if (prefix) {
    qualifiers.push({ id: prefix.id, at: pos });
    pos += prefix.word.length;
  }
  const percentOf = expression.startsWith(PERCENT_OF, pos);
  if (percentOf) pos += PERCENT_OF.length;
  const amount = scanFuzzy(expression, pos) ?? scanRange(expression, pos, percentOf);
  let { low, high, scaled } = amount;
  pos = amount.end;
  const more = MORE.find((word) => expression.startsWith(word, pos));
  if (more) {
    qualifiers.push({ id: 'more_than', at: pos });
    pos += more.length;
  }
  const big = scanBig(expression, pos);
  if (big) {
    if (scaled) throw quantityError(expression, pos, `the number already has 万 or 亿; expected a unit word`);
    low = timesPow10(low, big.exp);
    high = high && timesPow10(high, big.exp);
    pos = big.end;
  }
  let unitRaw = PERCENT_OF;
  let unit: UnitId = 'percent';
  let counted: string | undefined;
  if (!percentOf) {
    const word = RAW_UNIT_WORDS.find((w) => expression.startsWith(w, pos));
    const def = word === undefined ? undefined : RAW_UNITS[word];
    if (word === undefined || def === undefined) throw quantityError(expression, pos, 'expected a unit word (亩, 平方, 元, 人, 户, 个, 次 …) or %');
    if (amount.lowUnit !== undefined && amount.lowUnit !== word) {
      throw quantityError(expression, pos, `the two ends of the range have different units (${amount.lowUnit}, ${word})`);
    }
    ({ unit, counted } = def);
    unitRaw = word;
    pos += word.length;
  }
  const suffix = SUFFIXES.find((s) => expression.startsWith(s.word, pos));
  if (suffix) {
    qualifiers.push({ id: suffix.id, at: pos });
    pos += suffix.word.length;
  }
  if (pos < expression.length) throw quantityError(expression, pos, 'unexpected text after the quantity');
  const qualifier = qualifiers[0]?.id ?? 'exact';
  const clash = qualifiers.find((q) => q.id !== qualifier);
  if (clash) throw quantityError(expression, clash.at, `qualifiers disagree (${qualifier}, ${clash.id})`);
  return {
    value: toNumber(low),
    ...(high && { valueMax: toNumber(high) }),
    unit,
    unitRaw,
    qualifier,
    ...(counted !== undefined && { counted }),
  };
}

/** `d d+1 (十|百|千)?` at `pos`: 两三 → 2–3, 三四十 → 30–40; undefined when not there. */
function scanFuzzy(expression: string, pos: number): Amount | undefined {
  const a = chineseDigitAt(expression, pos);
  const b = chineseDigitAt(expression, pos + 1);
  if (a === undefined || a === 0 || b !== a + 1) return undefined;
  const exp = smallUnitAt(expression, pos + 2);
  const place = (digit: number): ExactDecimal => timesPow10(exactDecimal(String(digit)), exp ?? 0);
  return { low: place(a), high: place(b), end: pos + (exp === undefined ? 2 : 3), scaled: false, lowUnit: undefined };
}

/** `number ( unit? sep 百分之? number )?` at `pos`, with 万/亿 of the upper end carried to the lower. */
function scanRange(expression: string, pos: number, percentOf: boolean): Amount {
  const first = readNumber(expression, pos);
  const single: Amount = { low: first.value, high: undefined, end: first.end, scaled: first.multiplier !== 0, lowUnit: undefined };
  const lowUnit = percentOf ? undefined : RAW_UNIT_WORDS.find((w) => expression.startsWith(w, first.end));
  let at = first.end + (lowUnit?.length ?? 0);
  const sep = SEPARATORS.find((word) => expression.startsWith(word, at));
  if (!sep) return single;
  at += sep.length;
  if (percentOf && expression.startsWith(PERCENT_OF, at)) at += PERCENT_OF.length;
  const second = readNumber(expression, at);
  let low = first.value;
  if (lowUnit === undefined && first.multiplier === 0 && second.multiplier !== 0) {
    if (second.multiplier === undefined) throw quantityError(expression, at, 'the upper end leaves the place of the lower end ambiguous: write both in full');
    low = timesPow10(low, second.multiplier);
  }
  if (!lessThan(low, second.value)) throw quantityError(expression, pos, 'the range must ascend (3-5万元)');
  return { low, high: second.value, end: second.end, scaled: first.multiplier !== 0 || second.multiplier !== 0, lowUnit };
}

/** 万, 亿 or 万亿 at `pos` as a power of ten. */
function scanBig(expression: string, pos: number): { exp: number; end: number } | undefined {
  const exp = bigUnitAt(expression, pos);
  if (exp === undefined) return undefined;
  return exp === 4 && bigUnitAt(expression, pos + 1) === 8 ? { exp: 12, end: pos + 2 } : { exp, end: pos + 1 };
}

/** `scanNumber`, with its `NUMBER_INVALID` turned into this expression's `QUANTITY_INVALID`. */
function readNumber(expression: string, pos: number): ScannedNumber {
  try {
    return scanNumber(expression, pos);
  } catch (error) {
    if (!(error instanceof WorkreportError) || error.code !== 'NUMBER_INVALID') throw error;
    throw quantityError(expression, pos, `the number does not parse (${error.message})`, error);
  }
}

function quantityError(expression: string, offset: number, problem: string, cause?: unknown): WorkreportError {
  const message = `Cannot read 「${expression}」 as a quantity: ${problem}, ${quoteAt(expression, offset)}.`;
  return new WorkreportError('QUANTITY_INVALID', message, { input: expression, cause });
}
