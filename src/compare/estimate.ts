import { BASES } from './basis.ts';
import type { BasisWord } from './basis.ts';

/** Sentences end at these; 预计 at the head of a sentence covers its clauses up to 。 */
const SENTENCE_END = /[。！？!?\n]/;

/**
 * The estimate word (预计, 初步统计) earlier in the sentence of the figure at `offset`, if any:
 * `预计实现地区生产总值1200亿元,增长8%;地方一般公共预算收入138.7亿元` marks both levels as estimates, as
 * does `地区生产总值预计实现635亿元`. A new sentence (。) ends its reach.
 * @param text the report's source text
 * @param offset UTF-16 offset of the figure's quote
 */
export function estimateWord(text: string, offset: number): BasisWord | undefined {
  let start = offset;
  while (start > 0 && !SENTENCE_END.test(text.charAt(start - 1))) start--;
  const sentence = text.slice(start, offset);
  for (const word of BASES.estimate.words) {
    const at = sentence.indexOf(word);
    if (at >= 0) return { basis: 'estimate', word, offset: start + at };
  }
  return undefined;
}
