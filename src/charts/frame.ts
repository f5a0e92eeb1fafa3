import type { Config, TopLevelSpec } from 'vega-lite';
import type { Chart, ChartKind } from './chart.ts';
import { labelled } from './locale.ts';
import type { ResolvedOptions } from './options.ts';
import { sourceLine } from './source-line.ts';
import { FONT_SIZE, PADDING, themeFor } from './theme.ts';
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
  title: { text: string[]; subtitle: string[] };
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
 * (Vega draws each on one line), measured in the chart font; the subtitle block is the subtitle, then each note as `注：…`, then the
 * source line, so the source is visible in SVG and PNG. The config is the theme variant of
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
    ...notes.flatMap((note) => wrap(labelled('note', lang) + note, FONT_SIZE.subtitle)),
    ...wrap(source, FONT_SIZE.subtitle),
  ];
  const usermeta: ChartMeta = { source, notes: [...notes], figureIds: [...figureIds] };
  if (indicatorIds !== undefined) usermeta.indicatorIds = [...indicatorIds];
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: { ...themeFor(theme), numberFormat: lang },
    title: { text: wrap(title, FONT_SIZE.title, true), subtitle: subtitleLines },
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

/** The {@link Chart} record of a finished spec: the frame's texts as plain strings. */
export function toChart(parts: FrameParts, spec: TopLevelSpec): Chart {
  const { kind, options, title, description } = parts;
  const chart: Chart = {
    id: options.id,
    kind,
    lang: options.lang,
    theme: options.theme,
    title,
    source: sourceLine(options.report, options.lang),
    notes: [...options.notes],
    description,
    spec,
  };
  if (options.subtitle !== undefined) chart.subtitle = options.subtitle;
  return chart;
}
