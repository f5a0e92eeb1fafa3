import { punctuation } from './locale.ts';

/**
 * Qualifiers (DESIGN.md "Qualifier"): how a figure's value relates to the true number.
 * 近 300 亩 is `approx`, 20 余人 is `more_than`, 60% 以上 is `at_least`, 不到 5% is `at_most`.
 * Each definition carries its meaning; every table about qualifiers (bounds of indicator results,
 * tooltip meanings, check messages, data dictionaries, display words) is derived from `QUALIFIERS`.
 * A new qualifier is one entry plus its tests.
 */
export type Qualifier = 'exact' | 'approx' | 'more_than' | 'at_least' | 'at_most';

/** Which side of the true value the stated number lies: a lower bound means the truth is at or above it. */
export type Bound = 'exact' | 'approx' | 'lower' | 'upper';

/**
 * Where a qualifier word sits in a printed quantity: 约300亩 (before), 20余万元 (inside, between the
 * digits and 万/亿), 60%以上 (after), 2.4人/户（不确定） (note: after, in brackets).
 */
export type Placement = 'before' | 'inside' | 'after' | 'note';

/** How a qualifier is shown and explained: its word, where it sits, and what it means. */
export interface QualifierDisplay {
  /** The word printed with a number (zh 约, 余, 以上; en about, more than); empty for none. */
  word: string;
  placement: Placement;
  /** What it says about the true number, for tooltips and messages (约数, a lower bound). */
  meaning: string;
}

/** The vocabulary of a qualifier-like value: shared by figures' qualifiers and indicator results' (`unknown`). */
export interface QualifierMeaning {
  id: string;
  bound: Bound | 'unknown';
  zh: QualifierDisplay;
  en: QualifierDisplay;
  /** Words that set this qualifier before the number (近, 约) or after it (余, 以上, 左右). */
  prefixes: readonly string[];
  suffixes: readonly string[];
}

export interface QualifierDef extends QualifierMeaning {
  id: Qualifier;
  bound: Bound;
}

export const QUALIFIERS: Record<Qualifier, QualifierDef> = {
  exact: {
    id: 'exact',
    bound: 'exact',
    prefixes: [],
    suffixes: [],
    zh: { word: '', placement: 'before', meaning: '确数' },
    en: { word: '', placement: 'before', meaning: 'exact' },
  },
  approx: {
    id: 'approx',
    bound: 'approx',
    prefixes: ['近', '约', '約', '大约', '大約'],
    suffixes: ['左右', '上下'],
    zh: { word: '约', placement: 'before', meaning: '约数' },
    en: { word: 'about', placement: 'before', meaning: 'approximate' },
  },
  more_than: {
    id: 'more_than',
    bound: 'lower',
    prefixes: ['超过', '超過', '突破', '逾', '超', '多于', '高于', '大于'],
    suffixes: ['余', '餘', '多'],
    zh: { word: '余', placement: 'inside', meaning: '多于此数' },
    en: { word: 'more than', placement: 'before', meaning: 'a lower bound' },
  },
  at_least: {
    id: 'at_least',
    bound: 'lower',
    prefixes: ['至少', '不低于', '不少于', '不小于', '最少'],
    suffixes: ['以上'],
    zh: { word: '以上', placement: 'after', meaning: '不少于此数' },
    en: { word: 'at least', placement: 'before', meaning: 'a lower bound' },
  },
  at_most: {
    id: 'at_most',
    bound: 'upper',
    // Negated words are read whole: 不超过 bounds from above (it never means 超过).
    prefixes: [
      '不到',
      '不足',
      '不满',
      '不超过',
      '不超過',
      '不超',
      '未超过',
      '未超',
      '没有超过',
      '不高于',
      '不多于',
      '不大于',
      '低于',
      '少于',
      '小于',
      '最多',
      '至多',
    ],
    suffixes: ['以下', '以内'],
    zh: { word: '以下', placement: 'after', meaning: '不超过此数' },
    en: { word: 'at most', placement: 'before', meaning: 'an upper bound' },
  },
};

export const QUALIFIER_IDS = Object.keys(QUALIFIERS) as Qualifier[];

/**
 * A qualifier in a check's message: `exact`, `approximate`, or for a bound its meaning and word,
 * `a lower bound (more than)`, `an upper bound (at most)`.
 */
export function qualifierPhrase(def: QualifierMeaning): string {
  return def.bound === 'lower' || def.bound === 'upper' ? `${def.en.meaning} (${def.en.word})` : def.en.meaning;
}

/**
 * The qualifiers as a glossary line for data dictionaries, with the words that set them: en
 * `exact; approx, approximate (近, 约, …); more_than, a lower bound (超过, …, 余, 多); …`, zh
 * `exact 确数；approx 约数（近、约…）；…`.
 */
export function qualifierGlossary(
  lang: 'zh' | 'en',
  defs: readonly QualifierMeaning[] = Object.values(QUALIFIERS),
): string {
  const { term, aside, enumeration, clauses } = punctuation(lang);
  return defs
    .map((d) => {
      const words = [...d.prefixes, ...d.suffixes];
      const named = term(d.id, d[lang].meaning);
      return words.length > 0 ? aside(named, words.join(enumeration)) : named;
    })
    .join(clauses);
}
