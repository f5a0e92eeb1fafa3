import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ChartDataflow } from '../../src/charts/dataflow.ts';
import { CHART_TRANSFORMS } from '../../src/embed/vega-transforms.ts';
import { generatedFiles } from '../../src/site/site-files.ts';
import { DIST } from '../site/browser.ts';

/**
 * The chart runtime of the pages registers only the vega transforms the site's charts need
 * (src/embed/vega-transforms.ts). The site serves each chart as the dataflow vega's parser made of
 * its spec (src/charts/dataflow.ts), whose operators the page's runtime instantiates from that
 * registry by their `type` (`operator` is vega's plain node): every dataflow the built site serves
 * (`dist/`: each chart in each language, width, theme, with and without its title) must find each
 * of its operators there.
 */

/** Operator types of a served dataflow, which the runtime looks up in the transform registry. */
function operatorTypes(dataflow: ChartDataflow): Set<string> {
  return new Set(
    dataflow.operators.map((operator) => operator.type.toLowerCase()).filter((type) => type !== 'operator'),
  );
}

describe('the transforms of the chart runtime', () => {
  const registered = new Set(Object.keys(CHART_TRANSFORMS));
  // The dataflows among the files the build writes (site-files.ts); listing them makes no file's content.
  const paths = generatedFiles(join(DIST, 'no-png-cache'))
    .map((file) => file.path)
    .filter((path) => /\/vega-[^/]+\.json$/.test(path));
  const specs = paths.map((path) => ({
    path,
    types: operatorTypes(JSON.parse(readFileSync(join(DIST, path), 'utf8')) as ChartDataflow),
  }));

  test(`each of the ${paths.length} dataflows the site serves finds every operator it needs`, () => {
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
