import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/extract-figures.ts';
import { parseNumber } from '../../src/figures/parse-number.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const PLACES: [number, string][] = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
  [1, ''],
];

/**
 * One section 1 ≤ n < 10⁴ in Chinese numerals: 零 for each run of skipped places inside it
 * (一千零五, 一千零五十); `leading` (the start of the number) writes 十五 for 一十五; `liang` writes
 * 两 for a 2 before 百 or 千.
 */
function renderSection(n: number, leading: boolean, liang: boolean): string {
  let out = '';
  let skipped = false;
  for (const [place, unit] of PLACES) {
    const digit = Math.floor(n / place) % 10;
    if (digit === 0) {
      skipped = out !== '';
      continue;
    }
    if (skipped) out += '零';
    skipped = false;
    if (digit === 1 && place === 10 && leading && out === '') out += '十';
    else out += (digit === 2 && liang && place >= 100 ? '两' : DIGITS[digit]) + unit;
  }
  return out;
}

/**
 * Any integer 0 ≤ n < 10¹² as written in Chinese: sections of four digits before 亿, before 万 and
 * last; a lower section that does not fill its top place, or follows skipped sections, starts with 零
 * (一亿零五, 十万零一千, 一千零一万). The renderer of the property test, independent of the parser.
 */
function renderChinese(n: number, liang = false): string {
  if (n === 0) return '零';
  const parts: [number, string][] = [
    [Math.floor(n / 1e8), '亿'],
    [Math.floor(n / 1e4) % 1e4, '万'],
    [n % 1e4, ''],
  ];
  let out = '';
  let skipped = false;
  for (const [value, unit] of parts) {
    if (value === 0) {
      skipped = out !== '';
      continue;
    }
    if (out !== '' && (skipped || value < 1000)) out += '零';
    out += renderSection(value, out === '', liang) + unit;
    skipped = false;
  }
  return out;
}

/** Integers below 10¹², often with runs of zero digits (which is where 零 goes wrong). */
const below1e12 = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 12n - 1n }).map(Number),
  fc
    .array(fc.constantFrom(0, 0, 0, 1, 2, 5, 9), { minLength: 1, maxLength: 12 })
    .map((digits) => Number(digits.join(''))),
);

/** Text made of the characters numbers, units, qualifiers and punctuation of reports are made of. */
const reportLike = fc.string({
  unit: fc.constantFrom(
    ...'0123456789０１２.．,，%％一二三两十百千万亿零〇廿点壹伍拾元人户个次起亩平方米余多近约以上下左右不到突破-－~至第是年月“”、，。；\n 习平大化',
  ),
  maxLength: 60,
});

describe('extractFigures on any text (fast-check)', () => {
  it('never throws; offsets are valid, quotes match the text, figures do not overlap, values are finite', () => {
    fc.assert(
      fc.property(fc.oneof(reportLike, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        const figures = extractFigures(text);
        let end = 0;
        for (const f of figures) {
          expect(Number.isInteger(f.offset) && f.offset >= end && f.offset + f.quote.length <= text.length).toBe(true);
          expect(text.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
          expect(Number.isFinite(f.value)).toBe(true);
          if (f.valueMax !== undefined) expect(Number.isFinite(f.valueMax) && f.valueMax > f.value).toBe(true);
          end = f.offset + f.quote.length;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Chinese numerals (fast-check)', () => {
  it('the renderer writes numerals in their standard form', () => {
    expect(renderChinese(123456789)).toBe('一亿二千三百四十五万六千七百八十九');
    expect(renderChinese(10500)).toBe('一万零五百');
    expect(renderChinese(101000)).toBe('十万一千');
    expect(renderChinese(1017)).toBe('一千零一十七');
    expect(renderChinese(2225, true)).toBe('两千两百二十五');
    expect(renderChinese(100000005)).toBe('一亿零五');
    expect(renderChinese(1.5e11)).toBe('一千五百亿');
  });

  it('a Chinese-numeral rendering of any integer 0 ≤ n < 10¹² parses back to n', () => {
    fc.assert(
      fc.property(below1e12, fc.boolean(), (n, liang) => {
        expect(parseNumber(renderChinese(n, liang))).toBe(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('followed by a unit word or classifier is one figure of that unit', () => {
    const units = ['个', '人', '户', '亩', '次', '处', '家', '起', '件', '条', '吨', '公里', '平方米', '人次', '％'];
    fc.assert(
      fc.property(below1e12, fc.constantFrom(...units), (n, unitRaw) => {
        const quote = `${renderChinese(n)}${unitRaw}`;
        expect(extractFigures(`全年共有${quote}。`).map((f) => [f.quote, f.value, f.unitRaw])).toEqual([
          [quote, n, unitRaw],
        ]);
      }),
      { numRuns: 2000 },
    );
  });

  it('and is extracted from a sentence as that many 元, the whole numeral quoted', () => {
    fc.assert(
      fc.property(below1e12, (n) => {
        const quote = `${renderChinese(n)}元`;
        expect(extractFigures(`收入${quote}。`)).toStrictEqual([
          { quote, offset: 2, value: n, unit: 'CNY', unitRaw: '元', qualifier: 'exact' },
        ]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('百分之 and Chinese numerals (fast-check)', () => {
  it('百分之 followed by any Chinese numeral below 10⁴ is that percentage', () => {
    fc.assert(
      fc.property(fc.nat({ max: 9999 }), (n) => {
        const quote = `百分之${renderChinese(n)}`;
        expect(extractFigures(`同比增长${quote}。`)).toStrictEqual([
          { quote, offset: 4, value: n, unit: 'percent', unitRaw: '百分之', qualifier: 'exact', role: 'increase' },
        ]);
      }),
    );
  });
});

describe('Arabic numbers (fast-check)', () => {
  it('any integer below 10¹⁵ followed by 人 is that many persons', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (n) => {
        expect(extractFigures(`共${n}人`).map((f) => f.value)).toEqual([Number(n)]);
      }),
    );
  });

  it('a decimal with up to four places before 万 is the exact integer (1.13万 = 11300)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 99999 }), fc.stringMatching(/^[0-9]{1,4}$/), (whole, fraction) => {
        const [figure] = extractFigures(`投入${whole}.${fraction}万元`);
        expect(figure?.value).toBe(Number(`${whole}${fraction.padEnd(4, '0')}`));
        expect(Number.isInteger(figure?.value)).toBe(true);
      }),
    );
  });
});
