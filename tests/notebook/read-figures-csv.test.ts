import { csvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { yangshahu2019 } from '../datasets.ts';
import { csvText, FIGURE_COLUMNS, figureRow, type Figure } from '../../src/index.ts';
import { readFiguresCsv } from '../../src/notebook/read-figures-csv.ts';

/** A figures CSV exactly as `workreport figures <id> --format csv` prints it (src/cli/main.ts). */
const figuresCsv = (figures: readonly Figure[]): string => csvText(figures.map(figureRow), FIGURE_COLUMNS);

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
    const [first] = yangshahu2019.figures;
    const text = csvFormat([figureRow(first as Figure)], [...FIGURE_COLUMNS].reverse());
    expect(readFiguresCsv(text)).toStrictEqual([first]);
  });

  it('names the missing columns of a CSV that is not a figures export', () => {
    expect(codeOf(() => readFiguresCsv('id,value\nland-acquired,430\n'))).toBe('FIGURE_INVALID');
    expect(() => readFiguresCsv('id,value\nland-acquired,430\n')).toThrow(/lacks columns section, label_zh/);
  });

  it('names the line, id and field of an invalid row: an empty value is not 0', () => {
    const csv = figuresCsv(yangshahu2019.figures);
    expect(csv.split('812,households')).toHaveLength(2);
    const text = csv.replace('812,households', ',households');
    const line = yangshahu2019.figures.findIndex((f) => f.id === 'poor-households-registered') + 2;
    expect(codeOf(() => readFiguresCsv(text))).toBe('FIGURE_INVALID');
    expect(() => readFiguresCsv(text)).toThrow(
      new RegExp(`line ${line} \\(poor-households-registered\\): quantity\\.value`),
    );
  });

  it('reads a formula-like label back as written, ignores blank lines, and refuses a value that is not a decimal number (0x1F4)', () => {
    const [first] = yangshahu2019.figures;
    const hostile = { ...(first as Figure), label: { zh: '=cmd|calc', en: '@SUM(A1)' } };
    const text = `${figuresCsv([hostile])}\n\n`;
    expect(text).toContain("'=cmd|calc");
    expect(readFiguresCsv(text)).toStrictEqual([hostile]);
    expect(() => readFiguresCsv(figuresCsv([first as Figure]).replace(',2,count,', ',0x1F4,count,'))).toThrow(
      /quantity\.value/,
    );
  });

  it('refuses an id on two rows', () => {
    const [first] = yangshahu2019.figures;
    expect(codeOf(() => readFiguresCsv(figuresCsv([first as Figure, first as Figure])))).toBe('FIGURE_DUPLICATE_ID');
  });
});
