import { describe, expect, it } from 'vitest';
import { findSeries, placeKey } from '../../src/compare/series.ts';
import * as S from './series-fixtures.ts';

describe('findSeries', () => {
  const reports = [
    S.wuchang2018,
    S.hongshan2014,
    S.panyu2015,
    S.wuchang2017,
    S.hongshan2012,
    S.hongshan2013,
    S.panyu2014,
    S.liuyang2022,
    S.liuyang2023,
  ];

  it('groups the corpus reports by place, ordered by the year they review', () => {
    const series = findSeries(reports, (r) => r.meta);
    expect(series.map((s) => [s.key, s.years])).toEqual([
      ['广东省/广州市/番禺区', [2014, 2015]],
      ['湖北省/武汉市/武昌区', [2017, 2018]],
      ['湖北省/武汉市/洪山区', [2012, 2013, 2014]],
      ['湖南省/长沙市/浏阳市(县级市)', [2022, 2023]],
    ]);
    expect(series[1]?.members.map((r) => r.meta.id)).toEqual(['wuchang-district-2017', 'wuchang-district-2018']);
  });

  it('leaves out places with one report and reports without a place', () => {
    const lone = { ...S.caidian2014, meta: { ...S.caidian2014.meta, place: {} } };
    expect(findSeries([S.caidian2015, lone], (r) => r.meta)).toEqual([]);
  });

  it('takes a place as its non-empty parts: a county without its city is another place', () => {
    expect(placeKey({ province: '湖北省', city: ' ', county: '武昌区' })).toBe('湖北省/武昌区');
    expect(placeKey({})).toBe('');
  });
});
