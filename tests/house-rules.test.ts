/**
 * House rules that the type checker cannot see, checked over the text of `src/` (issue 15): every message text
 * lives in the catalogue (src/messages.ts), no `throw new Error(` without a code, no per-language sentence
 * branch outside the locale. A file that breaks a rule fails.
 *
 * The type checker sees the first rule too: `WorkreportError` takes a catalogue `Message`, never a text.
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

/** The files whose text breaks a rule (matches `rule`), sorted. */
const breaking = (rule: RegExp | ((text: string) => boolean)): string[] =>
  FILES.filter(({ text }) => (typeof rule === 'function' ? rule(text) : rule.test(text)))
    .map(({ file }) => file)
    .sort();

/** `new WorkreportError('CODE', …)`, on one line or two, or a string or template literal first: a text written at the throw site. */
const INLINE_TEXT = /new WorkreportError\(\s*(?:'[A-Z_]+',|['"`])/;
/** `new WorkreportError(name …`: the name of the value an error is built from. */
const ERROR_FROM = /new WorkreportError\(\s*([A-Za-z_$][\w$]*)\s*[,)]/g;

/**
 * Whether `text` builds an error from a text written at the site: {@link INLINE_TEXT}, or a variable the
 * same file assigns a string or template literal (`const why = \`…\`; new WorkreportError(why)`). A variable
 * holding a catalogue `Message` (`const error = message(…)`) is fine; the type checker refuses a string
 * anyway, so this catches what a cast would hide.
 */
function inlineText(text: string): boolean {
  if (INLINE_TEXT.test(text)) return true;
  return [...text.matchAll(ERROR_FROM)].some(([, name]) =>
    new RegExp(`(?:const|let|var)\\s+${name}\\b[^=;]*=\\s*['"\`]|\\b${name}\\s*\\+?=\\s*['"\`]`).test(text),
  );
}

/** An error without a code. */
const BARE_ERROR = /new Error\(/;
/**
 * A branch on the language, whatever its spelling: `lang === 'zh' ? … : …` (on one line or wrapped),
 * `if (chart.lang === 'en')`, `const isZh = lang === 'zh'`, `isZh ? …`. Outside the locale, text differs by
 * language through `Record<Lang, …>` templates instead.
 */
const LANG_BRANCH = /\b(?:lang|\w+\.lang) === '(?:zh|en)'|(?<![.\w])(?:zh|isZh|isEn) \?(?!\?)/;

/**
 * The locale is where per-language text belongs: the joins every layer shares, the chart formatters and the
 * chart sentences. (A chart kind's own alt text and a page's own sentences are `Record<Lang, …>` tables in
 * their files, which branch on nothing.)
 */
const LOCALE = ['src/charts/locale.ts', 'src/charts/sentences.ts', 'src/figures/locale.ts'];

describe('house rules over src/', () => {
  it('writes every error message in the catalogue, not at the throw site', () => {
    expect(breaking(inlineText)).toEqual([]);
  });

  it('throws no error without a code', () => {
    expect(breaking(BARE_ERROR)).toEqual([]);
  });

  it('keeps per-language sentences in the locale, not in branches on the language', () => {
    expect(breaking(LANG_BRANCH).filter((file) => !LOCALE.includes(file))).toEqual([]);
  });

  it('recognises each kind of break it looks for', () => {
    expect(inlineText("throw new WorkreportError(\n      'CHART_EMPTY',\n      `no rows`")).toBe(true);
    expect(inlineText("throw new WorkreportError('CHART_EMPTY', text, { input })")).toBe(true);
    expect(inlineText('throw new WorkreportError(`no rows in ${chart}`, { input })')).toBe(true);
    expect(inlineText("throw new WorkreportError('no rows')")).toBe(true);
    expect(inlineText('const why = `no rows in ${chart}`;\nthrow new WorkreportError(why, { input: rows });')).toBe(
      true,
    );
    expect(inlineText("let text = 'no rows';\nthrow new WorkreportError(text);")).toBe(true);
    expect(inlineText("throw new WorkreportError(message('CHART_EMPTY', 'rows', {}))")).toBe(false);
    expect(inlineText("throw new WorkreportError(runtimeMessage('PAGE_INVALID', 'noSteps', {}))")).toBe(false);
    expect(inlineText("const error = message('CHART_EMPTY', 'rows', {});\nthrow new WorkreportError(error);")).toBe(
      false,
    );
    expect(inlineText('if (!reply.ok) throw new WorkreportError(reply, { input: file });')).toBe(false);
    expect(BARE_ERROR.test("throw new Error('no chart')")).toBe(true);
    expect(LANG_BRANCH.test("const unit = lang === 'zh' ? '亩' : 'mu';")).toBe(true);
    expect(LANG_BRANCH.test("const unit = chart.lang === 'en' ? 'mu' : '亩';")).toBe(true);
    expect(LANG_BRANCH.test('return zh ? `${year}年` : String(year);')).toBe(true);
    expect(LANG_BRANCH.test('const label = synonym?.zh ?? figure.label.zh;')).toBe(false);
    expect(LANG_BRANCH.test('const en = label.en !== label.zh ? label.en : undefined;')).toBe(false);
    expect(LANG_BRANCH.test("return lang === 'zh'\n    ? `${name}（${unit}）`\n    : `${name} (${unit})`;")).toBe(true);
    expect(LANG_BRANCH.test("if (lang === 'zh') return shown.join('、');")).toBe(true);
    expect(LANG_BRANCH.test("const isZh = chart.lang === 'zh';")).toBe(true);
    expect(LANG_BRANCH.test("if (lang !== 'zh' && lang !== 'en') throw invalid(lang);")).toBe(false);
  });
});
