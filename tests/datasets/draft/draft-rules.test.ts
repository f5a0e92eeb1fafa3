/**
 * One test per kind of reading rule of `workreport init`, each on short sentences of the genre
 * written for the test (not taken from the corpus): what a figure's words name, what counts
 * nothing, which headings open a section and which time words date a figure.
 */
import { describe, expect, it } from 'vitest';
import { draftDataset } from '../../../src/datasets/draft/draft-dataset.ts';
import type { Period } from '../../../src/figures/period.ts';

interface Drafted {
  label: string;
  tagged: boolean;
  period: Period;
  heading: string | undefined;
}

/** The drafted figures of a report text, by quote (the first figure quoting it). */
function draft(body: string): (quote: string) => Drafted {
  const text = `某镇2023年工作总结\n一、2023年工作总结\n${body}`;
  const d = draftDataset(text, { id: 'rules', year: 2023, published: '2023-12-05' });
  return (quote) => {
    const figure = d.files.figures.figures.find((f) => f.provenance.quote === quote);
    if (figure === undefined) throw new Error(`no figure ${quote}`);
    return {
      label: figure.label.zh,
      tagged: figure.tags?.includes('needs-review:label') === true,
      period: figure.period,
      heading: d.files.report.sections.find((s) => s.id === figure.section)?.heading,
    };
  };
}

describe('labels', () => {
  it('drops restrictive adverbs and verbs of a level kept (仅, 还有, 稳定在, 控制在)', () => {
    const at = draft(
      '全镇年产值超10亿元的企业仅5家。粮食播种面积稳定在52.3万亩，城镇调查失业率控制在5.5%以内，义务教育巩固率保持100%。全镇共有脱贫户862户。',
    );
    expect(at('100%').label).toBe('义务教育巩固率');
    expect(at('5家').label).toBe('年产值超10亿元的企业');
    expect(at('52.3万亩').label).toBe('粮食播种面积');
    expect(at('5.5%以内').label).toBe('城镇调查失业率');
    expect(at('862户').label).toBe('脱贫户');
  });

  it('drops words of aim from a plan target (力争, 确保, 推动, 所有)', () => {
    const at = draft(
      '力争新签约亿元以上项目3个，确保完成固定资产投资150亿元，推动茶叶产业产值突破2亿元；所有村集体经济年收入达到15万元以上。',
    );
    expect(at('3个').label).toBe('新签约亿元以上项目');
    expect(at('150亿元').label).toBe('固定资产投资');
    expect(at('突破2亿元').label).toBe('茶叶产业产值');
    expect(at('15万元以上').label).toBe('村集体经济年收入');
  });

  it('drops a time word inside a name, but not the year of a plan (年度任务)', () => {
    const at = draft('政务服务中心全年办理各类事项3.6万件。');
    expect(at('3.6万件').label).toBe('政务服务中心办理各类事项');
  });

  it('keeps a noun that ends like a linking word (行为)', () => {
    expect(draft('查处占道经营行为1540起。')('1540起').label).toBe('查处占道经营行为');
  });

  it('names persons sent to do something by what they did (组织10人参加培训)', () => {
    const at = draft(
      '组织30名青年参加县级电商培训班，组织党员干部320人次下沉社区参与志愿服务。发动1100余名党员干部、志愿者累计排查16万人次。',
    );
    expect(at('30名').label).toBe('组织青年参加县级电商培训班');
    expect(at('320人次').label).toBe('组织党员干部下沉社区参与志愿服务');
    // Another figure in the clause: its words are its own.
    expect(at('1100余名').label).toBe('发动党员干部');
  });

  it('keeps a negated predicate after the noun counted (3个卫生院未达到标准)', () => {
    expect(draft('全县还有3个乡镇卫生院未达到国家推荐标准。')('3个').label).toBe('乡镇卫生院未达到国家推荐标准');
  });

  it('names a total after the thing of the level before it (总数)', () => {
    expect(draft('新增规模以上工业企业17家，总数达到196家。')('196家').label).toBe('规模以上工业企业总数');
  });

  it('names a share by the level before it, or tags it (占…比重)', () => {
    const at = draft('民生支出2.31亿元，占一般公共预算支出的76.5%。占全镇总量的比重为40%。');
    expect(at('76.5%').label).toBe('民生支出占一般公共预算支出');
    expect(at('40%').tagged).toBe(true);
  });

  it('gives parallel modifiers the head of the last name (城镇和农村居民人均可支配收入)', () => {
    const at = draft('城镇和农村居民人均可支配收入分别达到46820元和23560元，分别增长4.9%和6.7%。');
    expect(at('46820元').label).toBe('城镇居民人均可支配收入');
    expect(at('23560元').label).toBe('农村居民人均可支配收入');
    expect(at('4.9%').label).toBe('城镇居民人均可支配收入增长');
    expect(at('6.7%').label).toBe('农村居民人均可支配收入增长');
  });

  it('names a change from the beginning of the year after the level it follows (比年初增长)', () => {
    expect(draft('各项存款余额达到498.7亿元，比年初增长7.3%。')('7.3%').label).toBe('各项存款余额增长');
  });

  it('keeps 年均 whole and a traditional text in its script (年均增長)', () => {
    const at = draft('地區生產總值68.4億元，增長5.1%；五年來地區生產總值年均增長6.4%。');
    expect(at('5.1%').label).toBe('地區生產總值增長');
    expect(at('6.4%').label).toBe('地區生產總值增長');
  });
});

describe('table lines and targets', () => {
  it('reads each cell of a table line on its own (a bar ends a cell; a tab or space parts label and value)', () => {
    const at = draft('主要指标：地区生产总值 12.6亿元 | 财政收入 3860万元 ｜ 固定资产投资\t5.2亿元\n');
    expect(at('12.6亿元').label).toBe('地区生产总值');
    expect(at('3860万元').label).toBe('财政收入');
    expect(at('5.2亿元').label).toBe('固定资产投资');
  });

  it('titles a chart of targets with their year, so a plan is never read as a result', () => {
    const text =
      '某镇2023年工作总结\n一、2023年工作回顾\n新建高标准农田6500亩，新增柑橘种植900亩。\n二、2024年工作思路\n新建高标准农田5000亩，新增柑橘种植1000亩。\n';
    const { charts } = draftDataset(text, { id: 'rules', year: 2023 }).files.charts;
    const titles = charts.map((c) => c.title.zh);
    expect(titles).toContain('新建高标准农田、新增柑橘种植');
    expect(titles).toContain('2024年目标：新建高标准农田、新增柑橘种植');
  });

  it('never bars a per-capita amount beside totals of the same unit (16842 元 beside 5.17 亿元 is a hairline)', () => {
    const text =
      '某镇2023年工作总结\n一、2023年工作回顾\n完成生产总值 5.17 亿元，财政收入 791.82 万元，农民人均纯收入 16842 元，城镇居民人均可支配收入 30210 元。\n';
    const { charts } = draftDataset(text, { id: 'rules', year: 2023 }).files.charts;
    expect(charts.map((c) => c.title.zh)).toEqual(['生产总值、财政收入', '农民人均纯收入、城镇居民人均可支配收入']);
  });
});

describe('numbers that count nothing are tagged', () => {
  it('a threshold: a number after 超/不足/过 followed by what it bounds', () => {
    const at = draft(
      '新签约项目48个，其中超10亿元项目3个。年纳税超500万元的企业仅3家，年收入不足10万元的村还有4个，税收超千万元楼宇6栋。',
    );
    for (const quote of ['超10亿元', '超500万元', '不足10万元', '超千万元']) expect(at(quote).tagged, quote).toBe(true);
    expect(at('3个').label).toBe('超10亿元项目');
    expect(at('3家').tagged).toBe(false);
  });

  it('an amount passed is no threshold when nothing follows it (突破100亿元，超过85%)', () => {
    const at = draft('工业产值突破100亿元，刚性支出占比超过85%。');
    expect(at('突破100亿元').tagged).toBe(false);
    expect(at('超过85%').tagged).toBe(false);
  });

  it('a negation: 一 after 未, 没有, 不 and a verb of occurring (未发生一起, 没有出现一户)', () => {
    expect(draft('全年秸秆综合利用率达到91%，未发生一起露天焚烧事件。')('一起').tagged).toBe(true);
    expect(draft('全乡没有出现一户返贫致贫。')('一户').tagged).toBe(true);
    expect(draft('确保全年不发生一起重大森林火灾。')('一起').tagged).toBe(true);
  });

  it('a meeting number (人大四次会议)', () => {
    expect(draft('全面完成了县十八届人大四次会议确定的目标任务。')('四次').tagged).toBe(true);
  });
});

describe('sections', () => {
  it('a line of points 一是…；二是… opens no section, a 一是 line of its own does', () => {
    const text =
      '某镇2023年工作总结\n一、2023年工作总结\n（一）经济\n一是产业发展有新成效。全镇新建茶园3600亩。二是改厕420户。\n二、存在的问题\n一是经济总量不大，企业仅有3家；二是项目储备不足，在建项目只有2个。\n三、2024年工作思路\n一是抓项目\n新建项目15个。\n二是抓民生\n新增就业岗位300个。\n';
    const d = draftDataset(text, { id: 'rules', year: 2023 });
    const heading = (quote: string): string | undefined => {
      const figure = d.files.figures.figures.find((f) => f.provenance.quote === quote);
      return d.files.report.sections.find((s) => s.id === figure?.section)?.heading;
    };
    expect(heading('3600亩')).toBe('（一）经济');
    expect(heading('420户')).toBe('（一）经济');
    expect(heading('3家')).toBe('二、存在的问题');
    expect(heading('2个')).toBe('二、存在的问题');
    expect(heading('15个')).toBe('一是抓项目');
    expect(heading('300个')).toBe('二是抓民生');
  });
});

describe('periods', () => {
  it('a span of months (1-10月, 3月至5月) is a period through its last month', () => {
    const at = draft('1-10月，全镇完成规模以上工业产值18.6亿元，完成全年任务的89.5%。3月至5月，转运隔离人员1123人。');
    expect(at('18.6亿元').period).toEqual({ kind: 'through', start: '2023-01', end: '2023-10' });
    // 全年任务 names the plan, not the figure's period.
    expect(at('89.5%').period).toEqual({ kind: 'through', start: '2023-01', end: '2023-10' });
    expect(at('1123人').period).toEqual({ kind: 'through', start: '2023-03', end: '2023-05' });
  });

  it('今年以来 starts a count', () => {
    expect(draft('今年以来累计巡河1860人次。')('1860人次').period).toMatchObject({ kind: 'since', start: '2023' });
  });

  it('a year bounding what is counted (2000年以前的小区) does not date it', () => {
    expect(draft('建成于2000年以前的小区仍有41个。')('41个').period).toEqual({ kind: 'cumulative' });
  });

  it('stocks: what a place has and still has, lists of it, its parts and totals reached', () => {
    const at = draft(
      '全镇共有基层党组织38个，党员1126名。全镇8条河流、27座山塘水库均落实河长。新增规上企业9家，规上企业总数达到143家，其中产值超亿元企业38家。新增高新技术企业11家，全镇高新技术企业达到65家。全县还有3个卫生院未达标。',
    );
    for (const quote of ['38个', '1126名', '8条', '27座', '143家', '38家', '65家', '3个'])
      expect(at(quote).period, quote).toEqual({ kind: 'cumulative' });
    expect(at('9家').period).toEqual({ kind: 'year', year: 2023 });
  });

  it('no stock: an area of work done, a per-capita figure, 辖区 as a place of service', () => {
    const at = draft(
      '粮食播种面积稳定在52.3万亩。改造面积32万平方米。脱贫人口人均纯收入达16930元。为辖区老人提供助餐服务1.8万人次。',
    );
    for (const quote of ['52.3万亩', '32万平方米', '16930元', '1.8万人次'])
      expect(at(quote).period, quote).toEqual({ kind: 'year', year: 2023 });
  });

  it('an overview (概况) states stocks; a date dates only its own clause there', () => {
    const text =
      '某街道2022年工作报告\n第一部分　街道概况\n总面积4.8平方公里，辖8个社区，各级学校11所。2022年脱贫393户，未脱贫78户。\n第二部分　2022年工作回顾\n新增就业1380人。\n';
    const d = draftDataset(text, { id: 'rules', year: 2022 });
    const period = (quote: string): Period | undefined =>
      d.files.figures.figures.find((f) => f.provenance.quote === quote)?.period;
    for (const quote of ['4.8平方公里', '8个', '11所', '78户'])
      expect(period(quote), quote).toEqual({ kind: 'cumulative' });
    expect(period('393户')).toEqual({ kind: 'year', year: 2022 });
    expect(period('1380人')).toEqual({ kind: 'year', year: 2022 });
  });
});
