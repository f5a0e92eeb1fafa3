/**
 * Every registered chart, in zh and en, passes the structural suite (tests/charts/harness.ts) and
 * renders to SVG through src/render with its title, its marks and its labels unclipped.
 */
import { describe, expect, it } from 'vitest';
import { allCharts, chartById } from '../../datasets/charts.ts';
import { yangshahu2019 } from '../../datasets/yangshahu-2019/report.ts';
import type { Chart, Lang } from '../../src/charts/chart.ts';
import { compileVega, renderSvg } from '../../src/render/index.ts';
import { textWidth } from '../../src/render/text-metrics.ts';
import { expectWellFormed } from '../charts/harness.ts';
import { markItems, texts } from './svg.ts';

/** Vega's default axis `labelLimit` in pixels (the builders set none) and the label font size. */
const AXIS_LABEL_LIMIT = 180;
const LABEL_SIZE = 12;

/** The rows of a chart's inline data (src/charts/datum.ts). */
function rows(chart: Chart): { label: string; display: string }[] {
  return (chart.spec as { data: { values: { label: string; display: string }[] } }).data.values;
}

/**
 * How vega should draw `label` under a `limit`: whole when the font draws it narrower than the
 * limit, else the longest prefix (trimmed, as vega measures it) narrower than the limit minus the
 * ellipsis, then `…`.
 */
function expectedLabel(label: string, limit: number): string {
  const width = (text: string) => textWidth(text.trim(), LABEL_SIZE); // vega trims before measuring
  if (width(label) < limit) return label;
  let prefix = label;
  while (prefix.length > 0 && width(prefix) >= limit - width('…')) prefix = prefix.slice(0, -1);
  return `${prefix}…`;
}

const LANGS: readonly Lang[] = ['zh', 'en'];
const figuresBefore = structuredClone(yangshahu2019.figures);
const charts = LANGS.flatMap((lang) => allCharts(lang));

describe('registered charts', () => {
  it('are 10 in each language, with the same ids in zh and en, built without touching the figures', () => {
    const ids = (lang: Lang) => charts.filter((c) => c.lang === lang).map((c) => c.id);
    expect(ids('zh')).toHaveLength(10);
    expect(ids('en')).toEqual(ids('zh'));
    expect(yangshahu2019.figures).toEqual(figuresBefore);
  });

  describe.each(charts.map((chart) => [`${chart.id} (${chart.lang})`, chart] as const))('%s', (_name, chart) => {
    it('passes the structural suite: schema-valid, warning-free, alt text and source line', async () => {
      await expectWellFormed(chart, yangshahu2019.figures, figuresBefore, []);
      expect(chart.description.trim()).not.toBe('');
      expect(chart.source.trim()).not.toBe('');
    });

    it('compiles to Vega v6 without warnings, and rendering leaves its spec untouched', async () => {
      // A fresh build: the harness's own render lets vega tag the data rows of `chart`.
      const fresh = chartById(chart.id, chart.lang);
      const before = structuredClone(fresh.spec);
      const vg = compileVega(fresh);
      expect(vg.$schema).toMatch(/vega\/v6\.json$/);
      await renderSvg(fresh);
      expect(fresh.spec).toStrictEqual(before);
    });

    it('renders to SVG with its title, source line and data marks', async () => {
      const svg = await renderSvg(chart);
      expect(svg).toMatch(new RegExp(`^<svg xml:lang="${chart.lang === 'zh' ? 'zh-CN' : 'en'}" `));
      const drawn = texts(svg);
      const joined = drawn.join('').replace(/\s/g, '');
      expect(joined).toContain(chart.title.replace(/\s/g, ''));
      expect(joined).toContain(chart.source.replace(/\s/g, ''));
      const marks = markItems(svg);
      const n = rows(chart).length;
      if (chart.kind === 'bar') expect(marks).toEqual({ rect: n, text: n });
      if (chart.kind === 'progress') expect(marks).toEqual({ rect: 2, text: 3 });
      if (chart.kind === 'kpi') expect(marks).toEqual({ text: 2 });
      for (const row of rows(chart)) expect(drawn.some((t) => t.includes(row.display))).toBe(true);
    });

    it('draws each category label whole, or truncated only where Noto Sans CJK overflows the label limit', async () => {
      const drawn = texts(await renderSvg(chart));
      for (const { label } of rows(chart)) {
        const expected = chart.kind === 'bar' ? expectedLabel(label, AXIS_LABEL_LIMIT) : label;
        if (chart.lang === 'zh') expect(expected).toBe(label);
        expect(drawn.some((t) => t === expected || t.endsWith(`：${expected}`) || t.endsWith(`: ${expected}`) || t.startsWith(`${expected}：`) || t.startsWith(`${expected}: `))).toBe(true);
      }
    });
  });

  it('draws long Chinese axis labels in full: 流转低洼田稻田养虾, not 流转低洼…', async () => {
    const chart = charts.find((c) => c.id === 'yangshahu-2019/farmland-by-crop' && c.lang === 'zh');
    expect(chart).toBeDefined();
    const drawn = texts(await renderSvg(chart as Chart));
    expect(drawn).toContain('流转低洼田稻田养虾');
    expect(drawn).toContain('葡萄、杨梅等果园');
    expect(drawn.filter((t) => t.endsWith('…'))).toEqual([]);
  });
});
