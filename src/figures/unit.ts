/**
 * Canonical units (DESIGN.md "Unit"): one definition per unit, and every table about units derived
 * from the definitions (raw words, classifier words, countability, glossaries, conversions).
 * A new unit is one entry of `UNITS` plus its tests.
 *
 * A definition says what the unit measures (`dimension`), how to convert it to the dimension's base
 * unit as an exact rational `toBase = num / den` (1 亩 = 10000/15 m², so `{ num: 10000, den: 15 }`),
 * whether its values are whole numbers, how it is printed and described in zh and en, and the words
 * reports write it with (simplified and traditional).
 */

import { punctuation } from './locale.ts';

/** Canonical unit ids. Classifier counts (处, 个, 头, 辆 …) are all `count`, with `counted` naming what. */
export type UnitId =
  | 'mu'
  | 'm2'
  | 'ha'
  | 'km2'
  | 'km'
  | 'm'
  | 'CNY'
  | 'USD'
  | 'HKD'
  | 'EUR'
  | 'JPY'
  | 'TWD'
  | 'GBP'
  | 'persons'
  | 'households'
  | 'person-times'
  | 'household-times'
  | 'mu-times'
  | 't'
  | 'kg'
  | 'kW'
  | 'kWh'
  | 'percent'
  | 'permille'
  | 'fraction'
  | 'percentage-points'
  | 'times'
  | 'count'
  | 'other'
  | 'CNY/person'
  | 'CNY/household'
  | 'CNY/mu'
  | 'CNY/m2'
  | 't/mu'
  | 'kg/mu';

/** Currencies other than CNY, by ISO 4217 code. CNY is money; each other currency is its own dimension. */
type ForeignCurrency = 'USD' | 'HKD' | 'EUR' | 'JPY' | 'TWD' | 'GBP';

/** What a unit measures. Units of one dimension convert exactly; units of different dimensions never do. */
export type BaseDimension =
  | 'area'
  | 'length'
  | 'money'
  | `money:${ForeignCurrency}`
  | 'persons'
  | 'households'
  | 'person-times'
  | 'household-times'
  | 'area-times'
  | 'mass'
  | 'power'
  | 'energy'
  | 'ratio'
  | 'ratio-change'
  | 'multiple'
  | 'count'
  | 'other';

/** A base dimension, or a rate of two (`money/area` for 元/亩). */
export type Dimension = BaseDimension | `${BaseDimension}/${BaseDimension}`;

/** An exact positive rational `num / den`. */
export interface Ratio {
  num: number;
  den: number;
}

/** One way a report writes a unit after a number. */
export interface UnitWordDef {
  /** The word in simplified and traditional script (and symbols): `['处', '處']`, `['%', '％']`. */
  written: readonly string[];
  /** Value factor to the unit (斤 is 1/2 kg, 成 is 10 percent, 兆瓦 1000 kW). Default: 1. */
  scale?: Ratio;
  /** For a classifier: what it counts by default (个 → items, 头 → livestock). */
  counted?: string;
  /**
   * The classifier names the thing itself (冢 is a grave, 村 a village), so a figure quoting it
   * counts exactly `counted`: another `counted` contradicts the quote (`check` says so).
   */
  names?: true;
  /**
   * What may follow the word to make another word, so that the number before it counts nothing
   * (一次性, 三个月, 两台账, 一成不变): each entry is the text right after the unit word.
   */
  startsWords?: readonly string[];
  /** Only after Arabic digits: 度 (300万度 is energy; 一度, 两度 mean "once", "twice"). */
  digitsOnly?: true;
  /** Not after a lone 一, where the phrase is figurative: 一张蓝图, 一场硬仗, 一套机制, 一道防线. */
  notAfterLoneOne?: true;
  /**
   * The smallest value the word is a unit for: 度 is energy from 100 up (25度以上坡耕地 is a slope),
   * 方 cubic metres of earth from 100 up (3方 are parties).
   */
  minValue?: number;
}

export interface UnitDef {
  id: UnitId;
  dimension: Dimension;
  /** Factor to the dimension's base unit (m², m, CNY, kg …) as an exact fraction. */
  toBase: Ratio;
  /** Values are whole numbers (a base of 421.43 petitions cannot be). */
  countable: boolean;
  /** Short label as printed after a number (zh 亩, en mu); empty for a bare count or a fraction. */
  label: { zh: string; en: string };
  /**
   * How the en label sits by the number: `before` (currencies: CNY 1.27 million), `attached`
   * (% and ‰: 98%), `after` with a space (16,000 m²). Default: `after`.
   */
  enPlacement?: 'before' | 'attached' | 'after';
  /** What the unit is, for data dictionaries and chart data notes. */
  description: { zh: string; en: string };
  /** Words written after the number (亩, 万元 = 万 + 元, 个百分点). */
  words: readonly UnitWordDef[];
  /**
   * Words written right before the number that give it this unit: a currency (港币500万元 is HKD),
   * or for the base of a rate, "per" words (每亩600元 is CNY/mu, 人均1.5万元 CNY/person).
   */
  before?: readonly string[];
  /** For a rate: its numerator and denominator units (CNY/mu is CNY per mu). */
  per?: { numerator: UnitId; denominator: UnitId };
}

const ONE: Ratio = { num: 1, den: 1 };

/** A classifier that is figurative after a lone 一 (一张蓝图, 一场硬仗, 一套机制, 一道防线). */
const FIGURATIVE: Partial<UnitWordDef> = { notAfterLoneOne: true };

/** `after` words that make a number before 个 a duration or a named set (三个月, 四个意识). */
const AFTER_GE = [...'月性别体', '小时', '工作日', '意识', '自信', '维护', '确立', '代表', '全面', '务必'];

/**
 * A classifier of `count`: what it counts, its written forms, and the words it starts. Classifiers
 * added since the Yangshahu report are figurative after a lone 一 (一张蓝图, 一场硬仗): see `figurative`.
 */
function classifier(
  written: string | readonly string[],
  counted: string,
  startsWords: string | readonly string[] = [],
  extra: Partial<UnitWordDef> = {},
): UnitWordDef {
  const forms = typeof written === 'string' ? [written] : written;
  const words = typeof startsWords === 'string' ? [...startsWords] : startsWords;
  return { written: forms, counted, ...(words.length > 0 ? { startsWords: words } : {}), ...extra };
}

/** A currency other than CNY: its own dimension (never converted), its words after and before the number. */
function currency(id: ForeignCurrency, zh: string, en: string, written: readonly string[]): Omit<UnitDef, 'id'> {
  return {
    dimension: `money:${id}`,
    toBase: ONE,
    countable: false,
    label: { zh, en: id },
    enPlacement: 'before',
    description: { zh: `${zh}（${id}，不折算为人民币）`, en: `${en} (${id}), never converted to CNY` },
    words: [{ written }],
    before: written,
  };
}

/**
 * Every unit that is not a rate. The order is the order of preference when figures of one dimension
 * are compared (亩 before 公顷, 吨 before 公斤): a comparison row takes the first unit listed among its
 * values'.
 */
const SINGLE_UNITS: Record<Exclude<UnitId, RateId>, Omit<UnitDef, 'id'>> = {
  mu: {
    dimension: 'area',
    toBase: { num: 10000, den: 15 },
    countable: false,
    label: { zh: '亩', en: 'mu' },
    description: { zh: '亩（1亩 = 10000/15 平方米）', en: 'mu, the Chinese land unit (1 mu = 10000/15 m²)' },
    words: [{ written: ['亩', '畝'] }],
    before: ['每亩', '每畝', '亩均', '畝均', '亩产', '畝產'],
  },
  m2: {
    dimension: 'area',
    toBase: ONE,
    countable: false,
    label: { zh: '平方米', en: 'm²' },
    description: { zh: '平方米', en: 'square metres' },
    words: [{ written: ['平方米', '平方', '平米', '㎡', 'm²'] }],
    before: ['每平方米', '每平米'],
  },
  ha: {
    dimension: 'area',
    toBase: { num: 10000, den: 1 },
    countable: false,
    label: { zh: '公顷', en: 'ha' },
    description: { zh: '公顷', en: 'hectares' },
    words: [{ written: ['公顷', '公頃'] }],
  },
  km2: {
    dimension: 'area',
    toBase: { num: 1_000_000, den: 1 },
    countable: false,
    label: { zh: '平方公里', en: 'km²' },
    description: { zh: '平方公里', en: 'square kilometres' },
    words: [{ written: ['平方公里', '平方千米'] }],
  },
  km: {
    dimension: 'length',
    toBase: { num: 1000, den: 1 },
    countable: false,
    label: { zh: '公里', en: 'km' },
    description: { zh: '公里', en: 'kilometres' },
    words: [{ written: ['公里', '千米'] }],
  },
  m: {
    dimension: 'length',
    toBase: ONE,
    countable: false,
    label: { zh: '米', en: 'm' },
    description: { zh: '米', en: 'metres' },
    words: [
      { written: ['米'], startsWords: [...'饭粮面'] },
      { written: ['厘米', '公分'], scale: { num: 1, den: 100 } },
      { written: ['毫米'], scale: { num: 1, den: 1000 } },
    ],
  },
  CNY: {
    dimension: 'money',
    toBase: ONE,
    countable: false,
    label: { zh: '元', en: 'CNY' },
    enPlacement: 'before',
    description: { zh: '人民币元', en: 'yuan (CNY)' },
    words: [
      { written: ['元'], startsWords: [...'旦素月宵首化老帅结论制体气件'] },
      { written: ['圆', '圓', '块钱', '塊錢'] },
    ],
  },
  USD: currency('USD', '美元', 'US dollars', ['美元', '美金']),
  HKD: currency('HKD', '港元', 'Hong Kong dollars', ['港元', '港币', '港幣']),
  EUR: currency('EUR', '欧元', 'euros', ['欧元', '歐元']),
  // 1月1日元旦: 日元 followed by 旦 is a date and 元旦 (New Year's Day).
  JPY: { ...currency('JPY', '日元', 'Japanese yen', ['日元']), words: [{ written: ['日元'], startsWords: ['旦'] }] },
  TWD: currency('TWD', '新台币', 'New Taiwan dollars', ['新台币', '新臺幣', '新台幣', '台币', '臺幣', '台幣']),
  GBP: currency('GBP', '英镑', 'pounds sterling', ['英镑', '英鎊']),
  persons: {
    dimension: 'persons',
    toBase: ONE,
    countable: true,
    label: { zh: '人', en: 'persons' },
    description: { zh: '人', en: 'persons' },
    words: [
      { written: ['人'], startsWords: [...'民员才大社事均工类生心物格权性文情士为们间身'] },
      { written: ['名'], startsWords: [...'单称义字额片牌列次誉胜著录师校品'] },
    ],
    before: ['人均', '每人'],
  },
  households: {
    dimension: 'households',
    toBase: ONE,
    countable: true,
    label: { zh: '户', en: 'households' },
    description: { zh: '户', en: 'households' },
    words: [{ written: ['户', '戶'], startsWords: [...'籍口外型主头'] }],
    before: ['户均', '戶均', '每户', '每戶'],
  },
  'person-times': {
    dimension: 'person-times',
    toBase: ONE,
    countable: true,
    label: { zh: '人次', en: 'person-times' },
    description: { zh: '人次（一人多次计多次）', en: 'person-times (a person counted once per time)' },
    words: [{ written: ['人次'] }],
  },
  'household-times': {
    dimension: 'household-times',
    toBase: ONE,
    countable: true,
    label: { zh: '户次', en: 'household-times' },
    description: { zh: '户次（一户多次计多次）', en: 'household-times (a household counted once per time)' },
    words: [{ written: ['户次', '戶次'] }],
  },
  'mu-times': {
    dimension: 'area-times',
    toBase: ONE,
    countable: false,
    label: { zh: '亩次', en: 'mu-times' },
    description: { zh: '亩次（同一块地每作业一次计一次）', en: 'mu-times (the same land counted once per operation)' },
    words: [{ written: ['亩次', '畝次'] }],
  },
  t: {
    dimension: 'mass',
    toBase: { num: 1000, den: 1 },
    countable: false,
    label: { zh: '吨', en: 't' },
    description: { zh: '吨', en: 'tonnes' },
    words: [{ written: ['吨', '噸'] }],
  },
  kg: {
    dimension: 'mass',
    toBase: ONE,
    countable: false,
    label: { zh: '公斤', en: 'kg' },
    description: { zh: '公斤（千克；1斤 = 0.5公斤）', en: 'kilograms (1 jin 斤 = 0.5 kg)' },
    words: [{ written: ['公斤', '千克', 'kg'] }, { written: ['斤'], scale: { num: 1, den: 2 } }],
  },
  kW: {
    dimension: 'power',
    toBase: ONE,
    countable: false,
    label: { zh: '千瓦', en: 'kW' },
    description: { zh: '千瓦（装机容量等功率）', en: 'kilowatts (power, e.g. installed capacity)' },
    words: [{ written: ['千瓦', 'kW'] }, { written: ['兆瓦', 'MW'], scale: { num: 1000, den: 1 } }],
  },
  kWh: {
    dimension: 'energy',
    toBase: ONE,
    countable: false,
    label: { zh: '千瓦时', en: 'kWh' },
    description: { zh: '千瓦时（度，电量）', en: 'kilowatt-hours (energy, 度)' },
    words: [
      { written: ['千瓦时', '千瓦時', 'kWh'] },
      { written: ['兆瓦时', '兆瓦時', 'MWh'], scale: { num: 1000, den: 1 } },
      { written: ['度'], digitsOnly: true, minValue: 100, startsWords: [...'假'] },
    ],
  },
  percent: {
    dimension: 'ratio',
    toBase: { num: 1, den: 100 },
    countable: false,
    label: { zh: '%', en: '%' },
    enPlacement: 'attached',
    description: { zh: '百分比（三成 = 30%）', en: 'percent (三成 = 30 %)' },
    words: [
      { written: ['%', '％'] },
      {
        written: ['成'],
        scale: { num: 10, den: 1 },
        startsWords: [...'为立效果功本员绩交片型熟就长都人年品不群批套规'],
      },
    ],
  },
  permille: {
    dimension: 'ratio',
    toBase: { num: 1, den: 1000 },
    countable: false,
    label: { zh: '‰', en: '‰' },
    enPlacement: 'attached',
    description: { zh: '千分比（‰，千分之五 = 5‰）', en: 'per mille (‰, 千分之五 = 5 ‰), as written' },
    words: [{ written: ['‰'] }],
  },
  fraction: {
    dimension: 'ratio',
    toBase: ONE,
    countable: false,
    label: { zh: '', en: '' },
    description: { zh: '分数（三分之二 = 0.666…）', en: 'a fraction (三分之二, 2/3 = 0.666…)' },
    words: [],
  },
  'percentage-points': {
    dimension: 'ratio-change',
    toBase: ONE,
    countable: false,
    label: { zh: '个百分点', en: 'percentage points' },
    description: { zh: '百分点（比率之差）', en: 'percentage points (a difference of rates)' },
    words: [{ written: ['个百分点', '個百分點', '百分点', '百分點'] }],
  },
  times: {
    dimension: 'multiple',
    toBase: ONE,
    countable: false,
    label: { zh: '倍', en: 'times' },
    description: { zh: '倍数', en: 'a multiple (倍)' },
    words: [{ written: ['倍'], startsWords: [...'增数率'] }],
  },
  count: {
    dimension: 'count',
    toBase: ONE,
    countable: true,
    label: { zh: '个', en: '' },
    description: {
      zh: '个数（个、处、起、头、辆…，所计之物见 counted）',
      en: 'a count (个, 处, 起, 头, 辆 …; what is counted is in counted)',
    },
    words: [
      classifier('台次', 'machine-times'),
      classifier('台套', 'machine-sets'),
      classifier('家次', 'enterprise-times'),
      classifier(['车次', '車次'], 'vehicle-times'),
      classifier('架次', 'sorties'),
      classifier('场次', 'sessions'),
      classifier('批次', 'batches'),
      classifier(['处', '處'], 'sites', '理罚置长分室级于在境方事'),
      classifier(['个', '個'], 'items', AFTER_GE),
      classifier('起', 'cases', '来草步点诉始飞码见色身跑伏义航源因初居'),
      classifier('件', 'items'),
      classifier('家', 'enterprises', '庭属长园乡具务电族禽畜风教门里常境'),
      classifier(['条', '條'], 'items', '龙心件例款幅线状理约规文形'),
      classifier('期', 'issues', '间限末初中待望盼工项满货内终许'),
      classifier('冢', 'graves', [], { names: true }),
      classifier(['块', '塊'], 'pieces', '儿钱头'),
      classifier(['台', '臺'], 'machines', '账阶风湾上下前词面历'),
      classifier('次', 'times', '性日年月要序级生'),
      classifier('村', 'villages', '民级庄委干务容貌规组社部支集医卫官落镇寨', { names: true }),
      classifier(['种', '種'], 'kinds', '植子养类田苗粮族'),
      classifier('座', 'structures', '谈位右'),
      classifier('所', 'institutions', '有在属谓得需长述提辖'),
      classifier(['项', '項'], 'items'),
      classifier(['头', '頭'], 'livestock', '脑部条号版像等', FIGURATIVE),
      classifier(['只', '隻'], 'animals', '有是要能会需', FIGURATIVE),
      classifier('羽', 'poultry', '毛绒球', FIGURATIVE),
      classifier(['辆', '輛'], 'vehicles', [], FIGURATIVE),
      classifier(['盏', '盞'], 'lamps', [], FIGURATIVE),
      classifier(['张', '張'], 'pieces', '家贴挂', FIGURATIVE),
      classifier('份', 'copies', '额子', FIGURATIVE),
      classifier('支', 'teams', '持出付援部柱撑书配', FIGURATIVE),
      // 两道防线, 三道关口: after a Chinese numeral 道 is figurative; 拦水坝3道 counts.
      classifier('道', 'items', '路德理歉观教', { digitsOnly: true }),
      classifier(['栋', '棟'], 'buildings', '梁', FIGURATIVE),
      classifier('幢', 'buildings', [], FIGURATIVE),
      classifier(['间', '間'], 'rooms', '隔接距断', FIGURATIVE),
      classifier('套', 'sets', '路餐装房现', FIGURATIVE),
      classifier('株', 'plants', '距', FIGURATIVE),
      classifier('棵', 'trees', [], FIGURATIVE),
      classifier('艘', 'ships', [], FIGURATIVE),
      classifier('枚', 'pieces', [], FIGURATIVE),
      classifier('篇', 'articles', '章幅', FIGURATIVE),
      classifier(['场', '場'], 'sessions', '所地景馆面合站域内外长镇', FIGURATIVE),
    ],
  },
  other: {
    dimension: 'other',
    toBase: ONE,
    countable: false,
    label: { zh: '', en: '' },
    description: { zh: '其他单位（单位词见原文）', en: 'another unit, named by the unit word of the quote' },
    words: [
      { written: ['立方米', '立方', '标箱', '千伏安'] },
      { written: ['方'], digitsOnly: true, minValue: 100, startsWords: [...'面式案向针法便位'] },
    ],
  },
};

/** Rate ids: `numerator/denominator` (the denominator in the singular: CNY/person), parts from `SINGLE_UNITS`. */
type RateId = Extract<UnitId, `${string}/${string}`>;

/**
 * The rate `a/b` (元/亩) from its parts: its dimension, factor, labels and words (元/亩, 元/畝) follow
 * from them, so 元/亩 converts to 元/平方米 exactly (× 15/10000) and never to 元/人.
 */
function rate(a: Exclude<UnitId, RateId>, b: Exclude<UnitId, RateId>): Omit<UnitDef, 'id'> {
  const [x, y] = [SINGLE_UNITS[a], SINGLE_UNITS[b]];
  const [xWords, yWords] = [x.words[0]?.written ?? [], y.words[0]?.written ?? []];
  return {
    dimension: `${x.dimension as BaseDimension}/${y.dimension as BaseDimension}`,
    toBase: { num: x.toBase.num * y.toBase.den, den: x.toBase.den * y.toBase.num },
    countable: false,
    label: { zh: `${x.label.zh}/${y.label.zh}`, en: `${x.label.en}/${singularOf(y.label.en)}` },
    description: { zh: `每${y.label.zh}的${x.label.zh}数`, en: `${x.label.en} per ${singularOf(y.label.en)}` },
    words: [{ written: xWords.flatMap((p) => yWords.map((q) => `${p}/${q}`)) }],
    per: { numerator: a, denominator: b },
  };
}

function singularOf(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

const RATE_UNITS: Record<RateId, Omit<UnitDef, 'id'>> = {
  'CNY/person': rate('CNY', 'persons'),
  'CNY/household': rate('CNY', 'households'),
  'CNY/mu': rate('CNY', 'mu'),
  'CNY/m2': rate('CNY', 'm2'),
  't/mu': rate('t', 'mu'),
  'kg/mu': rate('kg', 'mu'),
};

/** Every unit by id, rates last: a unit without a definition does not compile. */
export const UNITS: Record<UnitId, UnitDef> = Object.fromEntries(
  Object.entries({ ...SINGLE_UNITS, ...RATE_UNITS }).map(([id, def]) => [id, { id: id as UnitId, ...def }]),
) as Record<UnitId, UnitDef>;

/** Unit ids in order of preference (see `SINGLE_UNITS`). */
export const UNIT_IDS: readonly UnitId[] = Object.keys(UNITS) as UnitId[];

const DEFINITIONS: readonly UnitDef[] = Object.values(UNITS);
const RATES: readonly UnitDef[] = DEFINITIONS.filter((def) => def.per !== undefined);

/** What a raw unit word means: its canonical unit and, for classifiers, what is counted by default. */
export interface RawUnitDef {
  unit: UnitId;
  /** Default `counted` for a classifier (个 → items); datasets may name it more precisely. */
  counted?: string;
  /** The classifier names the thing itself (冢, 村): see `UnitWordDef.names`. */
  names?: true;
  /** Value factor to the unit (斤 → 1/2 kg, 成 → 10 percent); absent for 1. */
  scale?: Ratio;
  /** Only after Arabic digits (度). */
  digitsOnly?: true;
  /** Not after a lone 一 (一张蓝图). */
  notAfterLoneOne?: true;
  /** Smallest value (度 from 100). */
  minValue?: number;
  /** Text after the word that makes another word (一次性): see `UnitWordDef.startsWords`. */
  startsWords?: readonly string[];
}

/** Raw unit words as written in reports (simplified, traditional, symbols), from the definitions. */
export const RAW_UNITS: Readonly<Record<string, RawUnitDef>> = Object.fromEntries(
  DEFINITIONS.flatMap((def) =>
    def.words.flatMap((w) =>
      w.written.map((word): [string, RawUnitDef] => [
        word,
        {
          unit: def.id,
          ...(w.counted === undefined ? {} : { counted: w.counted }),
          ...(w.names ? { names: true as const } : {}),
          ...(w.scale === undefined ? {} : { scale: w.scale }),
          ...(w.digitsOnly ? { digitsOnly: true as const } : {}),
          ...(w.notAfterLoneOne ? { notAfterLoneOne: true as const } : {}),
          ...(w.minValue === undefined ? {} : { minValue: w.minValue }),
          ...(w.startsWords === undefined ? {} : { startsWords: w.startsWords }),
        },
      ]),
    ),
  ),
);

/** Raw unit words sorted longest first, for greedy matching. */
export const RAW_UNIT_WORDS: readonly string[] = Object.keys(RAW_UNITS).sort((a, b) => b.length - a.length);

/** A word written before a number that gives its unit: a currency (港币), or the base of a rate (每亩). */
export interface UnitPrefixDef {
  word: string;
  /** The unit whose `before` lists the word. */
  unit: UnitId;
  kind: 'currency' | 'per';
}

/** Words written before a number (港币, 每亩, 人均, 户均, 亩产 …), longest first. */
export const UNIT_PREFIXES: readonly UnitPrefixDef[] = DEFINITIONS.flatMap((def) =>
  (def.before ?? []).map((word): UnitPrefixDef => ({
    word,
    unit: def.id,
    kind: def.dimension.startsWith('money') ? 'currency' : 'per',
  })),
).sort((a, b) => b.word.length - a.word.length);

/**
 * The unit a prefix word gives a number read with unit `unit` and unit word `unitRaw`, or undefined
 * when they do not combine: a currency word before a number of 元 (港币500万元 → HKD; 人民币 → CNY);
 * a "per" word before any unit whose rate is defined (每亩 + 元 → CNY/mu, 亩产 + 吨 → t/mu).
 */
export function unitWithPrefix(prefix: UnitPrefixDef, unit: UnitId, unitRaw: string): UnitId | undefined {
  if (prefix.kind === 'currency') return unit === 'CNY' && unitRaw === '元' ? prefix.unit : undefined;
  return RATES.find((r) => r.per?.numerator === unit && r.per.denominator === prefix.unit)?.id;
}

/** True when two units measure the same dimension (亩 and 公顷 do; 亩 and 户, CNY and USD do not; `other` never). */
export function isCompatible(a: UnitId, b: UnitId): boolean {
  if (a === 'other' || b === 'other') return false;
  return UNITS[a].dimension === UNITS[b].dimension;
}

/**
 * The exact factor from `from` to `to` (`toBase(from) / toBase(to)`), unreduced: 亩 → 公顷 is
 * 10000/150000. Throws `RangeError` for units of different dimensions; check `isCompatible` first.
 */
export function unitFactor(from: UnitId, to: UnitId): Ratio {
  if (from !== to && !isCompatible(from, to))
    throw new RangeError(`units ${from} and ${to} measure different things and do not convert`);
  const [a, b] = [UNITS[from].toBase, UNITS[to].toBase];
  return { num: a.num * b.den, den: a.den * b.num };
}

/**
 * The units as a glossary line for data dictionaries: en `mu: mu, the Chinese land unit …; m2: square
 * metres; …`, zh `mu：亩（1亩 = …）；m2：平方米；…`.
 */
export function unitGlossary(lang: 'zh' | 'en'): string {
  const { colon, clauses } = punctuation(lang);
  return UNIT_IDS.map((id) => colon(id) + UNITS[id].description[lang]).join(clauses);
}
