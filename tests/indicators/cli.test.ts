import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/workreport.js', import.meta.url));

/** Run the CLI exactly as a user would: plain `node`, no build step. */
function workreport(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('workreport indicators', () => {
  it('prints the indicators of yangshahu-2019 as a JSON array with formula, inputs and quotes', () => {
    const { stdout, status } = workreport('indicators', 'yangshahu-2019', '--format', 'json');
    expect(status).toBe(0);
    const results = JSON.parse(stdout) as {
      id: string;
      value: number;
      formula: string;
      inputs: { id: string; figure: { quote: string } }[];
    }[];
    expect(results.length).toBeGreaterThanOrEqual(20);
    const share = results.find((r) => r.id === 'poor-persons-lifted-share');
    expect(share?.value).toBe(0.8647103658536586);
    expect(share?.formula).toBe("d['poor-persons-lifted'] / d['poor-persons-registered']");
    expect(share?.inputs.map((i) => i.figure.quote)).toEqual(['2269人', '2624人']);
  });

  it('prints CSV with a BOM and a header row that arquero reads back, values unrounded', () => {
    const { stdout, status } = workreport('indicators', 'yangshahu-2019', '--format', 'csv');
    expect(status).toBe(0);
    expect(stdout.startsWith('\uFEFFid,label_zh,label_en,value,unit,qualifier,formula,inputs,problem')).toBe(true);
    const table = aq.fromCSV(stdout.slice(1));
    expect(table.numRows()).toBeGreaterThanOrEqual(20);
    const row = (table.objects() as Record<string, unknown>[]).find((r) => r.id === 'land-acquired-ha');
    expect(row).toMatchObject({ value: 28.666666666666668, unit: 'ha', qualifier: 'exact', inputs: 'land-acquired' });
  });
});

describe('workreport indicators --export', () => {
  it('writes the dataset exports into a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workreport-export-'));
    try {
      const { status, stderr } = workreport('indicators', 'yangshahu-2019', '--export', dir);
      expect(status).toBe(0);
      expect(stderr).toContain(`wrote yangshahu-2019 exports to ${dir}`);
      expect(readdirSync(dir).sort()).toEqual([
        'datapackage.json',
        'figures.arrow',
        'figures.csv',
        'figures.json',
        'indicator-inputs.arrow',
        'indicator-inputs.csv',
        'indicator-inputs.json',
        'indicators.arrow',
        'indicators.csv',
        'indicators.json',
      ]);
      expect(readFileSync(join(dir, 'indicators.csv'), 'utf8')).toContain('poor-persons-lifted-share');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('workreport check', () => {
  it('keeps the provenance line and exit 0, and prints consistency findings as warnings', () => {
    const { stdout, status } = workreport('check', 'yangshahu-2019');
    expect(status).toBe(0);
    expect(stdout).toContain('provenance: 90/90 figures proven in yangshahu-2019');
    for (const code of ['RATE_VS_PARTS', 'PERIOD_MIX', 'COUNT_EXCEEDS_TOTAL', 'POSSIBLE_DOUBLE_COUNT']) {
      expect(stdout).toMatch(new RegExp(`^warning ${code} \\[`, 'm'));
    }
    expect(stdout).toMatch(/^consistency: \d+ findings to review in yangshahu-2019 \(warnings\)$/m);
  });
});
