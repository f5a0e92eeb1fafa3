/**
 * House rules that the type checker cannot see, checked over the text of `src/` (issue 15): every message text
 * lives in the catalogue (src/messages.ts), no `throw new Error(` without a code, no per-language sentence
 * branch outside the locale. Files that other work is rewriting still break them; they are listed here and
 * leave the lists as they are fixed. A file not listed that breaks a rule fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(ROOT, path)] : [];
  });
}

const FILES = sourceFiles(join(ROOT, 'src')).map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));

/** The files whose text matches `pattern`, sorted. */
const breaking = (pattern: RegExp): string[] =>
  FILES.filter(({ text }) => pattern.test(text))
    .map(({ file }) => file)
    .sort();

/** `new WorkreportError('CODE', …)`, on one line or two: a message written at the throw site. */
const INLINE_TEXT = /new WorkreportError\(\s*'[A-Z_]+',/;
/** An error without a code. */
const BARE_ERROR = /new Error\(/;
/**
 * A branch on the language, whatever its spelling: `lang === 'zh' ? … : …` (on one line or wrapped),
 * `if (chart.lang === 'en')`, `const isZh = lang === 'zh'`, `isZh ? …`. Outside the locale, text differs by
 * language through `Record<Lang, …>` templates instead.
 */
const LANG_BRANCH = /\b(?:lang|\w+\.lang) === '(?:zh|en)'|(?<![.\w])(?:zh|isZh|isEn) \?(?!\?)/;

/** Files still writing message texts at throw sites (src/charts, src/cli, src/site, the number parser). */
const PENDING_INLINE_TEXT = [
  'src/charts/change-table.ts',
  'src/charts/compare-rows.ts',
  'src/charts/datum.ts',
  'src/charts/definition.ts',
  'src/charts/dumbbell.ts',
  'src/charts/grouped-bar.ts',
  'src/charts/item.ts',
  'src/charts/locale.ts',
  'src/charts/options.ts',
  'src/charts/part-whole.ts',
  'src/charts/slope.ts',
  'src/charts/small-multiples.ts',
  'src/charts/units.ts',
  'src/charts/waffle.ts',
  'src/cli/compare-command.ts',
  'src/cli/init-command.ts',
  'src/cli/render-command.ts',
  'src/cli/render-run.ts',
  'src/cli/write-file.ts',
  'src/figures/chinese-numeral.ts',
  'src/figures/parse-number.ts',
  'src/figures/parse-quantity.ts',
  'src/notebook/embed-snippet.ts',
  'src/site/chart-data.ts',
  'src/site/chart-sets.ts',
  'src/site/site-report.ts',
  'src/site/site-series.ts',
  'src/site/source-page.ts',
  'src/site/story-page.ts',
];

/** Files still throwing `new Error(` (the browser runtimes, the site plugin, the number format). */
const PENDING_BARE_ERROR = [
  'src/charts/vega-format.ts',
  'src/cli/extract-input.ts',
  'src/cli/extract-pool.ts',
  'src/embed/chart-block.ts',
  'src/embed/element.ts',
  'src/embed/page.ts',
  'src/site/plugin.ts',
  'src/site/routes.ts',
  'src/story/active-step.ts',
  'src/story/chart-stage.ts',
  'src/story/main.ts',
  'src/story/scrolly.ts',
];

/**
 * The locale is where per-language text belongs: the joins every layer shares, the chart formatters and the
 * chart sentences. (A chart kind's own alt text and a page's own sentences are `Record<Lang, …>` tables in
 * their files, which branch on nothing.)
 */
const LOCALE = ['src/charts/locale.ts', 'src/charts/sentences.ts', 'src/figures/locale.ts'];
/** Files still branching on the language for their sentences. */
const PENDING_LANG_BRANCH: string[] = [];

describe('house rules over src/', () => {
  it('writes every error message in the catalogue, not at the throw site', () => {
    expect(breaking(INLINE_TEXT).filter((file) => !PENDING_INLINE_TEXT.includes(file))).toEqual([]);
  });

  it('throws no error without a code', () => {
    expect(breaking(BARE_ERROR).filter((file) => !PENDING_BARE_ERROR.includes(file))).toEqual([]);
  });

  it('keeps per-language sentences in the locale, not in branches on the language', () => {
    expect(breaking(LANG_BRANCH).filter((file) => ![...LOCALE, ...PENDING_LANG_BRANCH].includes(file))).toEqual([]);
  });

  it('recognises each kind of break it looks for', () => {
    expect(INLINE_TEXT.test("throw new WorkreportError(\n      'CHART_EMPTY',\n      `no rows`")).toBe(true);
    expect(INLINE_TEXT.test("throw new WorkreportError(message('CHART_EMPTY', 'rows', {}))")).toBe(false);
    expect(BARE_ERROR.test("throw new Error('no chart')")).toBe(true);
    expect(LANG_BRANCH.test("const unit = lang === 'zh' ? '亩' : 'mu';")).toBe(true);
    expect(LANG_BRANCH.test("const unit = chart.lang === 'en' ? 'mu' : '亩';")).toBe(true);
    expect(LANG_BRANCH.test('return zh ? `${year}年` : String(year);')).toBe(true);
    expect(LANG_BRANCH.test("return lang === 'zh'\n    ? `${name}（${unit}）`\n    : `${name} (${unit})`;")).toBe(true);
    expect(LANG_BRANCH.test("if (lang === 'zh') return shown.join('、');")).toBe(true);
    expect(LANG_BRANCH.test("const isZh = chart.lang === 'zh';")).toBe(true);
    expect(LANG_BRANCH.test("if (lang !== 'zh' && lang !== 'en') throw invalid(lang);")).toBe(false);
    expect(LANG_BRANCH.test('const label = synonym?.zh ?? figure.label.zh;')).toBe(false);
    expect(LANG_BRANCH.test('const en = label.en !== label.zh ? label.en : undefined;')).toBe(false);
  });
});
