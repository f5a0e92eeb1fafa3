import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { inject } from 'vitest';
import { draftDataset } from '../../src/datasets/draft/draft-dataset.ts';
import { DATASET_FILES } from '../../src/datasets/files.ts';
import { ROOT } from '../datasets.ts';

/**
 * The site of the browser tests that need a datasets folder of their own (tests/e2e/hostile.test.ts,
 * tests/e2e/base-path.test.ts, tests/e2e/no-figures.test.ts), built once for all (`fixtureSite`)
 * rather than once each: the two hostile datasets (payloads in every text field a person edits),
 * Yangshahu 2019 with a story step added and a dataset with no figures, built with `--base /reports/`.
 */

export const BASE = '/reports/';

/** Payloads of the kinds an attacker tries; prose payloads hold no digit (story prose cites numbers, never types them). */
export const MARKUP = '<img src=x onerror=alert(document.domain)>';
export const SCRIPT = '<script>alert(document.cookie)</script>';
export const ATTRIBUTE = '"><svg onload=alert(document.domain)>';
export const FORMULA = "=cmd|' /C calc'!A0";

type Json = Record<string, unknown>;

/** The years of the hostile place's reports; each is the dataset `hostile-<year>`. */
const HOSTILE_YEARS = [2023, 2024];
const hostileId = (year: number): string => `hostile-${year}`;

/** The ids of the hostile datasets. */
export const HOSTILE_DATASETS: readonly string[] = HOSTILE_YEARS.map(hostileId);

/** Draft the two hostile reports into `datasets`, then write payloads into every text field a person edits. */
function writeHostileDatasets(datasets: string): void {
  for (const year of HOSTILE_YEARS) {
    const id = hostileId(year);
    const text = readFileSync(join(ROOT, 'tests/fixtures/hostile', `${id}.txt`), 'utf8');
    const draft = draftDataset(text, {
      id,
      year,
      place: `测试省/测试市/${MARKUP}县`,
      url: 'https://example.org/report?q=<script>',
    });
    const files = JSON.parse(JSON.stringify(draft.files)) as Record<string, Json>;
    const report = files.report as Json & { sections: Json[] };
    report.title = { zh: `${MARKUP}镇${year}年工作总结`, en: `${SCRIPT} report` };
    report.publisher = { zh: ATTRIBUTE, en: FORMULA };
    for (const section of report.sections) section.label = { zh: `${section.heading as string}${MARKUP}`, en: SCRIPT };
    const figures = (files.figures as Json & { figures: Json[] }).figures;
    figures.forEach((figure, i) => {
      figure.label = {
        zh: `${(figure.label as Json).zh as string}${i % 2 === 0 ? MARKUP : ATTRIBUTE}`,
        en: i % 2 === 0 ? SCRIPT : FORMULA,
      };
      figure.note = `${FORMULA} ${MARKUP}`;
    });
    for (const chart of (files.charts as Json & { charts: Json[] }).charts) {
      chart.title = { zh: `${MARKUP}图`, en: `${SCRIPT} chart` };
      chart.notes = [{ zh: ATTRIBUTE, en: FORMULA }];
    }
    const story = files.story as Json & { steps: Json[] };
    story.title = { zh: `${MARKUP}的数字`, en: SCRIPT };
    story.dek = { zh: `${MARKUP}本页测试。`, en: `${ATTRIBUTE} test page.` };
    for (const step of story.steps) step.heading = { zh: MARKUP, en: ATTRIBUTE };
    mkdirSync(join(datasets, id), { recursive: true });
    writeFileSync(join(datasets, id, DATASET_FILES.source), draft.source);
    for (const [role, contents] of Object.entries(files))
      writeFileSync(
        join(datasets, id, DATASET_FILES[role as keyof typeof DATASET_FILES]),
        `${JSON.stringify(contents, null, 2)}\n`,
      );
  }
}

/**
 * The charts of Yangshahu 2019 the fixture keeps (a progress bar and a bar chart), with the story
 * steps that show them: the main site's build has the others, and each chart kept is a dozen pages
 * and sixteen renders more for the fixture's build.
 */
const YANGSHAHU_CHARTS = new Set(['poverty-households', 'farmland-by-crop']);

/**
 * Yangshahu 2019 with two of its charts ({@link YANGSHAHU_CHARTS}) and one step added to its story
 * after the farmland step, sharing its chart and citing one of its five figures (two in English;
 * base-path.test.ts checks the transition between the two).
 */
function writeYangshahu(datasets: string): void {
  cpSync(join(ROOT, 'datasets/yangshahu-2019'), join(datasets, 'yangshahu-2019'), { recursive: true });
  const chartsFile = join(datasets, 'yangshahu-2019/charts.json');
  const charts = JSON.parse(readFileSync(chartsFile, 'utf8')) as { charts: { id: string }[] };
  charts.charts = charts.charts.filter((chart) => YANGSHAHU_CHARTS.has(chart.id));
  writeFileSync(chartsFile, `${JSON.stringify(charts, null, 2)}\n`);
  const storyFile = join(datasets, 'yangshahu-2019/story.json');
  const story = JSON.parse(readFileSync(storyFile, 'utf8')) as { steps: { id: string; chart: string }[] };
  story.steps = story.steps.filter((step) => YANGSHAHU_CHARTS.has(step.chart));
  const at = story.steps.findIndex((step) => step.id === 'farmland-by-crop');
  story.steps.splice(at + 1, 0, {
    id: 'quality-rice',
    chart: 'farmland-by-crop',
    heading: { zh: '优质稻', en: 'Quality rice' },
    text: {
      zh: '其中最大的一项是优质稻{figure:quality-rice-area}。',
      // The English step cites one figure more than the Chinese: each page dims by its own text.
      en: 'The largest of them is quality rice, {figure:quality-rice-area}, then rice with shrimp, {figure:rice-shrimp-area}.',
    },
  } as { id: string; chart: string });
  writeFileSync(storyFile, `${JSON.stringify(story, null, 2)}\n`);
}

/** A dataset with no figures: the report and its text only, as a dataset may be (tafang-2019's). */
export const NO_FIGURES = 'zero-figures-2021';

/** Write {@link NO_FIGURES}: tafang-2019's `source.txt` and its `report.json` under this id. */
function writeNoFigures(datasets: string): void {
  mkdirSync(join(datasets, NO_FIGURES));
  cpSync(join(ROOT, 'datasets/tafang-2019', DATASET_FILES.source), join(datasets, NO_FIGURES, DATASET_FILES.source));
  const report = JSON.parse(readFileSync(join(ROOT, 'datasets/tafang-2019', DATASET_FILES.report), 'utf8')) as Json;
  writeFileSync(join(datasets, NO_FIGURES, DATASET_FILES.report), `${JSON.stringify({ ...report, id: NO_FIGURES })}\n`);
}

/** The notebooks' policy: the strict one, plus `unsafe-eval` (arquero, the notebook runtime) and inline styles (its inputs). */
export const NOTEBOOK_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

/**
 * Run `npm run build -- <args>` (`vite build` as package.json runs it) with `env` in the repository,
 * failing with its output if it fails.
 */
function viteBuild(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'build', '--', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`npm run build -- ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

/** Building the site of three datasets and its notebooks takes about half a minute on two busy cores. */
export const BUILD_TIMEOUT = 4 * 60_000;

/**
 * The folder of the fixture site, built by the first test file that asks for it in this run (under
 * the run's temporary folder, tests/temp-root.ts) and shared with the others: a file that asks while
 * another builds waits for it. Holds `datasets/` and the site in `site/reports/`.
 *
 * @throws Error when the build fails (its output), or another file's build did not finish in time
 */
export async function fixtureSite(): Promise<string> {
  const dir = join(inject('tempRoot'), 'fixture-site');
  const built = join(dir, 'built');
  const failed = join(dir, 'failed');
  try {
    mkdirSync(dir);
  } catch {
    // Another test file builds it: wait for its mark.
    for (const start = Date.now(); Date.now() - start < BUILD_TIMEOUT; await delay(250)) {
      if (existsSync(built)) return dir;
      if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
    }
    throw new Error(`the fixture site in ${dir} was not built within ${BUILD_TIMEOUT / 1000} s`);
  }
  try {
    const datasets = join(dir, 'datasets');
    writeHostileDatasets(datasets);
    writeYangshahu(datasets);
    writeNoFigures(datasets);
    await viteBuild(['--base', BASE, '--outDir', join(dir, 'site', 'reports'), '--logLevel', 'error'], {
      WORKREPORT_DATASETS: datasets,
    });
  } catch (error) {
    writeFileSync(failed, String(error));
    throw error;
  }
  writeFileSync(built, '');
  return dir;
}
