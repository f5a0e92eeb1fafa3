import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/workreport.js', import.meta.url));

/** Run the CLI exactly as a user would: plain `node`, no build step. */
function workreport(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('workreport CLI', () => {
  it('prints the figures of yangshahu-2019 as a JSON array with provenance', () => {
    const { stdout, status } = workreport('figures', 'yangshahu-2019', '--format', 'json');
    expect(status).toBe(0);
    const figures = JSON.parse(stdout) as { id: string; quantity: { value: number }; provenance: { quote: string } }[];
    expect(figures).toHaveLength(90);
    const land = figures.find((f) => f.id === 'land-acquired');
    expect(land?.quantity.value).toBe(430);
    expect(land?.provenance.quote).toBe('430亩');
  });

  it('prints CSV with a BOM, a header row and one row per figure, values unrounded', () => {
    const { stdout, status } = workreport('figures', 'yangshahu-2019', '--format', 'csv');
    expect(status).toBe(0);
    expect(stdout.startsWith('\uFEFFid,section,label_zh,label_en,value,unit,qualifier,counted,period_kind')).toBe(true);
    const rows = csvParse(stdout.slice(1));
    expect(rows).toHaveLength(90);
    const ditches = rows.find((r) => r.id === 'ditches-dredged');
    expect(ditches).toMatchObject({
      value: '185.31',
      unit: 'km',
      quote: '185.31公里',
      period_start: '2019',
      period_end: '2019',
    });
    const reply = rows.find((r) => r.id === 'hotline-reply-rate');
    expect(reply?.note).toContain('421');
  });

  it('checks provenance of every figure and exits 0', () => {
    const { stdout, status } = workreport('check', 'yangshahu-2019');
    expect(stdout).toContain('provenance: 90/90 figures proven in yangshahu-2019');
    expect(status).toBe(0);
  });

  it('names an unknown dataset and the ones that exist', () => {
    const { stderr, status } = workreport('figures', 'nowhere-2019');
    expect(status).toBe(1);
    expect(stderr).toContain('DATASET_UNKNOWN');
    expect(stderr).toContain('yangshahu-2019');
  });

  it('rejects an unknown format and lists the allowed ones', () => {
    const { stderr, status } = workreport('figures', 'yangshahu-2019', '--format', 'xlsx');
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/json.*csv/);
  });

  it('finds a dataset that init wrote outside ./datasets, with the --datasets it prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workreport-datasets-'));
    const source = join(dir, 'report.txt');
    writeFileSync(source, '某镇2021年工作总结\n一、2021年工作回顾\n全年完成征地380亩，新建高标准农田6500亩。\n');
    const init = workreport('init', source, '--id', 'town-2021', '--datasets', join(dir, 'out'));
    expect(init.status).toBe(0);
    expect(init.stderr).toContain(`npx workreport check town-2021 --datasets ${join(dir, 'out')}`);
    const check = workreport('check', 'town-2021', '--datasets', join(dir, 'out'));
    expect(check.status, check.stderr).toBe(0);
    const figures = JSON.parse(workreport('figures', 'town-2021', '--datasets', join(dir, 'out')).stdout) as {
      quantity: { value: number };
    }[];
    expect(figures.map((f) => f.quantity.value)).toEqual([380, 6500]);
    expect(workreport('check', 'town-2021').status).not.toBe(0); // not in ./datasets
  });

  it('renders and compares datasets outside ./datasets, with --datasets or WORKREPORT_DATASETS', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workreport-datasets-'));
    const out = join(dir, 'out');
    for (const [year, land] of [
      [2021, 380],
      [2022, 456],
    ] as const) {
      const source = join(dir, `${year}.txt`);
      writeFileSync(
        source,
        `某镇${year}年工作总结\n一、${year}年工作回顾\n全年完成征地${land}亩，新建高标准农田6500亩。\n`,
      );
      expect(workreport('init', source, '--id', `town-${year}`, '--datasets', out, '--place', '某镇').status).toBe(0);
    }
    const chartId = (
      JSON.parse(readFileSync(join(out, 'town-2021', 'charts.json'), 'utf8')) as { charts: { id: string }[] }
    ).charts[0]?.id;
    const rendered = workreport('render', `town-2021/${chartId}`, '--datasets', out);
    expect(rendered.status, rendered.stderr).toBe(0);
    expect(rendered.stdout).toMatch(/^<svg /);
    expect(rendered.stdout).toContain('380亩');
    const compared = spawnSync(process.execPath, [bin, 'compare', 'town-2021', 'town-2022'], {
      encoding: 'utf8',
      env: { ...process.env, WORKREPORT_DATASETS: out },
    });
    expect(compared.status, compared.stderr).toBe(0);
    // 征地 380 → 456 亩, matched by its label: +76 亩, 20 %.
    const rows = JSON.parse(compared.stdout) as {
      key: string;
      values: { value: number }[];
      changes: { computed: number }[];
      match: string;
    }[];
    const land = rows.find((row) => row.key === '征地');
    expect(land?.values.map((v) => v.value)).toEqual([380, 456]);
    expect(land?.changes.map((c) => c.computed)).toEqual([20]);
    expect(land?.match).toBe('label');
    expect(workreport('render', `town-2021/${chartId}`).status).not.toBe(0); // not in ./datasets
  });
});

describe('a path the file system refuses', () => {
  it('is named with what to do, an input as an input: a folder given as a file, a missing file, a file in the way of a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workreport-paths-'));
    const folder = workreport('init', dir, '--id', 'town-2023');
    expect(folder.status).toBe(1);
    expect(folder.stderr).toBe(
      `workreport: [EISDIR] cannot read "${dir}": a folder where a file was expected: give the path of a file (EISDIR: illegal operation on a directory, read)\n`,
    );
    const missing = workreport('compare', 'yangshahu-2019', 'yangshahu-2019', '--mapping', join(dir, 'none.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`cannot open "${join(dir, 'none.json')}": no such file or folder: check the path`);
    const file = join(dir, 'file.txt');
    writeFileSync(file, 'x');
    const blocked = workreport('indicators', 'yangshahu-2019', '--export', join(file, 'out'));
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toContain(`cannot mkdir "${join(file, 'out')}": a part of the path is a file, not a folder`);
    expect(`${folder.stderr}${missing.stderr}${blocked.stderr}`).not.toMatch(/\n\s+at /);
  });
});
