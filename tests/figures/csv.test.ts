import { describe, expect, it } from 'vitest';
import { csvText, neutralised } from '../../src/figures/csv.ts';

describe('CSV cells', () => {
  it('neutralises every text a spreadsheet would run as a formula (OWASP: = + - @ tab CR), keeps numbers numbers', () => {
    for (const cell of ["=cmd|' /C calc'!A0", '+SUM(A1)', '-2+3', '@SUM新增就业', '\t=1', '\r=1'])
      expect(neutralised(cell)).toBe(`'${cell}`);
    expect(neutralised(-11.66)).toBe(-11.66);
    // A signed number written as text is no formula: a quote such as -3.2% stays as it is in the report.
    for (const cell of ['-3.2%', '+12', '-1,200.5', '-0.5‰']) expect(neutralised(cell)).toBe(cell);
    for (const cell of ['-3.2%+1', '-1e5', '-10.1万元', '+A1']) expect(neutralised(cell)).toBe(`'${cell}`);
    expect(neutralised('地区生产总值')).toBe('地区生产总值');
    expect(neutralised(null)).toBeNull();
  });

  it('writes a header, a BOM by default, quoted cells where needed, and a final newline', () => {
    expect(csvText([{ label: '=1+1', value: -3, quote: '430亩,30亩' }], ['label', 'value', 'quote'])).toBe(
      '\uFEFFlabel,value,quote\n\'=1+1,-3,"430亩,30亩"\n',
    );
    expect(csvText([], ['a'], { bom: false })).toBe('a\n');
  });
});
