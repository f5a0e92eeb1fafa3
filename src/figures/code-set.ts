/**
 * Tables shared by all sets, indexed by UTF-16 code unit: each set owns one bit of one table, so a
 * test is one load and one mask, with no range to check, and 32 sets share 256 KB.
 */
const tables: Uint32Array[] = [];
let bitsTaken = 32;

/**
 * A set of characters kept as UTF-16 code units, tested at a position of a text without creating a
 * one-character string (which `text[i]` does for every CJK character): the extractor tests a few
 * characters around every number it finds, millions of times in a large text.
 */
export class CodeSet {
  private readonly table: Uint32Array;
  private readonly bit: number;
  private readonly chars: readonly string[];

  /** @param chars the characters (each one UTF-16 code unit): `'统唯同'` or `['第']` */
  constructor(chars: Iterable<string>) {
    if (bitsTaken === 32) {
      tables.push(new Uint32Array(0x10000));
      bitsTaken = 0;
    }
    this.table = tables[tables.length - 1] ?? new Uint32Array(0x10000);
    this.bit = 1 << bitsTaken++;
    this.chars = Array.from(chars);
    for (const ch of this.chars) this.table[ch.charCodeAt(0)] = (this.table[ch.charCodeAt(0)] ?? 0) | this.bit;
  }

  /**
   * The characters of all `sets`: one test where a hot path would test each set in turn only to
   * learn that none holds the character (most positions of a text).
   */
  static union(...sets: CodeSet[]): CodeSet {
    return new CodeSet(sets.flatMap((set) => set.chars));
  }

  /** True when the character at `pos` of `text` is in the set; false outside the text. */
  at(text: string, pos: number): boolean {
    return pos >= 0 && pos < text.length && ((this.table[text.charCodeAt(pos)] ?? 0) & this.bit) !== 0;
  }
}
