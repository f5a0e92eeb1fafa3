/**
 * The chart's language reaches screen readers (axes, legends, marks) and data text stays text:
 * a label carrying markup is drawn as characters, never as markup.
 */
import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar.ts';
import { dotPlot } from '../../src/charts/dot-plot.ts';
import { kpiChart } from '../../src/charts/kpi.ts';
import { progressChart } from '../../src/charts/progress.ts';
import type { Figure } from '../../src/figures/figure.ts';
import { ariaLabels, dataValues, render, svgTexts } from './harness.ts';
import { cropAreas, householdsLifted, poorHouseholds, qualityRice, report, sanitationFees } from './fixtures.ts';

const options = { report, id: 'yangshahu-2019/a11y' };
/** Vega's English captions, written when a guide or mark has no description of its own. */
const VEGA_ENGLISH = /X-axis|Y-axis|legend titled|\bvalue: |\blabel: |rect mark(?! container)/;

describe('ARIA in the chart language', () => {
  it('labels axes and bars in zh', async () => {
    const labels = ariaLabels((await render(barChart(cropAreas, options).spec)).svg);
    expect(labels).toEqual(
      expect.arrayContaining(['数值轴，单位：亩', '优质稻种植面积：2万亩', '葡萄、杨梅等果园：近300亩']),
    );
    expect(labels.some((l) => l.startsWith('类别轴：优质稻种植面积、流转低洼田稻田养虾'))).toBe(true);
    expect(labels.join('\n')).not.toMatch(VEGA_ENGLISH);
  });

  it('labels axes and bars in en, with localized mark roles', async () => {
    const { svg } = await render(barChart(cropAreas, { ...options, lang: 'en' }).spec);
    expect(ariaLabels(svg)).toEqual(
      expect.arrayContaining(['Value axis, Unit: mu', 'Grape, bayberry and other orchards: about 300 mu']),
    );
    expect(svg).toContain('aria-roledescription="bar"');
    const zh = (await render(dotPlot(cropAreas, options).spec)).svg;
    expect(zh).toContain('aria-roledescription="圆点"');
  });

  it('hides data labels that repeat the marks, so each value is read once', async () => {
    const cases = [
      [barChart(cropAreas, options), '2万亩'],
      [progressChart({ part: householdsLifted, whole: poorHouseholds }, options), '665户'],
      [kpiChart(sanitationFees, options), '126.9万元'],
    ] as const;
    expect.assertions(cases.length * 2);
    for (const [chart, value] of cases) {
      const labels = ariaLabels((await render(chart.spec)).svg);
      expect(
        labels.filter((l) => l.includes(value)),
        `${chart.kind}: ${value}`,
      ).toHaveLength(1);
      expect(labels.join('\n')).not.toMatch(VEGA_ENGLISH);
    }
  });
});

describe('text from data stays plain text', () => {
  const hostile: Figure = {
    ...qualityRice,
    label: { zh: '<img src=x onerror=alert(1)>稻', en: '<b>rice</b> & "shrimp"' },
  };

  it('keeps markup in a label as data, draws it as escaped characters and builds no HTML', async () => {
    const chart = barChart([hostile], options);
    expect(dataValues(chart)[0]?.label).toBe('<img src=x onerror=alert(1)>稻');
    const { svg } = await render(chart.spec);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;稻');
    expect(svgTexts(svg)).toContain('&lt;img src=x onerror=alert(1)&gt;稻');
    // Tooltips are field channels (vega-tooltip escapes their values); no channel carries HTML built from data.
    const tooltip = (chart.spec as { encoding: { tooltip: { field: string }[] } }).encoding.tooltip;
    expect(tooltip.map((t) => t.field)).toEqual(['label', 'display', 'qualifierText', 'quote']);
    const en = await render(barChart([hostile], { ...options, lang: 'en' }).spec);
    expect(en.svg).toContain('&lt;b&gt;rice&lt;/b&gt; &amp; "shrimp"');
  });
});
