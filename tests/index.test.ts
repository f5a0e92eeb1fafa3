import { describe, expect, it } from 'vitest';
import { yangshahu2019 } from './datasets.ts';
import * as workreport from '../src/index.ts';
import { BUILDERS } from '../src/charts/index.ts';

describe('the public index', () => {
  it('parses a report quote as a user would: 126.9万元 is 1269000 CNY', () => {
    expect(workreport.parseQuantity('126.9万元')).toMatchObject({ value: 1269000, unit: 'CNY', qualifier: 'exact' });
  });

  it('builds a chart from the dataset: 665 of 812 households lifted out of poverty is 81.9%', () => {
    const byId = (id: string) => yangshahu2019.figures.find((f) => f.id === id);
    const part = byId('poor-households-lifted');
    const whole = byId('poor-households-registered');
    if (!part || !whole) throw new Error('dataset lacks the poverty figures');
    const chart = workreport.progressChart({ part, whole }, { report: yangshahu2019.meta, id: 'test/poverty' });
    expect(chart.description).toContain('81.9%');
  });

  it('exports the builders of the chart registry (tests/charts/index.test.ts lists the kinds)', () => {
    expect(workreport.BUILDERS).toBe(BUILDERS);
  });
});
