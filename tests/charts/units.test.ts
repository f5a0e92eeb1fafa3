import { describe, expect, it } from 'vitest';
import { assertSingleUnit } from '../../src/charts/units.ts';
import { cropAreas, housesDemolished, landAcquired, sheds, weddings } from './fixtures.ts';
import { thrown } from '../thrown.ts';

describe('assertSingleUnit', () => {
  it('returns the shared unit of the crop areas: mu', () => {
    expect(assertSingleUnit(cropAreas)).toMatchObject({ unit: 'mu' });
    expect(assertSingleUnit([weddings])).toMatchObject({ unit: 'count', counted: 'events' });
  });
  it('refuses land acquired (mu) beside houses demolished (households), naming both', () => {
    const error = thrown(() => assertSingleUnit([landAcquired, housesDemolished]));
    expect(error.code).toBe('CHART_MIXED_UNITS');
    expect(error.message).toContain('land-acquired (mu)');
    expect(error.message).toContain('houses-demolished-households (households)');
  });
  it('refuses counts of different things: events and sheds', () => {
    const error = thrown(() => assertSingleUnit([weddings, sheds]));
    expect(error.code).toBe('CHART_MIXED_UNITS');
    expect(error.message).toContain('count (events)');
    expect(error.message).toContain('count (sheds and kiosks)');
  });
  it('refuses no figures', () => {
    expect(thrown(() => assertSingleUnit([])).code).toBe('CHART_EMPTY');
  });
});
