import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/extract-figures.ts';
import { parseNumber } from '../../src/figures/parse-number.ts';
import { parseQuantity } from '../../src/figures/parse-quantity.ts';

/**
 * The published test cases of the Chinese-numeral and money libraries people use, run against our
 * parser: a case is read with the peer's value, or refused (with an error); never read as another
 * value. Cases marked `must` are forms report text uses, which must read.
 *
 * Sources (test data, the expected values as the peers publish them; a few money values are given
 * exactly where the peer rounds to cents):
 *   - cn2an: Ailln/cn2an, cn2an/cn2an_test.py (strict and normal data, error data)
 *   - nzh: cnwhy/nzh, test/testData.js (toCN and toMoney pairs, read backwards)
 *   - chinese2digits: Wall-ee/chinese2digits, Python/chinese2digits/test.py
 *   - JioNLP: dongrixinyu/JioNLP, test/test_money_parser.py (jio.parse_money)
 */

interface PeerCase {
  text: string;
  value: number;
  valueMax?: number;
  /** A form report text uses: it must read. */
  must?: true;
}

/** Chinese numerals to numbers (cn2an strict and normal, nzh, chinese2digits), read by `parseNumber`. */
const NUMERALS: PeerCase[] = [
  // cn2an strict
  ...(
    [
      ['一', 1],
      ['两', 2],
      ['十', 10],
      ['十一', 11],
      ['一十一', 11],
      ['一百一十一', 111],
      ['一千一百一十一', 1111],
      ['一万一千一百一十一', 11111],
      ['一十一万一千一百一十一', 111111],
      ['一百一十一万一千一百一十一', 1111111],
      ['一千一百一十一万一千一百一十一', 11111111],
      ['一亿一千一百一十一万一千一百一十一', 111111111],
      ['一十一亿一千一百一十一万一千一百一十一', 1111111111],
      ['一百一十一亿一千一百一十一万一千一百一十一', 11111111111],
      ['一千一百一十一亿一千一百一十一万一千一百一十一', 111111111111],
      ['壹', 1],
      ['拾', 10],
      ['拾壹', 11],
      ['壹拾壹', 11],
      ['壹佰壹拾壹', 111],
      ['壹仟壹佰壹拾壹', 1111],
      ['壹万壹仟壹佰壹拾壹', 11111],
      ['壹拾壹万壹仟壹佰壹拾壹', 111111],
      ['壹佰壹拾壹万壹仟壹佰壹拾壹', 1111111],
      ['壹仟壹佰壹拾壹万壹仟壹佰壹拾壹', 11111111],
      ['壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹', 111111111],
      ['壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹', 1111111111],
      ['壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹', 11111111111],
      ['壹仟壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹', 111111111111],
      ['一百零一', 101],
      ['一千零一', 1001],
      ['一千零一十一', 1011],
      ['一千一百零一', 1101],
      ['一万零一', 10001],
      ['一万零一十一', 10011],
      ['一万零一百一十一', 10111],
      ['一十万零一', 100001],
      ['一百万零一', 1000001],
      ['一千万零一', 10000001],
      ['一千零一万一千零一', 10011001],
      ['一千零一万零一', 10010001],
      ['一亿零一', 100000001],
      ['一十亿零一', 1000000001],
      ['一百亿零一', 10000000001],
      ['一千零一亿一千零一万一千零一', 100110011001],
      ['一千亿一千万一千零一', 100010001001],
      ['一千亿零一', 100000000001],
      ['零点零零零零零零零零零零零零零零一', 0.000000000000001],
      ['零点零零零一', 0.0001],
      ['零点零一', 0.01],
      ['零点一', 0.1],
    ] as const
  ).map(([text, value]) => ({ text, value, must: true as const })),
  // cn2an normal (digit strings 一一, 一七二零 and a bare 点 are no report forms: refusing them is right)
  { text: '十万', value: 100000, must: true },
  { text: '十万零一', value: 100001, must: true },
  { text: '十亿零一万零一', value: 1000010001, must: true },
  { text: '拾万零壹', value: 100001, must: true },
  { text: '拾亿零壹万零壹', value: 1000010001, must: true },
  { text: '一一', value: 11 },
  { text: '一一一', value: 111 },
  { text: '壹壹', value: 11 },
  { text: '零点', value: 0 },
  { text: '零点零', value: 0 },
  { text: '点一', value: 0.1 },
  { text: '一七二零', value: 1720 },
  { text: '一七二零点一三四', value: 1720.134 },
  // nzh toCN, read backwards
  ...(
    [
      ['负一', -1],
      ['一十二', 12],
      ['一百二十三', 123],
      ['一千二百三十四', 1234],
      ['一万二千三百四十五', 12345],
      ['一十二万三千四百五十六', 123456],
      ['一百二十三万四千五百六十七', 1234567],
      ['一千二百三十四万五千六百七十八', 12345678],
      ['一亿二千三百四十五万六千七百八十九', 123456789],
      ['一十二亿三千四百五十六万七千八百九十', 1234567890],
      ['一百二十三亿零一百二十三万零一百二十三', 12301230123],
      ['一千二百三十亿一千二百三十万一千二百三十', 123012301230],
      ['一万二千三百零一亿二千三百零一万二千三百零一', 1230123012301],
      ['一十二万三千零一十二亿三千零一十二万三千零一十二', 12301230123012],
      ['零', 0],
      ['一百零一', 101],
      ['一十万零一十', 100010],
      ['一十万零一百', 100100],
      ['一十万一千', 101000],
      ['一十亿一千万一千', 1010001000],
      ['一十亿零一千', 1000001000],
      ['零点一', 0.1],
      ['负零点一', -0.1],
      ['一点一', 1.1],
      ['一十点零一', 10.01],
      ['一十万零一百一十一点一一', 100111.11],
      ['一千零一十', 1010],
      ['十五', 15],
      ['十万零一十', 100010],
      ['十亿零十万', 1000100000],
    ] as const
  ).map(([text, value]) => ({ text, value, must: true as const })),
  // nzh beyond 2^53: 一亿亿 (1e16), 一十亿零一十一亿, 一万万亿: refused, never rounded
  { text: '一亿亿', value: 1e16 },
  { text: '一十亿零一十一亿', value: 100000001100000000 },
  { text: '一万万亿', value: 1e16 },
  // chinese2digits
  { text: '四千三', value: 4300, must: true },
  { text: '三万二', value: 32000, must: true },
  { text: '2.55万', value: 25500, must: true },
  { text: '3.1千万', value: 31000000 },
  { text: '30万', value: 300000, must: true },
  { text: '300万', value: 3000000, must: true },
  { text: '三百四十点零零三四', value: 340.0034, must: true },
  { text: '伍亿柒仟万拾柒', value: 570000017 },
  { text: '三零万二零千', value: 320000 },
  { text: '300十万', value: 30000000 },
  // JioNLP money amounts without a unit
  { text: '三百万', value: 3000000, must: true },
  { text: '肆佰叁拾萬', value: 4300000, must: true },
  { text: '两个亿', value: 200000000, must: true },
  { text: '二十五万三千二百', value: 253200, must: true },
];

/** Errors the peers expect (cn2an): no reading. */
const NOT_NUMERALS = ['零点点', '零点零大'];

/** Quantities (percentages of chinese2digits, JioNLP money in 元), read by `parseQuantity`. */
const QUANTITIES: PeerCase[] = [
  { text: '百分之5', value: 5, must: true },
  { text: '百分之四百三十二', value: 432, must: true },
  { text: '百分之三五', value: 35 },
  { text: '82，225.00元', value: 82225, must: true },
  { text: '233,333，333,434.344元', value: 233333333434.344 },
  { text: '1.2万元', value: 12000, must: true },
  { text: '六十四万零一百四十三元一角七分', value: 640143.17, must: true },
  { text: '壹万二千三百四十五元', value: 12345, must: true },
  { text: '肆佰叁拾萬圆整', value: 4300000, must: true },
  { text: '肆佰叁拾萬圆', value: 4300000, must: true },
  { text: '十块三毛', value: 10.3, must: true },
  { text: '一百三十五块六角七分钱', value: 135.67, must: true },
  { text: '近700万元', value: 7000000, must: true },
  { text: '至少九千块钱以上', value: 9000, must: true },
  { text: '几十万块', value: 100000, valueMax: 1000000 },
  { text: '数十亿元', value: 1e9, valueMax: 1e10 },
  { text: '十几块钱', value: 11, valueMax: 19, must: true },
  { text: '1万-5万元', value: 10000, valueMax: 50000, must: true },
  { text: '1万元--5万元', value: 10000, valueMax: 50000, must: true },
  { text: '2——3万元', value: 20000, valueMax: 30000, must: true },
  { text: '两到三万元', value: 20000, valueMax: 30000, must: true },
  { text: '十八至三十万元', value: 180000, valueMax: 300000, must: true },
  { text: '两到三仟元', value: 2000, valueMax: 3000, must: true },
  { text: '两~3百元', value: 200, valueMax: 300, must: true },
  { text: '一百二十到一百五十万元', value: 1200000, valueMax: 1500000, must: true },
  { text: '一千到两千万元', value: 10000000, valueMax: 20000000, must: true },
  { text: '七千到九千亿元', value: 700000000000, valueMax: 900000000000, must: true },
  { text: '八百到九百亿元', value: 80000000000, valueMax: 90000000000, must: true },
  { text: '八九亿元', value: 800000000, valueMax: 900000000, must: true },
  { text: '三五百块', value: 300, valueMax: 500 },
  { text: '四五千块钱', value: 4000, valueMax: 5000, must: true },
  { text: '50万元（含）以上', value: 500000, must: true },
  { text: '1万(含)-5万元', value: 10000, valueMax: 50000, must: true },
  { text: '从8500到3万元', value: 8500, valueMax: 30000 },
  { text: '15k左右', value: 15000 },
];

/**
 * Money in running text (nzh toMoney read backwards, JioNLP amounts with a currency word): what
 * `extractFigures` finds must be the amount, or nothing. The currency of foreign amounts is the
 * unit table's concern; the value is checked here.
 */
const MONEY_TEXTS: (PeerCase & { cny?: true })[] = [
  { text: '人民币零元整', value: 0, cny: true, must: true },
  { text: '人民币壹元整', value: 1, cny: true, must: true },
  { text: '人民币壹拾元整', value: 10, cny: true, must: true },
  { text: '人民币壹拾贰元整', value: 12, cny: true, must: true },
  { text: '人民币叁佰肆拾伍万陆仟柒佰捌拾玖元整', value: 3456789, cny: true, must: true },
  { text: '人民币壹拾亿零壹佰万零贰拾壹元整', value: 1001000021, cny: true, must: true },
  { text: '人民币壹万万亿元整', value: 1e16, cny: true },
  { text: '人民币壹拾万万零壹拾壹亿元整', value: 100000001100000000, cny: true },
  { text: '人民币零元', value: 0, cny: true, must: true },
  { text: '人民币壹元', value: 1, cny: true, must: true },
  { text: '人民币壹角', value: 0.1, cny: true, must: true },
  { text: '人民币壹元壹角', value: 1.1, cny: true, must: true },
  { text: '人民币壹拾元零壹分', value: 10.01, cny: true, must: true },
  { text: '人民币壹拾万零壹佰壹拾壹元壹角壹分', value: 100111.11, cny: true, must: true },
  { text: '人民币壹仟零壹拾元整', value: 1010, cny: true, must: true },
  { text: '人民币壹拾元零角零分', value: 10, cny: true, must: true },
  { text: '人民币零元零角零分', value: 0, cny: true, must: true },
  { text: '人民币零元壹角零分', value: 0.1, cny: true, must: true },
  { text: '人民币零元零角壹分', value: 0.01, cny: true, must: true },
  { text: '¥壹元正', value: 1, cny: true, must: true },
  { text: '25481港元', value: 25481 },
  { text: '45564.44美元', value: 45564.44 },
  { text: '3千万亿日元', value: 3e15 },
  { text: '新台币 177.1 亿元', value: 17710000000 },
  { text: '二十五万三千二百泰铢', value: 253200 },
  { text: '两个亿卢布', value: 200000000 },
  { text: '港币两千九百六十元', value: 2960 },
  { text: '约4.287亿美元', value: 428700000 },
  { text: '不到1.9万台币', value: 19000 },
  { text: '3000多欧元', value: 3000 },
  { text: '大约十多欧元', value: 10 },
  { text: '人民币数十亿元', value: 1e9, valueMax: 1e10 },
  { text: '数十亿元人民币', value: 1e9, valueMax: 1e10 },
  { text: '从8500到3万港元', value: 8500, valueMax: 30000 },
  { text: '2——3万港币', value: 20000, valueMax: 30000 },
  { text: '八到九百亿泰铢', value: 80000000000, valueMax: 90000000000 },
  { text: '八九亿韩元', value: 800000000, valueMax: 900000000 },
];

type Outcome = 'read' | 'refused' | 'wrong';

/** What a reading gives against the peer's value: the same, none, or another. */
function outcome(read: () => { value: number; valueMax?: number } | undefined, c: PeerCase): Outcome {
  let got: { value: number; valueMax?: number } | undefined;
  try {
    got = read();
  } catch {
    return 'refused';
  }
  if (got === undefined) return 'refused';
  return got.value === c.value && got.valueMax === c.valueMax ? 'read' : 'wrong';
}

/** The one figure of a money text, undefined when none; a second figure counts as a wrong reading. */
function moneyFigure(text: string, cny: boolean): { value: number; valueMax?: number } | undefined {
  const figures = extractFigures(text);
  if (figures.length === 0) return undefined;
  const [figure] = figures;
  if (figures.length > 1 || figure === undefined) return { value: Number.NaN };
  if (cny && figure.unit !== 'CNY') return { value: Number.NaN };
  return figure.valueMax === undefined ? { value: figure.value } : { value: figure.value, valueMax: figure.valueMax };
}

const tally = (outcomes: Outcome[]): string =>
  `${outcomes.filter((o) => o === 'read').length} read, ${outcomes.filter((o) => o === 'refused').length} refused, ${outcomes.filter((o) => o === 'wrong').length} wrong`;

describe("peers' published test suites: no wrong value, and every form reports use reads", () => {
  it.each(NUMERALS)('numeral $text', (c) => {
    const o = outcome(() => ({ value: parseNumber(c.text) }), c);
    expect(o).not.toBe('wrong');
    if (c.must) expect(o).toBe('read');
  });

  it.each(NOT_NUMERALS)('%s is no number', (text) => {
    expect(() => parseNumber(text)).toThrow();
  });

  it.each(QUANTITIES)('quantity $text', (c) => {
    const o = outcome(() => parseQuantity(c.text), c);
    expect(o).not.toBe('wrong');
    if (c.must) expect(o).toBe('read');
  });

  it.each(MONEY_TEXTS)('money in text $text', (c) => {
    const o = outcome(() => moneyFigure(c.text, c.cny === true), c);
    expect(o).not.toBe('wrong');
    if (c.must) expect(o).toBe('read');
  });

  it('reads most of the cases (a measure, logged)', () => {
    const numerals = NUMERALS.map((c) => outcome(() => ({ value: parseNumber(c.text) }), c));
    const quantities = QUANTITIES.map((c) => outcome(() => parseQuantity(c.text), c));
    const money = MONEY_TEXTS.map((c) => outcome(() => moneyFigure(c.text, c.cny === true), c));
    console.info(
      `peer suites: numerals ${tally(numerals)}; quantities ${tally(quantities)}; money in text ${tally(money)}`,
    );
    expect([...numerals, ...quantities, ...money].filter((o) => o === 'wrong')).toEqual([]);
  });
});
