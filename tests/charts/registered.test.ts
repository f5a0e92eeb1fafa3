/**
 * Every registered chart of the Yangshahu 2019 story, in zh and en, light and dark, passes the
 * structural suite; the new kinds are registered beside the original ten charts.
 */
import { describe, expect, it } from 'vitest';
import { yangshahuCharts } from '../datasets.ts';
import { yangshahu2019 } from '../datasets.ts';
import { expectWellFormed, VARIANTS } from './harness.ts';

const before = structuredClone(yangshahu2019.figures);
const charts = VARIANTS.flatMap(({ lang, theme }) => yangshahuCharts(lang, { theme }));

/** The ids the story page and its e2e test rely on; they must stay. */
const STORY_IDS = [
  'party-discipline',
  'land-and-compensation',
  'crackdown-persons',
  'poverty-households',
  'poverty-persons',
  'welfare-households',
  'farmland-by-crop',
  'demolished-area',
  'customs-reform-events',
  'customs-reform-savings',
].map((slug) => `yangshahu-2019/${slug}`);

describe('registered charts of yangshahu-2019', () => {
  it('keep every story id and add a waffle, a dumbbell, a lollipop and small multiples, the same in every variant', () => {
    const ids = yangshahuCharts('zh').map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(STORY_IDS));
    for (const { lang, theme } of VARIANTS) expect(yangshahuCharts(lang, { theme }).map((c) => c.id)).toEqual(ids);
    const kinds = new Map(yangshahuCharts('zh').map((c) => [c.id, c.kind]));
    expect(kinds.get('yangshahu-2019/poverty-households-waffle')).toBe('waffle');
    expect(kinds.get('yangshahu-2019/poverty-households-gap')).toBe('dumbbell');
    expect(kinds.get('yangshahu-2019/road-and-ditch-lengths')).toBe('dot-plot');
    expect(kinds.get('yangshahu-2019/livelihood-overview')).toBe('small-multiples');
    expect(yangshahu2019.figures).toEqual(before);
  });

  it.each(charts.map((c) => [`${c.id} (${c.lang}, ${c.theme})`, c] as const))(
    '%s is well formed',
    async (_name, chart) => {
      await expectWellFormed(chart, yangshahu2019.figures, before, [chart.title.replace(/\s+/g, ' ').slice(0, 4)]);
      expect(chart.spec.config?.background).toBe(chart.theme === 'dark' ? '#16191d' : '#ffffff');
      if (chart.kind !== 'kpi') expect(chart.description).toMatch(chart.lang === 'zh' ? /单位：/ : /[Uu]nit: /);
    },
  );
});
