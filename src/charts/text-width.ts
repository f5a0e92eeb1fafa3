/**
 * Widths of text in the font every chart uses (Noto Sans CJK SC, see theme.ts), in pixels, as
 * Chromium and resvg draw it: printable ASCII at the font's own advance widths (regular or bold),
 * full-width characters (汉字, kana, ，。：（）《》, full-width forms) and the punctuation and symbols
 * the SC face draws full width (“” ‘’ … · × ※ ① → ■) at 1 em, anything else (accented Latin,
 * Greek, dashes) at 0.6 em. Builders lay charts out with it (layout.ts, wrap.ts); the Node
 * renderer measures with it too (src/render/text-metrics.ts), so Node and the browser agree.
 */

/**
 * Advance widths of U+0020–U+007E in Noto Sans CJK SC, in 1/1000 em (the font's units per em),
 * read from the hmtx table of the Debian `fonts-noto-cjk` files (NotoSansCJK-Regular.ttc and
 * NotoSansCJK-Bold.ttc, face "Noto Sans CJK SC").
 */
const ASCII_ADVANCE = {
  regular: [
    224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555, 555, 555, 555, 555,
    555, 555, 555, 278, 278, 555, 555, 555, 474, 946, 608, 657, 638, 688, 589, 552, 689, 728, 293, 535, 646, 543, 812,
    723, 742, 633, 742, 635, 596, 599, 721, 575, 878, 573, 531, 603, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620,
    554, 325, 564, 607, 275, 275, 552, 284, 926, 610, 606, 620, 620, 388, 468, 377, 607, 521, 802, 498, 521, 475, 338,
    270, 338, 555,
  ],
  bold: [
    227, 370, 574, 590, 590, 963, 740, 325, 378, 378, 507, 590, 325, 370, 325, 387, 590, 590, 590, 590, 590, 590, 590,
    590, 590, 590, 325, 325, 590, 590, 590, 514, 1007, 641, 681, 656, 714, 615, 585, 717, 757, 330, 568, 686, 578, 853,
    749, 770, 667, 770, 682, 624, 625, 748, 619, 915, 627, 580, 613, 378, 387, 378, 590, 567, 626, 591, 644, 527, 644,
    581, 372, 597, 640, 304, 306, 604, 315, 964, 641, 626, 644, 644, 436, 495, 421, 637, 576, 863, 562, 574, 511, 378,
    296, 378, 590,
  ],
} as const satisfies Record<Weight, readonly number[]>;

/** Faces of the font: Debian ships Regular and Bold, and weights ≥ 600 render with Bold. */
type Weight = 'regular' | 'bold';

/**
 * Characters 1 em wide: East Asian Wide and Fullwidth (Unicode UAX #11: Hangul Jamo, CJK
 * radicals to Yi, Hangul syllables, compatibility ideographs, vertical and small forms,
 * full-width forms), plus the ambiguous-width punctuation and symbols that Noto Sans CJK SC draws
 * full width: § ± ¶ · × ÷, ‐ ― ‖ ‘ ’ “ ” † ‡ • ‥ … ‧ ‰ ′ ″ ※, letterlike symbols and number forms
 * (℃ № Ⅻ), arrows, and enclosed alphanumerics through dingbats (① ─ ■ ○ ★ ✓).
 */
const FULL_WIDTH = new RegExp(
  '[\\u1100-\\u115F\\u2E80-\\uA4CF\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFE10-\\uFE19\\uFE30-\\uFE6F\\uFF00-\\uFF60\\uFFE0-\\uFFE6' +
    '\\u00A7\\u00B1\\u00B6\\u00B7\\u00D7\\u00F7\\u2010\\u2015\\u2016\\u2018\\u2019\\u201C\\u201D\\u2020-\\u2022\\u2025-\\u2027' +
    '\\u2030\\u2032\\u2033\\u203B\\u2100-\\u21FF\\u2460-\\u27BF]',
  'u',
);

/** Supplementary-plane ideographs (CJK Extension B and later, U+20000–U+3FFFF) are 1 em too. */
const SUPPLEMENTARY_IDEOGRAPH_START = 0x20000;

/** Width in em of a character that is neither ASCII nor full width. */
const OTHER_EM = 0.6;

/** Width of one character in em. */
function charEm(char: string, weight: Weight): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return (ASCII_ADVANCE[weight][code - 0x20] ?? 0) / 1000;
  if (code < 0x20 || code === 0x7f) return 0;
  if (code >= SUPPLEMENTARY_IDEOGRAPH_START || FULL_WIDTH.test(char)) return 1;
  return OTHER_EM;
}

/**
 * Width of `text` in pixels at `fontSize` pixels in Noto Sans CJK SC.
 *
 * `fontWeight` as in CSS or Vega (`'bold'`, `'bolder'`, `700`, `'600'`): 600 and above, and
 * `bold`/`bolder`, measure the Bold face; anything else the Regular face. Default: regular.
 *
 * @example textWidth('流转低洼田稻田养虾', 12) // 108 (9 ideographs × 12 px)
 * @example textWidth('Farmland', 10) // 45.06
 */
export function textWidth(text: string, fontSize: number, fontWeight?: string | number | null): number {
  const weight = isBold(fontWeight) ? 'bold' : 'regular';
  let em = 0;
  for (const char of text) em += charEm(char, weight);
  return em * fontSize;
}

function isBold(fontWeight: string | number | null | undefined): boolean {
  if (fontWeight === 'bold' || fontWeight === 'bolder') return true;
  const numeric = Number(fontWeight);
  return Number.isFinite(numeric) && numeric >= 600;
}
