import { decodeText, type Decoded, type EncodingChoice, type TextEncoding } from '../figures/decode-text.ts';

/**
 * Decoding a report file of any size piece by piece: its encoding is detected on its first MB by
 * `decodeText`'s rules (BOM, UTF-8 validity, GB18030/Big5, UTF-16 zero bytes), then the whole file
 * is read by one strict streaming `TextDecoder`, so no byte is silently replaced anywhere in it and
 * the text is the one `decodeText` gives for the whole file (a UTF-8 or UTF-16 BOM removed).
 */

/** Bytes read to detect the encoding; a file no larger is detected on all of it, as `decodeText` does. */
export const HEAD_BYTES = 1 << 20;

/** Bytes past the detected head that do not decode, or a NUL byte in 8-bit text: where, and what. */
export class UndecodableAt extends Error {
  constructor(
    /**
     * Byte offset in the file (BOM included) where the bytes stop decoding: an invalid byte, or the
     * byte after a lead byte that it cannot follow, the NUL byte, or the end of the file.
     */
    readonly offset: number,
    readonly encoding: TextEncoding,
    readonly reason: 'invalid' | 'binary' | 'truncated',
  ) {
    super(`not ${encoding} at byte offset ${offset}`);
  }
}

/**
 * Where to cut the first bytes of a longer file so that no character is cut: after its last line
 * end (a byte never inside a character in UTF-8, GB18030 or Big5; a whole code unit in UTF-16),
 * else at the start of its last UTF-8 character (or an even length, for zero-byte text).
 */
export function headCut(head: Uint8Array): number {
  if (head.includes(0) || (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    for (let i = (head.length - 2) & ~1; i >= 0; i -= 2) {
      if ((head[i] === 0x0a && head[i + 1] === 0) || (head[i] === 0 && head[i + 1] === 0x0a)) return i + 2;
    }
    return head.length & ~3;
  }
  const newline = head.lastIndexOf(0x0a);
  if (newline >= 0) return newline + 1;
  let cut = head.length;
  while (cut > 0 && cut > head.length - 4 && ((head[cut - 1] ?? 0) & 0xc0) === 0x80) cut--;
  return cut > 0 && (head[cut - 1] ?? 0) >= 0xc0 ? cut - 1 : cut;
}

/**
 * The encoding of a file from its first bytes, by `decodeText` (on all of them when `complete`,
 * else on them cut by `headCut`).
 * @returns `decodeText`'s answer: the encoding and whether a BOM is there, or why it cannot be read
 */
export function detectEncoding(head: Uint8Array, complete: boolean, choice: EncodingChoice): Decoded {
  return decodeText(complete ? head : head.subarray(0, headCut(head)), choice);
}

/** Bytes of the byte order mark `decodeText` found and removed. */
export function bomLength(decoded: Decoded & { ok: true }): number {
  if (!decoded.bom) return 0;
  return decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be' ? 2 : 3;
}

/**
 * A strict streaming decoder of one file in a known encoding: give it the file's bytes in chunks of
 * any size, in order, from the first (the BOM is skipped); it returns their text.
 * Throws `UndecodableAt` with the exact byte offset of the first invalid byte, of a NUL byte in
 * 8-bit text, or of the end of a file that stops inside a character.
 */
export class ChunkDecoder {
  private readonly decoder: TextDecoder;
  /** Bytes given so far. */
  private offset = 0;
  /** The previous chunk (past the BOM) and its file offset: where to start again to find an invalid byte. */
  private previous: Uint8Array = new Uint8Array(0);
  private previousAt: number;

  constructor(
    readonly encoding: TextEncoding,
    private readonly bom: number,
  ) {
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    this.previousAt = bom;
  }

  /** The text of the next chunk of bytes (a character cut at its end comes with the next chunk). */
  decode(chunk: Uint8Array): string {
    const at = Math.max(this.offset, this.bom);
    const body = chunk.subarray(at - this.offset);
    this.offset += chunk.length;
    if (body.length === 0) return '';
    const eightBit = this.encoding === 'utf-8' || this.encoding === 'gb18030' || this.encoding === 'big5';
    const nul = eightBit ? body.indexOf(0) : -1;
    if (nul >= 0) throw new UndecodableAt(at + nul, this.encoding, 'binary');
    let text: string;
    try {
      text = this.decoder.decode(body, { stream: true });
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      throw new UndecodableAt(this.locate(body, at), this.encoding, 'invalid');
    }
    this.previous = body;
    this.previousAt = at;
    return text;
  }

  /** The rest of the text, once every chunk has been given. */
  end(): string {
    try {
      return this.decoder.decode();
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      throw new UndecodableAt(this.offset, this.encoding, 'truncated');
    }
  }

  /**
   * The offset of the first invalid byte of `chunk` (at file offset `at`, or of the bytes just
   * before it a character began in): decode again from the last character start in the previous
   * chunk with a fresh decoder, and find the shortest prefix it refuses.
   */
  private locate(chunk: Uint8Array, at: number): number {
    const start = this.characterStart();
    if (start === undefined) return at;
    const bytes = new Uint8Array(this.previous.length - start + chunk.length);
    bytes.set(this.previous.subarray(start));
    bytes.set(chunk, this.previous.length - start);
    const refuses = (length: number): boolean => {
      try {
        new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length), {
          stream: true,
        });
        return false;
      } catch {
        return true;
      }
    };
    if (!refuses(bytes.length)) return at;
    let low = 0; // accepted
    let high = bytes.length; // refused
    while (high - low > 1) {
      const mid = (low + high) >>> 1;
      if (refuses(mid)) high = mid;
      else low = mid;
    }
    return this.previousAt + start + high - 1;
  }

  /** An index of the previous chunk where a character starts (its length when it ended with one), or undefined. */
  private characterStart(): number | undefined {
    const bytes = this.previous;
    if (this.previousAt === this.bom && bytes.length === 0) return 0;
    if (this.encoding === 'utf-8') {
      for (let i = bytes.length - 1; i >= 0; i--) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) return i;
      return undefined;
    }
    if (this.encoding === 'gb18030' || this.encoding === 'big5') {
      // No byte below 0x30 is part of a two- or four-byte character in either encoding.
      for (let i = bytes.length - 1; i >= 0; i--) if ((bytes[i] ?? 0) < 0x30) return i + 1;
      return undefined;
    }
    const high = this.encoding === 'utf-16le' ? 1 : 0;
    for (let i = bytes.length - 2; i >= 0; i--) {
      if ((this.previousAt + i - this.bom) % 2 !== 0) continue;
      const lead = bytes[i + high] ?? 0;
      if (lead < 0xdc || lead > 0xdf) return i;
    }
    return undefined;
  }
}
