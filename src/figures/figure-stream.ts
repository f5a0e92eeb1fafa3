import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import { extractFiguresBetween, type Diagnostics, type ExtractedFigure } from './extract-figures.ts';

/**
 * Finding the figures of a text piece by piece, figures out as they are found: from a text held in
 * memory (`streamFigures`) or given in order as it is decoded, holding only a piece of it at a time
 * (`FigureStream`). Both cut pieces by the same rules (`Pieces`), and find exactly the figures and
 * offsets `extractFigures` finds in the whole text.
 */

/** Characters scanned at once (UTF-16 code units). */
export const PIECE_CHARS = 1 << 16;
/**
 * Characters of text kept on each side of the piece being scanned: more than the rules of
 * extract-rules.ts and extract-role.ts look before or after a number, and than a quote is long.
 */
export const CONTEXT_CHARS = 512;

/** The largest `pieceChars` taken: 2³⁰, beyond the longest string V8 makes. */
const MAX_PIECE_CHARS = 2 ** 30;

const BOUNDARIES = new Set([...'。！？；\n'].map((c) => c.charCodeAt(0)));

/** Options of `streamFigures`. */
export interface StreamOptions {
  /**
   * UTF-16 code units scanned at once (default `PIECE_CHARS`, 65 536): a figure is handed out at
   * most this far past where it is found. Any size gives the same figures: an integer from 2 to 2³⁰.
   */
  pieceChars?: number;
}

/**
 * The figures of a text held in memory, handed out one by one as the scan finds them, in text
 * order: exactly the figures of `extractFigures(text)` (same fields, same offsets), without holding
 * them all. The text is scanned a piece at a time (`pieceChars`) as the consumer asks for more, so a
 * consumer that writes each figure out and keeps none (a JSON Lines writer) uses memory bounded by
 * one piece's figures, however long the text; stopping early (`break`) scans no further.
 *
 * @param text a report's text, as decoded (offsets count its UTF-16 code units)
 * @param options `pieceChars` (see `StreamOptions`)
 * @returns an iterable iterator of `ExtractedFigure` (quote, offset, value, unit, unitRaw, qualifier,
 *   and valueMax, counted, role when present); never throws for text
 * @throws WorkreportError `OPTION_INVALID` when `pieceChars` is not an integer from 2 to 2³⁰ (at
 *   the call, before any scanning)
 * @example [...streamFigures('共征地430亩，迁坟100冢')].map((f) => f.quote) // ['430亩', '100冢']
 * @example streamFigures('共征地430亩，迁坟100冢').next().value // { quote: '430亩', offset: 3, value: 430, unit: 'mu', … }
 */
export function streamFigures(text: string, options: StreamOptions = {}): Generator<ExtractedFigure, void, undefined> {
  const pieceChars = options.pieceChars ?? PIECE_CHARS;
  if (!Number.isInteger(pieceChars) || pieceChars < 2 || pieceChars > MAX_PIECE_CHARS) {
    const params = { fn: 'streamFigures', option: 'pieceChars', min: 2, max: MAX_PIECE_CHARS, value: pieceChars };
    throw new WorkreportError(message('OPTION_INVALID', 'integerRange', params), { input: pieceChars });
  }
  return new StreamedFigures(text, pieceChars);
}

/**
 * The iterator `streamFigures` returns: it scans the next piece once the figures of the last one are
 * all handed out. A class rather than a generator function: `next` is small enough for V8 to inline
 * into the consumer's loop, where a generator suspends and resumes for every figure (measured: 3 to
 * 11 % of the whole scan).
 */
class StreamedFigures implements Generator<ExtractedFigure, void, undefined> {
  private readonly pieces: Pieces;
  /** The figures of the piece scanned last, and the next one to hand out. */
  private figures: ExtractedFigure[] = [];
  private index = 0;

  constructor(
    private readonly text: string,
    pieceChars: number,
  ) {
    this.pieces = new Pieces(pieceChars);
  }

  next(): IteratorResult<ExtractedFigure, void> {
    if (this.index < this.figures.length) return { done: false, value: this.figures[this.index++] as ExtractedFigure };
    return this.nextPiece();
  }

  /** Stop: no further piece is scanned, and `next` says done. */
  return(): IteratorResult<ExtractedFigure, void> {
    this.pieces.from = this.text.length;
    this.figures = [];
    return { done: true, value: undefined };
  }

  /** Stop, as `return`, and throw `error` (the generator protocol). */
  throw(error: unknown): IteratorResult<ExtractedFigure, void> {
    this.return();
    throw error;
  }

  [Symbol.iterator](): this {
    return this;
  }

  /** Scan pieces until one holds a figure, and hand out its first; done at the text's end. */
  private nextPiece(): IteratorResult<ExtractedFigure, void> {
    const { pieces, text } = this;
    while (this.index >= this.figures.length) {
      if (pieces.from >= text.length) return { done: true, value: undefined };
      const limit = pieces.from + pieces.pieceChars;
      this.figures = pieces.scan(text, 0, limit >= text.length ? text.length : pieces.cut(text, 0, limit));
      this.index = 0;
    }
    return { done: false, value: this.figures[this.index++] as ExtractedFigure };
  }
}

/**
 * The cutting of a text into pieces and their scan, shared by `streamFigures` and `FigureStream`:
 * where the next piece starts (`from`), where the last figure found ends, and the rule of where a
 * piece ends. Offsets count in the whole text; the text at hand is a window of it starting at `base`.
 */
class Pieces {
  /** Where the next piece is scanned from. */
  from = 0;
  /** Where the last figure found ends. */
  private lastEnd = 0;

  constructor(readonly pieceChars: number) {}

  /**
   * Where the piece from `from` ends, at most at `limit`: after the last sentence or line end
   * (。！？；\n) in its second half, else right at `limit`.
   */
  cut(window: string, base: number, limit: number): number {
    const floor = this.from + (this.pieceChars >> 1);
    for (let at = limit; at > floor; at--) if (BOUNDARIES.has(window.charCodeAt(at - 1 - base))) return at;
    return limit;
  }

  /**
   * The figures starting in `[from, to)`, offsets in the whole text; the candidates set aside go to
   * `diagnostics` when given. `window` must hold the piece and `CONTEXT_CHARS` on each side of it
   * (or the text's ends). Moves `from` past the piece.
   */
  scan(window: string, base: number, to: number, diagnostics?: Diagnostics): ExtractedFigure[] {
    const found: Diagnostics | undefined = diagnostics && { rejected: [], unread: [] };
    const { figures, resume } = extractFiguresBetween(window, this.from - base, to - base, this.lastEnd - base, found);
    if (base !== 0) for (const figure of figures) figure.offset += base;
    if (diagnostics !== undefined && found !== undefined) {
      for (const r of found.rejected) diagnostics.rejected.push({ ...r, offset: r.offset + base });
      for (const u of found.unread) diagnostics.unread.push({ ...u, offset: u.offset + base });
    }
    const last = figures.at(-1);
    if (last !== undefined) this.lastEnd = last.offset + last.quote.length;
    this.from = Math.max(to, this.lastEnd, resume + base);
    return figures;
  }
}

/**
 * Give it the text in order with `push`, then call `end`; each returns the figures found so far, in
 * text order, their offsets counted in the whole text (UTF-16 code units).
 *
 * Pieces are cut by the rule of `Pieces.cut`, at least `context` characters before the text
 * received so far ends, and are scanned with `context` characters of the text around them, so a
 * number and the words around it are never cut.
 */
export class FigureStream {
  /** Text from offset `base` of the whole text. */
  private window = '';
  private base = 0;
  private readonly pieces: Pieces;
  /** Whether any text other than white space has been given. */
  private text = false;

  /**
   * @param explain also collect the candidates set aside (`explainFigures`), offsets in the whole
   *   text, for `diagnostics()`
   */
  constructor(
    pieceChars = PIECE_CHARS,
    private readonly context = CONTEXT_CHARS,
    private readonly explain = false,
  ) {
    this.pieces = new Pieces(pieceChars);
  }

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
    const { pieces } = this;
    while (this.base + this.window.length - pieces.from >= pieces.pieceChars + this.context) {
      const to = pieces.cut(this.window, this.base, this.base + this.window.length - this.context);
      for (const figure of this.scan(to)) found.push(figure);
    }
    return found;
  }

  /** The remaining figures, once all the text has been given. */
  end(): ExtractedFigure[] {
    return this.scan(this.base + this.window.length);
  }

  /** The figures starting in `[from, to)`; then drop the text no later piece needs. */
  private scan(to: number): ExtractedFigure[] {
    const figures = this.pieces.scan(this.window, this.base, to, this.explain ? this.collected : undefined);
    const drop = this.pieces.from - this.context - this.base;
    if (drop > 0) {
      this.window = this.window.slice(drop);
      this.base += drop;
    }
    return figures;
  }
}
