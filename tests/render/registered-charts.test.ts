/**
 * Every registered chart, in zh and en, passes the structural suite (tests/charts/harness.ts) and
 * renders to SVG through src/render with its title, its marks and its labels unclipped. Label
 * limits are read from each chart's compiled Vega spec and config, as vega applies them.
 */
import { describe, expect, it } from 'vitest';
import { allCharts, chartById, DATASETS, YANGSHAHU_CHARTS, yangshahu2019 } from '../datasets.ts';
import type { Chart, ChartKind, Lang } from '../../src/charts/chart.ts';
import { categoryColumn } from '../../src/charts/layout.ts';
import { PADDING } from '../../src/charts/theme.ts';
import type * as vega from 'vega';
import { compileVega, vegaToSvg } from '../../src/render/index.ts';
import { textWidth } from '../../src/render/text-metrics.ts';
import { expectWellFormed } from '../charts/harness.ts';
import { categoryAxes, guidesOf, layoutOf, legendTexts, type Guides, type GuideText } from './guides.ts';
import { markItems, svgItems, textBlocks, texts } from './svg.ts';

/** A row of a chart's inline data (src/charts/datum.ts), with the fields some kinds add. */
interface Row {
  label: string;
  /** A change table's line (indicator and years); a slope or line chart's indicator. */
  line?: string;
  side?: string;
  last?: boolean;
  stated?: number | null;
  display: string;
  row?: string;
  end?: string;
  panel?: number;
  legend?: string;
  from?: number;
  to?: number;
}

/** The rows of a chart's inline data. */
function rows(chart: Chart): Row[] {
  return (chart.spec as { data: { values: Row[] } }).data.values;
}

/**
 * How vega should draw `text` under a guide's limit: whole when the font draws it narrower than
 * the limit, else the longest prefix (trimmed, as vega measures it) narrower than the limit minus
 * the ellipsis, then `…`.
 */
function expectedLabel(text: string, { limit, fontSize, fontWeight }: GuideText): string {
  const width = (t: string) => textWidth(t.trim(), fontSize, fontWeight); // vega trims before measuring
  if (width(text) < limit) return text;
  let prefix = text;
  while (prefix.length > 0 && width(prefix) >= limit - width('…')) prefix = prefix.slice(0, -1);
  return `${prefix}…`;
}

/** A text a chart draws on a guide, with the limit vega truncates it at. */
interface GuideLabel {
  text: string;
  guide: GuideText;
}

/**
 * The texts each kind draws on its guides: category labels on the left axis (a dumbbell's row
 * labels, not its figures' labels; each small-multiples panel on its own axis), a waffle's legend
 * entries and title, a dumbbell's end names. Progress bars and KPI cards draw captions, no guides.
 */
const GUIDE_LABELS: Record<ChartKind, (chart: Chart, guides: Guides) => GuideLabel[]> = {
  bar: (chart, guides) => axisLabels(chart, guides, (row) => row.label),
  'grouped-bar': (chart, guides) => axisLabels(chart, guides, (row) => row.label),
  'dot-plot': (chart, guides) => axisLabels(chart, guides, (row) => row.label),
  'small-multiples': (chart, guides) => axisLabels(chart, guides, (row) => row.label),
  dumbbell: (chart, guides) => {
    const legend = legendTexts(guides);
    const ends = [...new Set(rows(chart).map((row) => row.end ?? ''))];
    return [
      ...axisLabels(chart, guides, (row) => row.row ?? ''),
      ...ends.map((text) => ({ text, guide: legend.labels })),
    ];
  },
  waffle: (chart, guides) => {
    const legend = legendTexts(guides);
    const entries = rows(chart).map((row) => ({ text: row.legend ?? '', guide: legend.labels }));
    return legend.title === undefined ? entries : [{ text: legend.title, guide: legend.titleText }, ...entries];
  },
  progress: () => [],
  kpi: () => [],
  // Years on the x axis; indicator names are text marks beside the dots, not guide labels.
  slope: () => [],
  line: () => [],
  'change-table': (chart, guides) => axisLabels(chart, guides, (row) => row.line ?? ''),
};

/** The distinct category labels `text` gives the rows, each with the left axis (of `guides`) of its view or panel. */
function axisLabels(chart: Chart, guides: Guides, text: (row: Row) => string): GuideLabel[] {
  const axes = categoryAxes(guides);
  const seen = new Set<string>();
  return rows(chart).flatMap((row) => {
    const label = text(row);
    const guide = axes[row.panel ?? 0];
    if (seen.has(label)) return [];
    seen.add(label);
    if (guide === undefined) throw new Error(`${chart.id}: no category axis for "${label}"`);
    return [{ text: label, guide }];
  });
}

/** The data marks each kind draws, by mark type, as `markItems` counts them. */
const MARKS: Record<ChartKind, (chart: Chart) => Record<string, number>> = {
  bar: (chart) => ({ rect: rows(chart).length, text: rows(chart).length }),
  'grouped-bar': (chart) => ({ rect: rows(chart).length, text: rows(chart).length }),
  progress: () => ({ rect: 2, text: 3 }),
  kpi: () => ({ text: 2 }),
  // One square per unit of the whole: the part's squares, then the rest's.
  waffle: (chart) => ({ rect: rows(chart).reduce((sum, row) => sum + (row.to ?? 0) - (row.from ?? 0), 0) }),
  'dot-plot': (chart): Record<string, number> => {
    const n = rows(chart).length;
    const stems = (chart.spec as { layer: { mark: { type: string } }[] }).layer.some(
      (layer) => layer.mark.type === 'rule',
    );
    return stems ? { rule: n, symbol: n, text: n } : { symbol: n, text: n };
  },
  // A line per row, a dot and a value label per end.
  dumbbell: (chart) => ({
    rule: new Set(rows(chart).map((row) => row.row)).size,
    symbol: rows(chart).length,
    text: rows(chart).length,
  }),
  'small-multiples': (chart) => ({ rect: rows(chart).length, text: rows(chart).length }),
  // A line per indicator, a dot and a label per end (slope) or per value (line, labelled at its last point).
  slope: (chart) => ({
    line: new Set(rows(chart).map((row) => row.row)).size,
    symbol: rows(chart).length,
    text: rows(chart).length,
  }),
  line: (chart) => ({
    line: new Set(rows(chart).map((row) => row.row)).size,
    symbol: rows(chart).length,
    text: rows(chart).filter((row) => row.last === true).length,
  }),
  // A bar and a label per change, a tick where the report states one.
  'change-table': (chart) => ({
    rect: rows(chart).length,
    text: rows(chart).length,
    ...(rows(chart).some((row) => row.stated != null)
      ? { rule: rows(chart).filter((row) => row.stated != null).length }
      : {}),
  }),
};

const LANGS: readonly Lang[] = ['zh', 'en'];
/** Whether a person has reviewed every figure of the chart's dataset. */
const reviewed = (chart: Chart): boolean =>
  DATASETS.find((d) => chart.id.startsWith(`${d.id}/`))?.report.figures.every((f) => f.review === 'reviewed') === true;
const figuresBefore = structuredClone(yangshahu2019.figures);
const charts = LANGS.flatMap((lang) => allCharts(lang));
/** A chart built afresh, compiled and rendered as the site does, and copies of its specs from before. */
interface Rendering {
  /** The chart built again by id: compiling and rendering it may not touch the one every test reads. */
  fresh: Chart;
  /** `fresh.spec` before compiling. */
  before: Chart['spec'];
  /** `compileVega(fresh)`. */
  vg: vega.Spec;
  /** `vg` before rendering. */
  vgBefore: vega.Spec;
  /** `vegaToSvg(vg)`: what `renderSvg(chart)` draws (render.test.ts checks that they are the same). */
  svg: string;
}

/**
 * Each chart compiled and rendered once (`compileVega`, then `vegaToSvg`, each throwing on any
 * warning: the site's path), read by every test of it: both are deterministic.
 */
const renderings = new Map<Chart, Promise<Rendering>>();
function renderingOf(chart: Chart): Promise<Rendering> {
  let rendering = renderings.get(chart);
  if (rendering === undefined) {
    rendering = (async () => {
      const fresh = chartById(chart.id, chart.lang);
      const before = structuredClone(fresh.spec);
      const vg = compileVega(fresh);
      const vgBefore = structuredClone(vg);
      const svg = await vegaToSvg(vg, { name: `chart "${chart.id}"`, lang: chart.lang });
      return { fresh, before, vg, vgBefore, svg };
    })();
    renderings.set(chart, rendering);
  }
  return rendering;
}

/** The texts a chart draws on its guides ({@link GUIDE_LABELS}), read from its rendering's compiled spec. */
async function guideLabelsOf(chart: Chart): Promise<GuideLabel[]> {
  return GUIDE_LABELS[chart.kind](chart, guidesOf((await renderingOf(chart)).vgBefore));
}

/** The SVG of a chart (its rendering's). */
async function svgOf(chart: Chart): Promise<string> {
  return (await renderingOf(chart)).svg;
}

describe('registered charts', () => {
  it('are every chart of every dataset in each language, with the same ids in zh and en, built without touching the figures', () => {
    const ids = (lang: Lang) => charts.filter((c) => c.lang === lang).map((c) => c.id);
    expect(ids('zh')).toEqual(DATASETS.flatMap((d) => d.charts.map((c) => `${d.id}/${c.id}`)));
    expect(ids('zh').filter((id) => id.startsWith('yangshahu-2019/'))).toEqual(
      YANGSHAHU_CHARTS.map((d) => `yangshahu-2019/${d.id}`),
    );
    expect(ids('zh').filter((id) => id.startsWith('yangshahu-2019/'))).toHaveLength(14);
    expect(ids('en')).toEqual(ids('zh'));
    expect(new Set(charts.filter((c) => c.id.startsWith('yangshahu-2019/')).map((c) => c.kind))).toEqual(
      new Set(['bar', 'progress', 'kpi', 'waffle', 'dot-plot', 'dumbbell', 'small-multiples']),
    );
    expect(yangshahu2019.figures).toEqual(figuresBefore);
  });

  it('are light by default and dark on request, by id too, with the same ids', () => {
    for (const lang of LANGS) {
      expect(allCharts(lang).map((c) => c.theme)).toEqual(allCharts(lang).map(() => 'light'));
      const dark = allCharts(lang, { theme: 'dark' });
      expect(dark.map((c) => c.id)).toEqual(allCharts(lang).map((c) => c.id));
      expect(dark.map((c) => c.spec.config?.background)).toEqual(dark.map(() => '#16191d'));
    }
    expect(chartById('yangshahu-2019/livelihood-overview', 'en', { theme: 'dark' })).toMatchObject({
      theme: 'dark',
      lang: 'en',
    });
    expect(() => allCharts('zh', { theme: 'sepia' as 'dark' })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });

  describe.each(charts.map((chart) => [`${chart.id} (${chart.lang})`, chart] as const))('%s', (_name, chart) => {
    it('passes the structural suite: schema-valid, warning-free, alt text and source line', async () => {
      const { vg, svg } = await renderingOf(chart);
      await expectWellFormed(chart, yangshahu2019.figures, figuresBefore, [], { vg, svg, warnings: [] });
      expect(chart.description.trim()).not.toBe('');
      expect(chart.source.trim()).not.toBe('');
    });

    it('compiles to Vega v6 without warnings, and neither compiling nor rendering touches a spec', async () => {
      const { fresh, before, vg, vgBefore } = await renderingOf(chart);
      expect(vg.$schema).toMatch(/vega\/v6\.json$/);
      // vega tags the data rows it ingests: compileVega and vegaToSvg each work on a copy.
      expect(fresh.spec).toStrictEqual(before);
      expect(vg).toEqual(vgBefore);
    });

    it('renders to SVG with its title, source line and data marks', async () => {
      const svg = await svgOf(chart);
      expect(svg).toMatch(new RegExp(`^<svg xml:lang="${chart.lang === 'zh' ? 'zh-CN' : 'en'}" `));
      const drawn = texts(svg);
      const joined = drawn.join('').replace(/\s/g, '');
      expect(joined).toContain(chart.title.replace(/\s/g, ''));
      expect(joined).toContain(chart.source.replace(/\s/g, ''));
      expect(markItems(svg)).toEqual(MARKS[chart.kind](chart));
      // Value labels may wrap onto lines: compare whole texts without the breaks' whitespace.
      const blocks = textBlocks(svg);
      for (const row of rows(chart)) expect(blocks.some((t) => t.includes(row.display.replace(/\s/g, '')))).toBe(true);
    });

    it('carries on its items the id of each row it plots and, once per id, its tooltip as JSON (src/render/item-svg.ts)', async () => {
      const svg = await svgOf(chart);
      const items = svgItems(svg);
      const usermeta = (chart.spec as { usermeta?: { figureIds?: string[]; indicatorIds?: string[] } }).usermeta;
      const known = new Set([...(usermeta?.figureIds ?? []), ...(usermeta?.indicatorIds ?? [])]);
      const ids = new Set(items.flatMap((item) => (item.id === undefined ? [] : [item.id])));
      const rowIds = (chart.spec as { data: { values: { id?: string }[] } }).data.values.map((row) => row.id);
      // Every plotted row can be pointed at, and every id is a figure or indicator of the chart.
      for (const id of rowIds) expect(ids, `row ${id}`).toContain(id);
      for (const id of ids) expect(known, `item id ${id}`).toContain(id);
      for (const id of ids) {
        const tooltips = items.filter((item) => item.id === id && item.tooltip !== undefined);
        expect(tooltips.length, `tooltips of ${id}`).toBeGreaterThanOrEqual(1);
        expect(new Set(tooltips.map((item) => item.tooltip)).size, `${id}: each tooltip written once`).toBe(
          tooltips.length,
        );
        for (const { tooltip } of tooltips) expect(() => JSON.parse(tooltip ?? ''), `${id}: ${tooltip}`).not.toThrow();
      }
    });

    it('draws every guide label whole, or truncated only where Noto Sans CJK overflows the limit vega applies', async () => {
      const svg = await svgOf(chart);
      const drawn = texts(svg);
      const blocks = textBlocks(svg);
      const whole = (text: string) => text.replace(/\s/g, '');
      for (const { text, guide } of await guideLabelsOf(chart)) {
        const expected = expectedLabel(text, guide);
        // Curated zh labels are written to fit; a machine-drafted label may be a long clause, truncated as vega does.
        if (chart.lang === 'zh' && reviewed(chart)) expect(expected).toBe(text);
        // A long category label wraps onto up to three lines (layout.ts) and is cut with … only past them.
        const wrapped = blocks.some(
          (b) => b === whole(text) || (b.endsWith('…') && whole(text).startsWith(b.slice(0, -1))),
        );
        expect(drawn.includes(expected) || wrapped, `${text} drawn whole or wrapped`).toBe(true);
      }
    });

    it('draws each figure label that is not on a guide whole, in a caption, legend entry or title', async () => {
      const svg = await svgOf(chart);
      const drawn = texts(svg);
      const blocks = textBlocks(svg);
      const onGuides = new Set((await guideLabelsOf(chart)).map((label) => label.text));
      // A dumbbell names its rows and ends, not its figures: they are in its tooltips and alt text.
      const labels =
        chart.kind === 'dumbbell'
          ? []
          : rows(chart)
              .map((row) => row.label)
              .filter((label) => !onGuides.has(label));
      for (const label of labels) {
        const inOneLine = drawn.some(
          (t) =>
            t === label ||
            t.endsWith(`：${label}`) ||
            t.endsWith(`: ${label}`) ||
            t.startsWith(`${label}：`) ||
            t.startsWith(`${label}: `),
        );
        // A KPI card wraps a long label onto several lines of one text element.
        const wrapped = blocks.includes(label.replace(/\s+/g, ''));
        expect(inOneLine || wrapped, label).toBe(true);
      }
    });

    it('draws everything inside the SVG: no title, mark or label runs past an edge', async () => {
      const { width, height, content } = await layoutOf((await renderingOf(chart)).vgBefore);
      expect(content.x1).toBeGreaterThanOrEqual(0);
      expect(content.y1).toBeGreaterThanOrEqual(0);
      expect(content.x2).toBeLessThanOrEqual(width);
      expect(content.y2).toBeLessThanOrEqual(height);
    });
  });

  it('draws long Chinese axis labels in full: 流转低洼田稻田养虾, not 流转低洼…', async () => {
    const chart = charts.find((c) => c.id === 'yangshahu-2019/farmland-by-crop' && c.lang === 'zh');
    expect(chart).toBeDefined();
    const drawn = texts(await svgOf(chart as Chart));
    expect(drawn).toContain('流转低洼田稻田养虾');
    expect(drawn).toContain('葡萄、杨梅等果园');
    expect(drawn.filter((t) => t.endsWith('…'))).toEqual([]);
  });

  it('reads each label limit from the compiled 560 px charts: the label column the builders laid out (layout.ts)', () => {
    const axisLimits = (id: string) =>
      categoryAxes(guidesOf(compileVega(chartById(id, 'en')))).map((axis) => axis.limit);
    const column = (id: string) => {
      const sort = (chartById(id, 'en').spec as { encoding: { y: { sort: string[] } } }).encoding.y.sort;
      return categoryColumn(sort, 560).axis.labelLimit;
    };
    for (const id of [
      'yangshahu-2019/farmland-by-crop',
      'yangshahu-2019/road-and-ditch-lengths',
      'yangshahu-2019/poverty-households-gap',
    ]) {
      expect(axisLimits(id)).toEqual([column(id)]);
    }
    // Small multiples: one shared label column, so one limit on each of the 4 panels' axes.
    const panels = axisLimits('yangshahu-2019/livelihood-overview');
    expect(panels).toHaveLength(4);
    expect(new Set(panels).size).toBe(1);
    expect(
      legendTexts(guidesOf(compileVega(chartById('yangshahu-2019/poverty-households-waffle', 'en')))).labels.limit,
    ).toBe(560 - 2 * PADDING);
  });
});
