import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compareDatasets } from '../../src/compare/compare-datasets.ts';
import { readSeriesMapping, seriesId } from '../../src/site/site-series.ts';
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
