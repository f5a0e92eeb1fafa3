import { describe, expect, it } from 'vitest';
import { sourceLine } from '../../src/charts/source-line.ts';
import { report } from './fixtures.ts';

describe('sourceLine', () => {
  it('names title, publisher and date in zh', () => {
    expect(sourceLine(report, 'zh')).toBe(
      '来源：《洋沙湖镇2019年工作总结及2020年工作思路》，中共洋沙湖镇委员会 洋沙湖镇人民政府，2019-12-16',
    );
  });
  it('spells the date in en without a time zone', () => {
    expect(sourceLine(report, 'en')).toBe(
      `Source: "Yangshahu Town: 2019 work summary and 2020 work plan", Yangshahu Town Committee of the CPC and Yangshahu Town People's Government, 16 Dec 2019`,
    );
    expect(sourceLine({ ...report, published: '2020-01' }, 'en')).toMatch(/, Jan 2020$/);
  });
});
