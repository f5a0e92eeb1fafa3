import type { DraftedFigure } from './drafted-figure.ts';
import { SENTENCE_ENDS } from './words.ts';

/** A figure stated as a part of another: 其中 after the whole, or a breakdown in parentheses after it. */
export interface PartOfWhole {
  part: DraftedFigure;
  whole: DraftedFigure;
}

const PART_MARK = /其中/g;
const unitKey = (f: DraftedFigure): string => `${f.input.quantity.unit} ${f.input.quantity.counted ?? ''}`;
const endOf = (f: DraftedFigure): number => f.input.provenance.offset + f.input.provenance.quote.length;

/**
 * Where the part stated at `at` starts in its sentence: the last 其中 before it, or the opening
 * parenthesis it sits in (全镇13951户68202人(城镇人口240户…)); undefined when neither.
 */
function partMarkBefore(text: string, sentenceStart: number, at: number): number | undefined {
  let depth = 0;
  for (let i = at - 1; i >= sentenceStart; i--) {
    const ch = text.charAt(i);
    if (ch === ')' || ch === '）') depth++;
    if (ch === '(' || ch === '（') {
      if (depth === 0) return i;
      depth--;
    }
  }
  const marks = [...text.slice(sentenceStart, at).matchAll(PART_MARK)];
  const last = marks.at(-1);
  return last === undefined ? undefined : sentenceStart + last.index;
}

/**
 * Figures stated as parts of another figure of the same sentence: after 其中 (公共财政收入46.73亿元，
 * 其中地方公共财政预算收入30.62亿元) or inside parentheses opened after the whole (全镇13951户(城镇人口240户…)).
 * The whole is the last figure before the mark with the same unit (and thing counted), not a
 * change, and at least as large as the part; the part is not a change either.
 *
 * @param text the report's text; `figures` in text order
 * @returns pairs in the order of their parts
 * @example partsOfWholes('完成公共财政收入46.73亿元，其中地方收入30.62亿元', drafted) // [{ part: 30.62亿元, whole: 46.73亿元 }]
 */
export function partsOfWholes(text: string, figures: readonly DraftedFigure[]): PartOfWhole[] {
  const pairs: PartOfWhole[] = [];
  figures.forEach((part, i) => {
    if (part.change || part.input.quantity.value <= 0) return;
    const at = part.input.provenance.offset;
    let sentenceStart = at;
    while (sentenceStart > 0 && !SENTENCE_ENDS.includes(text.charAt(sentenceStart - 1))) sentenceStart--;
    const mark = partMarkBefore(text, sentenceStart, at);
    if (mark === undefined) return;
    for (let j = i - 1; j >= 0; j--) {
      const whole = figures[j] as DraftedFigure;
      if (whole.input.provenance.offset < sentenceStart) return;
      if (endOf(whole) > mark || whole.change || unitKey(whole) !== unitKey(part)) continue;
      if (whole.input.quantity.value >= part.input.quantity.value) pairs.push({ part, whole });
      return;
    }
  });
  return pairs;
}
