import { parse } from 'vega';
import { describe, expect, test } from 'vitest';
import { CHART_TRANSFORMS } from '../../src/embed/vega-transforms.ts';
import { compileVega } from '../../src/render/index.ts';
import { siteChart, siteChartIds, withoutTitle } from '../../src/site/chart-sets.ts';
import { CHART_WIDTHS, LANGS, vegaSpecPath, type WidthVariant } from '../../src/site/routes.ts';

/**
 * The chart runtime of the pages registers only the vega transforms the site's charts need
 * (src/embed/vega-transforms.ts). Vega's parser turns a spec into operators, each of which the
 * page's runtime instantiates from that registry by its `type` (`operator` is vega's plain node):
 * every spec the site serves must find each of its operators there.
 */

/** Operator types of the parsed spec, which the runtime looks up in the transform registry (each spec parsed once). */
function operatorTypes(spec: object): Set<string> {
  const runtime = parse(spec, undefined, { ast: true }) as unknown as { operators: { type: string }[] };
  return new Set(
    runtime.operators.map((operator) => operator.type.toLowerCase()).filter((type) => type !== 'operator'),
  );
}

const VARIANTS = Object.keys(CHART_WIDTHS) as WidthVariant[];
const specs = siteChartIds().flatMap((chartId) =>
  LANGS.flatMap((lang) =>
    VARIANTS.flatMap((variant) =>
      [false, true].map((bare) => {
        const chart = siteChart(chartId, lang, variant);
        return {
          path: vegaSpecPath(chartId, lang, variant, bare),
          types: operatorTypes(compileVega(bare ? withoutTitle(chart) : chart)),
        };
      }),
    ),
  ),
);

describe('the transforms of the chart runtime', () => {
  const registered = new Set(Object.keys(CHART_TRANSFORMS));
  const used = new Set(specs.flatMap(({ types }) => [...types]));

  test(`each of the ${specs.length} precompiled specs the site serves finds every operator it needs`, () => {
    for (const { path, types } of specs) {
      expect(
        [...types].filter((type) => !registered.has(type)),
        path,
      ).toEqual([]);
    }
  });

  test('each registered transform is used by some chart', () => {
    expect([...registered].filter((type) => !used.has(type))).toEqual([]);
  });
});
