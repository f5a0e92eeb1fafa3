import type { Config, TopLevelSpec } from 'vega-lite';
import type { Chart, ChartKind, KeyNumber } from './chart.ts';
import { noteLine } from './locale.ts';
import type { ResolvedOptions } from './options.ts';
import { sourceLine } from './source-line.ts';
import { FONT_SIZE, PADDING, THEME_COLORS, themeFor } from './theme.ts';
import { wrapToWidth } from './wrap.ts';

/**
 * What every chart spec carries besides its marks: schema, theme, title block with the source
 * line, alt text, metadata, fixed width. One place, so every builder frames charts alike.
 */

/** Vega-Lite major version of the specs; vega-lite 6.x compiles them. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Share of the inner width a title or subtitle line may fill: room for a reader's font a little wider than Noto Sans CJK SC. */
const HEADER_FILL = 0.96;

/** A chart's texts, resolved by its builder. */
export interface FrameParts {
  kind: ChartKind;
  options: ResolvedOptions;
  /** The title shown (the option or the builder's default). */
  title: string;
  /** Alt text written from the data. */
  description: string;
  /** Ids of the figures the chart shows (for an indicator, its inputs), in data order, each once. */
  figureIds: string[];
  /** Ids of the indicators the chart shows, when any. */
  indicatorIds?: string[];
}

/**
 * Where a chart's data comes from, kept in the spec's `usermeta` for pages and downloads.
 * A type alias, not an interface, so it fits Vega-Lite's `Dict<unknown>`.
 */
export type ChartMeta = {
  source: string;
  notes: string[];
  figureIds: string[];
  indicatorIds?: string[];
};

/** The top-level properties every spec shares, whatever its layout. */
export interface FrameTexts {
  $schema: string;
  config: Config;
  /** Title lines, and subtitle lines when there is a subtitle or a note (an empty subtitle would draw an empty line in browsers). */
  title: { text: string[]; subtitle?: string[] };
  description: string;
  usermeta: ChartMeta;
}

/** {@link FrameTexts} plus the fixed width of a single or layered view, spread into its spec. */
export interface Frame extends FrameTexts {
  width: number;
  autosize: { type: 'fit-x'; contains: 'padding' };
}

/**
 * The texts and theme of a chart. Title and subtitle lines are wrapped to the chart's full width
 * (Vega draws each on one line), measured in the chart font; the subtitle block is the subtitle,
 * then each note as `注：…`. The source line is not in it: builders draw it as a footer under the
 * chart ({@link sourceFooter}), as newsrooms do, so a phone shows few header lines before the data. The config is the theme variant of
 * `options.theme` with `numberFormat` set to the chart's language, so axis numbers read 1万 in zh.
 * Concatenated views (small multiples) take this and size their panels themselves.
 */
export function frameTexts(parts: FrameParts): FrameTexts {
  const { options, title, description, figureIds, indicatorIds } = parts;
  const { width, lang, subtitle, notes, report, theme } = options;
  // Lines as wide as the chart, measured in the chart font, less a margin for fonts a little wider.
  const inner = (width - 2 * PADDING) * HEADER_FILL;
  const wrap = (text: string, fontSize: number, bold = false): string[] => wrapToWidth(text, inner, fontSize, { bold });
  const source = sourceLine(report, lang);
  const subtitleLines = [
    ...(subtitle === undefined ? [] : wrap(subtitle, FONT_SIZE.subtitle)),
    ...notes.flatMap((note) => wrap(noteLine(note, lang), FONT_SIZE.subtitle)),
  ];
  const usermeta: ChartMeta = { source, notes: [...notes], figureIds: [...figureIds] };
  if (indicatorIds !== undefined) usermeta.indicatorIds = [...indicatorIds];
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: { ...themeFor(theme), numberFormat: lang },
    title: {
      text: wrap(title, FONT_SIZE.title, true),
      ...(subtitleLines.length === 0 ? {} : { subtitle: subtitleLines }),
    },
    description,
    usermeta,
  };
}

/**
 * The frame of a single or layered view: {@link frameTexts} with the overall width in pixels.
 * `autosize: fit-x` keeps the overall width fixed (no `'container'`, which Node cannot measure)
 * and lets the height follow the data.
 */
export function frame(parts: FrameParts): Frame {
  return { ...frameTexts(parts), width: parts.options.width, autosize: { type: 'fit-x', contains: 'padding' } };
}

/** Name of the footer layer (or view) that draws the source line. */
export const SOURCE_FOOTER = 'source';
/** Font size and line height of the source footer in pixels: the smallest text of a chart. */
const FOOTER_SIZE = 11;
const FOOTER_LINE = 15;

/**
 * Where the footer goes in the view it is layered into: `left` pixels left of the plot's origin
 * (the width of the category column and its padding, 0 for charts without one) and `below`
 * pixels under the plot's bottom (the depth of the x axis, or a small gap without one).
 */
export interface FooterPlace {
  left: number;
  below: number;
}

/** Pixels under the plot that an x axis with ticks, labels and a title takes, plus a gap before the footer. */
export const BELOW_X_AXIS = 46;
/** The gap under a plot without an x axis. */
export const BELOW_PLOT = 12;

/** The source line's lines, wrapped to the chart's width. */
export function sourceLines(parts: FrameParts): string[] {
  const { width, report, lang } = parts.options;
  return wrapToWidth(sourceLine(report, lang), (width - 2 * PADDING) * HEADER_FILL, FOOTER_SIZE);
}

/**
 * The source line as a footer layer of a single or layered view: small muted text at the chart's
 * left edge, wrapped to its width, under the x axis (`place`). Every channel a parent encoding
 * could pass down is set, so the layer draws one text whatever the chart encodes. Named
 * {@link SOURCE_FOOTER}, so pages that write the source as HTML can drop it.
 */
export function sourceFooter(parts: FrameParts, place: FooterPlace) {
  const { muted } = THEME_COLORS[parts.options.theme];
  return {
    name: SOURCE_FOOTER,
    data: { values: [{}] },
    mark: {
      type: 'text' as const,
      align: 'left' as const,
      baseline: 'top' as const,
      fontSize: FOOTER_SIZE,
      lineHeight: FOOTER_LINE,
      text: sourceLines(parts),
      aria: false,
    },
    encoding: {
      x: { value: -place.left },
      y: { value: { expr: `height + ${place.below}` } },
      yOffset: { value: 0 },
      color: { value: muted },
      tooltip: null,
    },
  };
}

/** Height in pixels of the footer view of a concatenated chart (small multiples). */
export function footerHeight(parts: FrameParts): number {
  return sourceLines(parts).length * FOOTER_LINE;
}

/**
 * `spec` without the texts that pages may write as HTML around it: the title block and the source
 * footer (a layer or a concatenated view named {@link SOURCE_FOOTER}). The input is not modified.
 */
export function withoutTexts(spec: TopLevelSpec): TopLevelSpec {
  const { title: _title, ...rest } = spec as TopLevelSpec & {
    title?: unknown;
    layer?: { name?: string }[];
    vconcat?: { name?: string }[];
  };
  const bare = { ...rest } as Record<string, unknown>;
  for (const key of ['layer', 'vconcat']) {
    const children = bare[key];
    if (Array.isArray(children)) bare[key] = children.filter((c: { name?: string }) => c.name !== SOURCE_FOOTER);
  }
  return bare as unknown as TopLevelSpec;
}

/** The {@link Chart} record of a finished spec: the frame's texts as plain strings. */
export function toChart<Row extends object>(
  parts: FrameParts,
  spec: TopLevelSpec,
  rows: readonly Row[],
  keyNumber: KeyNumber,
): Chart<Row> {
  const { kind, options, title, description } = parts;
  const chart: Chart<Row> = {
    id: options.id,
    kind,
    lang: options.lang,
    theme: options.theme,
    title,
    source: sourceLine(options.report, options.lang),
    notes: [...options.notes],
    description,
    spec,
    rows,
    keyNumber,
  };
  if (options.subtitle !== undefined) chart.subtitle = options.subtitle;
  return chart;
}
