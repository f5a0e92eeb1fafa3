import { describe, expect, it } from 'vitest';
import { BUILDERS } from '../../src/charts/index.ts';
import { poorHouseholds, householdsLifted, report, weddings } from './fixtures.ts';

describe('BUILDERS', () => {
  it('has one builder per chart kind, and each builds its own kind', () => {
    expect(Object.keys(BUILDERS).sort()).toEqual(['bar', 'grouped-bar', 'kpi', 'progress']);
    const options = { report, id: 'registry' };
    expect(BUILDERS.bar([weddings], options).kind).toBe('bar');
    expect(BUILDERS['grouped-bar']([{ group: 'g', figures: [weddings] }], options).kind).toBe('grouped-bar');
    expect(BUILDERS.progress({ part: householdsLifted, whole: poorHouseholds }, options).kind).toBe('progress');
    expect(BUILDERS.kpi(weddings, options).kind).toBe('kpi');
  });
});
