import { describe, expect, it } from 'vitest';
import { draftDataset, type Draft } from '../../../src/datasets/draft/draft-dataset.ts';
import { parsePlaceOption } from '../../../src/datasets/draft/place.ts';
import { WorkreportError } from '../../../src/errors.ts';
import { corpusText } from './corpus.ts';

const draftOf = (name: string): Draft => draftDataset(corpusText(name), { id: name });

/** The drafted figure of `name` quoting `quote` at `offset`, with the heading of its section. */
function figureAt(name: string, quote: string, offset: number) {
  const draft = draftOf(name);
  const figure = draft.files.figures.figures.find(
    (f) => f.provenance.offset === offset && f.provenance.quote === quote,
  );
  if (figure === undefined) throw new Error(`${name}: no figure ${quote} at ${offset}`);
  const section = draft.files.report.sections.find((s) => s.id === figure.section);
  return { ...figure, heading: section?.heading, part: section?.part };
}

describe('labels read from the clause of each figure', () => {
  it('names a level without the reporting verbs and time words before it', () => {
    expect(figureAt('wuchang-district-2017', '1102.5亿元', 432).label.zh).toBe('地区生产总值'); // 全年完成地区生产总值1102.5亿元
    expect(figureAt('caidian-district-2014', '350亿元', 458).label.zh).toBe('地区生产总值'); // 预计全年实现地区生产总值350亿元
    expect(figureAt('chaanling-2011-2015', '27座', 647).label.zh).toBe('新建和维修桥梁');
  });

  it('names a growth after the level it follows', () => {
    expect(figureAt('wuchang-district-2017', '9%', 443).label.zh).toBe('地区生产总值增长');
    expect(figureAt('hongshan-district-2013', '0.4个百分点', 415).label.zh).toBe('服务业增加值占GDP的比重提高'); // 服务业增加值…，占GDP的比重为73.7%，比上年提高0.4个百分点
  });

  it('distributes the names of an enumeration by position (分别)', () => {
    expect(figureAt('liuyang-city-2022', '9%', 553).label.zh).toBe('固定资产投资增长'); // …、固定资产投资、…分别增长6.6%、9%、3.1%
    expect(figureAt('hongshan-district-2014', '45.91亿元', 592).label.zh).toBe('地方公共财政收入');
    expect(figureAt('hongshan-district-2014', '14%', 606).label.zh).toBe('地方公共财政收入增长'); // 分别达到107亿元和45.91亿元，增长11%和14%
  });

  it('reads the noun after a classifier and traditional script with its pinyin left out', () => {
    expect(figureAt('shuikou-2024', '6個', 66).label.zh).toBe('社區'); // 下轄6個社區
    expect(figureAt('changsha-jiedao-2018', '7.82億元', 67).label.zh).toBe('規模以上工業增加值'); // 規(guī)模以上工業(yè)增加值
    expect(figureAt('mutang-2018', '5992人', 267).label.zh).toBe('建档立卡贫困户'); // 建档立卡贫困户1193户5992人
  });

  it('tags a number that counts nothing instead of guessing', () => {
    expect(figureAt('tafang-2019', '三次', 325).tags).toContain('needs-review:label'); // 镇第十四届人大三次会议
    expect(figureAt('shuikou-2024', '404名', 696).tags).toContain('needs-review:label'); // 分列404名和213名
  });
});

describe('sections from the headings', () => {
  it('finds a heading run into a one-line page and a heading line of its own', () => {
    const xintang = draftOf('xintang-2022').files.report.sections;
    expect(xintang.map((s) => [s.id, s.heading, s.start, s.part])).toEqual([
      ['preamble', '前言', 0, 'preamble'],
      ['review-2022', '一、2022年工作回顾', 18, 'review'],
    ]);
    expect(figureAt('hongshan-district-2014', '685亿元', 554).heading).toBe(
      '(一)抓调整、稳增长,区域经济发展活力明显增强',
    );
    expect(figureAt('wuchang-district-2017', '38名', 738).heading).toBe('一、重质效、增活力,经济实力不断提升');
  });

  it('reads bracketed headings in traditional script', () => {
    expect(draftOf('shuikou-2024').files.report.sections.map((s) => s.label.zh)).toEqual([
      '概況',
      '百縣千鎮萬村高質量發展工程',
      '八鎮聯動',
    ]);
  });

  it('opens the plan part at a plan heading, whose figures are targets for the year planned', () => {
    const text = '2019年工作总结\n今年新建道路3公里。\n2020年工作思路\n明年新建道路5公里，到2022年建成公园2个。\n';
    const { sections, year } = draftDataset(text, { id: 'plan-test' }).files.report;
    expect(year).toBe(2019);
    expect(sections.map((s) => [s.id, s.part])).toEqual([
      ['review-2019', 'review'],
      ['plan-2020', 'plan'],
    ]);
    const periods = draftDataset(text, { id: 'plan-test' }).files.figures.figures.map((f) => f.period);
    expect(periods).toEqual([
      { kind: 'year', year: 2019 },
      { kind: 'target', year: 2020 },
      { kind: 'target', year: 2022 },
    ]);
  });
});

describe('periods from time words and sections', () => {
  it('reads 截至11月底, 6月以来 and 7月至今 in the year reviewed', () => {
    expect(figureAt('puxieshi-2020', '53264条', 332).period).toEqual({ kind: 'through', end: '2020-11-30' });
    expect(figureAt('puxieshi-2020', '39人', 362).period).toEqual({
      kind: 'since',
      start: '2020-06',
      through: '2021-01-28',
    });
    expect(figureAt('puxieshi-2020', '10余万人次', 308).period).toEqual({ kind: 'cumulative' }); // 累计排查人数
  });

  it('reads years, spans of years and five-year plans', () => {
    expect(figureAt('mutang-2018', '96户', 288).period).toEqual({ kind: 'through', start: '2014', end: '2015' }); // 其中2014-2015年贫困户96户
    expect(figureAt('chaanling-2011-2015', '6230元', 438).period).toEqual({ kind: 'year', year: 2011 }); // 由2011年的6230元
    expect(figureAt('panyu-district-2015', '11.0%', 300).period).toEqual({
      kind: 'through',
      start: '2011',
      end: '2015',
    }); // “十二五”期间年均增长
  });

  it('never dates a figure by the basis of a comparison, and says when the period came from the section', () => {
    expect(figureAt('tafang-2019', '6.4%', 389).period).toEqual({ kind: 'year', year: 2019 }); // 2019年…较2018年增长6.4%
    const inferred = figureAt('wuchang-district-2017', '38名', 738);
    expect(inferred.period).toEqual({ kind: 'year', year: 2017 });
    expect(inferred.tags).toContain('period-inferred');
  });
});

describe('metadata read from the opening', () => {
  it('reads the year reviewed from what the text says, not the year of the title', () => {
    const year = (name: string): number => draftOf(name).files.report.year;
    expect(year('xintang-2022')).toBe(2022); // 新塘街道办事处2023年政府工作报告, 一、2022年工作回顾
    expect(year('chayuan-2019')).toBe(2019); // (兴国县)2020年茶园乡人民政府工作报告
    expect(year('mutang-2018')).toBe(2018); // no heading names a year: the latest year the review names
    expect(year('changsha-jiedao-2018')).toBe(2018); // no heading at all
  });

  it('reads title, publisher, date and place, and lists what is missing', () => {
    const puxieshi = draftOf('puxieshi-2020').files.report;
    expect(puxieshi.title.zh).toBe('蒲鞋市街道2020年工作总结及2021年工作思路');
    expect(puxieshi.publisher).toEqual({ zh: '蒲鞋市街道' });
    expect(puxieshi.published).toBe('2021-01-28');
    expect(puxieshi.place).toEqual({ town: '蒲鞋市街道' });
    expect(puxieshi.toFill).toEqual(['place.province', 'place.city', 'place.county', 'url']);
    const panyu = draftOf('panyu-district-2014').files.report;
    expect(panyu.place).toEqual({ city: '广州市', county: '番禺区' }); // ──2015年4月8日在广州市番禺区第十六届人民代表大会…
    expect(panyu.published).toBe('2015-04-08');
    expect(panyu.toFill).toContain('title');
    // 广州市番禺区人民政府代理区长 何汝诚: the speaker's line names the government the report is of.
    expect(panyu.publisher).toEqual({ zh: '广州市番禺区人民政府' });
  });

  it('reads the publisher from the speaker line only when it names a place', () => {
    const opening = (speaker: string) =>
      `政府工作报告\n——2024年1月29日在某市第十八届人民代表大会第四次会议上\n${speaker}\n各位代表:\n一、2023年工作回顾\n全年地区生产总值增长5%。\n`;
    const publisherOf = (speaker: string) => draftDataset(opening(speaker), { id: 'x-2023' }).files.report.publisher;
    expect(publisherOf('武昌区人民政府区长  余 松')).toEqual({ zh: '武昌区人民政府' });
    expect(publisherOf('青石镇人民政府镇长 李明')).toEqual({ zh: '青石镇人民政府' });
    expect(publisherOf('市人民政府市长王雄文')).toBeUndefined();
    expect(publisherOf('人民政府区长 何汝诚')).toBeUndefined();
  });

  it('reads an issuing body and a date standing on lines of their own under the title', () => {
    const text =
      '青石镇2021年工作总结及2022年工作思路\n\n青石镇人民政府\n（2021年12月20日）\n\n一、2021年工作回顾\n全年实现地区生产总值12.6亿元。\n';
    const report = draftDataset(text, { id: 'qingshi-2021' }).files.report;
    expect(report.publisher).toEqual({ zh: '青石镇人民政府' });
    expect(report.published).toBe('2021-12-20');
    expect(report.toFill).not.toContain('published');
    // A date that does not exist is no date: it stays to fill.
    const wrong = draftDataset(text.replace('12月20日', '2月30日'), { id: 'qingshi-2021' }).files.report;
    expect(wrong.published).toBeUndefined();
    expect(wrong.toFill).toContain('published');
  });

  it('reads --place by the last word of each part', () => {
    expect(parsePlaceOption('湖北省/武汉市/武昌区')).toEqual({ province: '湖北省', city: '武汉市', county: '武昌区' });
    expect(parsePlaceOption('浙江省/温州市/鹿城区/蒲鞋市街道')).toEqual({
      province: '浙江省',
      city: '温州市',
      county: '鹿城区',
      town: '蒲鞋市街道',
    });
    expect(() => parsePlaceOption('湖北省//武昌区')).toThrow(WorkreportError);
  });

  it('lets options override the text and refuses bad ones with OPTION_INVALID', () => {
    const text = corpusText('xintang-2022');
    const report = draftDataset(text, {
      id: 'xintang',
      year: 2021,
      published: '2023-02-01',
      url: 'https://example.org/r',
    }).files.report;
    expect([report.year, report.published, report.url]).toEqual([2021, '2023-02-01', 'https://example.org/r']);
    for (const options of [
      { id: 'Bad Id' },
      { id: 'toString' },
      { id: 'ok', year: 1800 },
      { id: 'ok', published: '1 May 2020' },
      { id: 'ok', published: '2021-02-30' },
      { id: 'ok', published: '2021-13' },
    ]) {
      expect(() => draftDataset(text, options)).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }));
    }
  });
});
