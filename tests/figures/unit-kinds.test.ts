import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/extract-figures.ts';
import { parseQuantity } from '../../src/figures/parse-quantity.ts';
import type { Qualifier } from '../../src/figures/qualifier.ts';
import type { UnitId } from '../../src/figures/unit.ts';

/** One figure expected in a sentence, its values worked out by hand. */
interface Case {
  sentence: string;
  quote: string;
  value: number;
  valueMax?: number;
  unit: UnitId;
  qualifier?: Qualifier;
  counted?: string;
}

/** The sentence yields exactly this figure, and its quote parses back to the same quantity. */
function expectFigure({ sentence, quote, value, valueMax, unit, qualifier = 'exact', counted }: Case): void {
  const figures = extractFigures(sentence);
  expect(figures.map((f) => f.quote)).toEqual([quote]);
  const [figure] = figures;
  expect(figure?.value).toBe(value);
  expect(figure?.valueMax).toBe(valueMax);
  expect(figure?.unit).toBe(unit);
  expect(figure?.qualifier).toBe(qualifier);
  expect(figure?.counted).toBe(counted);
  expect(figure?.offset).toBe(sentence.indexOf(quote));
  const parsed = parseQuantity(quote);
  expect([parsed.value, parsed.unit, parsed.qualifier]).toEqual([value, unit, qualifier]);
}

describe('currencies other than CNY keep their ISO code', () => {
  it.each<Case>([
    { sentence: '实际利用外资1.47亿美元。', quote: '1.47亿美元', value: 147_000_000, unit: 'USD' },
    { sentence: '完成外贸出口3000万美元。', quote: '3000万美元', value: 30_000_000, unit: 'USD' },
    { sentence: '引进港资项目，投资港币500万元。', quote: '港币500万元', value: 5_000_000, unit: 'HKD' },
    { sentence: '合同金额2.5亿港元。', quote: '2.5亿港元', value: 250_000_000, unit: 'HKD' },
    { sentence: '出口额120万欧元。', quote: '120万欧元', value: 1_200_000, unit: 'EUR' },
    { sentence: '日资企业投资8000万日元。', quote: '8000万日元', value: 80_000_000, unit: 'JPY' },
    { sentence: '台商投资新台币3亿元。', quote: '新台币3亿元', value: 300_000_000, unit: 'TWD' },
    { sentence: '台資企業投資3億台幣。', quote: '3億台幣', value: 300_000_000, unit: 'TWD' },
    { sentence: '英国项目投资50万英镑。', quote: '50万英镑', value: 500_000, unit: 'GBP' },
  ])('$quote is $value $unit', expectFigure);
});

describe('mass, power, energy and lengths in smaller units', () => {
  it.each<Case>([
    { sentence: '收购茶叶5000公斤。', quote: '5000公斤', value: 5000, unit: 'kg' },
    { sentence: '产量3.2万千克。', quote: '3.2万千克', value: 32_000, unit: 'kg' },
    { sentence: '稻谷1200斤。', quote: '1200斤', value: 600, unit: 'kg' },
    { sentence: '粮食产量1.5万吨。', quote: '1.5万吨', value: 15_000, unit: 't' },
    { sentence: '新增装机容量10万千瓦。', quote: '10万千瓦', value: 100_000, unit: 'kW' },
    { sentence: '光伏电站2.5兆瓦。', quote: '2.5兆瓦', value: 2500, unit: 'kW' },
    { sentence: '居民用电756万度。', quote: '756万度', value: 7_560_000, unit: 'kWh' },
    { sentence: '发电量1200万千瓦时。', quote: '1200万千瓦时', value: 12_000_000, unit: 'kWh' },
    { sentence: '年降雨量1200毫米。', quote: '1200毫米', value: 1.2, unit: 'm' },
    { sentence: '积雪30厘米。', quote: '30厘米', value: 0.3, unit: 'm' },
  ])('$quote is $value $unit', expectFigure);

  it('reads 度 only after Arabic digits: 一度, 两度 mean once and twice', () => {
    expect(extractFigures('该村一度成为贫困村，两度获评先进。')).toEqual([]);
  });
});

describe('shares: 成, ‰, 千分之 and fractions', () => {
  it.each<Case>([
    { sentence: '三成农户参与。', quote: '三成', value: 30, unit: 'percent' },
    { sentence: '超过四成的村达标。', quote: '超过四成', value: 40, unit: 'percent', qualifier: 'more_than' },
    { sentence: '七成以上群众满意。', quote: '七成以上', value: 70, unit: 'percent', qualifier: 'at_least' },
    { sentence: '人口自然增长率控制在千分之五。', quote: '千分之五', value: 5, unit: 'permille' },
    { sentence: '人口自然增长率为0.5‰。', quote: '0.5‰', value: 0.5, unit: 'permille' },
    { sentence: '三分之二的村完成改造。', quote: '三分之二', value: 2 / 3, unit: 'fraction' },
    { sentence: '五分之一的土地流转。', quote: '五分之一', value: 0.2, unit: 'fraction' },
    { sentence: '占全镇4分之3。', quote: '4分之3', value: 0.75, unit: 'fraction' },
    { sentence: '覆盖2/3以上的农户。', quote: '2/3以上', value: 2 / 3, unit: 'fraction', qualifier: 'at_least' },
    { sentence: '经济增长3倍。', quote: '3倍', value: 3, unit: 'times' },
  ])('$quote is $value $unit', expectFigure);

  it('keeps 2/3 as the double nearest two thirds, computed once', () => {
    expect(extractFigures('约2/3')[0]?.value).toBe(0.6666666666666666);
  });

  it('reads no share in 一成不变, 十分重要, a date 2019/12/31 or an improper 五分之六', () => {
    expect(extractFigures('制度一成不变，十分重要，2019/12/31，五分之六。')).toEqual([]);
  });
});

describe('times-units are quoted whole (亩次, 户次, 家次)', () => {
  it.each<Case>([
    { sentence: '完成飞防作业11.6万亩次。', quote: '11.6万亩次', value: 116_000, unit: 'mu-times' },
    { sentence: '走访慰问困难群众3200户次。', quote: '3200户次', value: 3200, unit: 'household-times' },
    {
      sentence: '开展消防安全检查1200余家次，整改隐患。',
      quote: '1200余家次',
      value: 1200,
      unit: 'count',
      qualifier: 'more_than',
      counted: 'enterprise-times',
    },
    { sentence: '培训农民5600人次。', quote: '5600人次', value: 5600, unit: 'person-times' },
  ])('$quote is $value $unit', expectFigure);
});

describe('rates with their base word before the number', () => {
  it.each<Case>([
    { sentence: '土地流转每亩600元。', quote: '每亩600元', value: 600, unit: 'CNY/mu' },
    { sentence: '分红户均0.25万元。', quote: '户均0.25万元', value: 2500, unit: 'CNY/household' },
    {
      sentence: '务工收入人均1.5万元以上。',
      quote: '人均1.5万元以上',
      value: 15_000,
      unit: 'CNY/person',
      qualifier: 'at_least',
    },
    { sentence: '收入人均近2万元。', quote: '人均近2万元', value: 20_000, unit: 'CNY/person', qualifier: 'approx' },
    { sentence: '水稻亩产0.55吨。', quote: '亩产0.55吨', value: 0.55, unit: 't/mu' },
    { sentence: '补贴每平方米200元。', quote: '每平方米200元', value: 200, unit: 'CNY/m2' },
    { sentence: '租金每亩200～400元。', quote: '每亩200～400元', value: 200, valueMax: 400, unit: 'CNY/mu' },
    { sentence: '流转价格500元/亩。', quote: '500元/亩', value: 500, unit: 'CNY/mu' },
  ])('$quote is $value $unit', expectFigure);

  it('leaves the base word out when no such rate exists (人均2.3亩 is mu)', () => {
    expect(extractFigures('人均2.3亩').map((f) => [f.quote, f.unit])).toEqual([['2.3亩', 'mu']]);
  });
});

describe('classifiers are counts with what they count', () => {
  it.each<Case>([
    { sentence: '全年生猪出栏3.2万头。', quote: '3.2万头', value: 32_000, unit: 'count', counted: 'livestock' },
    { sentence: '发放鸡苗5000只。', quote: '5000只', value: 5000, unit: 'count', counted: 'animals' },
    { sentence: '家禽存栏5万羽。', quote: '5万羽', value: 50_000, unit: 'count', counted: 'poultry' },
    { sentence: '新增公交车20辆。', quote: '20辆', value: 20, unit: 'count', counted: 'vehicles' },
    { sentence: '新增路燈860盞。', quote: '860盞', value: 860, unit: 'count', counted: 'lamps' },
    { sentence: '新增养老床位120张。', quote: '120张', value: 120, unit: 'count', counted: 'pieces' },
    { sentence: '配送生活物资2.3万份。', quote: '2.3万份', value: 23_000, unit: 'count', counted: 'copies' },
    { sentence: '组建志愿服务队5支。', quote: '5支', value: 5, unit: 'count', counted: 'teams' },
    { sentence: '新建教学楼1棟。', quote: '1棟', value: 1, unit: 'count', counted: 'buildings' },
    { sentence: '拆除危旧房屋135间。', quote: '135间', value: 135, unit: 'count', counted: 'rooms' },
    { sentence: '提供租赁房900套。', quote: '900套', value: 900, unit: 'count', counted: 'sets' },
    { sentence: '举办招聘会14场。', quote: '14场', value: 14, unit: 'count', counted: 'sessions' },
    { sentence: '新建拦水坝3道。', quote: '3道', value: 3, unit: 'count', counted: 'items' },
    { sentence: '新建桥梁2座。', quote: '2座', value: 2, unit: 'count', counted: 'structures' },
    { sentence: '新增农机具100台套。', quote: '100台套', value: 100, unit: 'count', counted: 'machine-sets' },
  ])('$quote counts $value $counted', expectFigure);

  it('reads no count in figurative phrases (一张蓝图, 一场硬仗, 一套机制, 两道关口)', () => {
    expect(extractFigures('一张蓝图绘到底，打赢一场硬仗，建立一套机制，筑牢一道防线，守住两道关口。')).toEqual([]);
  });
});

describe('a unit without a canonical id is other, with its word', () => {
  it('reads 3.2万立方米 as 32000 other, the unit word as written', () => {
    const [figure] = extractFigures('清理河道淤泥3.2万立方米。');
    expect(figure).toMatchObject({
      quote: '3.2万立方米',
      value: 32_000,
      unit: 'other',
      unitRaw: '立方米',
      qualifier: 'exact',
    });
  });

  it('reads 方 only after Arabic digits, from 100 up, and not in 三方面 or 3方会谈', () => {
    expect(extractFigures('完成土方5万方，从三方面推进，2方面，3方会谈').map((f) => f.quote)).toEqual(['5万方']);
  });
});
