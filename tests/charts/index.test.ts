import { describe, expect, it } from 'vitest';
import { BUILDERS } from '../../src/charts/index.ts';
import { householdsLifted, poorHouseholds, report, roadsAsphalted, roadsHardened, weddings } from './fixtures.ts';

describe('BUILDERS', () => {
  it('has one builder per chart kind, and each builds its own kind', () => {
    expect(Object.keys(BUILDERS).sort()).toEqual([
      'bar',
      'change-table',
      'dot-plot',
      'dumbbell',
      'grouped-bar',
      'kpi',
      'line',
      'progress',
      'slope',
      'small-multiples',
      'waffle',
    ]);
    const options = { report, id: 'registry' };
    const households = { part: householdsLifted, whole: poorHouseholds };
    expect(BUILDERS.bar([weddings], options).kind).toBe('bar');
    expect(BUILDERS['grouped-bar']([{ group: 'g', figures: [weddings] }], options).kind).toBe('grouped-bar');
    expect(BUILDERS.progress(households, options).kind).toBe('progress');
    expect(BUILDERS.kpi(weddings, options).kind).toBe('kpi');
    expect(BUILDERS.waffle(households, options).kind).toBe('waffle');
    expect(BUILDERS['dot-plot']([roadsHardened, roadsAsphalted], options).kind).toBe('dot-plot');
    expect(
      BUILDERS.dumbbell(
        { ends: { from: 'a', to: 'b' }, rows: [{ label: 'r', from: poorHouseholds, to: householdsLifted }] },
        options,
      ).kind,
    ).toBe('dumbbell');
    expect(BUILDERS['small-multiples']([{ items: [weddings] }], options).kind).toBe('small-multiples');
  });
});
