import { describe, expect, it } from 'vitest';
import { extractFigures, type ExtractedFigure } from '../../src/figures/extract-figures.ts';

/**
 * The one figure quoted `quote` in `sentence`, checked to sit at its offset. Fails the test when
 * the quote is not found exactly once among the extracted figures.
 */
function figureIn(sentence: string, quote: string): ExtractedFigure {
  const figures = extractFigures(sentence).filter((f) => f.quote === quote);
  expect(
    figures.map((f) => f.quote),
    `figures of 「${sentence}」`,
  ).toEqual([quote]);
  const figure = figures[0] as ExtractedFigure;
  expect(sentence.slice(figure.offset, figure.offset + quote.length)).toBe(quote);
  return figure;
}

const quotes = (sentence: string): string[] => extractFigures(sentence).map((f) => f.quote);

interface Case {
  sentence: string;
  quote: string;
  value: number;
  valueMax?: number;
  unit?: ExtractedFigure['unit'];
  qualifier?: ExtractedFigure['qualifier'];
}

function expectCase({ sentence, quote, value, valueMax, unit, qualifier }: Case): void {
  const figure = figureIn(sentence, quote);
  expect(figure.value).toBe(value);
  expect(figure.valueMax).toBe(valueMax);
  if (unit !== undefined) expect(figure.unit).toBe(unit);
  expect(figure.qualifier).toBe(qualifier ?? 'exact');
}

describe('extractFigures reads Arabic numbers with decimals, separators and full-width digits', () => {
  it.each<Case>([
    { sentence: '配备垃圾桶12,000个，保洁员177人。', quote: '12,000个', value: 12000, unit: 'count' },
    { sentence: '沟渠疏浚185.31公里，塘坝出污21处。', quote: '185.31公里', value: 185.31, unit: 'km' },
    { sentence: '回复率达９８％。', quote: '９８％', value: 98, unit: 'percent' },
    { sentence: '寓外乡友捐款４１３．５万元。', quote: '４１３．５万元', value: 4135000, unit: 'CNY' },
  ])('$quote in 「$sentence」 is $value $unit', expectCase);

  it('keeps the full-width characters in the quote: nothing normalised leaks into provenance', () => {
    const sentence = '回复率达９８％，捐款４１３．５万元。';
    for (const f of extractFigures(sentence)) expect(sentence.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
    expect(quotes(sentence)).toEqual(['９８％', '４１３．５万元']);
    expect(figureIn(sentence, '９８％').unitRaw).toBe('％');
  });

  it('reads a comma before more or fewer than three digits as a clause break: 拆除93处,9312平方', () => {
    expect(quotes('拆除违建房93处,9312平方,1.6万平方')).toEqual(['93处', '9312平方', '1.6万平方']);
  });
});

describe('extractFigures reads Chinese numerals', () => {
  it.each<Case>([
    { sentence: '共有十一个村。', quote: '十一个', value: 11 },
    { sentence: '发放十五台。', quote: '十五台', value: 15 },
    { sentence: '培训一十一人。', quote: '一十一人', value: 11 },
    { sentence: '帮扶两千两百二十五人。', quote: '两千两百二十五人', value: 2225 },
    { sentence: '补助一万零五百元。', quote: '一万零五百元', value: 10500 },
    { sentence: '投入十万零一千元。', quote: '十万零一千元', value: 101000 },
    { sentence: '走访一千零十七户。', quote: '一千零十七户', value: 1017 },
    { sentence: '筹资一百六十八万元。', quote: '一百六十八万元', value: 1680000 },
    { sentence: '投资一千八百万元。', quote: '一千八百万元', value: 18000000 },
    { sentence: '总额一万五千亿元。', quote: '一万五千亿元', value: 1.5e12 },
    {
      sentence: '合计一亿二千三百四十五万六千七百八十九元。',
      quote: '一亿二千三百四十五万六千七百八十九元',
      value: 123456789,
    },
    { sentence: '规模达三万亿元。', quote: '三万亿元', value: 3e12 },
    { sentence: '奖励三万五元。', quote: '三万五元', value: 35000 },
    { sentence: '到会一百二人。', quote: '一百二人', value: 120 },
    { sentence: '参加廿五人。', quote: '廿五人', value: 25 },
  ])('$quote is $value', expectCase);

  it('never reads 三万五 as 30005, nor a numeral whose place is ambiguous (三万五千五元): it is skipped, not 0', () => {
    expect(figureIn('奖励三万五元', '三万五元').value).not.toBe(30005);
    expect(extractFigures('收入三万五千五元')).toEqual([]);
    expect(extractFigures('收入1.6万2000元')).toEqual([]);
  });
});

describe('extractFigures reads mixed Arabic and Chinese numbers exactly', () => {
  it.each<Case>([
    { sentence: '拆除棚亭1.6万平方。', quote: '1.6万平方', value: 16000, unit: 'm2' },
    { sentence: '收取卫生费126.9万元。', quote: '126.9万元', value: 1269000, unit: 'CNY' },
    { sentence: '完成投资2.3亿元。', quote: '2.3亿元', value: 230000000, unit: 'CNY' },
    { sentence: '补偿14万2000元。', quote: '14万2000元', value: 142000, unit: 'CNY' },
    { sentence: '融资1亿8990万元。', quote: '1亿8990万元', value: 189900000, unit: 'CNY' },
    { sentence: '结余1.13万元。', quote: '1.13万元', value: 11300, unit: 'CNY' },
    { sentence: '总投资4.35亿元。', quote: '4.35亿元', value: 435000000, unit: 'CNY' },
  ])('$quote is $value $unit', expectCase);

  it('1.13万元 is the integer 11300 and 4.35亿元 the integer 435000000: no float multiplication', () => {
    expect(Number.isInteger(figureIn('结余1.13万元', '1.13万元').value)).toBe(true);
    expect(Number.isInteger(figureIn('总投资4.35亿元', '4.35亿元').value)).toBe(true);
  });
});

describe('extractFigures reads qualifiers', () => {
  it.each<Case>([
    { sentence: '打造了近300亩的果园。', quote: '近300亩', value: 300, unit: 'mu', qualifier: 'approx' },
    { sentence: '解决临时救助20余万元。', quote: '20余万元', value: 200000, unit: 'CNY', qualifier: 'more_than' },
    { sentence: '节约资金600余万元。', quote: '600余万元', value: 6000000, unit: 'CNY', qualifier: 'more_than' },
    { sentence: '抽调干部40余人。', quote: '40余人', value: 40, unit: 'persons', qualifier: 'more_than' },
    { sentence: '整治120余处。', quote: '120余处', value: 120, unit: 'count', qualifier: 'more_than' },
    { sentence: '火化率占60%以上。', quote: '60%以上', value: 60, unit: 'percent', qualifier: 'at_least' },
    { sentence: '落实了一次以上的尿检。', quote: '一次以上', value: 1, unit: 'count', qualifier: 'at_least' },
    { sentence: '失业率不到5%。', quote: '不到5%', value: 5, unit: 'percent', qualifier: 'at_most' },
    { sentence: '投入约3万元。', quote: '约3万元', value: 30000, unit: 'CNY', qualifier: 'approx' },
    { sentence: '产量稳定在45万吨左右。', quote: '45万吨左右', value: 450000, unit: 't', qualifier: 'approx' },
    { sentence: '三十多户受益。', quote: '三十多户', value: 30, unit: 'households', qualifier: 'more_than' },
    { sentence: '总额突破400亿元。', quote: '突破400亿元', value: 40000000000, unit: 'CNY', qualifier: 'more_than' },
  ])('$quote is $value $unit, $qualifier', expectCase);

  it('近 in 习近平 is no qualifier, nor in 最近 or 附近; 约 in 节约 is none either', () => {
    expect(extractFigures('深入学习习近平新时代中国特色社会主义思想')).toEqual([]);
    expect(figureIn('附近300亩农田', '300亩').qualifier).toBe('exact');
    expect(figureIn('最近3个村完成改造', '3个').qualifier).toBe('exact');
    expect(figureIn('节约3万元', '3万元').qualifier).toBe('exact');
  });
});

describe('extractFigures reads percent, rates and percentage points', () => {
  it.each<Case>([
    { sentence: '回复率达98%。', quote: '98%', value: 98, unit: 'percent' },
    { sentence: '覆盖率达到百分之六十。', quote: '百分之六十', value: 60, unit: 'percent' },
    { sentence: '发生率仅百分之零点九。', quote: '百分之零点九', value: 0.9, unit: 'percent' },
    { sentence: '增长百分之五，满意度百分之百。', quote: '百分之五', value: 5, unit: 'percent' },
    { sentence: '增长百分之五，满意度百分之百。', quote: '百分之百', value: 100, unit: 'percent' },
    { sentence: '按照30元/人的标准收取卫生费。', quote: '30元/人', value: 30, unit: 'CNY/person' },
    { sentence: '贫困发生率下降0.5个百分点。', quote: '0.5个百分点', value: 0.5, unit: 'percentage-points' },
  ])('$quote is $value $unit', expectCase);

  it('does not read a rate of an unknown unit (500元/吨) as a sum of money', () => {
    expect(extractFigures('运费500元/吨')).toEqual([]);
  });
});

describe('extractFigures reads ranges and fuzzy counts', () => {
  it.each<Case>([
    { sentence: '每户补助3-5万元。', quote: '3-5万元', value: 30000, valueMax: 50000, unit: 'CNY' },
    { sentence: '每村建3至5个示范点。', quote: '3至5个', value: 3, valueMax: 5, unit: 'count' },
    { sentence: '新建两三个公园。', quote: '两三个', value: 2, valueMax: 3, unit: 'count', qualifier: 'approx' },
  ])('$quote is $value–$valueMax $unit', expectCase);

  it('reads 30人到场 as 30 persons: 到场 is no upper end of a range', () => {
    expect(figureIn('共30人到场', '30人').valueMax).toBeUndefined();
  });
});

describe('extractFigures keeps the role of change figures', () => {
  it('同比增长28.7% is a growth rate', () => {
    expect(figureIn('税收收入同比增长28.7%。', '28.7%')).toMatchObject({
      value: 28.7,
      unit: 'percent',
      role: 'increase',
    });
  });

  it('增长12%左右 is an approximate growth rate', () => {
    expect(figureIn('预计增长12%左右。', '12%左右')).toMatchObject({
      value: 12,
      qualifier: 'approx',
      role: 'increase',
    });
  });

  it('由6180元提高到14457元 gives the start (from) and the result (to)', () => {
    const sentence = '人均纯收入由6180元提高到14457元。';
    expect(figureIn(sentence, '6180元')).toMatchObject({ value: 6180, unit: 'CNY', role: 'from' });
    expect(figureIn(sentence, '14457元')).toMatchObject({ value: 14457, unit: 'CNY', role: 'to' });
  });

  it('下降 makes a decrease, 降至 a result, and a plain level has no role', () => {
    expect(figureIn('社会消费品零售总额下降2.1%', '2.1%').role).toBe('decrease');
    expect(figureIn('失业率降至3.5%', '3.5%').role).toBe('to');
    expect(figureIn('回复率达98%', '98%').role).toBeUndefined();
  });

  it('a verb of degree before a count names what was upgraded, not a change: 改造提升38个 has no role, 增加38个 does', () => {
    expect(figureIn('改造提升38个', '38个').role).toBeUndefined();
    expect(figureIn('新增加38个', '38个').role).toBe('increase');
    expect(figureIn('比上年提高0.6个百分点', '0.6个百分点').role).toBe('increase');
  });

  it('负增长 is a decrease, whatever the verb says: 负增长2%, 负增长3.5个百分点', () => {
    expect(figureIn('工业产值负增长2%。', '2%').role).toBe('decrease');
    expect(figureIn('增速负增长3.5个百分点。', '3.5个百分点').role).toBe('decrease');
  });

  it('reads a minus sign before Arabic digits as a negative value', () => {
    expect(figureIn('出口增长-3.2%', '-3.2%')).toMatchObject({ value: -3.2, role: 'increase' });
    expect(quotes('2019-12-16')).toEqual([]);
  });
});

describe('extractFigures reads traditional script the same', () => {
  it.each<Case>([
    { sentence: '補助五萬元。', quote: '五萬元', value: 50000, unit: 'CNY' },
    { sentence: '投資三億元。', quote: '三億元', value: 300000000, unit: 'CNY' },
    { sentence: '種植五畝。', quote: '五畝', value: 5, unit: 'mu' },
    { sentence: '幫扶三戶。', quote: '三戶', value: 3, unit: 'households' },
    { sentence: '建成四個。', quote: '四個', value: 4, unit: 'count' },
    { sentence: '參加二十餘人。', quote: '二十餘人', value: 20, unit: 'persons', qualifier: 'more_than' },
    { sentence: '整治兩處。', quote: '兩處', value: 2, unit: 'count' },
  ])('$quote is $value $unit', expectCase);
});

describe('extractFigures finds nothing in what is not a figure', () => {
  it.each([
    { sentence: '发布时间: 2019-12-16 15:26 浏览次数: 1', why: 'a date and time, a page counter' },
    { sentence: '2019年12月，我镇召开大会', why: 'a month' },
    { sentence: '到11月底，今年累计劝导', why: 'a date' },
    { sentence: '洋沙湖镇2019年工作总结及2020年工作思路', why: 'years as names' },
    { sentence: '回复12345信访件', why: 'a hotline number' },
    { sentence: '全面贯彻党的十九大和十九届四中全会精神', why: 'congress names' },
    { sentence: '编制“十四五”规划，十四五期间', why: 'a plan name' },
    { sentence: '在第二批主题教育中', why: 'an ordinal' },
    { sentence: '一是加强学习。二是落实规定动作。', why: 'list markers' },
    { sentence: '1、加强学习；2、严格管理', why: 'numbered list markers' },
    { sentence: '综合考评居全市第3位，进入全省前三名', why: 'rankings' },
    { sentence: '全面落实三会一课', why: 'a slogan' },
    { sentence: '紧紧围绕一超过，两不愁，三保障的要求', why: 'a slogan enumeration' },
    { sentence: '坚持一个项目，一套班子，一把尺子，一抓到底的工作机制', why: 'a slogan enumeration with a classifier' },
    { sentence: '建立“六个一”机制，也称六个一机制', why: 'a named set' },
    { sentence: '推进“五化”建设，以三化引领', why: 'named sets with 化' },
    { sentence: '三大攻坚有看头，五大整治有收获，设立八大整治台账', why: 'named sets with 大' },
    { sentence: '增强“四个意识”，做到两个维护，落实一村一品', why: 'political named sets' },
    { sentence: '万众一心，发放一次性补助，购买三轮车，出台一系列措施', why: 'words containing numerals' },
    { sentence: '统一政策，其中之一，千家万户，一起抓，在一起', why: 'words containing numerals and classifiers' },
    { sentence: '全镇脱贫户无一户返贫，无一起安全事故', why: '无一 "not a single one" says none' },
    { sentence: '建成一期工程，用时三个月，实现一条龙服务', why: 'phases, durations, idioms' },
    { sentence: '在伍桥村整合顺天公墓山，陆续开展', why: 'financial numerals used as ordinary characters' },
    { sentence: '沿G107国道建设5G基站', why: 'identifiers' },
    {
      sentence: '建成数十个项目，投入数千万元，几十个村受益，上百家企业参与',
      why: 'vague counts (tens, thousands, a hundred-odd), never read as 十个 or 千万元',
    },
  ])('$why: 「$sentence」', ({ sentence }) => {
    expect(quotes(sentence)).toEqual([]);
  });

  it('finds the figure next to a non-figure: 浏览次数 and 12345 around 413件', () => {
    expect(quotes('回复12345信访件413件，回复率达98%')).toEqual(['413件', '98%']);
    expect(quotes('在第二批中完成3个')).toEqual(['3个']);
    expect(quotes('队伍177人')).toEqual(['177人']);
  });

  it('keeps counts that look like slogans: 两个办法、三个制度 and 五个一流企业 are counts', () => {
    expect(quotes('出台两个办法、三个制度')).toEqual(['两个', '三个']);
    expect(quotes('培育五个一流企业')).toEqual(['五个']);
    expect(quotes('发生一起安全事故')).toEqual(['一起']);
  });

  it('reads 八百一十二户两千六百二十四人 as two figures', () => {
    expect(extractFigures('八百一十二户两千六百二十四人').map((f) => [f.quote, f.value])).toEqual([
      ['八百一十二户', 812],
      ['两千六百二十四人', 2624],
    ]);
  });
});

describe('extractFigures output', () => {
  it('gives figures in text order with counted for classifiers and UTF-16 offsets', () => {
    expect(extractFigures('共征地430亩，迁坟100冢')).toStrictEqual([
      { quote: '430亩', offset: 3, value: 430, unit: 'mu', unitRaw: '亩', qualifier: 'exact' },
      { quote: '100冢', offset: 10, value: 100, unit: 'count', unitRaw: '冢', qualifier: 'exact', counted: 'graves' },
    ]);
  });

  it('counts offsets in UTF-16 code units, past astral characters', () => {
    const sentence = '𠀀𠀁村完成30户';
    expect(figureIn(sentence, '30户').offset).toBe(7);
  });

  it('reports progress up to the text length', () => {
    const calls: [number, number][] = [];
    extractFigures('共征地430亩', { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([7, 7]);
  });
});
