import { englishName } from '../../compare/english-name.ts';

/** English words of the changes a drafted label can end with (label.ts names a change after what changed plus the verb). */
const CHANGE_WORDS: Readonly<Record<string, string>> = {
  增长: 'growth',
  增長: 'growth',
  下降: 'decline',
  减少: 'decrease',
  減少: 'decrease',
  上涨: 'rise',
  上漲: 'rise',
  增加: 'increase',
};

/**
 * The English label of a drafted figure, when its zh label names a common statistical indicator
 * of the synonym table (src/compare/synonyms.ts), or a change of one: `地区生产总值` → `GDP`,
 * `地区生产总值增长` → `GDP growth`. Undefined otherwise: a drafted label is never translated by
 * guess, and English pages then show the zh label and say so.
 *
 * @example draftEnglishLabel('社会消费品零售总额增长') // 'Retail sales of consumer goods growth'
 * @example draftEnglishLabel('征地') // undefined
 */
export function draftEnglishLabel(zh: string): string | undefined {
  const whole = englishName(zh);
  if (whole !== undefined) return whole;
  const verb = Object.keys(CHANGE_WORDS).find((word) => zh.endsWith(word) && zh.length > word.length);
  if (verb === undefined) return undefined;
  const base = englishName(zh.slice(0, -verb.length));
  return base === undefined ? undefined : `${base} ${CHANGE_WORDS[verb]}`;
}
