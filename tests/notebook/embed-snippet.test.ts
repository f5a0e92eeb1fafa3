import { describe, expect, it } from 'vitest';
import { yangshahu2019 } from '../datasets.ts';
import { barChart } from '../../src/index.ts';
import { embedSnippet } from '../../src/notebook/index.ts';

const versions = { 'vega-embed': '7.3.0', vega: '6.4.0', 'vega-lite': '6.4.3' };
const figures = yangshahu2019.figures.filter((f) => f.id === 'land-acquired' || f.id === 'young-crop-compensation-area');
const chart = barChart(figures, { report: yangshahu2019.meta, id: 'test/land', lang: 'zh' });

/** The spec literal of a snippet, parsed back. */
const specOf = (snippet: string): unknown => JSON.parse(/const spec = ([\s\S]*?);\n {2}embed\(/.exec(snippet)?.[1] ?? 'null');

describe('embedSnippet', () => {
  it('inlines the spec, installs the named versions from npm and draws it as SVG without actions', () => {
    const snippet = embedSnippet(chart.spec, { versions });
    expect(specOf(snippet)).toEqual(chart.spec);
    expect(snippet).toContain('<div id="chart"></div>');
    expect(snippet).toContain('npm install vega-embed@7.3.0 vega@6.4.0 vega-lite@6.4.3');
    expect(snippet).toContain('embed("#chart", spec, {"renderer":"svg","actions":false});');
    expect(snippet).not.toMatch(/https?:\/\/cdn/);
  });

  it('registers workreport’s number format before embedding a spec of its builders, and only then', () => {
    expect(chart.spec.config?.numberFormatType).toBe('workreportNumber');
    expect(embedSnippet(chart.spec, { versions })).toContain('  import {registerNumberFormat} from "workreport/embed";\n  registerNumberFormat();');
    const plain = { ...chart.spec, config: { font: 'sans-serif' } };
    expect(embedSnippet(plain, { versions })).not.toContain('registerNumberFormat');
  });

  it('writes < as \\u003c so that a title with </script> cannot end the script', () => {
    const spec = { ...chart.spec, title: '</script><script>alert(1)</script>' };
    const snippet = embedSnippet(spec, { elementId: 'land', embedOptions: { theme: 'dark' }, versions });
    expect(snippet.match(/<\/script>/g)).toHaveLength(1);
    expect(specOf(snippet)).toEqual(spec);
    expect(snippet).toContain('embed("#land", spec, {"renderer":"svg","actions":false,"theme":"dark"});');
  });

  it('refuses an element id that is not a plain HTML id', () => {
    expect(() => embedSnippet(chart.spec, { elementId: 'a"b', versions })).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });
});
