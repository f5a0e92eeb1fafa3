import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

/**
 * The public surfaces are what the README documents: for each entry of package.json `exports` that is code,
 * the values it exports are exactly the backticked names in its "### `entry`" part of README "The library".
 */
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const library = readme.slice(
  readme.indexOf('\n## The library\n'),
  readme.indexOf('\n## ', readme.indexOf('\n## The library\n') + 1),
);

/** `entry → names` from the README: every backticked identifier of the entry's part. */
function documented(): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const part of library.split('\n### ').slice(1)) {
    const entry = /^`([^`]+)`/.exec(part)?.[1];
    if (entry === undefined) continue;
    const body = part.slice(part.indexOf('\n'));
    const names = [...body.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((m) => m[1] as string);
    parts.set(entry, [...new Set(names)].sort());
  }
  return parts;
}

/** The code entries of package.json `exports`, as `workreport/render` → `./src/render/index.ts`. */
const entries = Object.entries(pkg.exports)
  .filter(([key, target]) => !key.includes('*') && target.endsWith('.ts'))
  .map(([key, target]) => [key === '.' ? 'workreport' : `workreport/${key.slice(2)}`, target] as const);

describe('the public API', () => {
  it('documents every code entry of package.json exports, and no other', () => {
    expect([...documented().keys()].sort()).toEqual(entries.map(([name]) => name).sort());
    expect(entries.map(([name]) => name).sort()).toEqual([
      'workreport',
      'workreport/datasets',
      'workreport/embed',
      'workreport/notebook',
      'workreport/render',
      'workreport/story',
    ]);
  });

  it.each(entries)('%s exports exactly the values the README lists', async (name, target) => {
    const module = (await import(new URL(`../${target}`, import.meta.url).href)) as Record<string, unknown>;
    expect(Object.keys(module).sort()).toEqual(documented().get(name));
  });

  it('keeps the parser and extraction in the main entry, and the widgets and internal helpers out of it', async () => {
    const main = (await import('../src/index.ts')) as Record<string, unknown>;
    for (const name of ['parseNumber', 'parseQuantity', 'extractFigures'])
      expect(typeof main[name], name).toBe('function');
    for (const name of ['table', 'select', 'h', 'roundDecimal', 'assertSingleUnit', 'sourceLine']) {
      expect(main[name], name).toBeUndefined();
    }
  });
});
