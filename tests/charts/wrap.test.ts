import { describe, expect, it } from 'vitest';
import { emWidth, wrapText, wrapToWidth } from '../../src/charts/wrap.ts';
import { textWidth } from '../../src/charts/text-width.ts';

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

describe('a unit wider than the line', () => {
  it('is cut between characters into lines that each fit, losing nothing', () => {
    const url = 'https://example.org/a/very/long/path/that/does/not/fit';
    // 54 characters at 0.8 em each: 25 make 20 em, which fit in 20.5 em; then 25 more, then the last 4.
    expect(wrapText(url, 20.5)).toEqual(['https://example.org/a/ver', 'y/long/path/that/does/not', '/fit']);
    const title = '工业项目<script>alert(origin)</script></title></noscript>';
    const lines = wrapToWidth(title, 300, 18, { bold: true });
    expect(lines[0]).toBe('工业项目');
    expect(lines.every((line) => textWidth(line, 18, 'bold') <= 300)).toBe(true);
    expect(lines.join('')).toBe(title);
  });

  it('is kept whole when it fits a line of its own', () => {
    expect(wrapToWidth('Persons in administrative detention', 110, 12)).toEqual([
      'Persons in',
      'administrative',
      'detention',
    ]);
  });
});
