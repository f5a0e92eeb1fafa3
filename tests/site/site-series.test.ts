import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compareDatasets } from '../../src/compare/compare-datasets.ts';
import { draftDataset } from '../../src/datasets/draft/draft-dataset.ts';
import { DATASET_FILES } from '../../src/datasets/files.ts';
import { siteRootDir, useSiteRoot } from '../../src/site/site-report.ts';
import { isGrowthCheck, readSeriesMapping, seriesCharts, seriesId, siteSeries } from '../../src/site/site-series.ts';
import { DATASETS } from '../datasets.ts';

/** A project root whose `series/` holds `files`. */
function rootWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'workreport-series-'));
  mkdirSync(join(root, 'series'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'series', name), text);
  return root;
}

describe('series/<id>.mapping.json', () => {
  it('is read, and joins two labels no rule matches: 洪山区 2012 规模以上工业增加值 110亿元 with 2013 服务业增加值 468亿元', () => {
    const groups = [['规模以上工业增加值', '服务业增加值']];
    const root = rootWith({ 'hongshan-district.mapping.json': JSON.stringify({ groups }) });
    const mapping = readSeriesMapping(root, 'hongshan-district');
    expect(mapping).toEqual({ groups });
    const members = DATASETS.filter((d) => d.id.startsWith('hongshan-district-')).map((d) => ({
      id: d.id,
      report: d.report,
    }));
    const without = compareDatasets(members).rows.filter((row) => row.match === 'mapping');
    expect(without).toEqual([]);
    const joined = compareDatasets(members, mapping === undefined ? {} : { mapping }).rows.filter(
      (row) => row.match === 'mapping',
    );
    expect(joined.map((row) => row.values.map((v) => [v.year, v.quote]))).toEqual([
      [
        [2012, '110亿元'],
        [2013, '468亿元'],
      ],
    ]);
  });

  it('is optional, and a broken file is named on stderr and ignored rather than failing the build', () => {
    expect(readSeriesMapping(rootWith({}), 'wuchang-district')).toBeUndefined();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readSeriesMapping(rootWith({ 'x.mapping.json': '{"groups": [["only one"]]}' }), 'x')).toBeUndefined();
    expect(readSeriesMapping(rootWith({ 'y.mapping.json': '{not json' }), 'y')).toBeUndefined();
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringContaining('series/x.mapping.json ignored'),
      expect.stringContaining('series/y.mapping.json ignored'),
    ]);
    warn.mockRestore();
  });
});

describe('seriesId', () => {
  it('is the stem most members share, so another dataset of the place does not move the page', () => {
    expect(seriesId(['wuchang-district-2017', 'wuchang-district-2018'])).toBe('wuchang-district');
    expect(seriesId(['nanlinqiao-2022', 'broken-2022', 'nanlinqiao-2023'])).toBe('nanlinqiao');
    expect(seriesId(['chaanling-2011-2015', 'chaanling-2016'])).toBe('chaanling');
    expect(seriesId(['a-2019', 'b-2020'])).toBe('a');
  });
});

describe('the checks of stated changes', () => {
  it('are one chart per measure: a place that states growth in % and a rate’s change in percentage points gets both', () => {
    // 地区生产总值 12.5亿元 → 13.5亿元 is (13.5 − 12.5) / 12.5 = +8 %, as stated; 自来水普及率 95.2 % → 97 % is
    // +1.8 percentage points, as stated. One chart cannot hold both (changeTable refuses mixed measures).
    const root = mkdtempSync(join(tmpdir(), 'workreport-series-'));
    const texts = {
      2022: '青山镇2022年工作总结\n一、主要成绩\n全镇地区生产总值12.5亿元，增长8%。农村自来水普及率95.2%，比上年提高1.8个百分点。',
      2023: '青山镇2023年工作总结\n一、主要成绩\n全镇地区生产总值13.5亿元，增长8%。农村自来水普及率97%，比上年提高1.8个百分点。',
    };
    for (const [year, text] of Object.entries(texts)) {
      const id = `qingshan-${year}`;
      const draft = draftDataset(text, { id, year: Number(year), place: '湖南省/益阳市/桃江县/青山镇' });
      const folder = join(root, 'datasets', id);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, DATASET_FILES.source), draft.source);
      for (const role of ['report', 'figures', 'charts', 'story'] as const)
        writeFileSync(join(folder, DATASET_FILES[role]), JSON.stringify(draft.files[role]));
    }
    const before = siteRootDir();
    try {
      useSiteRoot(root);
      const [series] = siteSeries();
      if (series === undefined) throw new Error('no series of the two years');
      const changes = series.comparison.rows.map((row) => [
        row.label.zh,
        row.changes.map((c) => [c.measure, c.computed, c.stated]),
      ]);
      expect(changes).toEqual([
        ['地区生产总值', [['percent', 8, 8]]],
        ['农村自来水普及率', [['percentage-points', expect.closeTo(1.8, 10), 1.8]]],
      ]);
      const charts = seriesCharts(series, 'en', 560);
      expect(charts.map((chart) => [chart.id, chart.title])).toEqual(
        expect.arrayContaining([
          ['qingshan/growth-check', 'Growth as the reports state it, and as their levels give it'],
          [
            'qingshan/growth-check-points',
            'Changes in percentage points as the reports state them, and as their levels give them',
          ],
        ]),
      );
      // The comparison page puts both checks under its check heading, the levels charts above.
      expect(charts.filter((chart) => isGrowthCheck(chart.id)).map((chart) => chart.id)).toEqual([
        'qingshan/growth-check',
        'qingshan/growth-check-points',
      ]);
    } finally {
      useSiteRoot(before);
    }
  });
});
