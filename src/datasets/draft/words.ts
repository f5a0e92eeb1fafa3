import { DECREASE_VERBS, INCREASE_VERBS } from '../../figures/extract-words.ts';

/**
 * The words `workreport init` reads a report with: facts of written Chinese (simplified and
 * traditional) and of the genre of work reports, never strings of one report. Each list says what
 * the words do to a figure: name nothing (time words, reporting verbs, scope), qualify a change, or
 * mark a section as review or plan.
 */

/**
 * Alternation of `words`, longest first (so 实现了 is tried before 实现), for a regular expression;
 * the words must hold no regular-expression syntax.
 *
 * @example alternation(['实现', '实现了']) // '实现了|实现'
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}

/**
 * Verbs and adverbs that report a figure rather than name it (预计全年实现地区生产总值 → 地区生产总值):
 * estimates, tallies, achievement verbs, connectives.
 */
export const REPORTING_WORDS = [
  '预计',
  '預計',
  '据统计',
  '據統計',
  '初步统计',
  '其中',
  '另外',
  '此外',
  '同时',
  '同時',
  '并且',
  '並且',
  '并',
  '並',
  '还',
  '還',
  '也',
  '已经',
  '已經',
  '已',
  '共计',
  '共計',
  '总计',
  '總計',
  '合计',
  '合計',
  '累计',
  '累計',
  '共',
  '先后',
  '先後',
  '分别',
  '分別',
  '实现了',
  '實現了',
  '完成了',
  '实现',
  '實現',
  '完成',
  '达到',
  '達到',
  '达',
  '達',
  '全面',
  '顺利',
  '順利',
  '成功',
  '首次',
  '再次',
  '进一步',
  '進一步',
  '均',
  '都',
  '总共',
  '總共',
  '一共',
  '将',
  '將',
  '把',
  ...['力争', '力爭', '确保', '確保', '努力', '推动', '推動', '所有'],
  ...['共有', '现有', '現有', '拥有', '擁有', '还有', '還有', '仍有', '尚有'],
];

/**
 * Verbs that stand between a name and its number (地区生产总值达到614亿元, 项目有47个, 比重为73.7%);
 * dropped from the end of a label.
 */
export const LINKING_WORDS = [
  '达到',
  '達到',
  '达',
  '達',
  '为',
  '為',
  '是',
  '约',
  '約',
  '共计',
  '共計',
  '共',
  '计',
  '計',
  '累计',
  '累計',
  '完成',
  '实现',
  '實現',
  '突破',
  '超过',
  '超過',
  '超',
  '过',
  '過',
  '近',
  '逾',
  '有',
  '拥有',
  '擁有',
  '的',
  '了',
  '分别为',
  '分別為',
  '分别达到',
  '分别',
  '分別',
  '跨过',
  '跨過',
  '跨越',
  '迈上',
  '邁上',
  '至',
  '到',
  '由',
  '从',
  '從',
  '在',
  '总计',
  '總計',
  '合计',
  '合計',
  '首次',
  '已',
  '均',
  '原有',
  '预计',
  '預計',
  '等',
  // Restrictive adverbs and existence verbs (企业仅5家, 只有2个, 还有3个) and verbs of a level kept (稳定在52.3万亩).
  '仅',
  '僅',
  '只',
  '仍',
  '仅有',
  '僅有',
  '只有',
  '还有',
  '還有',
  '仍有',
  '尚有',
  '稳定在',
  '穩定在',
  '保持在',
  '控制在',
  '维持在',
  '維持在',
  '保持',
  '维持',
  '維持',
];

/** Words that end in a linking character but are nouns (查处占道经营行为): never trimmed as a linking word. */
export const NOUNS_ENDING_LIKE_LINKING = ['行为', '行為', '作为', '作為', '人为', '人為'];

/**
 * Words that make the next number a threshold when the number is followed by what it qualifies
 * (超10亿元项目, 年纳税超500万元的企业, 年收入不足10万元的村): the number counts nothing.
 */
export const THRESHOLD_WORDS = [
  '超过',
  '超過',
  '超',
  '过',
  '過',
  '逾',
  '不足',
  '不到',
  '低于',
  '低於',
  '高于',
  '高於',
  '大于',
  '大於',
  '小于',
  '小於',
];

/** Before "一" + a classifier, these make a negation (未一起, 没有一例), also with a verb of occurring after them (NEGATED_VERBS). */
export const NEGATION_WORDS = ['没有', '沒有', '没', '沒', '未', '无', '無', '不'];

/** Verbs of occurring between a negation and "一" (未发生一起, 没有出现一户, 不发生一起): the number counts nothing. */
export const NEGATED_VERBS = ['发生', '發生', '出现', '出現', '有'];

/**
 * Verbs that send persons to do something (组织10人参加培训, 选派12名干部驻村): the count names the
 * persons together with what they were sent to do, read after it.
 */
export const MOBILIZING_VERBS = [
  '组织',
  '組織',
  '发动',
  '發動',
  '动员',
  '動員',
  '带领',
  '帶領',
  '选派',
  '選派',
  '派出',
  '抽调',
  '抽調',
];

/** Names that say how much of what the sentence already named (新增企业17家，总数达到196家 → 企业总数). */
export const RELATIVE_NAMES = ['总数', '總數', '总量', '總量', '总计', '總計'];

/**
 * Modifiers that share the head of the last name of a coordination (城镇和农村居民人均可支配收入 →
 * 城镇居民人均可支配收入, 农村居民人均可支配收入).
 */
export const PARALLEL_MODIFIERS = [
  '城镇',
  '城鎮',
  '农村',
  '農村',
  '城市',
  '乡村',
  '鄉村',
  '城乡',
  '城鄉',
  '进口',
  '進口',
  '出口',
  '国内',
  '國內',
  '国外',
  '國外',
  '境内',
  '境內',
  '境外',
  '男性',
  '女性',
  '国家级',
  '國家級',
  '省级',
  '省級',
  '市级',
  '市級',
  '县级',
  '縣級',
  '区级',
  '區級',
];

/** Before a count of 名 or 位, these make it a rank, not a number of persons (分列404名, 居全省第3位). */
export const RANK_WORDS = ['分列', '名列', '位列', '位居', '排名', '排在', '列', '居', '排'];

/** After a count of 次 or 届, these make it the name of a meeting (人大三次会议), not a count. */
export const MEETING_WORDS = ['会议', '會議', '全会', '全會', '全体会议', '会', '會'];

/** Words that make a count a new addition; a total reached (新增企业30家，达199家) names the thing without them. */
export const ADDITION_WORDS = ['新增', '新建', '新引进', '新引進', '新识别', '新識別', '新开工', '新開工'];

/** Words that say where, not what (全镇, 我区, 辖区内): dropped from the start of a label. */
export const SCOPE_WORDS = [
  '全镇',
  '全鎮',
  '全乡',
  '全鄉',
  '全区',
  '全區',
  '全市',
  '全县',
  '全縣',
  '全省',
  '全村',
  '全街道',
  '全街',
  '我镇',
  '我鎮',
  '我乡',
  '我鄉',
  '我区',
  '我區',
  '我市',
  '我县',
  '我縣',
  '我街道',
  '本镇',
  '本鎮',
  '本乡',
  '本区',
  '本區',
  '本市',
  '本县',
  '辖区内',
  '轄區內',
  '境内',
  '境內',
  '街道',
  '辖区内有',
  '轄區內有',
  '境内有',
  '境內有',
];

/** Words that end a scope: what follows names what the place has (木棠镇下辖25个村委会 → 村委会). */
export const TERRITORY_WORDS = ['下辖', '下轄', '辖有', '轄有', '辖', '轄'];

/**
 * Relative time words, by the year they point to from the year reviewed (0: that year, −1: the
 * year before, +1: the next year). 一年来 and 年度 mean the year under review.
 */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0,
  本年: 0,
  当年: 0,
  當年: 0,
  全年: 0,
  年内: 0,
  年內: 0,
  一年来: 0,
  一年來: 0,
  年度: 0,
  去年: -1,
  上年: -1,
  上一年: -1,
  明年: 1,
  来年: 1,
  來年: 1,
};

/** Words for "now": a figure counted up to the date of the report (截至目前, 至今). */
export const NOW_WORDS = [
  '截至目前',
  '截止目前',
  '到目前为止',
  '到目前',
  '目前',
  '至今',
  '现在',
  '現在',
  '当前',
  '當前',
  '现已',
  '現已',
];

/** Before a date, these make it the end of a count: 截至11月底, 到2015年. */
export const THROUGH_MARKS = ['截至', '截止到', '截止至', '截止', '到', '至'];

/** After a year, these make it a bound of what is counted (建成于2000年以前的小区), not the figure's period. */
export const CUTOFF_MARKS = ['以前', '之前', '以后', '以後', '之后', '之後'];

/** After a time word, these make it the name of a plan (完成全年任务的89.5%), not a period. */
export const PLAN_OBJECT_WORDS = ['任务', '任務', '计划', '計劃', '目标', '目標'];

/** After a date, these make it the start of a count: 6月以来, 7月至今, 2011年以来, 今年以来. */
export const SINCE_MARKS = ['以来', '以來', '至今', '起'];

/** Before a date, these make it the basis of a comparison, not the figure's period (较2018年增长, 比上年). */
export const COMPARISON_MARKS = ['相比', '对比', '對比', '比', '较', '較', '同', '与', '與'];

/** Before a date, these make it the start of a change (由2011年的6230元): it dates only the figure right after it. */
export const SOURCE_MARKS = ['由', '从', '從'];

/**
 * Words of a stock or a running total: with no date beside them the figure is cumulative
 * (累计排查16万人次, 户籍人口7.02万人, 存款余额2.96亿元).
 */
export const STOCK_WORDS = [
  '累计',
  '累計',
  '共有',
  '现有',
  '現有',
  '拥有',
  '擁有',
  '下辖',
  '下轄',
  '辖区内有',
  '轄區內有',
  '辖区共有',
  '轄區共有',
  '面积',
  '面積',
  '人口',
  '余额',
  '餘額',
  '存栏',
  '存欄',
  '保有量',
  '在库',
  '在庫',
  '总数',
  '總數',
  '还有',
  '還有',
  '仍有',
  '尚有',
  '原有',
];

/** Verbs of having (共有, 拥有; 辖 ends its clause): a list of what a place has goes on in bare nouns (全镇共有党组织38个，党员1126名). */
export const EXISTENCE_WORDS = ['共有', '现有', '現有', '拥有', '擁有', '还有', '還有', '仍有', '尚有', '内有', '內有'];

/**
 * An area of work done (播种面积, 改造面积) is the year's, not a stock: these words before 面积
 * make it a flow.
 */
export const ACTIVITY_AREA_WORDS = [
  '播种',
  '播種',
  '种植',
  '種植',
  '改造',
  '整治',
  '治理',
  '造林',
  '绿化',
  '綠化',
  '建设',
  '建設',
  '建筑',
  '建築',
  '流转',
  '流轉',
  '拆除',
  '新增',
  '新建',
  '施工',
];

/** A per-capita figure (人均可支配收入) is a rate of its year, never a stock, whatever its clause says (脱贫人口人均纯收入). */
export const PER_CAPITA_WORDS = ['人均'];

/** Headings of an overview (概况, 基本情况): what they state without a date is the standing state, a stock. */
export const OVERVIEW_HEADING_WORDS = [
  '概况',
  '概況',
  '基本情况',
  '基本情況',
  '简介',
  '簡介',
  '镇情',
  '鎮情',
  '区情',
  '區情',
  '县情',
  '縣情',
];

/** Verbs of a change, simplified and traditional (增长9% names a change, not a level). */
export const CHANGE_VERBS = [
  ...INCREASE_VERBS,
  ...DECREASE_VERBS,
  '增長',
  '增幅',
  '增速',
  '上漲',
  '減少',
  '降幅',
  '下滑',
  '增',
  '降',
  '減',
  '减',
  '涨',
  '漲',
];

/** Short or traditional change verbs as a label writes them (增 → 增长). */
export const CHANGE_VERB_LABELS: Readonly<Record<string, string>> = {
  增: '增长',
  增幅: '增长',
  增速: '增长',
  降: '下降',
  降幅: '下降',
  減: '減少',
  减: '减少',
  涨: '上涨',
  漲: '上漲',
};

/** After a change verb, these make the figure the result of the change (增加到12038元), not its amount. */
export const RESULT_MARKS = ['到', '至', '为', '為'];

/**
 * Words of the basis of a change (同比, 按同口径计算, 较2018年, 年均): dropped from the label of a
 * change, which names what changed.
 */
export const BASIS_WORDS = [
  '按同口径计算',
  '按可比价格计算',
  '按可比价计算',
  '按可比口径计算',
  '按可比口径',
  '同口径',
  '按可比价',
  '同比',
  '比上年',
  '较上年',
  '較上年',
  '比去年',
  '较去年',
  '較去年',
  '较同期',
  '比同期',
  '年均',
  '平均',
  '逆势',
  '逆勢',
  '期间',
  '期間',
  '计算',
  '比年初',
  '较年初',
  '較年初',
  '比上年末',
  '较上年末',
  '較上年末',
  '比上年同期',
  '较上年同期',
  '較上年同期',
];

/** Heading words of the review part (2019年工作总结, 一、2014年工作回顾, 基本情况). */
export const REVIEW_HEADING_WORDS = [
  '工作回顾',
  '工作回顧',
  '工作总结',
  '工作總結',
  '回顾',
  '回顧',
  '总结',
  '總結',
  '完成情况',
  '完成情況',
  '基本情况',
  '基本情況',
  '主要工作',
];

/** Heading words of the plan part (2020年工作思路, 工作安排, 明年, 下一步). */
export const PLAN_HEADING_WORDS = [
  '工作思路',
  '工作计划',
  '工作計劃',
  '工作安排',
  '工作打算',
  '工作目标',
  '工作目標',
  '目标任务',
  '目標任務',
  '主要目标',
  '主要目標',
  '总体要求',
  '總體要求',
  '明年',
  '下一步',
  '下步',
  '今后',
  '今後',
  '展望',
  '思路',
  '计划',
  '計劃',
  '安排',
  '打算',
];

/** Chinese numerals of heading ordinals (一、 （二） 三是), up to 九十九. */
export const ORDINAL_NUMERALS = '一二三四五六七八九十';

/**
 * Five-year plans by their name (十二五 = 2011–2015): the first year of 十N五 for N = 一…五, so the
 * plans from 十一五 (2006) to 十五五 (2030).
 */
export const FIVE_YEAR_PLAN_START: Readonly<Record<string, number>> = {
  十一五: 2006,
  十二五: 2011,
  十三五: 2016,
  十四五: 2021,
  十五五: 2026,
};

/** Chinese numerals for a few years (过去五年). */
export const SMALL_NUMERALS: Readonly<Record<string, number>> = {
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** Sentence ends and line ends. */
export const SENTENCE_ENDS = '。！？!?\n\r';
/** Clause breaks within a sentence (a colon ends a lead-in; a bar ends a cell of a table line). */
export const CLAUSE_ENDS = `${SENTENCE_ENDS}，,；;：:|｜`;
/** Item breaks within a clause: an enumeration's 、 and parentheses. */
export const ITEM_ENDS = `${CLAUSE_ENDS}、（()）`;
/** Connectors between the figures of one enumeration (增长11%和14%, 6.6%、9%、3.1%). */
export const CONNECTORS = /^\s*[、和及与與跟]\s*$/;
