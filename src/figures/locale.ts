import type { Lang } from '../vocabulary.ts';

/**
 * How each language writes the joins every layer shares: colons, asides, lists, years. zh uses
 * full-width punctuation with no spaces (`单位：亩`, `果园（近300亩）`, `低保、危房`); en uses ASCII
 * punctuation with spaces (`Unit: mu`, `Orchards (about 300 mu)`, `a, b`). A word-order difference
 * between the languages is a template here, not a branch at the call site; the chart sentences
 * (src/charts/sentences.ts) and page sentences (src/site/page-text.ts) build on these.
 */
export interface Punctuation {
  /** The BCP 47 tag of `lang` attributes: `zh-CN`, `en`. */
  tag: string;
  /** The other language, for language switches. */
  other: Lang;
  /** `word：`, `word: `: a label before what it labels. */
  colon: (word: string) => string;
  /** `text（note）`, `text (note)`: a note beside a text. */
  aside: (text: string, note: string) => string;
  /** `、`, `, `: between the items of an enumeration (低保、危房). */
  enumeration: string;
  /** `；`, `; `: between clauses or list entries that hold commas themselves. */
  clauses: string;
  /** `、`, `; `: between labels, which may hold commas themselves in en (axis and legend entries). */
  labels: string;
  /** `，`, `, `: between the parts of one sentence. */
  comma: string;
  /** `。`, `.`: the end of a sentence. */
  fullStop: string;
  /** ``, ` `: between a word and a number or a unit (`预计2020`, `estimate 2020`). */
  space: string;
  /** `2019年`, `2019`: a year on its own. */
  year: (year: number | string) => string;
  /** A glossary term and its meaning: `approx 约数`, `approx, approximate` (en `exact` alone when the meaning is the term). */
  term: (term: string, meaning: string) => string;
}

const PUNCTUATION: Record<Lang, Punctuation> = {
  zh: {
    tag: 'zh-CN',
    other: 'en',
    colon: (word) => `${word}：`,
    aside: (text, note) => `${text}（${note}）`,
    enumeration: '、',
    clauses: '；',
    labels: '、',
    comma: '，',
    fullStop: '。',
    space: '',
    year: (year) => `${year}年`,
    term: (term, meaning) => `${term} ${meaning}`,
  },
  en: {
    tag: 'en',
    other: 'zh',
    colon: (word) => `${word}: `,
    aside: (text, note) => `${text} (${note})`,
    enumeration: ', ',
    clauses: '; ',
    labels: '; ',
    comma: ', ',
    fullStop: '.',
    space: ' ',
    year: (year) => String(year),
    term: (term, meaning) => (meaning === term ? term : `${term}, ${meaning}`),
  },
};

/** The punctuation and joins of `lang`; see {@link Punctuation}. */
export function punctuation(lang: Lang): Punctuation {
  return PUNCTUATION[lang];
}

/**
 * A text given in zh and optionally en, in `lang`: the en text when there is one, else the zh
 * text (a label nobody translated yet reads in Chinese on the English page).
 */
export function inLang(text: { zh: string; en?: string | undefined }, lang: Lang): string {
  return text[lang] ?? text.zh;
}
