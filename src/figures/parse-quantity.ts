import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import {
  bigUnitAt,
  chineseDigitAt,
  isNumberFailure,
  numberError,
  smallUnitAt,
  type NumberFailure,
} from './chinese-numeral.ts';
import { CodeSet } from './code-set.ts';
import { exactDecimal, lessThan, plus, timesPow10, timesRatio, toNumber, type ExactDecimal } from './exact-decimal.ts';
import { FINANCIAL_NUMERALS, IMPLIED_UNITS } from './extract-words.ts';
import { scanFraction } from './fraction.ts';
import { gapAfter } from './inline-space.ts';
import { scanNumber, type ScannedNumber } from './parse-number.ts';
import { QUALIFIERS, QUALIFIER_IDS, type Qualifier } from './qualifier.ts';
import { RAW_UNITS, RAW_UNIT_WORDS, UNIT_PREFIXES, unitWithPrefix, type RawUnitDef, type UnitId } from './unit.ts';

/*
 * Quantity grammar (numbers as in parse-number.ts; words from unit.ts and qualifier.ts):
 *
 *   quantity := noun? lead ( 百分之 amount | fraction | sign? amount ' '? unit money? ) suffix?
 *   lead     := prefix? before? | before prefix?     近, 人均, 人均近, 超过 …
 *   before   := a unit's `before` word (unit.ts)   港币 (HKD with 元), 每亩 人均 户均 亩产 每平方米 (a rate's base)
 *   fraction := see fraction.ts                    三分之二, 4分之3, 2/3, 千分之五
 *   noun     := 收入 投资 产值 出栏 … (IMPLIED_UNITS): with no unit word after an amount written with
 *               万 or 亿, the noun's unit, unitRaw '' (收入四万二 = 42000 元, 出栏一万八 = 18000 head)
 *   amount   := ( fuzzy | number ( unit? note? sep 百分之? number )? ) ( more | 几 | 来 )? big?
 *   fuzzy    := d d+1 ( 十 | 百 | 千 )?          两三 = 2–3, 三四十 = 30–40 (never 23 or 340), approx
 *             | d? 十 d d+1                       十七八 = 17–18, 三十七八万 = 370000–380000, approx
 *   几       := after a number ending in 十:      十几 = 11–19, 三十几万 = 310000–390000, approx
 *   来       := after a round number:             三十来户 = about 30, approx
 *   sep      := - － ~ ～ 〜 — – 至 到, or a dash doubled (-- ——)   3-5万元, 3至5个, 3%～5%, 1万元——5万元
 *   note     := (含) （含）                         1万(含)-5万元: the lower end is included
 *   sign     := - － − before Arabic digits, 负 before any number: -5% = −5 percent, 负十一
 *   more     := 余 餘 多                           more_than: 20余人
 *   big      := 万 | 亿 | 万亿                      after `more` or `fuzzy`: 20余万元 = 200000, 两三万
 *   money    := ( d 角 )? 零? ( d 分 )? ( 整 | 正 )?  after 元/圆: 123元1角1分 = 123.11, 壹佰元整, 壹拾元零壹分
 *               (分 only after 角 or in financial numerals; 整/正 only in financial numerals; 毛 = 角;
 *               after 块, a 角 or 毛 makes it money: 十块三毛 = 10.3 元, then 钱 may close it)
 *   note     := also between the unit and a suffix: 50万元（含）以上
 *   unit may also be 角 (a tenth of 元: 人民币壹角 = 0.1 元); the extractor reads it only as money
 *   in context (extract-rules.ts).
 *   gap      := one or two spaces (space, no-break, thin, ideographic; inline-space.ts) are read
 *               between an Arabic number and its prefix, 余/多, 万/亿, unit word or range
 *               separator, before % after any number, and between % and a suffix: 约 430 亩,
 *               18.6 亿元, 3000 余件, 3 - 5 万元, 11.98 %, 50% 以上 (text from PDF, pangu spacing)
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
  /** The unit word as written (元, 平方, ㎡, 个, %, ％), or 百分之 for 百分之六十. */
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
  /**
   * Read by a colloquial convention, which a person should confirm: a fuzzy amount (三四个, 十几万),
   * 来 (三十来户), an elided place (十六万五), 个 before 万/亿 (两个亿), a unit implied by a noun (收入四万二).
   */
  colloquial: boolean;
}

const PERCENT_OF = '百分之';
const [BAI, FEN_CODE, ZHI] = [...PERCENT_OF].map((c) => c.charCodeAt(0));

/**
 * Whether 百分之 starts at `pos`: compared by code unit, as most positions fail on the first (the
 * scanner asks at every number it meets; `startsWith` is a call into the runtime).
 */
export function isPercentOfAt(text: string, pos: number): boolean {
  return text.charCodeAt(pos) === BAI && text.charCodeAt(pos + 1) === FEN_CODE && text.charCodeAt(pos + 2) === ZHI;
}
const SEPARATOR_CHARS = '-－~～〜—–至到';
const SEPARATORS = new CodeSet(SEPARATOR_CHARS);
/** Separators that may be doubled: 1万元--5万元, 1万元——5万元. */
const DASHES = new CodeSet('-－—–~～');
/** An annotation of the lower end of a range: 1万(含)-5万元. */
const INCLUDED_NOTES = ['(含)', '（含）'];
const NOTE_FIRST = new CodeSet('(（');
const SIGNS = new CodeSet('-－−');
/** 负 (負): the written minus, before any number (负十一, 负0.5%). */
const WRITTEN_MINUS = new CodeSet('负負');
/** 十几 = 11–19: 几 after a number ending in 十 adds one to nine. */
const SOME = '几'.charCodeAt(0);
const TEN_CHARS = new CodeSet('十拾');
/** 三十来户: 来 after a round number (ending in 十 百 千 万) makes it approximate. */
const ABOUT = '来'.charCodeAt(0);
const ROUND_END = new CodeSet('十拾百佰千仟万萬');
/** Money units with sub-units: 元 (and 圆), of which 角 is a tenth and 分 a hundredth. */
const YUAN_WORDS = new Set(['元', '圆', '圓']);
const JIAO = '角';
/** 角 and its spoken form 毛, a tenth of 元 (一百三十五块六角七分, 十块三毛). */
const JIAO_WORDS = new CodeSet('角毛');
/** 块 (塊): a piece, or spoken 元 when 角/毛 follow it (十块三毛). */
const PIECE_WORDS = new Set(['块', '塊']);
/** 钱 after a spoken amount (一百三十五块六角七分钱). */
const MONEY_SUFFIX = new CodeSet('钱錢');
const FEN = '分';
/** After 分, these make another word (分钟 minutes, 分之 of …), not a hundredth of 元. */
const NOT_FEN_AFTER = new CodeSet('钟鐘之');
/** 整 or 正 closes a formal amount (壹佰元整). */
const WHOLE_MARKS = new CodeSet('整正');
const PERCENT_SIGNS = new CodeSet('%％');
const ARABIC_DIGITS = new CodeSet('0123456789０１２３４５６７８９');
const MORE = new CodeSet(QUALIFIERS.more_than.suffixes);
const byLength = (a: { word: string }, b: { word: string }): number => b.word.length - a.word.length;
const PREFIXES = QUALIFIER_IDS.flatMap((id) => QUALIFIERS[id].prefixes.map((word) => ({ word, id }))).sort(byLength);
const SUFFIXES = QUALIFIER_IDS.filter((id) => id !== 'more_than')
  .flatMap((id) => QUALIFIERS[id].suffixes.map((word) => ({ word, id })))
  .sort(byLength);
/** First characters of qualifier words, so most positions are passed over with one lookup. */
const PREFIX_FIRST = new CodeSet(PREFIXES.map((p) => p.word));
const SUFFIX_FIRST = new CodeSet(SUFFIXES.map((s) => s.word));
const UNIT_PREFIX_FIRST = new CodeSet(UNIT_PREFIXES.map((p) => p.word));
const LONE_ONE = new CodeSet('一壹');
/** What follows the numerator of a fraction: 分 (三分之二) or a slash (2/3). */
const FRACTION_MARKS = new CodeSet('分/');
const PER_MILLE = '千分之';

/** How `readWith` reads a unit word: `RawUnitDef` with every field present, so its reads stay monomorphic. */
interface WordReading {
  unit: UnitId;
  counted: string | undefined;
  scale: RawUnitDef['scale'];
  digitsOnly: boolean;
  notAfterLoneOne: boolean;
  minValue: number | undefined;
  /** A money word that 角, 分 or 整 may follow: 元 (圆), 角, or 块 (十块三毛). */
  money: boolean;
}
/** A reading of a unit word with no condition and no scale. */
const plainReading = (unit: UnitId, counted?: string, money = false): WordReading => ({
  unit,
  counted,
  scale: undefined,
  digitsOnly: false,
  notAfterLoneOne: false,
  minValue: undefined,
  money,
});
/** A unit word of `RAW_UNITS` and how it reads. */
interface UnitWord {
  word: string;
  reading: WordReading;
  /** The word's second code unit (-1 for a one-character word): tested before the whole word. */
  second: number;
}
const toReading = (word: string, d: RawUnitDef): WordReading => ({
  unit: d.unit,
  counted: d.counted,
  scale: d.scale,
  digitsOnly: d.digitsOnly === true,
  notAfterLoneOne: d.notAfterLoneOne === true,
  minValue: d.minValue,
  money: YUAN_WORDS.has(word) || word === JIAO || PIECE_WORDS.has(word),
});
/** The unit words that start with one character: the longer ones longest first, and the word of that character alone. */
interface UnitWordsOf {
  longer: UnitWord[];
  single: UnitWord | undefined;
}
/**
 * The unit words by their first character, for the scanner's hot path: `UNIT_WORD_SLOT` maps a
 * UTF-16 code unit to its entry in `UNIT_WORDS_BY_FIRST` (0: no unit word starts with it).
 */
const UNIT_WORDS_BY_FIRST: UnitWordsOf[] = [{ longer: [], single: undefined }];
const UNIT_WORD_SLOT = new Uint16Array(0x10000);
for (const word of RAW_UNIT_WORDS) {
  const first = word.charCodeAt(0);
  if (UNIT_WORD_SLOT[first] === 0)
    UNIT_WORD_SLOT[first] = UNIT_WORDS_BY_FIRST.push({ longer: [], single: undefined }) - 1;
  const def = RAW_UNITS[word];
  const entry = UNIT_WORDS_BY_FIRST[UNIT_WORD_SLOT[first] ?? 0];
  if (def === undefined || entry === undefined || entry.single !== undefined) continue;
  const unitWord = { word, reading: toReading(word, def), second: word.length > 1 ? word.charCodeAt(1) : -1 };
  if (word.length > 1) entry.longer.push(unitWord);
  else entry.single = unitWord;
}
/** Second characters of the unit words of more than one character: after any other, only a one-character word can be there. */
const UNIT_WORD_SECOND = new CodeSet(RAW_UNIT_WORDS.filter((w) => w.length > 1).map((w) => w.charAt(1)));
const JIAO_READING = plainReading('CNY', undefined, true);

/** Nouns that imply a unit (extract-words.ts), longest first. */
export const IMPLIED_NOUNS: readonly string[] = Object.keys(IMPLIED_UNITS).sort((a, b) => b.length - a.length);
const IMPLIED_NOUN_FIRST = new CodeSet(IMPLIED_NOUNS.map((w) => w.charAt(0)));
/** First characters of every word that may come before a quantity's number: a noun, a qualifier, a unit's `before` word. */
const LEAD_FIRST = CodeSet.union(IMPLIED_NOUN_FIRST, PREFIX_FIRST, UNIT_PREFIX_FIRST);

/**
 * Characters that may follow the digits of a quantity (a unit word's first character, 余 多, a range
 * separator): where none follows a numeral, no quantity starts at it. Unit words that begin with a
 * numeral character (千米, 百分点) are in `NUMERAL_UNIT_FIRST` instead.
 */
export const AFTER_NUMBER: ReadonlySet<string> = new Set([
  ...RAW_UNIT_WORDS.map((w) => w[0] ?? ''),
  ...QUALIFIERS.more_than.suffixes,
  ...'分/',
  ...SEPARATOR_CHARS,
  ...INCLUDED_NOTES.map((n) => n.charAt(0)),
  JIAO,
  String.fromCharCode(SOME),
  String.fromCharCode(ABOUT),
]);

/** The last character of every unit word (亩 元 人 % …): a dash after one separates a range, never a minus. */
export const RAW_UNIT_LAST: string = [...new Set(RAW_UNIT_WORDS.map((w) => w.slice(-1)))].join('');

/** First characters of unit words that are themselves numerals: 千 (千米), 百 (百分点). */
export const NUMERAL_UNIT_FIRST = new CodeSet(
  RAW_UNIT_WORDS.map((w) => w.charAt(0)).filter(
    (ch) => chineseDigitAt(ch, 0) !== undefined || smallUnitAt(ch, 0) !== undefined,
  ),
);

/** The numeric part of an expression: its ends, where it stops, and whether 万/亿 already applied. */
interface Amount {
  /** Read by a colloquial convention (ScannedQuantity.colloquial). */
  colloquial: boolean;
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
  /** The failure came from reading a range (after its separator, or from its two ends). */
  inRange: boolean;
  /** Where the expression that did not read ends, when known (a range's upper end). */
  extent?: number;
  /** The number's own failure, when a number did not read (the `cause` of parseQuantity's error). */
  number?: NumberFailure;
}

/** Why no quantity starts at an offset: where reading failed, what is wrong there, where the attempt ends. */
export interface QuantityFailure {
  ok: false;
  /** Offset where reading failed. */
  at: number;
  problem: string;
  /** Offset after the text the attempt covered (a range's upper end), when known. */
  extent?: number;
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
  if ('ok' in read) throw quantityError(expression, read);
  if (read.end < expression.length) {
    // Read without its range (readQuantity): why the range did not read says more than the text left over.
    const ranged = readWith(expression, 0, true);
    if ('ok' in ranged) throw quantityError(expression, ranged);
    throw quantityError(expression, fail(read.end, 'unexpected text after the quantity', false));
  }
  return read.quantity;
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
  return 'ok' in read ? undefined : read;
}

/**
 * `scanQuantity`, saying why when no quantity starts at `start`: for the extractor's diagnostics.
 * @returns the scanned quantity, or a `QuantityFailure` (offset, problem, extent); never throws
 * @example readQuantityAt('3万-5元', 0) // { ok: false, at: 0, problem: 'the range must ascend (3-5万元)', extent: 5 }
 */
export function readQuantityAt(text: string, start: number): ScannedQuantity | QuantityFailure {
  const read = readQuantity(text, start);
  if (!('ok' in read)) return read;
  // One literal for each shape (see `quantityOf`).
  const { at, problem, extent } = read;
  return extent === undefined ? { ok: false, at, problem } : { ok: false, at, problem, extent };
}

/**
 * Read with ranges; if a range was what failed, read the single value before it. A `Failure` (the
 * only result with `ok`) when neither reads: the range's.
 */
function readQuantity(text: string, start: number): ScannedQuantity | Failure {
  const ranged = readWith(text, start, true);
  if (!('ok' in ranged) || !ranged.inRange) return ranged;
  const single = readWith(text, start, false);
  return 'ok' in single ? ranged : single;
}

function readWith(text: string, start: number, ranges: boolean): ScannedQuantity | Failure {
  const qualifiers: { id: Qualifier; at: number }[] = [];
  let pos = start;
  // Most quantities start with their number: one test passes over the words that may lead one.
  const led = LEAD_FIRST.at(text, pos);
  const noun = led && IMPLIED_NOUN_FIRST.at(text, pos) ? IMPLIED_NOUNS.find((w) => text.startsWith(w, pos)) : undefined;
  if (noun !== undefined) pos += noun.length;
  let prefix = led ? qualifierPrefixAt(text, pos) : undefined;
  if (prefix) {
    qualifiers.push({ id: prefix.id, at: pos });
    pos += prefix.word.length;
  }
  const before =
    led && noun === undefined && UNIT_PREFIX_FIRST.at(text, pos)
      ? UNIT_PREFIXES.find((p) => text.startsWith(p.word, pos))
      : undefined;
  if (before) {
    pos += before.word.length;
    prefix = qualifiers.length === 0 ? qualifierPrefixAt(text, pos) : undefined;
    if (prefix) {
      qualifiers.push({ id: prefix.id, at: pos });
      pos += prefix.word.length;
    }
  }
  // 约 430亩: a gap between the words that lead an Arabic number and the number.
  if (pos > start && gapAfter(text, pos) > pos) pos = numberAfterGap(text, pos);
  const numberStart = pos;
  const percentOf = isPercentOfAt(text, pos);
  const negative =
    !percentOf && ((SIGNS.at(text, pos) && ARABIC_DIGITS.at(text, pos + 1)) || WRITTEN_MINUS.at(text, pos));
  if (percentOf) pos += PERCENT_OF.length;
  if (negative) pos += 1;
  const fuzzy = scanFuzzy(text, pos);
  if (fuzzy) qualifiers.push({ id: 'approx', at: pos });
  const amount = fuzzy ?? scanRange(text, pos, percentOf, ranges);
  // A number followed by 分之 or a slash may be a fraction (三分之二, 2/3); 千分之 fails as a number.
  if (
    before === undefined &&
    fuzzy === undefined &&
    !percentOf &&
    !negative &&
    (amount.ok ? FRACTION_MARKS.at(text, amount.end) : text.startsWith(PER_MILLE, pos))
  ) {
    const fraction = scanFraction(text, numberStart, readNumberOrNone);
    if (fraction) {
      const quantity: ParsedQuantity = {
        value: fraction.value,
        unit: fraction.unit,
        unitRaw: fraction.unitRaw,
        qualifier: 'exact',
      };
      return finish(text, fraction.end, quantity, qualifiers, false);
    }
  }
  if (!amount.ok) return amount;
  let { low, high, colloquial } = amount;
  if (negative && high) return fail(start, 'a sign applies to a single value, not to a range', true);
  pos = amount.end;
  if (gapAfter(text, pos) > pos) pos = wordAfterGap(text, pos);
  if (MORE.at(text, pos)) {
    qualifiers.push({ id: 'more_than', at: pos });
    pos += 1;
  } else if (high === undefined && !amount.scaled && text.charCodeAt(pos) === SOME && TEN_CHARS.at(text, pos - 1)) {
    qualifiers.push({ id: 'approx', at: pos });
    high = plus(low, exactDecimal('9'));
    low = plus(low, exactDecimal('1'));
    pos += 1;
    colloquial = true;
  } else if (high === undefined && text.charCodeAt(pos) === ABOUT && ROUND_END.at(text, pos - 1)) {
    qualifiers.push({ id: 'approx', at: pos });
    pos += 1;
    colloquial = true;
  }
  const big = scanBig(text, pos);
  if (big) {
    if (amount.scaled)
      return fail(pos, 'the number already has 万 or 亿; expected a unit word', false, numeralRunEnd(text, pos));
    low = timesPow10(low, big.exp);
    high = high && timesPow10(high, big.exp);
    pos = big.end;
  }
  if (chineseDigitAt(text, pos) !== undefined) {
    return fail(
      pos,
      'the numeral does not read as a whole (a digit follows where a unit word was expected)',
      false,
      numeralRunEnd(text, pos),
    );
  }
  let unitRaw = PERCENT_OF;
  let unit: UnitId = 'percent';
  let counted: string | undefined;
  if (!percentOf) {
    const found = unitWordAt(text, pos);
    let word = found?.word ?? (text.startsWith(JIAO, pos) ? JIAO : undefined);
    let def = word === undefined ? undefined : word === JIAO ? JIAO_READING : found?.reading;
    if (word === undefined && noun !== undefined && (amount.scaled || big !== undefined)) {
      // 年收入四万二, 总投资2亿3: the noun implies the unit of an amount written with 万 or 亿.
      const implied = IMPLIED_UNITS[noun];
      word = '';
      def = implied === undefined ? undefined : plainReading(implied.unit, implied.counted);
      colloquial = true;
    }
    if (word === undefined || def === undefined)
      return fail(pos, 'expected a unit word (亩, 平方, 元, 人, 户, 个, 次 …) or %', false, pos);
    if (amount.lowUnit !== undefined && amount.lowUnit !== word) {
      return fail(pos, `the two ends of the range have different units (${amount.lowUnit}, ${word})`, true);
    }
    if (def.digitsOnly && !ARABIC_DIGITS.at(text, numberStart))
      return fail(pos, `「${word}」 is a unit only after Arabic digits (300万度; 一度 means "once")`, false);
    if (def.notAfterLoneOne && amount.end === numberStart + 1 && LONE_ONE.at(text, numberStart)) {
      return fail(pos, `一${word} is figurative (一${word}蓝图, 一${word}硬仗), not a count`, false);
    }
    if (def.minValue !== undefined && toNumber(low) < def.minValue)
      return fail(pos, `「${word}」 is a unit only from ${def.minValue} up (25度 is a slope, 3方 are parties)`, false);
    if (def.scale) {
      low = timesRatio(low, def.scale.num, def.scale.den);
      high = high && timesRatio(high, def.scale.num, def.scale.den);
    }
    ({ unit, counted } = def);
    unitRaw = word;
    pos += word.length;
    if (word === JIAO) {
      low = timesPow10(low, -1);
      high = high && timesPow10(high, -1);
    }
    if (high === undefined && def.money && mayHaveMoneyTail(text, pos)) {
      const money = scanMoneyTail(text, pos, word === JIAO, isFormal(text, start, pos));
      if (money.end > pos || !PIECE_WORDS.has(word)) {
        // 十块三毛: 块 with 角 or 毛 after it is money (a 元), not a count of pieces.
        if (PIECE_WORDS.has(word)) ({ unit, counted } = { unit: 'CNY', counted: undefined });
        low = plus(low, money.add);
        pos = money.end + (PIECE_WORDS.has(word) && MONEY_SUFFIX.at(text, money.end) ? 1 : 0);
      }
    }
  }
  if (before) {
    const combined = unitWithPrefix(before, unit, unitRaw);
    if (combined === undefined)
      return fail(start, `「${before.word}」 does not combine with the unit 「${unitRaw}」`, false);
    unit = combined;
  }
  const value = toNumber(low);
  const valueMax = high === undefined ? undefined : toNumber(high);
  if (isInexact(value) || (valueMax !== undefined && isInexact(valueMax))) {
    return fail(
      start,
      'the number is beyond 2^53 (9007199254740991): a JavaScript number cannot hold it exactly, so it is not read',
      false,
      pos,
    );
  }
  const signed = negative && value !== 0 ? -value : value;
  const quantity = quantityOf(signed, unit, unitRaw, valueMax, before === undefined ? counted : undefined);
  return finish(text, pos, quantity, qualifiers, colloquial);
}

/**
 * A quantity (qualifier `exact` until `finish` sets it), its optional fields present only when
 * defined. Made as one object literal in each case, never given a property after it is made: the
 * shapes of such objects are held by their literals, so a full garbage collection that finds none
 * of them alive does not throw away the optimised code of the scanner (as it does for the shape an
 * added property leads to, which V8 holds only weakly).
 */
function quantityOf(
  value: number,
  unit: UnitId,
  unitRaw: string,
  valueMax: number | undefined,
  counted: string | undefined,
): ParsedQuantity {
  if (valueMax === undefined) {
    return counted === undefined
      ? { value, unit, unitRaw, qualifier: 'exact' }
      : { value, unit, unitRaw, qualifier: 'exact', counted };
  }
  return counted === undefined
    ? { value, unit, unitRaw, qualifier: 'exact', valueMax }
    : { value, unit, unitRaw, qualifier: 'exact', valueMax, counted };
}

/** An integer beyond 2^53, which a double does not hold exactly. */
function isInexact(value: number): boolean {
  return Number.isInteger(value) && !Number.isSafeInteger(value);
}

/** The qualifier word (近, 约, 超过 …) starting at `pos`, or undefined. */
function qualifierPrefixAt(text: string, pos: number): { word: string; id: Qualifier } | undefined {
  if (!PREFIX_FIRST.at(text, pos)) return undefined;
  for (const prefix of PREFIXES) if (text.startsWith(prefix.word, pos)) return prefix;
  return undefined;
}

/**
 * Finish a quantity read up to its unit's end `unitEnd`: the note of an included bound and the
 * suffix qualifier after it, and all its qualifier words agreeing.
 */
function finish(
  text: string,
  unitEnd: number,
  quantity: ParsedQuantity,
  qualifiers: { id: Qualifier; at: number }[],
  colloquial: boolean,
): ScannedQuantity | Failure {
  let pos = unitEnd;
  if (gapAfter(text, pos) > pos) pos = suffixAfterGap(text, pos);
  const note = includedNoteAt(text, pos);
  // 50万元（含）以上: the note of an included bound sits between the unit and its qualifier.
  if (note !== undefined && SUFFIX_FIRST.at(text, pos + note.length)) pos += note.length;
  const suffix = suffixAt(text, pos);
  if (suffix) {
    qualifiers.push({ id: suffix.id, at: pos });
    pos += suffix.word.length;
  }
  const qualifier = qualifiers[0]?.id ?? 'exact';
  for (const clash of qualifiers)
    if (clash.id !== qualifier) return fail(clash.at, `qualifiers disagree (${qualifier}, ${clash.id})`, false);
  quantity.qualifier = qualifier;
  return { quantity, end: pos, unitEnd, colloquial };
}

// Gaps of spaces (inline-space.ts) in a quantity, each read by a function of its own, called only
// where a space is: most quantities have none, and the reader's functions stay small enough for V8
// to inline what they call (inlined, these cost the extractor ~15 %).

/** 约 430亩, 3 - 5万元: past a gap at `pos` when an Arabic number (or its sign) follows it. */
function numberAfterGap(text: string, pos: number): number {
  const gap = gapAfter(text, pos);
  return gap > pos && (ARABIC_DIGITS.at(text, gap) || (SIGNS.at(text, gap) && ARABIC_DIGITS.at(text, gap + 1)))
    ? gap
    : pos;
}

/** 430 亩, 18.6 亿元, 3000 余件, 12.5 %: past a gap at `pos` after an Arabic number when its words follow (% after any number). */
function wordAfterGap(text: string, pos: number): number {
  const gap = gapAfter(text, pos);
  if (gap === pos) return pos;
  if (PERCENT_SIGNS.at(text, gap)) return gap;
  return ARABIC_DIGITS.at(text, pos - 1) &&
    (MORE.at(text, gap) || scanBig(text, gap) !== undefined || unitWordAt(text, gap) !== undefined)
    ? gap
    : pos;
}

/** 3 - 5万元, 3% ~ 5%: past a gap at `pos` after an Arabic number or % when a range separator follows it. */
function separatorAfterGap(text: string, pos: number): number {
  const gap = gapAfter(text, pos);
  return gap > pos && SEPARATORS.at(text, gap) && (ARABIC_DIGITS.at(text, pos - 1) || PERCENT_SIGNS.at(text, pos - 1))
    ? gap
    : pos;
}

/** 50% 以上: past a gap at `pos` after a half-width unit sign when a qualifier follows it. */
function suffixAfterGap(text: string, pos: number): number {
  const gap = gapAfter(text, pos);
  return gap > pos && text.charCodeAt(pos - 1) < 0x80 && suffixAt(text, gap) !== undefined ? gap : pos;
}

/** The note of an included bound ((含), （含）) at `pos`, or undefined (a loop: no closure per call). */
function includedNoteAt(text: string, pos: number): string | undefined {
  if (!NOTE_FIRST.at(text, pos)) return undefined;
  for (const note of INCLUDED_NOTES) if (text.startsWith(note, pos)) return note;
  return undefined;
}

/** The suffix qualifier word (以上, 左右 …) at `pos`, or undefined. */
function suffixAt(text: string, pos: number): { word: string; id: Qualifier } | undefined {
  if (!SUFFIX_FIRST.at(text, pos)) return undefined;
  for (const suffix of SUFFIXES) if (text.startsWith(suffix.word, pos)) return suffix;
  return undefined;
}

/**
 * The 角 and 分 after 元 (123元1角1分 = 123.11; after 角 only 分), and a closing 整 or 正 in a formal
 * amount: what they add to the value and where they end.
 */
function scanMoneyTail(
  text: string,
  pos: number,
  afterJiao: boolean,
  formal: boolean,
): { add: ExactDecimal; end: number } {
  let add = exactDecimal('0');
  let end = pos;
  let jiao = afterJiao;
  if (!afterJiao) {
    const digit = subunitDigitAt(text, end);
    if (digit !== undefined && JIAO_WORDS.at(text, end + 1)) {
      add = timesPow10(exactDecimal(String(digit)), -1);
      end += 2;
      jiao = true;
    }
  }
  // 壹拾元零壹分: 零 stands for the 角 skipped.
  const skipped = !jiao && chineseDigitAt(text, end) === 0 && subunitDigitAt(text, end + 1) !== undefined ? 1 : 0;
  const digit = subunitDigitAt(text, end + skipped);
  if (
    digit !== undefined &&
    (jiao || formal) &&
    text.startsWith(FEN, end + skipped + 1) &&
    !NOT_FEN_AFTER.at(text, end + skipped + 2)
  ) {
    add = plus(add, timesPow10(exactDecimal(String(digit)), -2));
    end += skipped + 2;
  }
  if (formal && WHOLE_MARKS.at(text, end)) end += 1;
  return { add, end };
}

/** A digit 0-9 at `pos` (Chinese or Arabic), not followed by another digit. */
function subunitDigitAt(text: string, pos: number): number | undefined {
  const code = text.charCodeAt(pos);
  const digit = chineseDigitAt(text, pos) ?? (code >= 0x30 && code <= 0x39 ? code - 0x30 : undefined);
  if (digit === undefined || ARABIC_DIGITS.at(text, pos + 1) || chineseDigitAt(text, pos + 1) !== undefined)
    return undefined;
  return digit;
}

/** An amount written in financial numerals (壹佰壹拾壹圆): the formal style that closes with 整 or 分. */
/**
 * Whether a money tail may follow at `pos` (a digit of 角 or 分, 零, or 整/正): most amounts end at their
 * 元, and the scanner's hot path skips the tail there.
 */
function mayHaveMoneyTail(text: string, pos: number): boolean {
  return subunitDigitAt(text, pos) !== undefined || chineseDigitAt(text, pos) === 0 || WHOLE_MARKS.at(text, pos);
}

function isFormal(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (FINANCIAL_NUMERALS.at(text, i)) return true;
  return false;
}

/**
 * `d d+1 (十|百|千)?` at `pos`: 两三 → 2–3, 三四十 → 30–40; or `d? 十 d d+1`: 十七八 → 17–18,
 * 三十七八 → 37–38; undefined when not there.
 */
function scanFuzzy(text: string, pos: number): (Amount & { ok: true }) | undefined {
  // Most numbers are Arabic, and a fuzzy amount starts with a Chinese digit or 十.
  if (ARABIC_DIGITS.at(text, pos)) return undefined;
  const a = chineseDigitAt(text, pos);
  const b = chineseDigitAt(text, pos + 1);
  if (a === undefined || a === 0 || b !== a + 1) return scanFuzzyOnes(text, pos);
  const exp = smallUnitAt(text, pos + 2);
  const place = (digit: number): ExactDecimal => timesPow10(exactDecimal(String(digit)), exp ?? 0);
  return {
    ok: true,
    low: place(a),
    high: place(b),
    end: pos + (exp === undefined ? 2 : 3),
    scaled: false,
    lowUnit: undefined,
    colloquial: true,
  };
}

/** `number ( unit? sep 百分之? number )?` at `pos`, with 万/亿 of the upper end carried to the lower. */
function scanRange(text: string, pos: number, percentOf: boolean, ranges: boolean): (Amount & { ok: true }) | Failure {
  const first = readNumber(text, pos);
  if (!('value' in first)) return first;
  const single = {
    ok: true as const,
    low: first.value,
    high: undefined,
    end: first.end,
    scaled: first.multiplier !== 0,
    lowUnit: undefined,
    colloquial: first.colloquial,
  };
  if (!ranges) return single;
  const lowUnit = percentOf ? undefined : unitWordAt(text, first.end)?.word;
  let at = first.end + (lowUnit?.length ?? 0);
  const note = includedNoteAt(text, at);
  if (note !== undefined) at += note.length;
  if (gapAfter(text, at) > at) at = separatorAfterGap(text, at);
  if (!SEPARATORS.at(text, at)) return single;
  at += DASHES.at(text, at) && text.charCodeAt(at + 1) === text.charCodeAt(at) ? 2 : 1;
  if (gapAfter(text, at) > at) at = numberAfterGap(text, at);
  if (percentOf && text.startsWith(PERCENT_OF, at)) at += PERCENT_OF.length;
  const second = readNumber(text, at);
  if (!('value' in second)) return { ...second, inRange: true };
  let low = first.value;
  // 两到三仟, 2-3千元, 八到九百亿: a lone digit before an upper end of one digit and a place takes that place.
  const place = lowUnit === undefined && first.end === pos + 1 ? placeOfRoundEnd(text, at, second) : undefined;
  if (place !== undefined) low = timesPow10(low, place);
  if (lowUnit === undefined && first.multiplier === 0 && second.multiplier !== 0) {
    if (second.multiplier === undefined)
      return fail(
        at,
        'the upper end leaves the place of the lower end ambiguous: write both in full',
        true,
        second.end,
      );
    low = timesPow10(low, second.multiplier);
  }
  const extent = second.end + (unitWordAt(text, second.end)?.word.length ?? 0);
  if (!lessThan(low, second.value)) return fail(pos, 'the range must ascend (3-5万元)', true, extent);
  return {
    ok: true,
    low,
    high: second.value,
    end: second.end,
    scaled: first.multiplier !== 0 || second.multiplier !== 0,
    lowUnit,
    colloquial: first.colloquial || second.colloquial,
  };
}

/**
 * The place (十 1, 百 2, 千 3) of an upper end written as one digit and that place, alone or before
 * 万/亿 (三仟, 3千, 九百亿), or undefined.
 */
function placeOfRoundEnd(text: string, at: number, second: ScannedNumber): number | undefined {
  const place = smallUnitAt(text, at + 1);
  if (place === undefined || (chineseDigitAt(text, at) === undefined && !ARABIC_DIGITS.at(text, at))) return undefined;
  return second.end === at + 2 || (second.end > at + 2 && bigUnitAt(text, at + 2) !== undefined) ? place : undefined;
}

/** `d? 十 d d+1` at `pos` (十七八 = 17–18, 三十七八 = 37–38), nothing of a number after it. */
function scanFuzzyOnes(text: string, pos: number): (Amount & { ok: true }) | undefined {
  const head = chineseDigitAt(text, pos);
  const tensAt = head === undefined ? pos : pos + 1;
  if (smallUnitAt(text, tensAt) !== 1 || head === 0) return undefined;
  const a = chineseDigitAt(text, tensAt + 1);
  const b = chineseDigitAt(text, tensAt + 2);
  if (
    a === undefined ||
    a === 0 ||
    b !== a + 1 ||
    smallUnitAt(text, tensAt + 3) !== undefined ||
    chineseDigitAt(text, tensAt + 3) !== undefined
  )
    return undefined;
  const tens = 10 * (head ?? 1);
  return {
    ok: true,
    low: exactDecimal(String(tens + a)),
    high: exactDecimal(String(tens + b)),
    end: tensAt + 3,
    scaled: false,
    lowUnit: undefined,
    colloquial: true,
  };
}

/** The longest unit word at `pos`, or undefined. */
function unitWordAt(text: string, pos: number): UnitWord | undefined {
  const slot = UNIT_WORD_SLOT[text.charCodeAt(pos)] ?? 0;
  if (slot === 0) return undefined;
  const words = UNIT_WORDS_BY_FIRST[slot];
  if (words === undefined) return undefined;
  // The first character matched already: a longer word needs its second, the word of one character nothing more.
  if (UNIT_WORD_SECOND.at(text, pos + 1)) {
    const next = text.charCodeAt(pos + 1);
    for (const unitWord of words.longer)
      if (unitWord.second === next && text.startsWith(unitWord.word, pos)) return unitWord;
  }
  return words.single;
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

/** `scanNumber`, its failure turned into a failure of this expression. */
function readNumber(text: string, pos: number): ScannedNumber | Failure {
  const scanned = scanNumber(text, pos);
  if (!isNumberFailure(scanned)) return scanned;
  return {
    ok: false,
    at: scanned.at,
    problem: `the number does not parse: ${scanned.problem}`,
    inRange: false,
    number: scanned,
  };
}

/** Where the numeral characters from `pos` end (百分之三五: the 五 left over is part of what did not read). */
function numeralRunEnd(text: string, pos: number): number {
  let end = pos;
  while (
    end < text.length &&
    (chineseDigitAt(text, end) !== undefined ||
      smallUnitAt(text, end) !== undefined ||
      bigUnitAt(text, end) !== undefined)
  )
    end++;
  return end;
}

function fail(at: number, problem: string, inRange: boolean, extent?: number): Failure {
  return extent === undefined ? { ok: false, at, problem, inRange } : { ok: false, at, problem, inRange, extent };
}

/** The `QUANTITY_INVALID` error of a failure; a number's own failure becomes its `NUMBER_INVALID` cause. */
function quantityError(expression: string, failure: Failure): WorkreportError {
  const text = message('QUANTITY_INVALID', 'at', { expression, offset: failure.at, problem: failure.problem });
  const cause = failure.number && numberError(expression, failure.number.at, failure.number.problem);
  return new WorkreportError(text, { input: expression, cause });
}
