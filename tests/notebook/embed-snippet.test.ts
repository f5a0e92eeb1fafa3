import { describe, expect, it } from 'vitest';
import { yangshahu2019 } from '../datasets.ts';
import { barChart } from '../../src/index.ts';
import { embedSnippet } from '../../src/notebook/index.ts';
import { renderSvg } from '../../src/render/index.ts';

const figures = yangshahu2019.figures.filter(
  (f) => f.id === 'land-acquired' || f.id === 'young-crop-compensation-area',
);
const chart = barChart(figures, { report: yangshahu2019.meta, id: 'test/land', lang: 'zh' });
const svg = await renderSvg(chart);

describe('embedSnippet', () => {
  it('is the chart as SVG in a <figure>, with no script and no style, scaled to the column, labelled with its alt text', () => {
    const snippet = embedSnippet(chart, svg);
    expect(snippet).toMatch(/^<figure class="workreport-chart" lang="zh-CN">\n {2}<svg /);
    expect(snippet).not.toMatch(/<script|\sstyle=|<link|\son[a-z]+=/i);
    const root = /<svg [^>]*>/.exec(snippet)?.[0] ?? '';
    // The size as drawn (560 px wide), kept as the viewBox; the width follows the column.
    const drawn = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? /width="(\d+)" height="(\d+)"/.exec(svg);
    expect(drawn?.[1]).toBe('560');
    expect(root).toContain(`viewBox="0 0 ${drawn?.[1]} ${drawn?.[2]}"`);
    expect(root).toContain(' width="100%"');
    expect(root).not.toMatch(/\sheight=|xml:lang/);
    expect(root).toContain(`aria-label="${chart.description}"`);
    // Marks, labels and the source line drawn by Vega are all there: the 430 mu bar and the report's title.
    expect(snippet).toContain('430');
    expect(snippet).toContain(yangshahu2019.meta.title.zh);
    expect(snippet.endsWith('</svg>\n</figure>\n')).toBe(true);
  });

  it('links the report under the chart when its address is given', () => {
    const snippet = embedSnippet(chart, svg, { sourceUrl: 'https://example.org/report?a=1&b=2' });
    expect(snippet).toContain('<figcaption><a href="https://example.org/report?a=1&amp;b=2">报告原文</a></figcaption>');
  });

  it('escapes the alt text: a description with markup stays text', () => {
    const hostile = { ...chart, description: '"><script>alert(1)</script>' };
    const snippet = embedSnippet(hostile, svg);
    expect(snippet).toContain('aria-label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet).not.toContain('<script>');
  });

  it('refuses an SVG that a CMS or a strict policy would break, and a link that is not http(s)', () => {
    const code = { code: 'OPTION_INVALID' };
    expect(() => embedSnippet(chart, '<div></div>')).toThrow(expect.objectContaining(code));
    expect(() => embedSnippet(chart, svg.replace('<rect ', '<rect style="fill:red" '))).toThrow(
      expect.objectContaining(code),
    );
    expect(() => embedSnippet(chart, svg.replace('<rect ', '<rect onclick="alert(1)" '))).toThrow(
      expect.objectContaining(code),
    );
    expect(() => embedSnippet(chart, svg.replace('</svg>', '<script>alert(1)</script></svg>'))).toThrow(
      expect.objectContaining(code),
    );
    expect(() => embedSnippet(chart, svg, { sourceUrl: 'javascript:alert(1)' })).toThrow(expect.objectContaining(code));
  });
});
