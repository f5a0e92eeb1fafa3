/**
 * Encodings a report file may be read in. GB18030 is a superset of GBK and GB2312. UTF-16 (what
 * Windows calls "Unicode" text) is recognised by its byte order mark only.
 */
export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** What `--encoding` accepts: an encoding, or `auto` to detect it. */
export const ENCODING_CHOICES = ['auto', 'utf-8', 'gb18030'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

/** A decoded file, or why it could not be decoded (a value, so the caller can name the file). */
export type Decoded =
  | { ok: true; text: string; encoding: TextEncoding; bom: boolean }
  | { ok: false; reason: 'binary'; nulAt: number; tried: TextEncoding[] }
  | { ok: false; reason: 'undecodable'; tried: TextEncoding[] };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** UTF-16 byte order marks, little- and big-endian. */
const UTF16_BOMS: readonly { encoding: 'utf-16le' | 'utf-16be'; bytes: readonly number[] }[] = [
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/**
 * Decode the bytes of a report's text file.
 *
 * - `auto`: UTF-8 if the file starts with a UTF-8 byte order mark or its bytes are valid UTF-8,
 *   else GB18030/GBK; both are decoded strictly (`TextDecoder` with `fatal: true`), so no byte is silently replaced.
 * - A UTF-8 byte order mark is removed before decoding: offsets into `text` count from the first
 *   character after it, the same as for the file saved without BOM. `bom` says it was there.
 * - Line ends are kept as they are (CRLF stays two code units).
 * - `auto` also reads UTF-16 (little- or big-endian) when the file starts with its byte order mark,
 *   which is removed the same way.
 * - Otherwise a file with a NUL byte is binary: no 8-bit text encoding of a report contains one.
 *
 * @param bytes the file's content
 * @param encoding `auto`, `utf-8` or `gb18030`. Default: `auto`
 * @returns `{ ok: true, text, encoding, bom }`, or `{ ok: false, reason, tried }` naming the encodings
 *   tried (`reason: 'binary'` also gives the offset of the first NUL byte); never throws
 * @example decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])) // { ok: true, text: '中文', encoding: 'gb18030', bom: false }
 */
export function decodeText(bytes: Uint8Array, encoding: EncodingChoice = 'auto'): Decoded {
  const utf16 = encoding === 'auto' ? UTF16_BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte)) : undefined;
  if (utf16 !== undefined) {
    const text = decodeStrictly(bytes.subarray(utf16.bytes.length), utf16.encoding);
    return text === undefined ? { ok: false, reason: 'undecodable', tried: [utf16.encoding] } : { ok: true, text, encoding: utf16.encoding, bom: true };
  }
  const bom = encoding !== 'gb18030' && UTF8_BOM.every((b, i) => bytes[i] === b);
  const tried: TextEncoding[] = encoding === 'auto' ? (bom ? ['utf-8'] : ['utf-8', 'gb18030']) : [encoding];
  const nulAt = bytes.indexOf(0);
  if (nulAt >= 0) return { ok: false, reason: 'binary', nulAt, tried };
  const body = bom ? bytes.subarray(UTF8_BOM.length) : bytes;
  for (const candidate of tried) {
    const text = decodeStrictly(body, candidate);
    if (text !== undefined) return { ok: true, text, encoding: candidate, bom };
  }
  return { ok: false, reason: 'undecodable', tried };
}

/** The text, or undefined when `bytes` are not valid in `encoding`. */
function decodeStrictly(bytes: Uint8Array, encoding: TextEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}
