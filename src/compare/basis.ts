import type { Label } from '../figures/figure.ts';

/**
 * The basis of a stated change (DESIGN.md "Change"): words of the report that say what a growth
 * rate is measured against, as data. Each carries the words that set it and what it means.
 * - `year-on-year` (同比, 比上年, 较上年): against the same period of the previous year;
 * - `like-for-like` (同口径, 按同口径计算): against last year's figure recomputed on this year's scope
 *   (boundaries, definitions), so it may differ from the two levels the reports print;
 * - `comparable-prices` (按可比价, 可比价, 不变价): a real growth, inflation removed, while the levels
 *   are at current prices;
 * - `estimate` (预计, 初步统计): the level or the growth is an estimate made before the year's
 *   statistics were final.
 */
export type Basis = 'year-on-year' | 'like-for-like' | 'comparable-prices' | 'estimate';

export interface BasisDef {
  id: Basis;
  /** Words that set the basis, simplified and traditional, longest first when matched. */
  words: readonly string[];
  label: Label;
}

export const BASES: Readonly<Record<Basis, BasisDef>> = {
  'year-on-year': {
    id: 'year-on-year',
    words: ['同比', '比上年', '較上年', '较上年', '比去年', '較去年'],
    label: { zh: '同比', en: 'year on year' },
  },
  'like-for-like': {
    id: 'like-for-like',
    words: ['按同口径计算', '按同口徑計算', '同口径', '同口徑'],
    label: { zh: '同口径', en: 'like-for-like basis' },
  },
  'comparable-prices': {
    id: 'comparable-prices',
    words: [
      '按可比价格计算',
      '按可比價格計算',
      '按可比价计算',
      '按可比價計算',
      '按可比价',
      '按可比價',
      '可比价',
      '可比價',
      '不变价',
      '不變價',
    ],
    label: { zh: '按可比价', en: 'at comparable prices' },
  },
  estimate: {
    id: 'estimate',
    words: ['预计', '預計', '初步统计', '初步統計', '初步核算'],
    label: { zh: '预计', en: 'estimate' },
  },
};

export const BASIS_IDS = Object.keys(BASES) as Basis[];

/** Every basis word with its basis, longest first. */
const WORDS: readonly { word: string; basis: Basis }[] = BASIS_IDS.flatMap((id) =>
  BASES[id].words.map((word) => ({ word, basis: id })),
).sort((a, b) => b.word.length - a.word.length);

/** A basis word found in a text, with its UTF-16 offset in the report. */
export interface BasisWord {
  basis: Basis;
  word: string;
  offset: number;
}

/**
 * The basis words in `text[start, end)`, in text order, none overlapping (the longest word wins).
 * @example basisWords('按同口径计算增长12%', 0, 10) // [{ basis: 'like-for-like', word: '按同口径计算', offset: 0 }]
 */
export function basisWords(text: string, start: number, end: number): BasisWord[] {
  const found: BasisWord[] = [];
  for (let i = Math.max(0, start); i < end; i++) {
    const hit = WORDS.find(({ word }) => i + word.length <= end && text.startsWith(word, i));
    if (hit === undefined) continue;
    found.push({ basis: hit.basis, word: hit.word, offset: i });
    i += hit.word.length - 1;
  }
  return found;
}
