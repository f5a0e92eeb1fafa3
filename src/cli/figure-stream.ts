import { extractFiguresBetween, type Diagnostics, type ExtractedFigure } from '../figures/extract-figures.ts';

/**
 * Finding the figures of a text given piece by piece (as a file is decoded), holding only a piece
 * of it at a time: the figures and offsets are exactly those `extractFigures` finds in the whole text.
 */

/** Characters scanned at once (UTF-16 code units). */
export const PIECE_CHARS = 1 << 16;
/**
 * Characters of text kept on each side of the piece being scanned: more than the rules of
 * extract-rules.ts and extract-role.ts look before or after a number, and than a quote is long.
 */
export const CONTEXT_CHARS = 512;

const BOUNDARIES = new Set([...'。！？；\n'].map((c) => c.charCodeAt(0)));

/**
 * Give it the text in order with `push`, then call `end`; each returns the figures found so far, in
 * text order, their offsets counted in the whole text (UTF-16 code units).
 *
 * Pieces end after a sentence end or line end (。！？；\n) at least `context` characters before the
 * text received so far ends, else right there, and are scanned with `context` characters of the
 * text around them (`extractFiguresBetween`), so a number and the words around it are never cut.
 */
export class FigureStream {
  /** Text from offset `base` of the whole text. */
  private window = '';
  private base = 0;
  /** Where the next piece is scanned from. */
  private from = 0;
  /** Where the last figure found ends. */
  private lastEnd = 0;
  /** Whether any text other than white space has been given. */
  private text = false;

  /**
   * @param explain also collect the candidates set aside (`explainFigures`), offsets in the whole
   *   text, for `diagnostics()`
   */
  constructor(
    private readonly pieceChars = PIECE_CHARS,
    private readonly context = CONTEXT_CHARS,
    private readonly explain = false,
  ) {}

  /** The candidates set aside so far (with `explain`), handed over once: the next call starts empty. */
  private collected: Diagnostics = { rejected: [], unread: [] };

  diagnostics(): Diagnostics {
    const { collected } = this;
    this.collected = { rejected: [], unread: [] };
    return collected;
  }

  /** Whether the text given so far holds anything but white space. */
  hasText(): boolean {
    return this.text;
  }

  /** The figures of the text given so far that no later text can change. */
  push(text: string): ExtractedFigure[] {
    this.window += text;
    if (!this.text && /\S/.test(text)) this.text = true;
    const found: ExtractedFigure[] = [];
    while (this.base + this.window.length - this.from >= this.pieceChars + this.context) {
      for (const figure of this.scan(this.cut())) found.push(figure);
    }
    return found;
  }

  /** The remaining figures, once all the text has been given. */
  end(): ExtractedFigure[] {
    return this.scan(this.base + this.window.length);
  }

  /** Where the next piece ends: after the last sentence end far enough before the text's end, else there. */
  private cut(): number {
    const limit = this.base + this.window.length - this.context;
    const floor = this.from + (this.pieceChars >> 1);
    for (let at = limit; at > floor; at--) if (BOUNDARIES.has(this.window.charCodeAt(at - 1 - this.base))) return at;
    return limit;
  }

  /** The figures starting in `[from, to)`; then drop the text no later piece needs. */
  private scan(to: number): ExtractedFigure[] {
    const { base } = this;
    const diagnostics: Diagnostics | undefined = this.explain ? { rejected: [], unread: [] } : undefined;
    const { figures, resume } = extractFiguresBetween(
      this.window,
      this.from - base,
      to - base,
      this.lastEnd - base,
      diagnostics,
    );
    for (const figure of figures) figure.offset += base;
    if (diagnostics !== undefined) {
      for (const r of diagnostics.rejected) this.collected.rejected.push({ ...r, offset: r.offset + base });
      for (const u of diagnostics.unread) this.collected.unread.push({ ...u, offset: u.offset + base });
    }
    const last = figures.at(-1);
    if (last !== undefined) this.lastEnd = last.offset + last.quote.length;
    this.from = Math.max(to, this.lastEnd, resume + base);
    const drop = this.from - this.context - base;
    if (drop > 0) {
      this.window = this.window.slice(drop);
      this.base += drop;
    }
    return figures;
  }
}
