/**
 * A set of characters kept as UTF-16 code units, tested at a position of a text without creating a
 * one-character string (which `text[i]` does for every CJK character): the extractor tests a few
 * characters around every number it finds. Stored as flags over the range of its code units.
 */
export class CodeSet {
  private readonly min: number;
  private readonly flags: Uint8Array;

  /** @param chars the characters (each one UTF-16 code unit): `'统唯同'` or `['第']` */
  constructor(chars: Iterable<string>) {
    const codes = Array.from(chars, (ch) => ch.charCodeAt(0));
    this.min = codes.length === 0 ? 0 : Math.min(...codes);
    this.flags = new Uint8Array(codes.length === 0 ? 0 : Math.max(...codes) - this.min + 1);
    for (const code of codes) this.flags[code - this.min] = 1;
  }

  /** True when the character at `pos` of `text` is in the set; false outside the text. */
  at(text: string, pos: number): boolean {
    // Bounds tested here: a typed array read out of its range (most characters of a text, and NaN
    // outside the text) leaves V8's fast path.
    const index = text.charCodeAt(pos) - this.min;
    return index >= 0 && index < this.flags.length && this.flags[index] === 1;
  }
}
