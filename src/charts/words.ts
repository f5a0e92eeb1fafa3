import type { Figure } from '../figures/figure.ts';
import { QUALIFIERS } from '../figures/qualifier.ts';
import { RAW_UNITS, RAW_UNIT_WORDS } from '../figures/unit.ts';
import type { Lang } from './chart.ts';
import { formatQuantity, type QuantityWords } from './locale.ts';

/**
 * The words a figure's quote was written with, so charts print it as the report did:
 * 近300亩 stays 近 (not the default 约), 101起 keeps its classifier 起 (the unit is only `count`).
 */

const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

/** Units printed with the report's own word: classifiers of `count` (台次, 处, 起 …) and words of `other` (立方米). */
const OWN_WORD_UNITS: ReadonlySet<string> = new Set(['count', 'other']);

/** The words of those units, longest first. */
const CLASSIFIERS: readonly string[] = RAW_UNIT_WORDS.filter((w) => OWN_WORD_UNITS.has(RAW_UNITS[w]?.unit ?? ''));

/** Qualifier words written after a number (余, 以上, 左右 …), longest first. */
const SUFFIXES: readonly string[] = longestFirst(Object.values(QUALIFIERS).flatMap((q) => q.suffixes));

/**
 * Words to print `figure` in `lang`.
 * zh: `qualifier` is the qualifier word found in `provenance.quote` (近 in 近300亩, 余 in 20余万元);
 * `counted` is the classifier ending the quote for a `count` (起 in 101起, 台次 in 18台次).
 * en: `counted` is `quantity.counted` (cases); the qualifier always reads as its label (about).
 * A word not found in the quote is left out, and the default of {@link formatQuantity} applies.
 */
export function figureWords(figure: Figure, lang: Lang): QuantityWords {
  return FIGURE_WORDS[lang](figure);
}

/** How each language reads a figure's words: en its counted noun, zh the qualifier and classifier its quote was written with. */
const FIGURE_WORDS: Record<Lang, (figure: Figure) => QuantityWords> = {
  en: ({ quantity, provenance }) => {
    if (quantity.counted) return { counted: quantity.counted };
    const word = quantity.unit === 'other' ? classifierOf(provenance.quote) : undefined;
    return word === undefined ? {} : { counted: word };
  },
  zh: ({ quantity, provenance }) => {
    const def = QUALIFIERS[quantity.qualifier];
    const quote = provenance.quote;
    const prefix = longestFirst(def.prefixes).find((w) => quote.startsWith(w));
    const suffix = longestFirst(def.suffixes).find((w) => quote.includes(w));
    const words: QuantityWords = {};
    const qualifier = prefix ?? suffix;
    if (qualifier) words.qualifier = qualifier;
    if (OWN_WORD_UNITS.has(quantity.unit)) {
      const counted = classifierOf(quote);
      if (counted) words.counted = counted;
    }
    return words;
  },
};

/**
 * The classifier ending a quote of a count (or the unit word of an `other` quantity), after any
 * qualifier suffix: `101起` → 起, `120余处` → 处, `18台次` → 台次, `一次以上` → 次, `3.5万立方米` → 立方米;
 * undefined when there is none (`98%`).
 */
export function classifierOf(quote: string): string | undefined {
  const suffix = SUFFIXES.find((w) => quote.endsWith(w));
  const stem = suffix === undefined ? quote : quote.slice(0, -suffix.length);
  return CLASSIFIERS.find((w) => stem.endsWith(w));
}

/** A figure's quantity as text in `lang`, with the report's own words: `近300亩`, `101起`, `about 300 mu`. */
export function formatFigure(figure: Figure, lang: Lang): string {
  return formatQuantity(figure.quantity, lang, figureWords(figure, lang));
}
