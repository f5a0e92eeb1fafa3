/**
 * The layout rules every chart must keep at every width, in both languages and both themes
 * (issue 14), checked on what Chromium drew (page-entry.ts measures it). Pure functions over the
 * measurements, so the rules can be tested without a browser. All sizes in CSS pixels.
 */

/** A box in page pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One chart to draw: its key (`<chart id> <lang> <theme> <width>`), overall width and compiled Vega spec. */
export interface LayoutCase {
  key: string;
  kind: string;
  width: number;
  vega: unknown;
}

/** A drawn text element. */
export interface TextMeasure {
  /** The `role-…` class of its mark group without the prefix: `axis-label`, `title-text`, `title-subtitle`, `mark`… */
  role: string;
  text: string;
  /** Its lines (tspans) and their drawn widths. */
  lines: { text: string; width: number }[];
  fontSize: number;
  box: Box;
}

/** A horizontal axis with a domain line, and the horizontal extent of the data marks of its view. */
export interface AxisMeasure {
  x0: number;
  x1: number;
  marksLeft: number;
  marksRight: number;
  /** Where the axis's `0` tick is, when it has one. */
  zero: number | null;
}

/** What page-entry.ts reads from one drawn chart. */
export interface ChartMeasure {
  id: string;
  container: Box;
  svg: Box;
  texts: TextMeasure[];
  axes: AxisMeasure[];
}

/** The kinds of breach, one per rule of issue 14. */
export type BreachRule =
  | 'overlap'
  | 'truncated'
  | 'overflow'
  | 'small-text'
  | 'short-bars'
  | 'marks-off-axis'
  | 'narrow-header';

export interface Breach {
  rule: BreachRule;
  chart: string;
  detail: string;
}

/** Smallest font size in pixels (issue 14: nothing shrinks below 11 px). */
export const MIN_FONT_SIZE = 11;
/** The longest bar (farthest mark) reaches at least this share of its axis. */
export const MIN_AXIS_FILL = 0.5;
/** Overall padding of every chart (src/charts/theme.ts PADDING). */
const PADDING = 12;
/** Overlap of less than this many pixels either way is antialiasing and line-box slack, not a collision. */
const SLACK = 1.5;
/** A header line may break early only if its next word would not fit in this share of the chart's inner width. */
const MAX_HEADER_GAP = 0.9;
/** Lines that start a paragraph of the title block (a note, the source line), not a wrapped line. */
const PARAGRAPH_START = /^(注：|Note: |来源：|Source: )/u;
/** Share of the width from which a Chinese line may end at a soft break. */
const SOFT_BREAK_FROM = 0.6;
const CJK_START = /^[\u2E80-\uA4CF\uF900-\uFAFF\uFF00-\uFF60]/u;
/** A line ending in a comma, semicolon or colon is a good break in zh, even when early. */
const SOFT_END = /[，、；：,;:]$/u;
/** The first word of a line: a run of non-space Latin, or one CJK character with its closing punctuation. */
const FIRST_WORD = /^(?:[\u2E80-\uA4CF\uF900-\uFAFF\uFF00-\uFF60][，。、；：）》」”’]*|\S+)/u;
/** Widths from which no label may be truncated. */
export const NO_TRUNCATION_FROM = 1000;

const HEADER_ROLES = new Set(['title-text', 'title-subtitle']);

function intersection(a: Box, b: Box): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * A text's box cut to its lines' em boxes: the browser's text box is the font's full line box
 * (1.45 em in Noto Sans CJK SC), so axis labels and titles set close together would "overlap"
 * where no glyphs do.
 */
function inkBox(t: TextMeasure): Box {
  const ink = Math.min(t.box.height, t.lines.length * t.fontSize * 1.1);
  return { x: t.box.x, y: t.box.y + (t.box.height - ink) / 2, width: t.box.width, height: ink };
}

const short = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/**
 * The breaches of one drawn chart `width` pixels wide:
 * - `overlap`: two visible texts whose boxes intersect by more than {@link SLACK} px both ways;
 * - `truncated`: a text cut with `…` in a chart at least {@link NO_TRUNCATION_FROM} px wide;
 * - `overflow`: a text outside the SVG, or the SVG wider than its block;
 * - `small-text`: a text under {@link MIN_FONT_SIZE} px;
 * - `short-bars`: on a horizontal value axis, the farthest mark reaches less than
 *   {@link MIN_AXIS_FILL} of the axis from its zero end (either end, for negative values);
 * - `marks-off-axis`: a mark beyond the ends of its axis;
 * - `narrow-header`: a title or subtitle line broken although the next line's first word would
 *   have fitted in the chart's inner width, i.e. the header wraps narrower than the chart.
 */
export function breaches(m: ChartMeasure, width: number): Breach[] {
  const found: Breach[] = [];
  const add = (rule: BreachRule, detail: string): void => {
    found.push({ rule, chart: m.id, detail });
  };
  const { texts } = m;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const [a, b] = [texts[i], texts[j]];
      if (a === undefined || b === undefined) continue;
      const overlap = intersection(inkBox(a), inkBox(b));
      if (overlap.width > SLACK && overlap.height > SLACK)
        add('overlap', `"${short(a.text)}" (${a.role}) × "${short(b.text)}" (${b.role})`);
    }
  }
  const right = m.svg.x + m.svg.width;
  const bottom = m.svg.y + m.svg.height;
  if (m.svg.width > m.container.width + 0.5)
    add('overflow', `SVG ${m.svg.width.toFixed(0)} px wide in a ${m.container.width.toFixed(0)} px block`);
  for (const t of texts) {
    if (t.fontSize < MIN_FONT_SIZE) add('small-text', `"${short(t.text)}" at ${t.fontSize} px`);
    if (width >= NO_TRUNCATION_FROM && t.lines.some((l) => l.text.endsWith('…')))
      add('truncated', `"${short(t.text)}" (${t.role})`);
    const b = t.box;
    if (
      b.x < m.svg.x - SLACK ||
      b.x + b.width > right + SLACK ||
      b.y < m.svg.y - SLACK ||
      b.y + b.height > bottom + SLACK
    ) {
      add(
        'overflow',
        `"${short(t.text)}" (${t.role}) at x ${(b.x - m.svg.x).toFixed(0)}–${(b.x + b.width - m.svg.x).toFixed(0)} of ${m.svg.width.toFixed(0)}`,
      );
    }
  }
  for (const axis of m.axes) {
    const length = axis.x1 - axis.x0;
    // From the zero tick when the axis has one (dots away from zero), else from the end the bars start at.
    const fill =
      axis.zero === null
        ? Math.min(axis.marksRight - axis.x0, axis.x1 - axis.marksLeft) / length
        : Math.max(axis.marksRight - axis.zero, axis.zero - axis.marksLeft) / length;
    if (fill < MIN_AXIS_FILL)
      add('short-bars', `marks reach ${(fill * 100).toFixed(0)} % of a ${length.toFixed(0)} px axis`);
    if (axis.marksLeft < axis.x0 - 8 || axis.marksRight > axis.x1 + 8) {
      add(
        'marks-off-axis',
        `marks ${(axis.marksLeft - axis.x0).toFixed(0)}…${(axis.marksRight - axis.x0).toFixed(0)} px on a ${length.toFixed(0)} px axis`,
      );
    }
  }
  const inner = m.svg.width - 2 * PADDING;
  for (const t of texts.filter((x) => HEADER_ROLES.has(x.role))) {
    t.lines.forEach((line, i) => {
      const next = t.lines[i + 1];
      if (next === undefined || PARAGRAPH_START.test(next.text) || SOFT_END.test(line.text)) return;
      const word = next.text.match(FIRST_WORD)?.[0] ?? next.text;
      const wordWidth = (next.width * [...word].length) / Math.max(1, [...next.text].length);
      // A zh line may end early at a space or comma of its second half (wrap.ts), e.g. between two publishers.
      const softBreak = line.width >= SOFT_BREAK_FROM * inner && CJK_START.test(next.text);
      if (line.width + wordWidth < MAX_HEADER_GAP * inner && !softBreak)
        add(
          'narrow-header',
          `"${short(line.text)}" breaks at ${((line.width / inner) * 100).toFixed(0)} % of the width before "${word}"`,
        );
    });
  }
  return found;
}

/** Breaches counted by rule, every rule listed. */
export function countByRule(list: readonly Breach[]): Record<BreachRule, number> {
  const counts: Record<BreachRule, number> = {
    overlap: 0,
    truncated: 0,
    overflow: 0,
    'small-text': 0,
    'short-bars': 0,
    'marks-off-axis': 0,
    'narrow-header': 0,
  };
  for (const b of list) counts[b.rule] += 1;
  return counts;
}
