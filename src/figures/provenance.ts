/**
 * Where a figure comes from (DESIGN.md "Provenance").
 *
 * `quote` is the exact substring of the report's `source.txt` that carries the number: the number
 * expression with its qualifier and unit as written (近300亩, 20余万元, 60%以上, 两起), so that
 * `source.slice(offset, offset + quote.length) === quote`. `offset` counts UTF-16 code units, as
 * JavaScript strings do. The sentence around it is derived with `sentenceAt`.
 */
export interface Provenance {
  quote: string;
  offset: number;
}
