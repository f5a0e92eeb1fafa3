import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/figures/iso-date.ts';
import { ReportMetaSchema } from '../../src/figures/schema.ts';

describe('isIsoDate', () => {
  it('takes years, months and days that exist', () => {
    for (const date of ['2019', '2019-12', '2019-12-16', '2020-02-29', '2000-02-29', '2021-01-31'])
      expect(isIsoDate(date), date).toBe(true);
  });
  it('refuses dates that do not exist or are not ISO', () => {
    for (const date of [
      '2021-02-30',
      '2021-02-29',
      '1900-02-29',
      '2021-13',
      '2021-00',
      '2021-04-31',
      '2021-1-5',
      '2021年1月',
      '',
    ])
      expect(isIsoDate(date), date).toBe(false);
  });
});

describe('report meta', () => {
  it('refuses a publication date that does not exist, naming the rule', () => {
    const meta = { id: 'x-2021', title: { zh: '标题' }, place: {}, year: 2021, published: '2021-13-45' };
    const result = ReportMetaSchema.safeParse(meta);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/ISO 8601 and exist/);
  });
});
