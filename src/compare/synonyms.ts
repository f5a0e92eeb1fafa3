import type { Basis } from './basis.ts';

/**
 * General statistical equivalences, as data: names under which one indicator is published, with
 * its English name and the definition page it rests on. Not pairs seen in one report: every
 * entry holds for any Chinese locality. Matching across years looks labels up here after
 * {@link labelKey}; English pages of drafted datasets take their names from here
 * ({@link englishName}).
 */

/** Where an equivalence is defined. */
export interface DefinitionSource {
  publisher: string;
  title: string;
  /** The publisher's page, when it has a stable one. */
  url?: string;
}

/** One indicator and the names it is published under. */
export interface Synonym {
  /** The current official zh name, also the matching key of every alias. */
  zh: string;
  en: string;
  /** Other names of the same indicator, written as {@link labelKey} reads them (simplified, no scope words). */
  aliases: readonly string[];
  source: DefinitionSource;
  /** How the publisher computes its growth rate when the report does not say (GDP: at comparable prices). */
  growthBasis?: Extract<Basis, 'comparable-prices'>;
  /** Scope differences a reader should know when two names meet (why a computed and a stated growth may differ). */
  note?: string;
}

const NBS_YEARBOOK = (chapter: string): DefinitionSource => ({
  publisher: 'National Bureau of Statistics of China (国家统计局)',
  title: `中国统计年鉴, ${chapter}: 主要统计指标解释 (Explanatory notes on main statistical indicators)`,
  url: 'https://www.stats.gov.cn/sj/ndsj/',
});
const NBS_SECTORS: DefinitionSource = {
  publisher: 'National Bureau of Statistics of China (国家统计局)',
  title: '三次产业划分规定 (Regulation on the classification of the three industries), 2012: 第三产业即服务业',
};
const BUDGET_LAW: DefinitionSource = {
  publisher: 'Ministry of Finance of China (财政部) / National People’s Congress',
  title:
    '中华人民共和国预算法 (2014年修正), art. 5–6: 公共财政预算 renamed 一般公共预算 from 2015; 财政部《政府收支分类科目》',
  url: 'https://www.mof.gov.cn/',
};

/** The equivalences, one entry per indicator. */
export const SYNONYMS: readonly Synonym[] = [
  {
    zh: '地区生产总值',
    en: 'GDP',
    aliases: ['生产总值', '国内生产总值', 'gdp', '地区gdp'],
    source: NBS_YEARBOOK('国民经济核算'),
    growthBasis: 'comparable-prices',
  },
  {
    zh: '人均地区生产总值',
    en: 'GDP per capita',
    aliases: ['人均生产总值', '人均gdp', '人均国内生产总值'],
    source: NBS_YEARBOOK('国民经济核算'),
    growthBasis: 'comparable-prices',
  },
  {
    zh: '第一产业增加值',
    en: 'Value added of primary industry',
    aliases: [],
    source: NBS_SECTORS,
    growthBasis: 'comparable-prices',
  },
  {
    zh: '第二产业增加值',
    en: 'Value added of secondary industry',
    aliases: [],
    source: NBS_SECTORS,
    growthBasis: 'comparable-prices',
  },
  {
    zh: '服务业增加值',
    en: 'Value added of services',
    aliases: ['第三产业增加值'],
    source: NBS_SECTORS,
    growthBasis: 'comparable-prices',
  },
  {
    zh: '规模以上工业增加值',
    en: 'Value added of industry above designated size',
    aliases: ['规模工业增加值', '规上工业增加值', '规模以上工业企业增加值'],
    source: NBS_YEARBOOK('工业'),
    growthBasis: 'comparable-prices',
  },
  { zh: '工业总产值', en: 'Gross industrial output value', aliases: [], source: NBS_YEARBOOK('工业') },
  {
    zh: '农林牧渔业总产值',
    en: 'Gross output value of agriculture, forestry, animal husbandry and fishery',
    aliases: ['农业总产值'],
    source: NBS_YEARBOOK('农业'),
  },
  {
    zh: '社会消费品零售总额',
    en: 'Retail sales of consumer goods',
    aliases: ['社会消费品零售额', '社零总额'],
    source: NBS_YEARBOOK('国内贸易'),
  },
  {
    zh: '固定资产投资',
    en: 'Fixed-asset investment',
    aliases: ['全社会固定资产投资', '固定资产投资额', '固定资产投资总额'],
    source: NBS_YEARBOOK('固定资产投资'),
    note: '全社会固定资产投资 includes rural households; since 2011 the bureau publishes 固定资产投资(不含农户), which does not',
  },
  {
    zh: '进出口总额',
    en: 'Total imports and exports',
    aliases: ['外贸进出口总额', '进出口总值', '外贸进出口总值'],
    source: NBS_YEARBOOK('对外经济贸易'),
  },
  {
    zh: '实际使用外资',
    en: 'Foreign capital actually used',
    aliases: ['实际利用外资', '实际使用外资金额', '实际利用外资金额'],
    source: NBS_YEARBOOK('对外经济贸易'),
  },
  {
    zh: '单位地区生产总值能耗',
    en: 'Energy consumption per unit of GDP',
    aliases: ['单位生产总值能耗', '万元生产总值能耗', '万元gdp能耗', '单位gdp能耗'],
    source: NBS_YEARBOOK('能源'),
  },
  {
    zh: '一般公共预算收入',
    en: 'General public budget revenue',
    aliases: ['公共财政预算收入', '公共财政收入', '一般预算收入', '财政一般预算收入'],
    source: BUDGET_LAW,
  },
  {
    zh: '地方一般公共预算收入',
    en: 'Local general public budget revenue',
    aliases: ['地方公共财政收入', '地方公共财政预算收入', '地方一般预算收入', '地方财政一般预算收入', '地方财政收入'],
    source: BUDGET_LAW,
    note: 'the revenue a locality keeps after the shares passed to higher levels; 地方财政收入 is its name before the 2011–2015 reforms and may include items since moved out of the budget',
  },
  {
    zh: '一般公共预算总收入',
    en: 'Total general public budget revenue',
    aliases: ['公共财政总收入', '财政总收入', '全口径财政收入'],
    source: BUDGET_LAW,
    note: 'revenue collected in the area before sharing with higher levels; 全口径财政收入 and 财政总收入 are its common names, and some localities include government-fund revenue in them',
  },
  { zh: '税收收入', en: 'Tax revenue', aliases: [], source: BUDGET_LAW },
  {
    zh: '城镇居民人均可支配收入',
    en: 'Per-capita disposable income of urban residents',
    aliases: ['城镇常住居民人均可支配收入', '城镇居民年人均可支配收入'],
    source: NBS_YEARBOOK('人民生活'),
  },
  {
    zh: '农村居民人均可支配收入',
    en: 'Per-capita disposable income of rural residents',
    aliases: ['农村常住居民人均可支配收入', '农村居民年人均可支配收入'],
    source: NBS_YEARBOOK('人民生活'),
    note: 'not 农村居民人均纯收入 (net income), the measure published before the 2013 household-survey reform',
  },
  {
    zh: '农村居民人均纯收入',
    en: 'Per-capita net income of rural residents',
    aliases: [],
    source: NBS_YEARBOOK('人民生活'),
  },
];

const BY_NAME: ReadonlyMap<string, Synonym> = new Map(
  SYNONYMS.flatMap((s) => [s.zh, ...s.aliases].map((name) => [name, s] as const)),
);

/**
 * The entry a label key (see {@link labelKey}) names, by its official name or an alias.
 * @example synonymOf('全口径财政收入')?.zh // '一般公共预算总收入'
 */
export function synonymOf(key: string): Synonym | undefined {
  return BY_NAME.get(key);
}
