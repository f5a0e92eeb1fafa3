/**
 * The message catalogue holds no dead text and no untested code (issue 15): every case of every code is
 * written somewhere in the project's code, and every code is asserted by a test that triggers it. Checked
 * over the text of the files (cheap, and a catalogue entry nobody writes is exactly what it finds).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../src/messages.ts';

const ROOT = process.cwd();

function textOf(dir: string, skip: (file: string) => boolean): string {
  const files = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
      const path = join(at, entry.name);
      if (entry.isDirectory()) return files(path);
      return entry.name.endsWith('.ts') && !skip(path) ? [path] : [];
    });
  return files(join(ROOT, dir))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/** The code that writes messages: the library, the datasets' chart modules, the notebooks. */
const CODE = ['src', 'datasets', 'notebooks']
  .map((dir) => textOf(dir, (file) => /(?:^|\/)(?:runtime-)?messages\.ts$/.test(file)))
  .join('\n');
/** The tests, without the catalogue's own (which name codes to test the catalogue, not to trigger them). */
const TESTS = textOf('tests', (file) => ['messages.test.ts', 'messages-reach.test.ts'].includes(basename(file)));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the code writes case `kase` of `code`: `message('CODE', 'case', …)` (or `runtimeMessage`, `problem`),
 * or, where a helper passes the code on (`note(code, …)` → `message(code, 'datasets', …)`), the code named
 * anywhere and the case written with a code variable.
 */
function written(code: string, kase: string): boolean {
  if (new RegExp(`'${code}',\\s*'${escape(kase)}'`).test(CODE)) return true;
  return CODE.includes(`'${code}'`) && new RegExp(`\\(\\s*[a-z]\\w*,\\s*'${escape(kase)}'`).test(CODE);
}

describe('the message catalogue, against the code that uses it', () => {
  it('has no case that no code writes', () => {
    const unwritten = Object.entries(MESSAGES).flatMap(([code, cases]) =>
      Object.keys(cases)
        .filter((kase) => !written(code, kase))
        .map((kase) => `${code}.${kase}`),
    );
    expect(unwritten).toEqual([]);
  });

  it('has no code that no test asserts', () => {
    const untested = Object.keys(MESSAGES).filter((code) => !new RegExp(`\\b${code}\\b`).test(TESTS));
    expect(untested).toEqual([]);
  });

  it('recognises a case written directly and one written through a helper that passes the code on', () => {
    expect(written('OPTION_INVALID', 'year')).toBe(true);
    expect(written('PLACE_DIFFERS', 'datasets')).toBe(true);
    expect(written('OPTION_INVALID', 'noSuchCase')).toBe(false);
  });
});
