import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATASETS, ROOT } from '../datasets.ts';
import { datasetCharts } from '../../src/datasets/dataset-charts.ts';
import { renderCommand } from '../../src/cli/render-command.ts';
import { colourAt, decodePng, PNG_SIGNATURE } from './pixels.ts';

/** Run `workreport render <args>` in process; returns what it wrote to stdout and stderr. */
async function render(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  await renderCommand().exitOverride().parseAsync(args, { from: 'user' });
  return { stdout: out.join(''), stderr: err.join('') };
}

const temp = () => mkdtempSync(join(tmpdir(), 'workreport-render-'));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('workreport render <chart-id>', () => {
  it('prints the Vega-Lite spec of a chart in the language asked for', async () => {
    const { stdout } = await render('yangshahu-2019/poverty-households', '--format', 'vega-lite', '--lang', 'en');
    const spec = JSON.parse(stdout) as { $schema: string; description: string };
    expect(spec.$schema).toMatch(/vega-lite\/v6\.json$/);
    expect(spec.description).toContain('81.9%');
    expect(spec.description).toMatch(/^Progress bar/);
  });

  it('prints the compiled Vega spec, and SVG by default in zh', async () => {
    expect(JSON.parse((await render('yangshahu-2019/poverty-households', '--format', 'vega')).stdout)).toMatchObject({
      $schema: expect.stringMatching(/vega\/v6\.json$/),
    });
    const { stdout } = await render('yangshahu-2019/farmland-by-crop');
    expect(stdout).toMatch(/^<svg xml:lang="zh-CN" /);
    expect(stdout).toContain('>流转低洼田稻田养虾<');
  });

  it('writes a PNG at scale 2 to -o, creating its folder', async () => {
    const file = join(temp(), 'nested', 'farmland.png');
    await render('yangshahu-2019/farmland-by-crop', '--format', 'png', '-o', file);
    const png = readFileSync(file);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(decodePng(png)).toMatchObject({ width: 1120, height: 626 }); // 560 × 313 as drawn, at scale 2
  });

  it('renders in the dark theme with --theme dark, light by default', async () => {
    const background = async (...theme: string[]) =>
      (
        JSON.parse((await render('yangshahu-2019/livelihood-overview', '--format', 'vega-lite', ...theme)).stdout) as {
          config: { background: string };
        }
      ).config.background;
    expect(await background()).toBe('#ffffff');
    expect(await background('--theme', 'light')).toBe('#ffffff');
    expect(await background('--theme', 'dark')).toBe('#16191d');
    const file = join(temp(), 'waffle-dark.png');
    await render('yangshahu-2019/poverty-households-waffle', '--format', 'png', '--theme', 'dark', '-o', file);
    expect(colourAt(decodePng(readFileSync(file)), 4, 4)).toBe('#16191d');
  });

  it('refuses a theme other than light or dark', async () => {
    await expect(render('yangshahu-2019/poverty-households', '--theme', 'sepia')).rejects.toMatchObject({
      code: 'commander.invalidArgument',
    });
  });

  it('names an unknown chart id and lists the registered ones', async () => {
    const rejection = render('yangshahu-2019/no-such-chart');
    await expect(rejection).rejects.toMatchObject({
      code: 'CHART_UNKNOWN',
      message: expect.stringContaining('"yangshahu-2019/no-such-chart"'),
    });
    await expect(rejection).rejects.toMatchObject({
      message: expect.stringContaining('yangshahu-2019/poverty-households'),
    });
  });

  it('asks for a chart id or --all, and refuses --all with an id, a format or no directory', async () => {
    await expect(render()).rejects.toMatchObject({
      code: 'OPTION_INVALID',
      message: expect.stringContaining('yangshahu-2019/party-discipline'),
    });
    await expect(render('--all', 'yangshahu-2019/poverty-households', '-o', temp())).rejects.toMatchObject({
      code: 'OPTION_INVALID',
    });
    await expect(render('--all', '--format', 'svg', '-o', temp())).rejects.toMatchObject({ code: 'OPTION_INVALID' });
    await expect(render('--all')).rejects.toMatchObject({
      code: 'OPTION_INVALID',
      message: expect.stringContaining('-o <dir>'),
    });
  });
});

/**
 * `--all` on a datasets folder of two: the reference report (every chart kind it has) and a drafted
 * township report. Every chart of every shipped dataset is rendered by the site's build, its SVG and
 * PNG downloads checked in tests/e2e/embed.test.ts; its social card's texts in social-card.test.ts.
 */
const ALL_DATASETS = ['yangshahu-2019', 'changsha-jiedao-2018'];

describe('workreport render --all', () => {
  const ids = DATASETS.filter((d) => ALL_DATASETS.includes(d.id)).flatMap((dataset) =>
    datasetCharts(dataset, 'zh').map((c) => c.id),
  );
  const jobs = 2 * ids.length;

  it('writes every chart of every dataset of the folder in zh and en as SVG, PNG, Vega-Lite, Vega and social card, light, with progress', async () => {
    const datasets = temp();
    for (const id of ALL_DATASETS) cpSync(join(ROOT, 'datasets', id), join(datasets, id), { recursive: true });
    const dir = temp();
    const { stderr } = await render('--all', '-o', dir, '--datasets', datasets);
    // One folder per dataset, every chart of it in both languages and every format.
    const files = readdirSync(dir)
      .flatMap((dataset) => readdirSync(join(dir, dataset)).map((file) => `${dataset}/${file}`))
      .sort();
    const expected = ids.flatMap((id) =>
      ['zh', 'en'].flatMap((lang) =>
        ['card.png', 'png', 'svg', 'vg.json', 'vl.json'].map((ext) => `${id}.${lang}.${ext}`),
      ),
    );
    expect(ids.filter((id) => id.startsWith('yangshahu-2019/'))).toHaveLength(14);
    expect(ids.filter((id) => id.startsWith('changsha-jiedao-2018/'))).toHaveLength(1);
    expect(files).toEqual(expected.sort());
    const progress = stderr.split('\n').filter((line) => new RegExp(`^\\[\\s*\\d+/${jobs}\\] `).test(line));
    expect(progress).toHaveLength(jobs);
    expect(stderr).toContain(`rendered ${jobs} charts (zh + en, light theme)`);
    const card = decodePng(readFileSync(join(dir, 'yangshahu-2019', 'poverty-households.en.card.png')));
    expect({ width: card.width, height: card.height }).toEqual({ width: 1200, height: 630 });
    expect(colourAt(card, 600, 20)).toBe('#ffffff');
  }, 120_000); // 15 charts, twice: about 4 s alone, up to 30 s beside the browser tests
});
