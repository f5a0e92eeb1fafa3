import { describe, expect, it } from 'vitest';
import { kpiChart } from '../../src/charts/kpi.ts';
import { expectWellFormed, svgTexts } from './harness.ts';
import { orchards, report, sanitationFees } from './fixtures.ts';

describe('kpiChart', () => {
  it('shows 126.9万元 of sanitation fees in large type with its label', async () => {
    const before = structuredClone(sanitationFees);
    const chart = kpiChart(sanitationFees, { report, id: 'yangshahu-2019/sanitation-fees' });
    const { svg } = await expectWellFormed(chart, sanitationFees, before, ['126.9万元']);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['126.9万元', '收取卫生费']));
    expect(chart.title).toBe('收取卫生费');
  });

  it('keeps the qualifier: about 300 mu', async () => {
    const chart = kpiChart(orchards, { report, id: 'yangshahu-2019/orchards', lang: 'en' });
    const { svg } = await expectWellFormed(chart, orchards, structuredClone(orchards), ['about 300 mu']);
    expect(svgTexts(svg)).toContain('about 300 mu');
  });
});
