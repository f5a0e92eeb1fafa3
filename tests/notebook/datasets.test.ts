import { describe, expect, it } from 'vitest';
import { checkFolders, datasets, foldersOf, leftOut } from '../../notebooks/datasets.ts';
import { DISCOVERY } from '../datasets.ts';

/** A folder of files by name. */
const folder = (files: Record<string, string>) => new Map(Object.entries(files));

describe('notebooks/datasets.ts', () => {
  it('finds the same datasets as the site build (discoverDatasets), in id order, with the same data', () => {
    expect(datasets.map((d) => d.id)).toEqual(DISCOVERY.datasets.map((d) => d.id));
    expect(leftOut.map((d) => d.id)).toEqual(DISCOVERY.leftOut.map((d) => d.id));
    for (const [i, dataset] of datasets.entries()) {
      const expected = DISCOVERY.datasets[i];
      expect(dataset.report.figures).toEqual(expected?.report.figures);
      expect(dataset.report.source).toBe(expected?.report.source);
      expect(dataset.charts).toEqual(expected?.charts);
    }
    expect(datasets.length).toBeGreaterThan(0);
  });

  it('groups glob paths by folder and ignores files that are not dataset files', () => {
    const folders = foldersOf(
      { '../datasets/a/report.json': '{}', '../datasets/a/notes.json': '{}' },
      { '../datasets/a/source.txt': 'text' },
    );
    expect([...folders.keys()]).toEqual(['a']);
    expect([...(folders.get('a')?.keys() ?? [])].sort()).toEqual(['report.json', 'source.txt']);
  });

  it('leaves out a folder with malformed JSON, a missing source or a failing check, naming the file; keeps the others', () => {
    const good = DISCOVERY.datasets[0];
    if (good === undefined) throw new Error('no dataset');
    const { source } = good.report;
    const files = new Map([
      ['broken-json', folder({ 'source.txt': source, 'report.json': '{"id": "broken-json",\n  oops}' })],
      ['no-source', folder({ 'report.json': '{}' })],
      [
        'wrong-offset',
        folder({
          'source.txt': '共征地430亩。',
          'report.json': JSON.stringify({
            id: 'wrong-offset',
            title: { zh: '标题' },
            year: 2019,
            place: {},
            language: 'zh-CN',
            sections: [{ id: 'all', heading: '全文', label: { zh: '全文' }, start: 0, end: 8, part: 'review' }],
          }),
          'figures.json': JSON.stringify({
            figures: [
              {
                id: 'land',
                section: 'all',
                label: { zh: '征地' },
                quantity: { value: 430, unit: 'mu', qualifier: 'exact' },
                period: { kind: 'unspecified' },
                provenance: { quote: '430亩', offset: 2 },
              },
            ],
          }),
        }),
      ],
    ]);
    const result = checkFolders(files);
    expect(result.datasets).toEqual([]);
    expect(result.leftOut.map((d) => d.id)).toEqual(['broken-json', 'no-source', 'wrong-offset']);
    expect(result.leftOut[0]?.message).toMatch(/datasets\/broken-json\/report\.json: not valid JSON \(line 2/);
    expect(result.leftOut[1]?.message).toContain('datasets/no-source/source.txt: missing');
    expect(result.leftOut[2]?.message).toContain(
      'datasets/wrong-offset/figures.json: figure "land": quote is not at its offset',
    );
  });
});
