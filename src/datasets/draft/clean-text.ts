/**
 * Text as a dataset shows it in one line (labels, headings, titles): what a report's text carries
 * that is not its words is removed, what is left is kept as written.
 */

/** Control characters (C0, DEL, C1, line and paragraph separators), which a dataset text may not hold. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/**
 * Pinyin put after characters by some web pages (實現(xiàn)): a parenthesis of Latin letters
 * with tone marks right after a Han character.
 */
const PINYIN = /(?<=[\u4e00-\u9fff])[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+[)）]/g;
/** What {@link maskPinyin} puts in place of each character of a pinyin annotation (a private-use character). */
export const MASK = '\uE000';
const MASKS = /\uE000/g;
/** Footnote marks ([1], 〔2〕) and a lone replacement character of a broken encoding. */
const FOOTNOTE = /[[〔［]\d{1,2}[\]〕］]|\uFFFD/g;
/** Spaces between two Han characters (政 府 工 作 报 告, 5.17 亿元 keeps its Latin side). */
const HAN_SPACE = /(?<=[\u4e00-\u9fff])[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff])/g;

/**
 * `text` in one line: control characters become spaces, pinyin annotations and footnote marks are
 * dropped, spaces between Han characters removed, runs of spaces collapsed, the ends trimmed.
 *
 * @example oneLine('政 府 工 作 报 告\u000b') // '政府工作报告'
 * @example oneLine('實現(xiàn)財政收入') // '實現財政收入'
 */
export function oneLine(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(PINYIN, '')
    .replace(MASKS, '')
    .replace(FOOTNOTE, '')
    .replace(HAN_SPACE, '')
    .replace(/[ \t\u3000\u00a0]+/g, ' ')
    .trim();
}

/**
 * `text` with each pinyin annotation (實現(xiàn)) replaced by as many {@link MASK} characters, so
 * offsets stay those of `text` while its parentheses no longer break clauses; {@link oneLine} drops them.
 *
 * @example maskPinyin('實現(xiàn)').length // 8 (the length of the text)
 */
export function maskPinyin(text: string): string {
  return text.replace(PINYIN, (annotation) => MASK.repeat(annotation.length));
}

/** Punctuation and quotation marks that never start or end a label. */
const EDGE =
  /^[\s，,、；;：:。．.！!？?“”‘’"'「」『』《》〈〉【】—–\-·…]+|[\s，,、；;：:。．.！!？?“”‘’"'「」『』《》〈〉【】—–\-·…]+$/g;

/**
 * A label or heading from report text: {@link oneLine}, parentheticals removed (税收总额(不含海关代征)
 * → 税收总额), quotation marks dropped, punctuation trimmed from both ends.
 *
 * @example labelText('“两不愁三保障”项目资金') // '两不愁三保障项目资金'
 */
export function labelText(text: string): string {
  let out = oneLine(text);
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(/[（(][^（()）]*[)）]/g, '');
  }
  return out
    .replace(/[（()）“”‘’"「」『』《》〈〉]/g, '')
    .replace(EDGE, '')
    .trim();
}
