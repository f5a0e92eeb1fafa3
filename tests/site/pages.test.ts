import { describe, expect, test } from 'vitest';
import { yangshahu2019 } from '../datasets.ts';
import { barChart } from '../../src/charts/index.ts';
import { tooltipRows } from '../../src/embed/tooltip.ts';
import { absoluteSnippet } from '../../src/embed/snippet.ts';
import { chartCsv } from '../../src/site/chart-data.ts';
import { siteChart } from '../../src/site/chart-sets.ts';
import { siteReport } from '../../src/site/site-report.ts';
import { elementSnippet, iframeSnippet } from '../../src/site/embed-page.ts';
import { escapeHtml } from '../../src/site/html.ts';
import { dateText, periodText } from '../../src/figures/period-text.ts';
import { chartFilePath, embedPath, useSiteBase } from '../../src/site/routes.ts';
import { staticSvg } from '../../src/site/static-svg.ts';
import { activeStepIndex } from '../../src/story/step-at.ts';

const EVIL = '<img src=x onerror="alert(1)">';
const mu = yangshahu2019.figures.filter((f) => f.quantity.unit === 'mu').slice(0, 2);
const evilChart = barChart(
  mu.map((f, i) => (i === 0 ? { ...f, label: { zh: EVIL, en: EVIL } } : f)),
  { report: yangshahu2019.meta, id: 'test/evil', lang: 'zh', title: `${EVIL}标题`, width: 560 },
);

describe('escaping', () => {
  test('escapeHtml turns markup into text', () => {
    expect(escapeHtml(EVIL)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(escapeHtml(`a & b's`)).toBe('a &amp; b&#39;s');
  });

  test('a static chart writes a label made of markup as text, and prefixes its ids', async () => {
    const svg = await staticSvg(evilChart, 'p-');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img');
    expect(svg).toMatch(/^<svg role="graphics-document" aria-roledescription="visualization" aria-label="[^"<]+"/);
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id?.startsWith('p-'))).toBe(true);
    expect([...svg.matchAll(/url\(#([^)]+)\)/g)].every((m) => ids.includes(m[1]))).toBe(true);
  });

  test('the embed code escapes the chart title', () => {
    const snippet = iframeSnippet('yangshahu-2019/land-and-compensation', 'zh', `"><script>alert(1)</script>`, 400.4);
    expect(snippet).toBe(
      '<iframe src="/embed/yangshahu-2019/land-and-compensation/reader/?theme=light" title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" width="100%" height="400" loading="lazy" data-workreport-embed></iframe>\n' +
        '<script src="/embed/host.js" async></script>',
    );
    expect(absoluteSnippet(snippet, 'https://example.org')).toContain('src="https://example.org/embed/host.js"');
  });

  test('the embed code without an iframe escapes the chart title, and its element, link and script get absolute URLs', () => {
    const snippet = elementSnippet('yangshahu-2019/land-and-compensation', 'en', `</a><script>alert(1)</script>`);
    expect(snippet).toBe(
      '<workreport-chart src="/embed/yangshahu-2019/land-and-compensation/en/" theme="light"><a href="/embed/yangshahu-2019/land-and-compensation/en/">&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a></workreport-chart>\n' +
        '<script type="module" src="/embed/chart.js"></script>',
    );
    expect(absoluteSnippet(snippet, 'https://example.org')).toBe(
      '<workreport-chart src="https://example.org/embed/yangshahu-2019/land-and-compensation/en/" theme="light"><a href="https://example.org/embed/yangshahu-2019/land-and-compensation/en/">&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a></workreport-chart>\n' +
        '<script type="module" src="https://example.org/embed/chart.js"></script>',
    );
  });

  test('under a base path (vite build --base /reports/) the snippets point inside it; a relative base is refused', () => {
    useSiteBase('/reports');
    try {
      expect(iframeSnippet('yangshahu-2019/land-and-compensation', 'en', 'Land', 400)).toBe(
        '<iframe src="/reports/embed/yangshahu-2019/land-and-compensation/en/reader/?theme=light" title="Land" width="100%" height="400" loading="lazy" data-workreport-embed></iframe>\n' +
          '<script src="/reports/embed/host.js" async></script>',
      );
      expect(
        absoluteSnippet(elementSnippet('yangshahu-2019/land-and-compensation', 'zh', '征地'), 'https://example.org'),
      ).toBe(
        '<workreport-chart src="https://example.org/reports/embed/yangshahu-2019/land-and-compensation/" theme="light"><a href="https://example.org/reports/embed/yangshahu-2019/land-and-compensation/">征地</a></workreport-chart>\n' +
          '<script type="module" src="https://example.org/reports/embed/chart.js"></script>',
      );
      expect(() => useSiteBase('./')).toThrow(/relative; build with an absolute path/);
    } finally {
      useSiteBase('/');
    }
  });

  test('tooltip rows keep data as strings for textContent, never as markup', () => {
    expect(tooltipRows({ 项目: EVIL, 数值: 430 })).toEqual([
      ['项目', EVIL],
      ['数值', '430'],
    ]);
    expect(tooltipRows(null)).toEqual([]);
    expect(tooltipRows('plain')).toEqual([['', 'plain']]);
  });
});

describe('data downloads', () => {
  test('the CSV of land-and-compensation has the two plotted figures with exact values and units', () => {
    const csv = chartCsv(siteChart('yangshahu-2019/land-and-compensation', 'zh', 'wide'), siteReport('yangshahu-2019'));
    expect(csv.split('\n').slice(0, 3)).toEqual([
      '\uFEFFfigure_id,label,value,unit,qualifier,display,quote,review',
      'land-acquired,征地,430,mu,exact,430亩,430亩,reviewed',
      'young-crop-compensation-area,青苗补偿,500,mu,exact,500亩,500亩,reviewed',
    ]);
  });
});

describe('words and paths', () => {
  test('periods and dates read in both languages', () => {
    expect(periodText({ kind: 'through', end: '2019-12-16' }, 'zh')).toBe('截至2019年12月16日');
    expect(periodText({ kind: 'since', start: '2018-01', through: '2019-12-16' }, 'en')).toBe(
      'since Jan 2018, through 16 Dec 2019',
    );
    expect(periodText({ kind: 'target', year: 2020 }, 'zh')).toBe('2020年目标');
    expect(dateText('2018', 'en')).toBe('2018');
  });

  test('chart ids keep their slash in paths', () => {
    expect(embedPath('yangshahu-2019/poverty-households', 'en')).toBe('/embed/yangshahu-2019/poverty-households/en/');
    expect(chartFilePath('yangshahu-2019/poverty-households', 'data-zh.csv')).toBe(
      '/embed/yangshahu-2019/poverty-households/data-zh.csv',
    );
  });
});

describe('activeStepIndex', () => {
  test('is the last step whose top has passed the trigger line, else the first', () => {
    expect(activeStepIndex([-900, -100, 350, 1200], 400)).toBe(2);
    expect(activeStepIndex([500, 1500], 400)).toBe(0);
    expect(activeStepIndex([-3000, -2000, -1000], 400)).toBe(2);
    expect(activeStepIndex([], 400)).toBe(0);
  });
});
