import type { Chart } from '../charts/chart.ts';
import { FONT_FAMILY, THEME_COLORS } from '../charts/theme.ts';
import { emWidth, wrapText } from '../charts/wrap.ts';
import type { FontSearch } from './fonts.ts';
import { checkOptionKeys } from './options.ts';
import { LANG_TAGS, svgToPng } from './render.ts';
import { textWidth } from './text-metrics.ts';

/**
 * The 1200×630 social card of a chart (the Open Graph / X summary-card image size): the chart's
 * title and subtitle, its key number large with what it counts, and the source line, drawn as a
 * plain SVG in the colours of the chart's theme and rasterised with the Noto Sans CJK font.
 * Sizes in pixels.
 */

/** Size of the card in pixels. */
export const SOCIAL_CARD = { width: 1200, height: 630 } as const;

/** Margins in pixels, and the accent stripe along the left edge. */
const MARGIN = { left: 72, right: 72, top: 60, bottom: 44 };
const STRIPE = 12;
const INNER = SOCIAL_CARD.width - MARGIN.left - MARGIN.right;

/** Font sizes in pixels (the title and key number shrink to fit); line heights as multiples. */
const SIZE = { title: [48, 42, 36, 30], subtitle: 26, value: 150, label: 28, source: 20 } as const;
const LINE = { title: 1.25, subtitle: 1.35, value: 1.2, label: 1.4, source: 1.4 } as const;
/** Noto Sans CJK ascent in em: the baseline sits this far below the top of the em box. */
const ASCENT = 0.88;

/** One text line to draw. */
interface Line {
  text: string;
  /** Baseline in pixels from the top. */
  y: number;
  size: number;
  bold: boolean;
  color: string;
}

/**
 * `text` broken into lines at most `width` pixels wide at `size`, with wrapText's rules (breaks
 * between ideographs or at spaces, no line starting with ，). wrapText counts em at 0.8 per Latin
 * character, so the em budget is scaled by how much wider that count is than the measured width.
 */
function wrapToWidth(text: string, size: number, bold: boolean, width: number): string[] {
  const measured = textWidth(text, size, bold ? 'bold' : 'normal');
  let maxEm = measured > 0 ? (width * emWidth(text)) / measured : width / size;
  for (;;) {
    const lines = wrapText(text, maxEm);
    if (maxEm <= 1 || lines.every((line) => textWidth(line, size, bold ? 'bold' : 'normal') <= width)) return lines;
    maxEm *= 0.95;
  }
}

/** Lay `texts` out from `top` with line height `size × line`; returns the lines and the bottom. */
function block(
  texts: readonly string[],
  top: number,
  size: number,
  line: number,
  bold: boolean,
  color: string,
): { lines: Line[]; bottom: number } {
  const height = size * line;
  const lines = texts.map((text, i) => ({
    text,
    y: top + i * height + (height - size) / 2 + ASCENT * size,
    size,
    bold,
    color,
  }));
  return { lines, bottom: top + texts.length * height };
}

/** Escape text for SVG element content and attribute values. */
function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c] ?? ''};`,
  );
}

/**
 * The SVG document of a chart's social card, 1200×630 pixels: title (bold, 48 px shrinking to
 * 30 px so that it fits three lines), subtitle, key number (bold, up to 150 px, as wide as fits),
 * what the number counts, and the source line at the bottom under a rule, in the colours of the
 * chart's theme (`chart.theme`: background, text greys, the palette's accent for the stripe and the
 * number). `xml:lang` is the chart's language; `<title>` and `<desc>` carry the title and the
 * chart's alt text.
 */
export function socialCardSvg(chart: Chart): string {
  const { width: W, height: H } = SOCIAL_CARD;
  const key = chart.keyNumber;
  const colors = THEME_COLORS[chart.theme];
  const [accent] = colors.palette;

  const titleSize = SIZE.title.find((size) => wrapToWidth(chart.title, size, true, INNER).length <= 3) ?? SIZE.title[3];
  const title = block(
    wrapToWidth(chart.title, titleSize, true, INNER),
    MARGIN.top,
    titleSize,
    LINE.title,
    true,
    colors.text,
  );
  const subtitle =
    chart.subtitle === undefined
      ? { lines: [], bottom: title.bottom }
      : block(
          wrapToWidth(chart.subtitle, SIZE.subtitle, false, INNER),
          title.bottom + 4,
          SIZE.subtitle,
          LINE.subtitle,
          false,
          colors.muted,
        );

  const sourceTexts = wrapToWidth(chart.source, SIZE.source, false, INNER);
  const sourceTop = H - MARGIN.bottom - sourceTexts.length * SIZE.source * LINE.source;
  const source = block(sourceTexts, sourceTop, SIZE.source, LINE.source, false, colors.muted);
  const ruleY = sourceTop - 14;

  // The key number and its label, centred in the space between the title block and the rule.
  const labelTexts = wrapToWidth(key.label, SIZE.label, false, INNER).slice(0, 2);
  const labelHeight = labelTexts.length * SIZE.label * LINE.label;
  const areaTop = subtitle.bottom + 24;
  const area = ruleY - 20 - areaTop;
  const gap = 10;
  const valueSize = Math.floor(
    Math.min(SIZE.value, INNER / textWidth(key.value, 1, 'bold'), (area - gap - labelHeight) / LINE.value),
  );
  const valueTop = areaTop + (area - (valueSize * LINE.value + gap + labelHeight)) / 2;
  const value = block([key.value], valueTop, valueSize, LINE.value, true, accent);
  const label = block(labelTexts, value.bottom + gap, SIZE.label, LINE.label, false, colors.text);

  const lines = [...title.lines, ...subtitle.lines, ...value.lines, ...label.lines, ...source.lines];
  const texts = lines.map(
    (l) =>
      `<text x="${MARGIN.left}" y="${l.y.toFixed(1)}" font-size="${l.size}"${l.bold ? ' font-weight="bold"' : ''} fill="${l.color}">${escapeXml(l.text)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${LANG_TAGS[chart.lang]}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<desc>${escapeXml(chart.description)}</desc>`,
    `<rect width="${W}" height="${H}" fill="${colors.background}"/>`,
    `<rect width="${STRIPE}" height="${H}" fill="${accent}"/>`,
    `<line x1="${MARGIN.left}" x2="${W - MARGIN.right}" y1="${ruleY}" y2="${ruleY}" stroke="${colors.rule}" stroke-width="2"/>`,
    `<g font-family="${escapeXml(FONT_FAMILY)}">`,
    ...texts,
    '</g>',
    '</svg>',
  ].join('\n');
}

/** Options of {@link renderSocialCard}. */
export interface SocialCardOptions {
  /** Where to look for the Noto Sans CJK files. Default: the standard search of `findCjkFonts`. */
  fonts?: FontSearch;
}

/**
 * The social card of a chart as PNG bytes, exactly 1200×630 pixels (see {@link socialCardSvg}).
 *
 * @throws WorkreportError `FONT_MISSING` naming `fonts-noto-cjk`; `RENDER_FAILED` when the chart
 *   has no key number; `OPTION_INVALID` for unknown options.
 */
export async function renderSocialCard(chart: Chart, options: SocialCardOptions = {}): Promise<Uint8Array> {
  checkOptionKeys('renderSocialCard', options, ['fonts']);
  return svgToPng(socialCardSvg(chart), { scale: 1, fonts: options.fonts });
}
