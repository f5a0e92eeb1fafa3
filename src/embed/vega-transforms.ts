import { axisticks, datajoin, encode, legendentries, scale, stack } from 'vega-encode';
import {
  aggregate,
  collect,
  extent,
  facet,
  filter,
  flatten,
  formula,
  multiextent,
  prefacet,
  proxy,
  relay,
  sieve,
  values,
} from 'vega-transforms';
import { bound, mark, overlap, render, viewlayout } from 'vega-view-transforms';

/**
 * The vega transforms the site's charts run, by the lowercase name vega's registry looks them up
 * by: the data transforms their compiled specs name (`formula`, `stack`, `filter`, `aggregate`,
 * `flatten`) and the operators vega's parser adds for data, scales, axes, legends and marks.
 * Geo, force, hierarchy, label, regression, voronoi, wordcloud, crossfilter, bin, window, impute,
 * lookup and the other transforms no chart uses stay out of the pages.
 *
 * Named imports, so the bundle keeps only these: in browser builds the three packages resolve to
 * their ESM sources, one module per transform (src/site/plugin.ts), as their single-file builds
 * keep every transform. tests/site/vega-transforms.test.ts parses every spec the site serves and
 * checks that each operator it needs is here, and each one here is needed.
 */
export const CHART_TRANSFORMS: Readonly<Record<string, unknown>> = {
  aggregate,
  axisticks,
  bound,
  collect,
  datajoin,
  encode,
  extent,
  facet,
  filter,
  flatten,
  formula,
  legendentries,
  mark,
  multiextent,
  overlap,
  prefacet,
  proxy,
  relay,
  render,
  scale,
  sieve,
  stack,
  values,
  viewlayout,
};
