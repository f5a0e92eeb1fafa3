import { describe, expect, it } from 'vitest';
import { WorkreportError } from '../../src/errors.ts';
import { extractFigures } from '../../src/figures/extract-figures.ts';
import { streamFigures } from '../../src/figures/figure-stream.ts';
import { reportTexts, seededRandom } from './report-texts.ts';

/** Pieces of quantities and of the words around them, joined at random: numbers dense, every part cut anywhere. */
const PARTS = [
  '1',
  '23',
  '4,567',
  '8.9',
  '１２',
  '３．５',
  '一',
  '两',
  '三十',
  '四百五十六',
  '七千',
  '万',
  '亿',
  '零',
  '点',
  '壹佰',
  '拾',
  '十几',
  '三四',
  '余',
  '多',
  '近',
  '约',
  '超过',
  '不到',
  '人均',
  '每亩',
  '同比增长',
  '由',
  '提高到',
  '元',
  '万元',
  '亩',
  '人',
  '户',
  '个',
  '%',
  '个百分点',
  '平方米',
  '吨',
  '-',
  '—',
  '至',
  '（含）',
  '以上',
  '左右',
  '第',
  '统',
  '前',
  '名',
  '次',
  '“',
  '”',
  '，',
  '、',
  '。',
  '\n',
  '；',
  ' ',
  '年',
  '月',
  '共',
  '完成',
  '投资',
];

/** `count` random texts of 20 to 200 parts. */
function randomTexts(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let out = '';
    for (let n = 20 + Math.floor(next() * 180); n > 0; n--) out += PARTS[Math.floor(next() * PARTS.length)] ?? '';
    return out;
  });
}

/** `streamFigures`'s figures as JSON text: fields, their order and offsets all compared. */
const streamed = (text: string, pieceChars?: number): string =>
  JSON.stringify([...streamFigures(text, pieceChars === undefined ? {} : { pieceChars })]);

describe('streamFigures', () => {
  const all = reportTexts();

  it('hands out exactly the figures of extractFigures on every report text, whatever the piece size', () => {
    expect(all.length).toBeGreaterThanOrEqual(50);
    let figures = 0;
    for (const { name, text } of all) {
      const whole = JSON.stringify(extractFigures(text));
      figures += extractFigures(text).length;
      // 2: a cut after nearly every character, inside every number; 64 and 300: cuts at sentence ends when near.
      for (const pieceChars of [undefined, 2, 3, 64, 300]) expect(streamed(text, pieceChars), name).toBe(whole);
    }
    expect(figures).toBeGreaterThan(1200);
  });

  it('hands out exactly the figures of extractFigures on 300 seeded random texts cut inside numbers', () => {
    const next = seededRandom(16);
    let figures = 0;
    for (const text of randomTexts(300, 20261206)) {
      const whole = JSON.stringify(extractFigures(text));
      figures += extractFigures(text).length;
      expect(streamed(text, 2 + Math.floor(next() * 40)), text).toBe(whole);
      // Without sentence ends a piece ends exactly pieceChars after it starts: in numbers, words, qualifiers.
      const oneLine = text.replace(/[。；\n]/gu, '，');
      expect(streamed(oneLine, 2 + Math.floor(next() * 12)), oneLine).toBe(JSON.stringify(extractFigures(oneLine)));
    }
    expect(figures).toBeGreaterThan(1000);
  });

  it('hands out a figure as soon as its piece is scanned, and scans no further once the consumer stops', () => {
    const text = `共征地430亩，迁坟100冢。${'拆迁163户，'.repeat(100_000)}`;
    const figures = streamFigures(text, { pieceChars: 64 });
    expect(figures.next().value).toStrictEqual({
      quote: '430亩',
      offset: 3,
      value: 430,
      unit: 'mu',
      unitRaw: '亩',
      qualifier: 'exact',
    });
    expect(figures.next().value).toMatchObject({ quote: '100冢', offset: 10, counted: 'graves' });
    expect(figures.next().value).toMatchObject({ quote: '163户', offset: 17 });
    expect(figures.return()).toStrictEqual({ done: true, value: undefined });
    expect(figures.next()).toStrictEqual({ done: true, value: undefined });
    const stopped = streamFigures(text);
    expect(() => stopped.throw(new RangeError('stop'))).toThrow('stop');
    expect(stopped.next()).toStrictEqual({ done: true, value: undefined });
    expect([...streamFigures(''), ...streamFigures('   \n')]).toStrictEqual([]);
  });

  it('refuses a piece size that is not an integer from 2 to 2^30, at the call, naming the option', () => {
    for (const pieceChars of [0, 1, 2.5, Number.NaN, 2 ** 31]) {
      expect(() => streamFigures('共征地430亩', { pieceChars })).toThrow(WorkreportError);
      expect(() => streamFigures('共征地430亩', { pieceChars })).toThrow(/streamFigures: option pieceChars/);
    }
    // The value as given: NaN and Infinity, not JSON's null.
    expect(() => streamFigures('共征地430亩', { pieceChars: Number.NaN })).toThrow(/, got NaN$/);
    expect(() => streamFigures('共征地430亩', { pieceChars: Infinity })).toThrow(/, got Infinity$/);
  });
});
