/**
 * The layout check in Chromium: build each chart at the width a viewport gives it, in zh and en,
 * light and dark; draw them all with vega's SVG renderer in one page per viewport width (text
 * measured by Chromium with Noto Sans CJK SC); measure; list the breaches (measure.ts). Optionally
 * writes a PNG of every drawn chart and an index page to review them. Used by layout.test.ts (a
 * fixed list) and scripts/layout.ts (every chart).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { THEME_COLORS } from '../../../src/charts/theme.ts';
import { compileVega } from '../../../src/render/index.ts';
import { LANGS, PAGE_MARGIN, VIEWPORTS, type ChartSource } from './cases.ts';
import { breaches, countByRule, type Breach, type BreachRule, type ChartMeasure, type LayoutCase } from './measure.ts';
import { launchChromium } from '../../site/browser.ts';

const ENTRY = fileURLToPath(new URL('./page-entry.ts', import.meta.url));

/** page-entry.ts and vega bundled into one classic script, built with Vite into a temporary folder. */
async function bundlePage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'workreport-layout-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: dir,
        emptyOutDir: true,
        minify: false,
        lib: { entry: ENTRY, formats: ['iife'], name: 'workreportLayout', fileName: () => 'page.js' },
      },
    });
    return readFileSync(join(dir, 'page.js'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One drawn case and its breaches. */
export interface CaseResult {
  key: string;
  kind: string;
  viewport: number;
  measure: ChartMeasure;
  breaches: Breach[];
}

/** What a run found. */
export interface MatrixResult {
  cases: CaseResult[];
  breaches: Breach[];
  byRule: Record<BreachRule, number>;
  /** Milliseconds the run took, bundling and browser start included. */
  elapsed: number;
}

/** Options of {@link runMatrix}. */
export interface MatrixOptions {
  /** Write `<dir>/<viewport>/<chart id with -> <lang>-<theme>.png` and `<dir>/index.html`. */
  screenshots?: string;
  /** Viewport widths. Default: {@link VIEWPORTS}. */
  viewports?: readonly number[];
}

const fileName = (key: string): string => key.replace(/[^\w.-]+/g, '-');

/**
 * Draw and measure `sources` at every viewport, language and theme of the source.
 *
 * @throws Error when a chart fails to build, compile or draw (naming it).
 */
export async function runMatrix(sources: readonly ChartSource[], options: MatrixOptions = {}): Promise<MatrixResult> {
  const started = Date.now();
  const script = await bundlePage();
  const browser = await launchChromium();
  const results: CaseResult[] = [];
  try {
    for (const viewport of options.viewports ?? VIEWPORTS) {
      const width = viewport - 2 * PAGE_MARGIN;
      const cases: (LayoutCase & { file: string })[] = [];
      for (const source of sources) {
        for (const theme of source.themes) {
          for (const lang of LANGS) {
            const key = `${source.id} ${lang} ${theme} ${viewport}`;
            try {
              const chart = source.build(lang, theme, width);
              cases.push({
                key,
                kind: source.kind,
                width,
                vega: compileVega(chart),
                file: `${viewport}/${fileName(source.id)}-${lang}-${theme}.png`,
              });
            } catch (error) {
              throw new Error(`layout: ${key} does not build: ${(error as Error).message}`, { cause: error });
            }
          }
        }
      }
      const context = await browser.newContext({
        viewport: { width: viewport, height: 900 },
        deviceScaleFactor: options.screenshots === undefined ? 1 : 2,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setContent(
        `<!doctype html><html lang="zh-CN"><head><style>body{margin:0;padding:${PAGE_MARGIN}px;font-family:"Noto Sans CJK SC",sans-serif}.case{margin:0 0 24px}</style></head><body><div id="charts"></div></body></html>`,
      );
      await page.addScriptTag({ content: script });
      const measures = await page.evaluate(
        (list) => (window as unknown as { renderCases: (c: unknown) => Promise<ChartMeasure[]> }).renderCases(list),
        cases,
      );
      if (errors.length > 0) throw new Error(`layout: the page failed at ${viewport} px: ${errors.join('; ')}`);
      measures.forEach((measure, i) => {
        const c = cases[i] as LayoutCase & { file: string };
        results.push({ key: c.key, kind: c.kind, viewport, measure, breaches: breaches(measure, viewport) });
      });
      if (options.screenshots !== undefined) {
        mkdirSync(join(options.screenshots, String(viewport)), { recursive: true });
        for (const c of cases)
          await page.locator(`[data-case="${c.key}"]`).screenshot({ path: join(options.screenshots, c.file) });
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  if (options.screenshots !== undefined) writeFileSync(join(options.screenshots, 'index.html'), reviewPage(results));
  const all = results.flatMap((r) => r.breaches);
  return { cases: results, breaches: all, byRule: countByRule(all), elapsed: Date.now() - started };
}

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** A static page of every screenshot, one row per chart and viewport, its breaches under it. */
function reviewPage(results: readonly CaseResult[]): string {
  const rows = results.map((r) => {
    const [id, lang, theme, viewport] = r.key.split(' ');
    const file = `${viewport}/${fileName(id ?? '')}-${lang}-${theme}.png`;
    const bg = THEME_COLORS[theme === 'dark' ? 'dark' : 'light'].background;
    const list = r.breaches.map((b) => `<li>${escape(b.rule)}: ${escape(b.detail)}</li>`).join('');
    return `<figure style="background:${bg}"><img src="${escape(file)}" alt="${escape(r.key)}" loading="lazy" width="${r.measure.container.width.toFixed(0)}"><figcaption>${escape(r.key)}<ul>${list}</ul></figcaption></figure>`;
  });
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Chart layout matrix</title><style>body{font:14px sans-serif;margin:16px}figure{display:inline-block;vertical-align:top;margin:8px;padding:8px;border:1px solid #ccc}figcaption{color:#888;max-width:600px}li{color:#c00}</style><h1>Chart layout matrix: ${results.length} drawings</h1>${rows.join('\n')}</html>\n`;
}

/** A text summary: cases, breaches by rule, and the first `limit` breaches. */
export function summary(result: MatrixResult, limit = 40): string {
  const rules = Object.entries(result.byRule)
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
  const charts = new Set(result.cases.map((c) => c.key.split(' ')[0])).size;
  const lines = [
    `layout: ${result.cases.length} drawings of ${charts} charts, ${result.breaches.length} breaches (${rules}) in ${(result.elapsed / 1000).toFixed(1)} s`,
  ];
  for (const r of result.cases)
    for (const b of r.breaches) if (lines.length <= limit) lines.push(`  ${r.key}: ${b.rule}: ${b.detail}`);
  return lines.join('\n');
}
