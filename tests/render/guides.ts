/**
 * Test helpers reading the guides (axes, legends) of a compiled Vega spec, and where vega lays a
 * chart's content out: what a label's truncation and a chart's clipping are checked against.
 */
import * as vega from 'vega';
import { installTextMetrics } from '../../src/render/index.ts';
import { svgSize } from './svg.ts';

/**
 * Vega's own defaults, used where neither a guide nor the config sets a value
 * (vega-parser src/config.js: `axis.labelLimit`, `legend.labelLimit`, `legend.titleLimit`,
 * the `guide-label` font size, the legend title weight).
 */
const VEGA_DEFAULTS = {
  axisLabelLimit: 180,
  legendLabelLimit: 160,
  legendTitleLimit: 180,
  labelFontSize: 10,
  legendTitleFontWeight: 'bold',
} as const;

type Props = Record<string, unknown>;

/** A guide text as vega draws it: truncated with `…` past `limit` pixels, measured at `fontSize` and `fontWeight`. */
export interface GuideText {
  limit: number;
  fontSize: number;
  fontWeight: string;
}

/** The axes and legends of a compiled spec, with its config, in document order (panels of a concat in order). */
export interface Guides {
  axes: Props[];
  legends: Props[];
  config: Record<string, Props | undefined>;
}

/** The first value of `prop` set in `sources`, most specific first. */
function first(prop: string, sources: readonly (Props | undefined)[]): unknown {
  return sources.find((source) => source?.[prop] !== undefined)?.[prop];
}

/** The guides of a chart compiled to Vega (`compileVega(chart)`): its axes and legends, and its config. */
export function guidesOf(spec: vega.Spec): Guides {
  const vg = spec as Props & { config?: Record<string, Props | undefined> };
  const axes: Props[] = [];
  const legends: Props[] = [];
  const walk = (node: Props): void => {
    axes.push(...((node.axes as Props[] | undefined) ?? []));
    legends.push(...((node.legends as Props[] | undefined) ?? []));
    for (const mark of (node.marks as Props[] | undefined) ?? []) if (mark.type === 'group') walk(mark);
  };
  walk(vg);
  return { axes, legends, config: vg.config ?? {} };
}

/**
 * The category axes (left-hand axes of a band scale) of `guides`, one per view or panel, with the
 * label limit and font size vega applies: the axis's own, else the config's `axisBand`,
 * `axisLeft`, `axisY`, `axis` (vega's order of precedence), else vega's defaults.
 */
export function categoryAxes(guides: Guides): GuideText[] {
  const { config } = guides;
  const style = config.style as Record<string, Props | undefined> | undefined;
  return guides.axes
    .filter((axis) => axis.orient === 'left')
    .map((axis) => {
      const sources = [axis, config.axisBand, config.axisLeft, config.axisY, config.axis];
      return {
        limit: Number(first('labelLimit', sources) ?? VEGA_DEFAULTS.axisLabelLimit),
        fontSize: Number(first('labelFontSize', [...sources, style?.['guide-label']]) ?? VEGA_DEFAULTS.labelFontSize),
        fontWeight: weight(first('labelFontWeight', sources), 'normal'),
      };
    });
}

/** A font weight as vega reads it (`bold`, `600`), else `fallback`. */
function weight(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
}

/** The only legend of `guides`, its labels and its title as vega draws them (the legend's settings, else the config's, else vega's). */
export function legendTexts(guides: Guides): { title: string | undefined; labels: GuideText; titleText: GuideText } {
  const [legend, ...others] = guides.legends;
  if (legend === undefined || others.length > 0) throw new Error(`expected one legend, found ${guides.legends.length}`);
  const style = guides.config.style as Record<string, Props | undefined> | undefined;
  const sources = [legend, guides.config.legend];
  return {
    title: typeof legend.title === 'string' ? legend.title : undefined,
    labels: {
      limit: Number(first('labelLimit', sources) ?? VEGA_DEFAULTS.legendLabelLimit),
      fontSize: Number(first('labelFontSize', [...sources, style?.['guide-label']]) ?? VEGA_DEFAULTS.labelFontSize),
      fontWeight: weight(first('labelFontWeight', sources), 'normal'),
    },
    titleText: {
      limit: Number(first('titleLimit', sources) ?? VEGA_DEFAULTS.legendTitleLimit),
      fontSize: Number(first('titleFontSize', [...sources, style?.['guide-title']]) ?? VEGA_DEFAULTS.labelFontSize),
      fontWeight: weight(first('titleFontWeight', sources), VEGA_DEFAULTS.legendTitleFontWeight),
    },
  };
}

/** An SVG's size and the box of everything vega draws in it (titles, guides, marks, text), in SVG pixels. */
export interface Layout {
  width: number;
  height: number;
  content: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * Where vega lays out `spec` (a chart's `compileVega`), measuring text as src/render does: the SVG
 * size and the bounds of the scenegraph root moved by the view's origin and padding, as the SVG
 * translates them. Text bounds are those of the drawn text (truncated at its limit).
 */
export async function layoutOf(spec: vega.Spec): Promise<Layout> {
  installTextMetrics();
  // A copy: the view writes into the data rows it ingests.
  const view = new vega.View(vega.parse(structuredClone(spec)), { renderer: 'none' });
  try {
    await view.runAsync();
    const svg = await view.toSVG();
    const { width, height } = svgSize(svg);
    const [ox, oy] = view.origin();
    const { left, top } = view.padding() as { left: number; top: number };
    const { bounds } = (
      view.scenegraph() as unknown as { root: { bounds: { x1: number; y1: number; x2: number; y2: number } } }
    ).root;
    const [dx, dy] = [left + ox, top + oy];
    return {
      width,
      height,
      content: { x1: bounds.x1 + dx, y1: bounds.y1 + dy, x2: bounds.x2 + dx, y2: bounds.y2 + dy },
    };
  } finally {
    view.finalize();
  }
}
