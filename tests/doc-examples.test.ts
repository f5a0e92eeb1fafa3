/**
 * The `@example` lines of the doc comments in `src/` run as tests, so they cannot go stale.
 *
 * An example reads `@example <expression> // <expected>`; the expected value may continue on the next comment
 * lines (each starting `//`) and end with words in brackets or after a colon (`// 108 (9 ideographs × 12 px)`),
 * which are not part of the value. The expression is evaluated with the exports of its own file, of the main
 * entry (`workreport`) and of `workreport/datasets` in scope, plus `yangshahu2019`, the reference report. It
 * must equal the expected value; where the expected object or array leaves parts out with `…`, it must hold
 * the parts given; a number written with decimals is compared to those decimals. An example whose
 * expression leaves parts out (`…`) or names something not in scope, or whose expected value is prose, is
 * documentation only: the last test counts them, so that a broken example cannot hide among them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as datasets from '../src/datasets/node.ts';
import * as main from '../src/index.ts';
import { yangshahu } from './datasets.ts';

const SRC = join(process.cwd(), 'src');

interface Example {
  file: string;
  line: number;
  expression: string;
  /** The expected value's text, without the trailing words; undefined when the example states none. */
  expected: string | undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The offset of the first `//` outside a string literal in `text`, or -1. */
function commentStart(text: string): number {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && text.charAt(i + 1) === '/') return i;
  }
  return -1;
}

/** Every `@example` of `file`, with the comment lines that continue it. */
function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const found: Example[] = [];
  lines.forEach((line, i) => {
    const at = line.indexOf('@example');
    if (at < 0 || !/^\s*\*/.test(line)) return;
    let text = line.slice(at + '@example'.length).trim();
    for (let j = i + 1; j < lines.length; j++) {
      const next = /^\s*\*\s?(.*)$/.exec(lines[j] ?? '')?.[1];
      if (next === undefined || next.trim() === '' || next.trim().startsWith('@') || next.trim() === '/') break;
      text += ` ${next.trim()}`;
    }
    const slash = commentStart(text);
    const expression = (slash < 0 ? text : text.slice(0, slash)).trim();
    const expected =
      slash < 0
        ? undefined
        : text
            .slice(slash + 2)
            .replace(/\s\/\/\s/g, ' ')
            .trim();
    found.push({ file: relative(process.cwd(), file), line: i + 1, expression, expected });
  });
  return found;
}

const EXAMPLES = sourceFiles(SRC).flatMap(examplesOf);

/**
 * `source` with each gap `…` (outside a string, or a whole string `'…'`) written `undefined`; undefined when a
 * string leaves part of a text out (`'…-Bold.ttc'`), which no value can be compared with.
 */
function gapsMarked(source: string): string | undefined {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === "'" || c === '"' || c === '`') {
      let end = i + 1;
      while (end < source.length && source.charAt(end) !== c) end += source.charAt(end) === '\\' ? 2 : 1;
      const literal = source.slice(i, end + 1);
      if (literal.slice(1, -1) === '…') out += 'undefined';
      else if (literal.includes('…')) return undefined;
      else out += literal;
      i = end;
    } else out += c === '…' ? 'undefined' : c;
  }
  return out;
}

/** The longest prefix of `text` that is a JavaScript value (`108 (9 ideographs)` → `108`), evaluated. */
function expectedValue(text: string): { value: unknown; source: string } | undefined {
  for (let end = text.length; end > 0; end--) {
    const source = text.slice(0, end).trim();
    if (source === '' || /[,(:;]$/.test(source)) continue;
    const marked = gapsMarked(source);
    if (marked === undefined) continue;
    try {
      // Only literals: no names in scope, so prose ("the Vega marks") cannot evaluate.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- evaluating the docs is the point
      const value: unknown = new Function(`"use strict"; return (${marked});`)();
      return { value, source };
    } catch {
      // not a value yet: try a shorter prefix
    }
  }
  return undefined;
}

/** The expected value of an example with gaps, as a matcher: objects hold at least the keys given, arrays the items given. */
function partial(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== undefined).map(partial);
    return items.length < value.length ? expect.arrayContaining(items) : items;
  }
  if (value !== null && typeof value === 'object') {
    return expect.objectContaining(
      Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, partial(v)]),
      ),
    );
  }
  return value;
}

/** What an example may name: its own file's exports, the public entries, the reference report. */
async function scopeOf(file: string): Promise<Record<string, unknown>> {
  const own = (await import(join(process.cwd(), file))) as Record<string, unknown>;
  return { ...datasets, ...main, ...own, yangshahu2019: yangshahu.report };
}

type Verdict = { runs: true } | { runs: false; why: string };

/** Run one example: throws an assertion error when it fails, tells why when it is documentation only. */
async function run(example: Example): Promise<Verdict> {
  const { expression, expected } = example;
  if (expression === '' || expression.includes('…')) return { runs: false, why: 'the expression leaves parts out' };
  const scope = await scopeOf(example.file);
  let evaluate: (...values: unknown[]) => unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the docs is the point
    evaluate = new Function(...Object.keys(scope), `"use strict"; return (${expression});`) as typeof evaluate;
  } catch {
    return { runs: false, why: 'the expression is not JavaScript' };
  }
  const passes = expected === 'passes';
  const want = passes || expected === undefined ? undefined : expectedValue(expected);
  if (!passes && want === undefined) return { runs: false, why: 'the expected value is prose' };
  let actual: unknown;
  try {
    actual = await evaluate(...Object.values(scope));
  } catch (error) {
    if (error instanceof ReferenceError) return { runs: false, why: `it names ${error.message}` };
    throw error;
  }
  if (passes || want === undefined) return { runs: true };
  const where = `${example.file}:${example.line}: ${expression}`;
  if (want.source.includes('…')) expect(actual, where).toEqual(partial(want.value));
  else if (typeof want.value === 'number' && /\.\d+$/.test(want.source) && typeof actual === 'number') {
    expect(actual, where).toBeCloseTo(want.value, want.source.split('.')[1]?.length ?? 0);
  } else expect(actual, where).toEqual(want.value);
  return { runs: true };
}

describe('the @example lines of src/', () => {
  const verdicts = new Map<Example, Verdict>();

  it.each(EXAMPLES.map((e) => [`${e.file}:${e.line}`, e] as const))('%s', async (_, example) => {
    const stale = KNOWN_STALE.get(example.expression);
    if (stale === undefined) {
      verdicts.set(example, await run(example));
      return;
    }
    // Still wrong: when its file is fixed, this fails, and the entry leaves KNOWN_STALE.
    await expect(run(example)).rejects.toThrow();
    verdicts.set(example, { runs: false, why: `known stale: ${stale}` });
  });

  it('runs most of them: the rest are documentation only, for a stated reason', () => {
    const skipped = [...verdicts].filter(([, v]) => !v.runs);
    const runs = verdicts.size - skipped.length;
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(100);
    expect(verdicts.size).toBe(EXAMPLES.length);
    // Raise this floor when an example becomes runnable; a drop means an example stopped running.
    expect(
      runs,
      skipped.map(([e, v]) => `${e.file}:${e.line} ${v.runs ? '' : v.why}`).join('\n'),
    ).toBeGreaterThanOrEqual(RUNNABLE);
  });
});

/** How many examples run today. */
const RUNNABLE = 70;

/**
 * Examples known to be wrong, in files that other work is rewriting now (so not corrected here), by expression,
 * with what is wrong. Each must still fail.
 */
const KNOWN_STALE = new Map<string, string>([
  [
    "scanNumber('20余万元', 0)",
    'src/figures/parse-number.ts: `value` is an exact decimal now, { mantissa: 20, scale: 0 }',
  ],
]);
