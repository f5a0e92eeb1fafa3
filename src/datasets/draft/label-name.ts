import { labelText } from './clean-text.ts';
import { timeTokens } from './time-words.ts';
import {
  alternation,
  BASIS_WORDS,
  COMPARISON_MARKS,
  LINKING_WORDS,
  NEGATION_WORDS,
  NOUNS_ENDING_LIKE_LINKING,
  REPORTING_WORDS,
  SCOPE_WORDS,
  TERRITORY_WORDS,
  THRESHOLD_WORDS,
} from './words.ts';

/**
 * The words of a clause that name what a figure counts: the clause's text with what only reports,
 * dates or places the figure removed (rules of the language, words.ts).
 */

const LEADING = new RegExp(`^(?:${alternation([...REPORTING_WORDS, ...SCOPE_WORDS])})`);
const TRAILING = new RegExp(`(?:${alternation([...LINKING_WORDS, ...REPORTING_WORDS])})$`);
const BASIS = new RegExp(`(?:${alternation([...BASIS_WORDS, ...COMPARISON_MARKS])})$`);
const TERRITORY = new RegExp(`(?:${alternation(TERRITORY_WORDS)})$`);
const NOUN_END = new RegExp(`(?:${alternation(NOUNS_ENDING_LIKE_LINKING)})$`);
const THRESHOLD_END = new RegExp(`(?:${alternation(THRESHOLD_WORDS)}|以上)\\s*$`);
/** Time words that may stand inside a name and are dropped there (政务服务中心全年办理各类事项); 年度 names a plan (年度任务). */
const INNER_TIME = new Set(['全年', '今年', '本年', '年内', '年內']);
const PUNCTUATION = /^[\s，,、；;：:“”"'‘’]+|[\s，,、；;：:“”"'‘’]+$/g;
/** Words after a figure that end the noun it counts (6个社区, 两个增幅均创新高 → 增幅). */
const AFTER_STOP = new RegExp(
  `${alternation(['累计', '累計', '均', '都', '已', '达', '達', '为', '為', '是', '将', '將', '并', '並', '等', '的'])}`,
);
/** A noun and the start of a negated predicate (卫生院未, 学校不): what the count counts is said by the predicate. */
const NEGATED = new RegExp(`[\\u4e00-\\u9fff](?:${alternation(NEGATION_WORDS)})$`);
/** Non-Han text and a space before the Han words of a name. */
const LEADING_OTHER = /^[^\u4e00-\u9fff]*\s+(?=[\u4e00-\u9fff])/;
/** A share of a plan names the plan with its verb: 完成年度任务的101.94% is the share of the annual target done. */
const SHARE_OF_PLAN = /(?:任务|任務|计划|計劃|目标|目標)(?:数|數)?$/;
/** A name is words, not a lone character or a number. */
const WORDY = /[\u4e00-\u9fffA-Za-z]{2}/;

/** What one pass of trimming left, and whether the text ended with a territory word (木棠镇下辖). */
interface Trimmed {
  name: string;
  territory: boolean;
}

/** One pass: a time expression, reporting verb or scope word off the start; a linking word, time expression or basis off the end. */
function trimOnce(text: string, change: boolean): Trimmed {
  if (TERRITORY.test(text)) return { name: '', territory: true };
  const tokens = timeTokens(text, 0, text.length);
  const first = tokens[0];
  if (first !== undefined && first.at === 0) return { name: text.slice(first.end), territory: false };
  const last = tokens.at(-1);
  if (last !== undefined && last.end === text.length) return { name: text.slice(0, last.at), territory: false };
  const inner = tokens.find((t) => INNER_TIME.has(text.slice(t.at, t.end)));
  if (inner !== undefined) return { name: text.slice(0, inner.at) + text.slice(inner.end), territory: false };
  let name = text.replace(LEADING, '');
  // The basis first: 年均 is one word (地区生产总值年均 → 地区生产总值), not 年 and 均.
  if (change) name = name.replace(BASIS, '');
  if (!NOUN_END.test(name)) name = name.replace(TRAILING, '');
  if (change) name = name.replace(BASIS, '');
  return { name: name.replace(PUNCTUATION, ''), territory: false };
}

/**
 * The name in `raw`, the clause text before a figure: `预计全年实现地区生产总值` → `地区生产总值`,
 * `2018年全镇财政收入` → `财政收入`, `农民人均纯收入由2011年的` → `农民人均纯收入`. For the subject of
 * a change (`change`), the basis goes too: `城镇居民人均可支配收入同比` → `城镇居民人均可支配收入`.
 *
 * @returns the name ('' when nothing names the figure) and whether the clause ended by naming a
 *   territory (木棠镇下辖: what follows the figure is what is counted)
 * @example nameBefore('预计全年实现地区生产总值', false).name // '地区生产总值'
 */
export function nameBefore(raw: string, change: boolean): Trimmed {
  // Words of a name run together: what a space separates from it before is other text (A0 全年新建桥梁).
  const whole = labelText(raw).replace(LEADING_OTHER, '');
  const plan = whole.replace(TRAILING, '');
  if (SHARE_OF_PLAN.test(plan) && WORDY.test(plan)) return { name: plan, territory: false };
  let name = whole;
  for (let before = ''; before !== name;) {
    before = name;
    const trimmed = trimOnce(name, change);
    if (trimmed.territory) return trimmed;
    name = trimmed.name;
  }
  return { name: WORDY.test(name) ? name : '', territory: false };
}

/**
 * The noun right after a figure (`个社区` is read from `社区、25个村委会`), up to the end of the
 * item or a verb that starts the rest of the sentence; '' when none.
 *
 * @param raw the text after the figure's quote, to the end of its item or the next figure
 * @example nameAfter('增幅均创四年来新高') // '增幅'
 */
export function nameAfter(raw: string): string {
  const stop = AFTER_STOP.exec(raw);
  // A negated predicate says which of the things are counted (3个卫生院未达到标准): it stays in the name.
  const negated = stop !== null && NEGATED.test(raw.slice(0, stop.index));
  const name = labelText(stop === null || negated ? raw : raw.slice(0, stop.index));
  return WORDY.test(name) && name.length <= 16 ? name : '';
}

/**
 * Whether `raw` ends with a word that makes the next number a threshold (超10亿元企业, 过亿元).
 *
 * @example endsWithThreshold('超') // true
 */
export function endsWithThreshold(raw: string): boolean {
  return THRESHOLD_END.test(raw);
}
