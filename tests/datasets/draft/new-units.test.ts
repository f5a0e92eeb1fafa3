import { describe, expect, it } from 'vitest';
import { draftDataset } from '../../../src/datasets/draft/draft-dataset.ts';
import { parseDataset } from '../../../src/datasets/parse-dataset.ts';
import { checkProvenance } from '../../../src/figures/check-provenance.ts';

/** A report that states a figure of every unit kind added to the table. */
const TEXT = [
  '某镇2023年工作总结',
  '一、2023年工作回顾',
  '实际利用外资1.47亿美元，引进港资港币500万元，出口120万欧元。',
  '收购茶叶5000公斤，稻谷1200斤，粮食1.5万吨；新增装机10万千瓦，用电756万度。',
  '三成农户参与，出生率0.5‰，三分之二的村完成改造，收入增长3倍。',
  '完成飞防作业11.6万亩次，走访3200户次，检查1200余家次。',
  '流转费每亩600元，分红户均0.25万元，水稻亩产0.55吨。',
  '生猪出栏3.2万头，新增路灯860盏，清理淤泥3.2万立方米。',
].join('\n');

describe('a dataset stores every new unit', () => {
  const draft = draftDataset(TEXT, { id: 'new-units-2023' });
  const json = JSON.parse(JSON.stringify(draft.files)) as Record<string, unknown>;
  const dataset = parseDataset('new-units-2023', { source: TEXT, json }, 'datasets/new-units-2023');

  it('drafts, validates (figures.json schema) and proves every figure against its quote', () => {
    expect(dataset.report.figures.map((f) => f.quantity.unit)).toEqual([
      'USD',
      'HKD',
      'EUR',
      'kg',
      'kg',
      't',
      'kW',
      'kWh',
      'percent',
      'permille',
      'fraction',
      'times',
      'mu-times',
      'household-times',
      'count',
      'CNY/mu',
      'CNY/household',
      't/mu',
      'count',
      'count',
      'other',
    ]);
    expect(checkProvenance(dataset.report)).toEqual([]);
  });

  it('keeps the values worked out by hand: 1200斤 = 600 kg, 三成 = 30 %, 户均0.25万元 = 2500 CNY/household', () => {
    const byQuote = new Map(dataset.report.figures.map((f) => [f.provenance.quote, f.quantity.value]));
    expect(byQuote.get('1200斤')).toBe(600);
    expect(byQuote.get('三成')).toBe(30);
    expect(byQuote.get('户均0.25万元')).toBe(2500);
    expect(byQuote.get('三分之二')).toBe(2 / 3);
    expect(byQuote.get('港币500万元')).toBe(5_000_000);
  });
});
