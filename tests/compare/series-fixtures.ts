import type { Report } from '../../src/figures/figure.ts';
import { corpusReport } from './corpus.ts';

/**
 * The corpus series as curated reports: every headline level of each opening, labelled as the
 * report names it (全年完成地区生产总值 → 地区生产总值 is the matcher's job, so labels keep the
 * report's own words where they differ between years).
 */

export const wuchang2017: Report = corpusReport('wuchang-district-2017', [
  ['1102.5亿元', '全年完成地区生产总值'],
  ['947.81亿元', '服务业增加值'],
  ['217.59亿元', '一般公共预算总收入'],
  ['128.42亿元', '地方一般公共预算收入'],
  ['237.52亿元', '固定资产投资'],
  ['686.4亿元', '招商引资总额'],
  ['682.07亿元', '社会消费品零售总额'],
]);

export const wuchang2018: Report = corpusReport('wuchang-district-2018', [
  ['1200亿元', '预计实现地区生产总值'],
  ['138.7亿元', '地方一般公共预算收入'],
  ['244亿元', '固定资产投资'],
  ['753亿元', '社会消费品零售总额'],
  ['1035亿元', '全年完成服务业增加值'],
  ['358.9亿元', '高新技术产业产值'],
]);

export const hongshan2012: Report = corpusReport('hongshan-district-2012', [
  ['600亿元', '地区生产总值'],
  ['614亿元', '地区生产总值'],
  ['76.83亿元', '全口径财政收入'],
  ['30.53亿元', '区级地方财政收入'],
  ['396亿元', '社会消费品零售总额'],
  ['374亿元', '全社会固定资产投资'],
  ['27370元', '城镇居民人均可支配收入'],
  ['13400元', '农村居民人均纯收入'],
  ['110亿元', '规模以上工业增加值'],
]);

export const hongshan2013: Report = corpusReport('hongshan-district-2013', [
  ['635亿元', '地区生产总值'],
  ['468亿元', '服务业增加值'],
  ['73.7%', '服务业增加值占GDP的比重'],
  ['92.1亿元', '全口径财政收入'],
  ['36.7亿元', '区级地方财政收入'],
  ['495亿元', '全社会固定资产投资'],
  ['124.2亿元', '实际到位区外资金'],
]);

export const hongshan2014: Report = corpusReport('hongshan-district-2014', [
  ['突破100亿元', '公共财政总收入'],
  ['685亿元', '地区生产总值'],
  ['107亿元', '公共财政总收入'],
  ['45.91亿元', '地方公共财政收入'],
  ['428亿元', '社会消费品零售总额'],
]);

export const panyu2014: Report = corpusReport('panyu-district-2014', [
  ['1480.06亿元', '地区生产总值'],
  ['79.27亿元', '一般公共预算收入'],
  ['226.62亿元', '税收总额'],
  ['1919.21亿元', '工业总产值'],
  ['44.93亿元', '农业总产值'],
  ['502.17亿元', '固定资产投资'],
  ['1013.12亿元', '社会消费品零售总额'],
  ['41000元', '城镇居民年人均可支配收入'],
  ['25048元', '农村居民年人均可支配收入'],
]);

export const panyu2015: Report = corpusReport('panyu-district-2015', [
  ['1608.78亿元', '地区生产总值'],
  ['10.81万元', '人均地区生产总值'],
  ['84.47亿元', '一般公共预算收入'],
  ['270.76亿元', '财税总收入'],
  ['1017.15亿元', '服务业增加值'],
]);

export const liuyang2022: Report = corpusReport('liuyang-city-2022', [
  ['1722.5亿元', '地区生产总值'],
  ['101.1亿元', '地方一般公共预算收入'],
  ['2.33%', 'R&D经费占比'],
]);

export const liuyang2023: Report = corpusReport('liuyang-city-2023', []);

export const caidian2014: Report = corpusReport('caidian-district-2014', [
  ['350亿元', '地区生产总值'],
  ['42.57亿元', '公共财政收入'],
  ['395亿元', '全社会固定资产投资'],
  ['77.6亿元', '社会消费品零售总额'],
]);

export const caidian2015: Report = corpusReport('caidian-district-2015', [
  ['371.26亿元', '全年实现地区生产总值'],
  ['46.73亿元', '公共财政收入'],
  ['30.62亿元', '地方公共财政预算收入'],
  ['348.93亿元', '全社会固定资产投资'],
  ['98.12亿元', '社会消费品零售总额'],
]);
