import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareCommand, formatComparison } from '../../src/cli/compare-command.ts';
import { neutralised } from '../../src/figures/csv.ts';
import { compareReports } from '../../src/compare/compare-datasets.ts';
import type { ComparisonRow } from '../../src/compare/comparison.ts';
import type { Report } from '../../src/figures/figure.ts';
import * as S from './series-fixtures.ts';

const REPORTS: Record<string, Report> = {
  'wuchang-district-2017': S.wuchang2017,
  'wuchang-district-2018': S.wuchang2018,
  'panyu-district-2014': S.panyu2014,
  'panyu-district-2015': S.panyu2015,
};
const load = (id: string) => {
  const report = REPORTS[id];
  if (report === undefined) throw new Error(`no ${id}`);
  return { id, report };
};

/** Runs `workreport compare …args` with the fixtures as datasets; returns stdout and stderr. */
async function run(...args: string[]): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  await compareCommand(load).parseAsync(args, { from: 'user' });
  vi.restoreAllMocks();
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('workreport compare', () => {
  it('prints the rows as a JSON array in the documented shape, and a summary on stderr', async () => {
    const { out, err } = await run('wuchang-district-2018', 'wuchang-district-2017');
    const rows = JSON.parse(out) as ComparisonRow[];
    const gdp = rows[0];
    expect(Object.keys(gdp ?? {}).sort()).toEqual(['changes', 'key', 'label', 'match', 'unit', 'values']);
    expect(gdp?.values.map((v) => [v.dataset, v.year, v.value, v.quote])).toEqual([
      ['wuchang-district-2017', 2017, 110250000000, '1102.5亿元'],
      ['wuchang-district-2018', 2018, 120000000000, '1200亿元'],
    ]);
    expect(gdp?.changes[0]).toMatchObject({
      from: 2017,
      to: 2018,
      stated: 8,
      statedQuote: '8%',
      basis: ['estimate'],
      flag: { code: 'GROWTH_MISMATCH' },
    });
    expect(err).toMatch(/matched by label 5, synonym 0, mapping 0, unmatched 3; 3 stated changes flagged/);
  });

  it('compares a dataset named twice once, and says so', async () => {
    const once = await run('wuchang-district-2017', 'wuchang-district-2018');
    const twice = await run('wuchang-district-2017', 'wuchang-district-2018', 'wuchang-district-2017');
    expect(twice.out).toBe(once.out);
    expect(twice.err).toContain('a dataset named twice is compared once (wuchang-district-2017)');
  });

  it('writes CSV with a BOM, numbers as numbers (a fall of −11.66 % stays a number), one line per value', () => {
    const c = compareReports([S.caidian2014, S.caidian2015]);
    const text = formatComparison(c, 'csv');
    expect(text.startsWith('\uFEFFkey,label_zh,label_en,unit,match,dataset,year,value')).toBe(true);
    const lines = csvParse(text.slice(1));
    const investment = lines.find((l) => l.key === '固定资产投资' && l.year === '2015');
    expect(Number(investment?.computed)).toBeCloseTo(((348.93 - 395) / 395) * 100, 10);
    expect(investment?.computed?.startsWith('-')).toBe(true);
    expect(lines).toHaveLength(c.rows.reduce((n, r) => n + r.values.length, 0));
  });

  it('neutralises text cells that start with = + - @, never numbers', () => {
    expect(neutralised('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutralised('-增长')).toBe("'-增长");
    expect(neutralised('@x')).toBe("'@x");
    expect(neutralised(-11.66)).toBe(-11.66);
    expect(neutralised('地区生产总值')).toBe('地区生产总值');
  });

  it('reads a mapping file, and refuses one that is not JSON with OPTION_INVALID', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compare-'));
    const good = join(dir, 'mapping.json');
    writeFileSync(good, JSON.stringify({ groups: [['税收总额', '财税总收入']] }));
    const { out } = await run('panyu-district-2014', 'panyu-district-2015', '--mapping', good);
    expect((JSON.parse(out) as ComparisonRow[]).find((r) => r.key === '税收总额')?.match).toBe('mapping');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{groups');
    await expect(run('panyu-district-2014', 'panyu-district-2015', '--mapping', bad)).rejects.toMatchObject({
      code: 'OPTION_INVALID',
    });
  });
});
