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
  '预计', '預計', '据统计', '據統計', '初步统计', '其中', '另外', '此外', '同时', '同時', '并且', '並且', '并', '並', '还', '還',
  '也', '已经', '已經', '已', '共计', '共計', '总计', '總計', '合计', '合計', '累计', '累計', '共', '先后', '先後', '分别', '分別',
  '实现了', '實現了', '完成了', '实现', '實現', '完成', '达到', '達到', '达', '達', '全面', '顺利', '順利', '成功', '首次', '再次',
  '进一步', '進一步', '均', '都', '总共', '總共', '一共', '将', '將', '把',
];

/**
 * Verbs that stand between a name and its number (地区生产总值达到614亿元, 项目有47个, 比重为73.7%);
 * dropped from the end of a label.
 */
export const LINKING_WORDS = [
  '达到', '達到', '达', '達', '为', '為', '是', '约', '約', '共计', '共計', '共', '计', '計', '累计', '累計', '完成', '实现', '實現',
  '突破', '超过', '超過', '超', '过', '過', '近', '逾', '有', '拥有', '擁有', '的', '了', '分别为', '分別為', '分别达到', '分别', '分別',
  '跨过', '跨過', '跨越', '迈上', '邁上', '至', '到', '由', '从', '從', '在', '总计', '總計', '合计', '合計', '首次', '已', '均',
  '原有', '预计', '預計', '等',
];

/** Before a count of 名 or 位, these make it a rank, not a number of persons (分列404名, 居全省第3位). */
export const RANK_WORDS = ['分列', '名列', '位列', '位居', '排名', '排在', '列', '居', '排'];

/** After a count of 次 or 届, these make it the name of a meeting (人大三次会议), not a count. */
export const MEETING_WORDS = ['会议', '會議', '全会', '全會', '全体会议', '会', '會'];

/** Words that make a count a new addition; a total reached (新增企业30家，达199家) names the thing without them. */
export const ADDITION_WORDS = ['新增', '新建', '新引进', '新引進', '新识别', '新識別', '新开工', '新開工'];

/** Words that say where, not what (全镇, 我区, 辖区内): dropped from the start of a label. */
export const SCOPE_WORDS = [
  '全镇', '全鎮', '全乡', '全鄉', '全区', '全區', '全市', '全县', '全縣', '全省', '全村', '全街道', '全街', '我镇', '我鎮', '我乡',
  '我鄉', '我区', '我區', '我市', '我县', '我縣', '我街道', '本镇', '本鎮', '本乡', '本区', '本區', '本市', '本县', '辖区内', '轄區內',
  '境内', '境內', '街道',
];

/** Words that end a scope: what follows names what the place has (木棠镇下辖25个村委会 → 村委会). */
export const TERRITORY_WORDS = ['下辖', '下轄', '辖有', '轄有', '辖', '轄'];

/**
 * Relative time words, by the year they point to from the year reviewed (0: that year, −1: the
 * year before, +1: the next year). 一年来 and 年度 mean the year under review.
 */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 当年: 0, 當年: 0, 全年: 0, 年内: 0, 年內: 0, 一年来: 0, 一年來: 0, 年度: 0, 今年以来: 0, 今年以來: 0,
  去年: -1, 上年: -1, 上一年: -1, 明年: 1, 来年: 1, 來年: 1,
};

/** Words for "now": a figure counted up to the date of the report (截至目前, 至今). */
export const NOW_WORDS = ['截至目前', '截止目前', '到目前为止', '到目前', '目前', '至今', '现在', '現在', '当前', '當前', '现已', '現已'];

/** Before a date, these make it the end of a count: 截至11月底, 到2015年. */
export const THROUGH_MARKS = ['截至', '截止到', '截止至', '截止', '到', '至'];

/** After a date, these make it the start of a count: 6月以来, 7月至今, 2011年以来. */
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
  '累计', '累計', '共有', '现有', '現有', '拥有', '擁有', '下辖', '下轄', '辖区', '轄區', '面积', '面積', '人口', '余额', '餘額',
  '存栏', '存欄', '保有量', '在库', '在庫', '总数', '總數',
];

/** Verbs of a change, simplified and traditional (增长9% names a change, not a level). */
export const CHANGE_VERBS = [
  ...INCREASE_VERBS, ...DECREASE_VERBS, '增長', '增幅', '增速', '上漲', '減少', '降幅', '下滑', '增', '降', '減', '减', '涨', '漲',
];

/** Short or traditional change verbs as a label writes them (增 → 增长). */
export const CHANGE_VERB_LABELS: Readonly<Record<string, string>> = {
  增: '增长', 增幅: '增长', 增速: '增长', 增長: '增长', 降: '下降', 降幅: '下降', 減: '减少', 减: '减少', 減少: '减少', 涨: '上涨', 漲: '上涨', 上漲: '上涨',
};

/** After a change verb, these make the figure the result of the change (增加到12038元), not its amount. */
export const RESULT_MARKS = ['到', '至', '为', '為'];

/**
 * Words of the basis of a change (同比, 按同口径计算, 较2018年, 年均): dropped from the label of a
 * change, which names what changed.
 */
export const BASIS_WORDS = [
  '按同口径计算', '按可比价格计算', '按可比价计算', '按可比口径计算', '按可比口径', '同口径', '按可比价', '同比', '比上年', '较上年', '較上年',
  '比去年', '较去年', '較去年', '较同期', '比同期', '年均', '平均', '逆势', '逆勢', '期间', '期間', '计算',
];

/** Heading words of the review part (2019年工作总结, 一、2014年工作回顾, 基本情况). */
export const REVIEW_HEADING_WORDS = ['工作回顾', '工作回顧', '工作总结', '工作總結', '回顾', '回顧', '总结', '總結', '完成情况', '完成情況', '基本情况', '基本情況', '主要工作'];

/** Heading words of the plan part (2020年工作思路, 工作安排, 明年, 下一步). */
export const PLAN_HEADING_WORDS = [
  '工作思路', '工作计划', '工作計劃', '工作安排', '工作打算', '工作目标', '工作目標', '目标任务', '目標任務', '主要目标', '主要目標', '总体要求',
  '總體要求', '明年', '下一步', '下步', '今后', '今後', '展望', '思路', '计划', '計劃', '安排', '打算',
];

/** Chinese numerals of heading ordinals (一、 （二） 三是), up to 九十九. */
export const ORDINAL_NUMERALS = '一二三四五六七八九十';

/**
 * Five-year plans by their name (十二五 = 2011–2015): the first year of 十N五 for N = 一…五, so the
 * plans from 十一五 (2006) to 十五五 (2030).
 */
export const FIVE_YEAR_PLAN_START: Readonly<Record<string, number>> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };

/** Chinese numerals for a few years (过去五年). */
export const SMALL_NUMERALS: Readonly<Record<string, number>> = { 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Sentence ends and line ends. */
export const SENTENCE_ENDS = '。！？!?\n\r';
/** Clause breaks within a sentence (a colon ends a lead-in). */
export const CLAUSE_ENDS = `${SENTENCE_ENDS}，,；;：:`;
/** Item breaks within a clause: an enumeration's 、 and parentheses. */
export const ITEM_ENDS = `${CLAUSE_ENDS}、（()）`;
/** Connectors between the figures of one enumeration (增长11%和14%, 6.6%、9%、3.1%). */
export const CONNECTORS = /^\s*[、和及与與跟]\s*$/;
