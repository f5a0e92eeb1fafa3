import { csvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { yangshahu2019 } from '../datasets.ts';
import { FIGURE_COLUMNS, figureRow, type Figure } from '../../src/index.ts';
import { readFiguresCsv } from '../../src/notebook/read-figures-csv.ts';
import { illustrative2020 } from '../fixtures/illustrative-2020/report.ts';

/** A figures CSV exactly as `workreport figures <id> --format csv` prints it (src/cli/main.ts). */
const figuresCsv = (figures: readonly Figure[]): string => `\uFEFF${csvFormat(figures.map(figureRow), [...FIGURE_COLUMNS])}\n`;

const codeOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return undefined;
};

describe('readFiguresCsv', () => {
  it('reads back every Yangshahu 2019 figure as it was written: values, periods, tags and notes', () => {
    expect(readFiguresCsv(figuresCsv(yangshahu2019.figures))).toStrictEqual(yangshahu2019.figures);
  });

  it('rebuilds each period kind from period_kind, period_start and period_end', () => {
    const periods = readFiguresCsv(figuresCsv(yangshahu2019.figures)).map((f) => f.period);
    expect(periods).toContainEqual({ kind: 'year', year: 2019 });
    expect(periods).toContainEqual({ kind: 'through', end: '2019-12-16' });
    expect(periods).toContainEqual({ kind: 'since', start: '2018-01', through: '2019-12-16' });
    expect(periods).toContainEqual({ kind: 'target', year: 2020 });
  });

  it('reads a CSV without BOM and with its columns in another order', () => {
    const [first] = illustrative2020.figures;
    const text = csvFormat([figureRow(first as Figure)], [...FIGURE_COLUMNS].reverse());
    expect(readFiguresCsv(text)).toStrictEqual([first]);
  });

  it('names the missing columns of a CSV that is not a figures export', () => {
    expect(codeOf(() => readFiguresCsv('id,value\nland-acquired,430\n'))).toBe('FIGURE_INVALID');
    expect(() => readFiguresCsv('id,value\nland-acquired,430\n')).toThrow(/lacks columns section, label_zh/);
  });

  it('names the line, id and field of an invalid row: an empty value is not 0', () => {
    const text = figuresCsv(illustrative2020.figures).replace('812,households', ',households');
    expect(codeOf(() => readFiguresCsv(text))).toBe('FIGURE_INVALID');
    expect(() => readFiguresCsv(text)).toThrow(/line 2 \(poor-households-registered\): quantity\.value/);
  });

  it('refuses an id on two rows', () => {
    const [first] = illustrative2020.figures;
    expect(codeOf(() => readFiguresCsv(figuresCsv([first as Figure, first as Figure])))).toBe('FIGURE_DUPLICATE_ID');
  });
});

describe('the illustrative 2020 CSV of the compare notebook', () => {
  it('is the illustrative fixture exported as `workreport figures --format csv` would (regenerate: npx vitest run -u tests/notebook)', async () => {
    await expect(figuresCsv(illustrative2020.figures)).toMatchFileSnapshot('../../notebooks/compare/illustrative-2020.csv');
  });
});
