import { describe, expect, it } from 'vitest';
import { statedChanges, type StatedChange } from '../../src/compare/stated-change.ts';
import type { Report } from '../../src/figures/figure.ts';
import { corpusReport } from './corpus.ts';
import { hongshan2013, hongshan2014, panyu2015, wuchang2017 } from './series-fixtures.ts';

/** The linked changes of `report` by the quote of their level. */
function byLevel(report: Report): Map<string, StatedChange> {
  const quotes = new Map(report.figures.map((f) => [f.id as string, f.provenance.quote]));
  return new Map(statedChanges(report).linked.map((c) => [quotes.get(c.level) ?? '', c]));
}

const bases = (c: StatedChange | undefined) => c?.basis.map((b) => b.word);

describe('statedChanges', () => {
  it('links each of 武昌区 2017’s seven headline growths to its level, 同口径 kept as the basis of 128.42亿元', () => {
    const links = byLevel(wuchang2017);
    expect([...links].map(([level, c]) => [level, c.value])).toEqual([
      ['1102.5亿元', 9],
      ['947.81亿元', 9.6],
      ['217.59亿元', 16],
      ['128.42亿元', 19.4],
      ['237.52亿元', 17.9],
      ['686.4亿元', 51.3],
      ['682.07亿元', 10.1],
    ]);
    expect(bases(links.get('128.42亿元'))).toEqual(['同口径']);
    expect(bases(links.get('1102.5亿元'))).toEqual([]);
  });

  it('pairs a list of rates with a list of levels: 107亿元和45.91亿元,增长11%和14%', () => {
    const links = byLevel(hongshan2014);
    expect(links.get('107亿元')?.value).toBe(11);
    expect(links.get('45.91亿元')?.value).toBe(14);
    expect(bases(links.get('107亿元'))).toEqual(['预计']);
  });

  it('reads 按同口径计算 and 预计 of 洪山区 2013 GDP, and 比上年提高0.4个百分点 as a change in points of 73.7%', () => {
    const links = byLevel(hongshan2013);
    expect(bases(links.get('635亿元'))).toEqual(['预计', '按同口径计算']);
    const share = links.get('73.7%');
    expect(share).toMatchObject({ value: 0.4, measure: 'percentage-points', direction: 'increase' });
    expect(bases(share)).toEqual(['预计', '比上年']);
  });

  it('leaves out averages over five years (“十二五”期间年均增长12.7%) and changes since a named year', () => {
    const links = byLevel(panyu2015);
    expect(links.get('1608.78亿元')?.value).toBe(8.5);
    expect(links.has('84.47亿元')).toBe(false);
    expect(links.has('10.81万元')).toBe(false);
  });

  it('keeps a decrease signed: 税收收入12.3亿元,同比下降11.98% is −11.98, year on year', () => {
    const source = '实现税收收入12.3亿元,同比下降11.98%。';
    const report = {
      source,
      figures: [{ ...hongshan2014.figures[1], id: 'tax', provenance: { quote: '12.3亿元', offset: 6 } }],
    } as Pick<Report, 'source' | 'figures'>;
    const [link] = statedChanges(report).linked;
    expect(link).toMatchObject({ level: 'tax', value: -11.98, direction: 'decrease', quote: '11.98%', offset: 17 });
    expect(bases(link)).toEqual(['同比']);
  });

  it('carries a note (同比,下同) to the changes after it', () => {
    const liuyang = corpusReport('liuyang-city-2022', [
      ['1722.5亿元', '地区生产总值'],
      ['101.1亿元', '地方一般公共预算收入'],
    ]);
    const links = byLevel(liuyang);
    expect(bases(links.get('1722.5亿元'))).toEqual(['同比']);
    expect(bases(links.get('101.1亿元'))).toEqual(['同口径', '同比']);
  });

  it('links nothing to a level the words between name as another subject', () => {
    const report = corpusReport('caidian-district-2015', [['348.93亿元', '全社会固定资产投资']]);
    expect(statedChanges(report).linked).toEqual([]);
  });
});
