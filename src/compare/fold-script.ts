/**
 * Traditional → simplified folding for the characters statistical labels use, as data: reports
 * from Hong Kong-facing sites and mirrors write 地區生產總值 for 地区生产总值, and a label must match
 * across scripts. Not a general converter: characters outside the table are kept as written.
 * Pairs are (traditional, simplified), read from the standard simplified forms (《通用规范汉字表》, 2013).
 */
const PAIRS =
  '區区總总產产額额資资財财預预計计費费會会業业長长農农廠厂稅税貿贸進进實实際际規规鎮镇縣县務务濟济經经戶户個个萬万億亿國国內内電电運运輸输關关發发開开銷销營营項项數数統统標标準准環环醫医療疗衛卫學学園园鄉乡鐵铁導导補补貼贴價价險险養养積积蓋盖擔担級级賣卖買买貨货築筑礎础設设備备銀银證证儲储餘余單单場场從从勞劳動动職职廢废處处氣气質质減减歲岁貧贫脫脱兒儿點点東东車车樓楼屬属機机構构網网絡络線线綫线邊边達达畝亩噸吨頃顷臺台幣币陸陆灣湾門门糧粮飼饲漁渔魚鱼體体僑侨與与為为於于這这並并們们來来對对將将專专組组織织辦办員员權权節节約约雜杂據据類类鄰邻歷历屆届綜综態态勢势廣广饒饶藝艺龍龙華华興兴鳳凤雲云陽阳黃黄漢汉蘇苏滬沪遼辽貴贵黨党寧宁鄭郑圍围層层佔占総总現现績绩續续變变獲获獎奖書书報报驗验認认圖图範范戰战舊旧創创協协調调隊队傳传觀观';

const FOLD: ReadonlyMap<string, string> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS.charAt(2 * i), PAIRS.charAt(2 * i + 1)]),
);

/**
 * `text` with every traditional character of the table replaced by its simplified form.
 * @example foldScript('地區生產總值') // '地区生产总值'
 */
export function foldScript(text: string): string {
  let out = '';
  for (const ch of text) out += FOLD.get(ch) ?? ch;
  return out;
}
