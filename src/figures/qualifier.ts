/**
 * Qualifiers (DESIGN.md "Qualifier"): how a figure's value relates to the true number.
 * 近 300 亩 is `approx`, 20 余人 is `more_than`, 60% 以上 is `at_least`, 不到 5% is `at_most`.
 */
export type Qualifier = 'exact' | 'approx' | 'more_than' | 'at_least' | 'at_most';

export interface QualifierDef {
  id: Qualifier;
  /** Words that set this qualifier before the number (近, 约) or after it (余, 以上, 左右). */
  prefixes: readonly string[];
  suffixes: readonly string[];
  label: { zh: string; en: string };
}

export const QUALIFIERS: Record<Qualifier, QualifierDef> = {
  exact: { id: 'exact', prefixes: [], suffixes: [], label: { zh: '', en: '' } },
  approx: { id: 'approx', prefixes: ['近', '约', '約', '大约', '大約'], suffixes: ['左右', '上下'], label: { zh: '约', en: 'about' } },
  more_than: {
    id: 'more_than',
    prefixes: ['超过', '超過', '突破', '逾', '超', '多于', '高于', '大于'],
    suffixes: ['余', '餘', '多'],
    label: { zh: '余', en: 'more than' },
  },
  at_least: { id: 'at_least', prefixes: ['至少', '不低于', '不少于', '不小于', '最少'], suffixes: ['以上'], label: { zh: '以上', en: 'at least' } },
  at_most: {
    id: 'at_most',
    // Negated words are read whole: 不超过 bounds from above (it never means 超过).
    prefixes: ['不到', '不足', '不满', '不超过', '不超過', '不超', '未超过', '未超', '没有超过', '不高于', '不多于', '不大于', '低于', '少于', '小于', '最多', '至多'],
    suffixes: ['以下', '以内'],
    label: { zh: '以下', en: 'at most' },
  },
};

export const QUALIFIER_IDS = Object.keys(QUALIFIERS) as Qualifier[];
