import type { Place } from '../../figures/figure.ts';
import { WorkreportError } from '../../errors.ts';
import { message } from '../../messages.ts';
import { oneLine } from './clean-text.ts';

/** The levels of a place, from the largest division down. */
export const PLACE_LEVELS = ['province', 'city', 'county', 'town'] as const;
type Level = (typeof PLACE_LEVELS)[number];

/** Municipalities directly under the central government: provinces by level, cities by name. */
const MUNICIPALITIES = new Set(['北京市', '上海市', '天津市', '重庆市', '重慶市']);

/**
 * Place names by their last word, simplified and traditional: 省 and 自治区 are provinces; 市, 州
 * and 盟 cities; 县, 区, 旗 counties; 镇, 乡, 街道 towns. A 市 followed by 街道, 镇 or 乡 is part of a
 * town's name (蒲鞋市街道); a name is as long as its suffixes go (广州市, not 广州).
 */
const PLACE_NAME =
  /[\u4e00-\u9fff]{1,8}?(?:街道办事处|街道辦事處|街道|自治区|自治區|自治州|自治县|自治縣|省|市(?!街道|镇|鎮|乡|鄉)|州|盟|县|縣|区|區|旗|镇|鎮|乡|鄉)(?![市县縣区區旗州])/g;
const LEVEL_OF: readonly [RegExp, Level][] = [
  [/(?:省|自治区|自治區)$/, 'province'],
  [/(?:市|州|盟)$/, 'city'],
  [/(?:县|縣|区|區|旗)$/, 'county'],
  [/(?:镇|鎮|乡|鄉|街道)$/, 'town'],
];
/** Words that are not names but end like one (全镇, 城区, 各乡, 乡镇, 社区, 园区, 开发区). */
const NOT_A_NAME =
  /^(?:[全各本我该該城社园園片景小老新辖轄镇鎮乡鄉市县縣区區]|开发|開發|示范|示範|功能|高新|保税|保稅|经济|經濟|工业|工業|街|商|校|景)(?:区|區|镇|鎮|乡|鄉|市|县|縣|街道)$/;
/** Words around place names in titles and lines that are not part of them. */
const NOISE =
  /人民政府|人民代表大会|人民代表大會|政府工作报告|政府工作報告|工作报告|工作報告|工作总结|工作總結|工作思路|工作计划|工作計劃|人民政府|政府|第[一二三四五六七八九十百\d]*届|第[一二三四五六七八九十百\d]*次|(?:19|20)\d\d年度?|\d+月\d+日|[（()）【】[\]“”"]|全文|投资|投資/g;

/** The level of a place name by its last word, or undefined. */
function levelOf(name: string): Level | undefined {
  if (MUNICIPALITIES.has(name)) return 'province';
  return LEVEL_OF.find(([pattern]) => pattern.test(name))?.[1];
}

/**
 * The place names in a line of text (a title, a publisher, 在…人民代表大会), by level; the first
 * name of each level wins, a second city-level name is the county (长沙市浏阳市 → city 长沙市, county 浏阳市).
 *
 * @example placeIn('广州市番禺区第十六届人民代表大会第五次会议上') // { city: '广州市', county: '番禺区' }
 */
export function placeIn(line: string): Place {
  const place: Place = {};
  const text = oneLine(line).replace(NOISE, ' ');
  for (const match of text.matchAll(PLACE_NAME)) {
    const name = match[0].replace(/(?:办事处|辦事處)$/, '');
    if (NOT_A_NAME.test(name) || name.length < 2) continue;
    let level = levelOf(name);
    if (level === 'city' && place.city !== undefined) level = 'county';
    if (level !== undefined && place[level] === undefined) place[level] = name;
  }
  return place;
}

/**
 * `place` with the levels `more` has and `place` lacks (the first reading of a level wins).
 *
 * @example mergePlace({ town: '茶园乡' }, { county: '兴国县', town: '别的乡' }) // { town: '茶园乡', county: '兴国县' }
 */
export function mergePlace(place: Place, more: Place): Place {
  const merged: Place = { ...place };
  for (const level of PLACE_LEVELS)
    if (merged[level] === undefined && more[level] !== undefined) merged[level] = more[level];
  return merged;
}

/**
 * Read `--place`: parts from the largest division down, separated by "/" (湖北省/武汉市/武昌区). Each
 * part's level comes from its last word (省, 市, 县/区, 镇/乡/街道); a part without one takes the
 * next level after the part before it.
 *
 * @throws WorkreportError `OPTION_INVALID` for an empty part or more parts than levels, or two parts of one level.
 * @example parsePlaceOption('湖南省/岳阳市/湘阴县/洋沙湖镇') // { province: '湖南省', city: '岳阳市', county: '湘阴县', town: '洋沙湖镇' }
 */
export function parsePlaceOption(option: string): Place {
  const parts = option.split('/').map((part) => oneLine(part));
  if (parts.some((p) => p === '') || parts.length > PLACE_LEVELS.length) {
    throw new WorkreportError(message('OPTION_INVALID', 'placeParts', { option }), {
      input: option,
    });
  }
  const place: Place = {};
  let next = 0;
  for (const part of parts) {
    let level = levelOf(part) ?? PLACE_LEVELS[next];
    if (level === 'city' && place.city !== undefined) level = 'county';
    if (level === undefined || place[level] !== undefined) {
      throw new WorkreportError(message('OPTION_INVALID', 'placeLevelTwice', { option, part, level }), {
        input: option,
      });
    }
    place[level] = part;
    next = PLACE_LEVELS.indexOf(level) + 1;
  }
  return place;
}
