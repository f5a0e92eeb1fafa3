import { foldScript } from './fold-script.ts';

/**
 * What a zh label measures, as a key two years can share: 全年完成地区生产总值, 实现地区生产总值 and
 * 地區生產總值 all read 地区生产总值. Only words that never change the measure are removed: reporting
 * verbs (实现, 完成, 达到), estimates (预计), time words (全年, 今年, 2017年), the area's own scope
 * (全区, 全市, 区级) and 累计; words that do (新增, 人均, 全口径, 规模以上) stay.
 */

/** Removed from the start of a label, repeatedly; longest first. */
const LEADING = [
  '初步统计',
  '预计',
  '全年',
  '今年',
  '本年',
  '当年',
  '年内',
  '全区',
  '全市',
  '全县',
  '全镇',
  '全乡',
  '全省',
  '全街道',
  '全街',
  '区级',
  '市级',
  '县级',
  '镇级',
  '本区',
  '本市',
  '本县',
  '我区',
  '我市',
  '我县',
  '我镇',
  '累计',
  '共计',
  '总共',
  '实现',
  '完成',
  '达到',
  '其中',
  '全部',
  '一年来',
].sort((a, b) => b.length - a.length);

/** Removed from the end of a label, repeatedly; longest first. */
const TRAILING = [
  '预计实现',
  '预计完成',
  '预计',
  '实现',
  '完成',
  '达到',
  '分别达到',
  '分别',
  '突破',
  '超过',
  '跨过',
  '约',
  '近',
  '达',
  '为',
  '的',
].sort((a, b) => b.length - a.length);

/** A year or a month as written before a label: 2017年, 2017年1-11月. */
const DATE = /^(?:\d{4}年)?(?:\d{1,2}(?:-\d{1,2})?月)?(?:份)?/u;
/** Punctuation, spaces, quotation marks and bracketed notes: (按常住人口计算), “十二五”. */
const NOISE = /[(（[【][^)）\]】]*[)）\]】]|[\s“”"‘’'、,，。：:;；·]/gu;

/**
 * The matching key of a zh label: script folded to simplified, notes in brackets, punctuation and
 * spaces removed, ASCII lowercased, then the words above stripped from both ends until none is left.
 * Never empty for a non-empty label of something: if stripping would leave nothing, the folded
 * label is kept.
 * @example labelKey('全年完成地区生产总值') // '地区生产总值'
 * @example labelKey('2018年全區實現地區生產總值') // '地区生产总值'
 * @example labelKey('地区生产总值预计实现') // '地区生产总值'
 */
export function labelKey(zh: string): string {
  const folded = foldScript(zh).replace(NOISE, '').toLowerCase();
  let key = folded;
  for (let changed = true; changed && key !== '';) {
    changed = false;
    const dated = key.replace(DATE, '');
    if (dated !== key) {
      key = dated;
      changed = true;
    }
    const lead = LEADING.find((w) => key.startsWith(w) && key.length > w.length);
    if (lead !== undefined) {
      key = key.slice(lead.length);
      changed = true;
    }
    const trail = TRAILING.find((w) => key.endsWith(w) && key.length > w.length);
    if (trail !== undefined) {
      key = key.slice(0, -trail.length);
      changed = true;
    }
  }
  return key === '' ? folded : key;
}

/**
 * Words that say how something is measured but not what: 面积 (of what?), 投入资金, 占比, 人数. A
 * label key made of these alone names no indicator, so two reports that both write 面积 may mean
 * a school building and a farm: such keys match only through a mapping.
 */
const MEASURE_WORDS = [
  '面积',
  '资金',
  '投入',
  '投资',
  '金额',
  '总额',
  '总量',
  '数量',
  '人数',
  '户数',
  '占比',
  '比重',
  '比例',
  '规模',
  '总',
  '新增',
  '增长',
  '共',
].sort((a, b) => b.length - a.length);

/**
 * Whether a label key names no indicator of its own: it is made only of measure words (面积,
 * 投入资金, 占比, 新增投资), or it is a single character.
 * @example isGenericKey('投入资金') // true
 * @example isGenericKey('固定资产投资') // false
 */
export function isGenericKey(key: string): boolean {
  if ([...key].length <= 1) return true;
  let rest = key;
  for (
    let word = MEASURE_WORDS.find((w) => rest.startsWith(w));
    word !== undefined;
    word = MEASURE_WORDS.find((w) => rest.startsWith(w))
  ) {
    rest = rest.slice(word.length);
  }
  return rest === '';
}
