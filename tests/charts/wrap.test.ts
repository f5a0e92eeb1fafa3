import { describe, expect, it } from 'vitest';
import { emWidth, wrapText } from '../../src/charts/wrap.ts';

describe('wrapText', () => {
  const zh = '来源：《洋沙湖镇2019年工作总结及2020年工作思路》，中共洋沙湖镇委员会 洋沙湖镇人民政府，2019-12-16';
  it('counts a Chinese character as 1 em', () => {
    expect(emWidth('洋沙湖')).toBe(3);
  });
  it('breaks the zh source line after the space, never before ，', () => {
    expect(wrapText(zh, 41)).toEqual([
      '来源：《洋沙湖镇2019年工作总结及2020年工作思路》，中共洋沙湖镇委员会',
      '洋沙湖镇人民政府，2019-12-16',
    ]);
  });
  it('keeps a short line whole and loses only spaces at breaks', () => {
    expect(wrapText('注：测试', 40)).toEqual(['注：测试']);
    const en = 'Source: "Yangshahu Town 2019 work summary and 2020 work plan", 16 Dec 2019';
    const lines = wrapText(en, 20);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => emWidth(l) <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(en);
  });
});
