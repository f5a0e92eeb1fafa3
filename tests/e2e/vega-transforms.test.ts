import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'vega';
import { describe, expect, test } from 'vitest';
import { CHART_TRANSFORMS } from '../../src/embed/vega-transforms.ts';
import { generatedFiles } from '../../src/site/site-files.ts';
import { DIST } from '../site/browser.ts';

/**
 * The chart runtime of the pages registers only the vega transforms the site's charts need
 * (src/embed/vega-transforms.ts). Vega's parser turns a spec into operators, each of which the
 * page's runtime instantiates from that registry by its `type` (`operator` is vega's plain node):
 * every precompiled spec the built site serves (`dist/`: each chart in each language, width,
 * theme, with and without its title) must find each of its operators there.
 */

/** Operator types of the parsed spec, which the runtime looks up in the transform registry. */
function operatorTypes(spec: object): Set<string> {
  const runtime = parse(spec, undefined, { ast: true }) as unknown as { operators: { type: string }[] };
  return new Set(
    runtime.operators.map((operator) => operator.type.toLowerCase()).filter((type) => type !== 'operator'),
  );
}

/** The keys whose strings vega parses into operators or expressions: kept whole in {@link structure}. */
const PARSED_KEYS = new Set(['type', 'signal', 'expr', 'update', 'test', 'events', 'filter']);

/**
 * What of a spec decides the operators vega's parser makes: its keys and arrays, its `type` fields
 * and the expressions it parses, without its texts, numbers, colours and inline data (the same
 * chart's language, width and theme variants differ only there). Specs of one structure are parsed
 * once (the 22 datasets shipped: 1,616 specs, 567 structures; parsing all 1,616 gave each structure
 * one operator set).
 */
function structure(spec: object): string {
  return JSON.stringify(spec, (key, value: unknown) => {
    if (key === 'values' && Array.isArray(value)) return [];
    if (typeof value === 'string') return PARSED_KEYS.has(key) ? value : '';
    return typeof value === 'number' ? 0 : value;
  });
}

describe('the transforms of the chart runtime', () => {
  const registered = new Set(Object.keys(CHART_TRANSFORMS));
  // The precompiled specs among the files the build writes (site-files.ts); listing them makes no file's content.
  const paths = generatedFiles(join(DIST, 'no-png-cache'))
    .map((file) => file.path)
    .filter((path) => /\/vega-[^/]+\.json$/.test(path));
  const typesOf = new Map<string, Set<string>>();
  const specs = paths.map((path) => {
    const spec = JSON.parse(readFileSync(join(DIST, path), 'utf8')) as object;
    const shape = structure(spec);
    const types = typesOf.get(shape) ?? operatorTypes(spec);
    typesOf.set(shape, types);
    return { path, types };
  });

  test(`each of the ${paths.length} precompiled specs the site serves finds every operator it needs`, () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const { path, types } of specs) {
      expect(
        [...types].filter((type) => !registered.has(type)),
        path,
      ).toEqual([]);
    }
  });

  test('each registered transform is used by some chart', () => {
    const used = new Set(specs.flatMap(({ types }) => [...types]));
    expect([...registered].filter((type) => !used.has(type))).toEqual([]);
  });
});
