/**
 * Encodings a report file may be read in. GB18030 is a superset of GBK and GB2312; Big5 is the
 * traditional-script encoding of Taiwan and Hong Kong. UTF-16 (what Windows calls "Unicode" text)
 * is recognised by its byte order mark, or without one by its zero bytes (text with ASCII in it).
 */
export type TextEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

/** What `--encoding` accepts: an encoding, or `auto` to detect it. */
export const ENCODING_CHOICES = ['auto', 'utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

/** A decoded file, or why it could not be decoded (a value, so the caller can name the file). */
export type Decoded =
  | { ok: true; text: string; encoding: TextEncoding; bom: boolean }
  | { ok: false; reason: 'binary'; nulAt: number; tried: TextEncoding[] }
  | { ok: false; reason: 'undecodable'; tried: TextEncoding[] }
  | { ok: false; reason: 'unsupported'; encoding: 'UTF-32' | 'Shift-JIS'; tried: TextEncoding[] };

/** UTF-32 byte order marks (little-endian first: it starts like UTF-16LE's). */
const UTF32_BOMS: readonly (readonly number[])[] = [
  [0xff, 0xfe, 0x00, 0x00],
  [0x00, 0x00, 0xfe, 0xff],
];

/**
 * Characters that fill any Chinese report, simplified or traditional alike (的 年 工 作 万 元 …):
 * the share of them tells a text decoded in the right encoding from the same bytes read in another.
 */
const COMMON = new Set(
  '的一是在不了有和人中大为上个国以要时来用生到作地于出就分对成会可主发年动同工也能下过子产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严镇乡村户亩项目设施建设完成累计全年同比增长亿',
);

/** The share of `text`'s CJK characters that are common ones (0 for a text without CJK). */
function commonShare(text: string): number {
  let cjk = 0;
  let common = 0;
  for (const char of text) {
    if (char < '\u3400' || char > '\u9fff') continue;
    cjk += 1;
    if (COMMON.has(char)) common += 1;
  }
  return cjk === 0 ? 0 : common / cjk;
}

/** Characters no report text holds: C0 and C1 controls other than tab and line ends, private use, the replacement character. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const IMPLAUSIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\ufffd]/u;

/** Whether a reading could be a report's text (see {@link IMPLAUSIBLE}). */
function plausible(text: string): boolean {
  return !IMPLAUSIBLE.test(text);
}

/** The share of kana (Japanese syllables) among `text`'s characters. */
function kanaShare(text: string): number {
  const kana = text.match(/[\u3040-\u30ff]/gu)?.length ?? 0;
  return text.length === 0 ? 0 : kana / text.length;
}

/**
 * UTF-16 without a byte order mark, told by its zero bytes: text with ASCII in it (digits, %, spaces)
 * has a zero in every such character, all at odd offsets (little-endian) or all at even (big-endian).
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4 || bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  const pairs = sample.length / 2;
  if (odd >= pairs * 0.1 && even === 0) return 'utf-16le';
  if (even >= pairs * 0.1 && odd === 0) return 'utf-16be';
  return undefined;
}

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
 *   else GB18030/GBK or Big5, whichever reading is made of the characters a report uses; every
 *   reading is strict (`TextDecoder` with `fatal: true`), so no byte is silently replaced. UTF-32
 *   and Japanese Shift-JIS are refused by name (`reason: 'unsupported'`), not read as garbage.
 * - A UTF-8 byte order mark is removed before decoding: offsets into `text` count from the first
 *   character after it, the same as for the file saved without BOM. `bom` says it was there.
 * - Line ends are kept as they are (CRLF stays two code units).
 * - `auto` also reads UTF-16 (little- or big-endian) when the file starts with its byte order mark,
 *   which is removed the same way, or without one when its zero bytes show it (bomlessUtf16).
 * - Otherwise a file with a NUL byte is binary: no 8-bit text encoding of a report contains one.
 *
 * @param bytes the file's content
 * @param encoding `auto` or one of the encodings of {@link ENCODING_CHOICES}. Default: `auto`
 * @returns `{ ok: true, text, encoding, bom }`, or `{ ok: false, reason, tried }` naming the encodings
 *   tried (`reason: 'binary'` also gives the offset of the first NUL byte); never throws
 * @example decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])) // { ok: true, text: '中文', encoding: 'gb18030', bom: false }
 */
export function decodeText(bytes: Uint8Array, encoding: EncodingChoice = 'auto'): Decoded {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const bomBytes = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const bom = bomBytes.every((byte, i) => bytes[i] === byte);
    const text = decodeStrictly(bom ? bytes.subarray(2) : bytes, encoding);
    return text === undefined
      ? { ok: false, reason: 'undecodable', tried: [encoding] }
      : { ok: true, text, encoding, bom };
  }
  if (encoding === 'auto' && UTF32_BOMS.some((bom) => bom.every((byte, i) => bytes[i] === byte))) {
    return { ok: false, reason: 'unsupported', encoding: 'UTF-32', tried: [] };
  }
  const utf16 = encoding === 'auto' ? UTF16_BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte)) : undefined;
  if (utf16 !== undefined) {
    const text = decodeStrictly(bytes.subarray(utf16.bytes.length), utf16.encoding);
    return text === undefined
      ? { ok: false, reason: 'undecodable', tried: [utf16.encoding] }
      : { ok: true, text, encoding: utf16.encoding, bom: true };
  }
  const bom = encoding !== 'gb18030' && encoding !== 'big5' && UTF8_BOM.every((b, i) => bytes[i] === b);
  const nulAt = bytes.indexOf(0);
  if (nulAt >= 0) {
    const bomless = encoding === 'auto' ? bomlessUtf16(bytes) : undefined;
    const text = bomless === undefined ? undefined : decodeStrictly(bytes, bomless);
    if (bomless !== undefined && text !== undefined && plausible(text))
      return { ok: true, text, encoding: bomless, bom: false };
    if (encoding === 'auto' && bytes.length % 4 === 0 && bytes.length >= 8) {
      // Three zero bytes in four: UTF-32 without a byte order mark.
      const zeros = bytes.subarray(0, 4096).filter((byte) => byte === 0).length;
      if (zeros >= Math.min(bytes.length, 4096) * 0.5)
        return { ok: false, reason: 'unsupported', encoding: 'UTF-32', tried: [] };
    }
    return {
      ok: false,
      reason: 'binary',
      nulAt,
      tried: encoding === 'auto' ? ['utf-8', 'gb18030', 'big5'] : [encoding],
    };
  }
  const body = bom ? bytes.subarray(UTF8_BOM.length) : bytes;
  if (encoding !== 'auto') {
    const text = decodeStrictly(body, encoding);
    return text === undefined
      ? { ok: false, reason: 'undecodable', tried: [encoding] }
      : { ok: true, text, encoding, bom };
  }
  const utf8 = decodeStrictly(body, 'utf-8');
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8', bom };
  if (bom) return { ok: false, reason: 'undecodable', tried: ['utf-8'] };
  // Not UTF-8: GB18030 reads nearly any bytes, so read both Chinese encodings and keep the one
  // whose characters are the common ones of a report; Japanese (Shift-JIS) is refused by name.
  const readings = (['gb18030', 'big5'] as const).flatMap((candidate) => {
    const text = decodeStrictly(body, candidate);
    return text === undefined || !plausible(text) ? [] : [{ encoding: candidate, text, share: commonShare(text) }];
  });
  const best = readings.reduce<(typeof readings)[number] | undefined>(
    (a, b) => (a === undefined || b.share > a.share ? b : a),
    undefined,
  );
  const japanese = decodeStrictly(body, 'shift_jis');
  if (japanese !== undefined && kanaShare(japanese) > 0.05 && (best === undefined || best.share < 0.5)) {
    return { ok: false, reason: 'unsupported', encoding: 'Shift-JIS', tried: ['utf-8', 'gb18030', 'big5'] };
  }
  return best === undefined
    ? { ok: false, reason: 'undecodable', tried: ['utf-8', 'gb18030', 'big5'] }
    : { ok: true, text: best.text, encoding: best.encoding, bom: false };
}

/** The text, or undefined when `bytes` are not valid in `encoding`. */
function decodeStrictly(bytes: Uint8Array, encoding: TextEncoding | 'shift_jis'): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}
