/**
 * Committed snapshots of every registered chart's Vega-Lite spec, zh and en (light theme), one
 * file per chart and language in tests/charts/specs/<slug>.<lang>.vl.json, keys sorted at every
 * level, two-space indent, trailing newline. A changed spec fails here; review the diff like code.
 *
 * Regenerate (and delete files of charts no longer registered) with:
 *
 *   UPDATE_SPECS=1 TZ=UTC LANG=C.UTF-8 npx vitest run tests/charts/specs.test.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { yangshahuCharts } from '../datasets.ts';
import type { Chart, Lang } from '../../src/charts/chart.ts';

const DIR = new URL('./specs/', import.meta.url);
const UPDATE = process.env.UPDATE_SPECS === '1';
const LANGS: readonly Lang[] = ['zh', 'en'];

/** `value` with the keys of every object sorted, so the JSON text does not depend on build order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

/** The snapshot text of a chart's spec. */
function specText(chart: Chart): string {
  return `${JSON.stringify(sortKeys(chart.spec), null, 2)}\n`;
}

const fileName = (chart: Chart): string => `${chart.id.split('/').at(-1) ?? chart.id}.${chart.lang}.vl.json`;
const charts = LANGS.flatMap((lang) => yangshahuCharts(lang));

if (UPDATE) {
  mkdirSync(DIR, { recursive: true });
  const wanted = new Set(charts.map(fileName));
  for (const file of readdirSync(DIR)) if (file.endsWith('.vl.json') && !wanted.has(file)) rmSync(new URL(file, DIR));
  for (const chart of charts) writeFileSync(new URL(fileName(chart), DIR), specText(chart));
}

describe('Vega-Lite snapshots of the registered charts', () => {
  it('has one file per registered chart and language, and no other', () => {
    const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.vl.json')) : [];
    expect(files.sort()).toEqual(charts.map(fileName).sort());
  });

  it('builds the same spec twice (no dependence on time, order or randomness)', () => {
    expect(LANGS.flatMap((lang) => yangshahuCharts(lang)).map(specText)).toEqual(charts.map(specText));
  });

  it.each(charts.map((c) => [fileName(c), c] as const))('%s matches its committed snapshot', (file, chart) => {
    const path = new URL(file, DIR);
    expect(existsSync(path), `${file} is missing: run UPDATE_SPECS=1 npx vitest run tests/charts/specs.test.ts`).toBe(
      true,
    );
    expect(specText(chart)).toBe(readFileSync(path, 'utf8'));
  });
});
