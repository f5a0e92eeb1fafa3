import { CodeSet } from './code-set.ts';
import { RAW_UNITS } from './unit.ts';

/**
 * The word lists behind the extractor's rules (extract-rules.ts): where a numeral or a classifier is
 * part of another word, which words mark a change, which characters delimit clauses and quotes.
 * Each list is a fact of written Chinese, not of one report.
 */

/**
 * Characters that make a word with a Chinese numeral right after them, so the numeral counts
 * nothing: 统一 唯一 同一 单一 逐一 之一 专一 初一 周一 星期一 礼拜一 某一 每一 这一 那一 另一 哪一 任一
 * 其一 再一 又一 划一 归一 合一, and 无一 "not a single one" (无一户返贫 says none, not one household).
 * (第 is an ordinal for any number: see `ORDINAL_MARKS`.)
 */
export const BOUND_BEFORE_NUMERAL = new CodeSet('统唯同单逐之专初周期拜某每这那另哪任其再又划归合无');

/** A number right after these is an ordinal or a rank: 第二批, 居全市第3位. */
export const ORDINAL_MARKS = new CodeSet('第');

/** Before a count of 名, these make a rank: 前三名, 后3名. */
export const RANK_MARKS = new CodeSet('前后');

/**
 * Financial numerals, which are also common words when they stand alone (伍桥村, 陆续, 拾起, 肆意):
 * a one-character number written with one of them is not read as a number.
 */
export const FINANCIAL_NUMERALS = new CodeSet('壹贰貳叁參肆伍陆陸柒捌玖拾佰仟');

/** 百 and 千 alone before a classifier are idioms or names, not counts: 千家万户, 百家争鸣, 千人计划. */
export const IDIOMATIC_ROUND = new CodeSet('百千佰仟');

/** First characters of the words that unit words start (unit.ts `startsWords`: 一次性, 三个月, 二元结构). */
const STARTED_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(RAW_UNITS).flatMap(([word, def]) => (def.startsWords ? [[word, def.startsWords]] : [])),
);
const STARTED_WORD_FIRST = new CodeSet(
  Object.values(RAW_UNITS).flatMap((def) => (def.startsWords ?? []).map((w) => w[0] ?? '')),
);

/**
 * True when unit word `unitRaw`, which ends at `pos` of `text`, starts another word there (一次性,
 * 三个月, 一期工程, 两台账, 四个意识): the number before it then counts nothing. The words are those of
 * the unit's definition (unit.ts `startsWords`), in both scripts.
 */
export function isWordAfterUnit(text: string, pos: number, unitRaw: string): boolean {
  if (!STARTED_WORD_FIRST.at(text, pos)) return false;
  for (const word of STARTED_WORDS.get(unitRaw) ?? []) if (text.startsWith(word, pos)) return true;
  return false;
}

/**
 * After "numeral classifier 一", these make an ordinary word (五个一流企业, 三个一线城市), so the
 * phrase is a count and not a slogan like 六个一 or 一村一品.
 */
export const ORDINARY_AFTER_YI = new CodeSet('流线体级类般站定致直样些起系切');

/** After 一起, these verbs (or before it, these words) make 一起 the adverb "together". */
export const TOGETHER_AFTER = new CodeSet(
  '来去做抓干学研讨商参推努为把将向走共发行落用谋打创建守护看想说讲过出进回分享动搞助奋携组庆迎欢读写唱跳玩吃住坐合拼',
);
export const TOGETHER_BEFORE = new CodeSet('在和与同跟');

/** Opening and closing quotation marks: a short quoted numeral phrase is a name (“六个一”). */
const OPENING = '“‘「『《"\'';
const CLOSING = '”’」』》"\'';
export const OPENING_QUOTES = new CodeSet(OPENING);
export const CLOSING_QUOTES = new CodeSet(CLOSING);

/** Delimiters of clauses within a sentence: the items of an enumeration 一超过，两不愁，三保障. */
const DELIMITERS = ',，、;；';
export const CLAUSE_DELIMITERS = new CodeSet(DELIMITERS);

/** Characters that end a sentence (or a lead-in with a colon): enumeration rules never look past them. */
const ENDS = '。！？!?：:\n\r';

/** Where a clause ends: a clause delimiter, a sentence end or a quotation mark. */
export const CLAUSE_BREAKS = new CodeSet(DELIMITERS + ENDS + OPENING + CLOSING);

/**
 * 近, 约 and 超 are qualifiers only where they are not the end of another word: 最近, 附近 (near),
 * 节约 (save), 制约, 公约, 赶超 … Before a number, these characters make such words.
 */
export const BOUND_BEFORE_QUALIFIER: Readonly<Record<string, CodeSet>> = {
  超: new CodeSet('赶高'),
  近: new CodeSet('最附邻靠临亲就贴远新晚'),
  约: new CodeSet('节制签违履预邀契公条规合简婚相特集践赴守毁解续缔立爽失誓盟隐俭'),
};

/** Verbs of change, in simplified and traditional characters: a figure right after them is the amount of a change (同比增长28.7%, 增長12%). */
export const INCREASE_VERBS = [
  '增长',
  '增加',
  '提高',
  '提升',
  '上升',
  '扩大',
  '上涨',
  '增多',
  '攀升',
  '增長',
  '擴大',
  '上漲',
];
export const DECREASE_VERBS = ['下降', '减少', '降低', '缩小', '下滑', '回落', '下跌', '减小', '減少', '縮小', '減小'];

/**
 * Verbs of degree (提高, 提升, 扩大, 降低, 缩小) also mean "upgrade" or "enlarge" a thing: with a count
 * of things (改造提升38个) they name what was improved, not a change amount.
 */
export const DEGREE_VERBS = ['提高', '提升', '扩大', '降低', '缩小'];

/** One-character change verbs, used before 到/至/为 (增至, 降至, 降为) and after 由/从 … (由5个增至8个). */
export const SHORT_CHANGE_VERBS = ['增', '降', '升', '减', '涨', '跌'];

/** After a change verb, these make the figure its result: 提高到14457元, 降至3%. */
export const RESULT_MARKS = new CodeSet('到至为');

/** Before a figure, these make it the starting value of a change: 由6180元提高到14457元. */
export const SOURCE_MARKS = new CodeSet('由从');

/**
 * Negations: before a qualifier word that the qualifier table does not hold whole (没超过, 并非超过),
 * they invert its meaning, so the figure is not read (不超过, 未超过 are in the table, read whole).
 */
export const NEGATIONS = new CodeSet('不未没無无非');

/**
 * Words of comparison that make a percentage right after them a rate of change even without a verb:
 * 同比31.43% is a growth of 31.43 percent over the same period of the year before.
 */
export const CHANGE_BASES = [
  '同比',
  '环比',
  '環比',
  '比上年',
  '较上年',
  '較上年',
  '比去年',
  '较去年',
  '比上年同期',
  '较上年同期',
];

/** Before an amount in 角 (tenths of 元), this makes it money: 人民币壹角. */
export const MONEY_MARK = '人民币';

/** After an amount in 角, this makes it money: 五角钱. */
export const MONEY_AFTER = new CodeSet('钱錢');

/** 个 between a numeral and 万/亿 (两个亿): its 万 may instead start a word (3个万亩基地 counts bases). */
export const CLASSIFIER_GE = new CodeSet('个個');

/**
 * Nouns that imply the unit of an amount written after them without one, in speech and plain
 * reports: 年收入四万二 (元), 总投资2亿3 (元), 出栏一万八 (head of livestock). The parser reads the
 * implied unit only for an amount written with 万 or 亿, which says it is an amount and not a code.
 */
export const IMPLIED_UNITS: Readonly<Record<string, { unit: 'CNY' | 'count' | 'persons'; counted?: string }>> = {
  收入: { unit: 'CNY' },
  投资: { unit: 'CNY' },
  产值: { unit: 'CNY' },
  工资: { unit: 'CNY' },
  营收: { unit: 'CNY' },
  利润: { unit: 'CNY' },
  税收: { unit: 'CNY' },
  出栏: { unit: 'count', counted: 'livestock' },
  存栏: { unit: 'count', counted: 'livestock' },
};
