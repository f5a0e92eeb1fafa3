import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { yangshahu2019 } from '../datasets.ts';
import { extractFigures } from '../../src/figures/extract-figures.ts';

/**
 * Recall and precision of `extractFigures` against the curated Yangshahu 2019 dataset. A figure
 * matches only when offset, quote (hence span), value, unit and qualifier all agree; `counted` is
 * not compared (the dataset names what is counted more precisely than a classifier can).
 */
const source = readFileSync(new URL('../../datasets/yangshahu-2019/source.txt', import.meta.url), 'utf8');
const key = (f: { offset: number; quote: string; value: number; unit: string; qualifier: string }): string =>
  `${f.offset} ${f.quote} ${f.value} ${f.unit} ${f.qualifier}`;

const curated = yangshahu2019.figures.map((f) =>
  key({ offset: f.provenance.offset, quote: f.provenance.quote, ...f.quantity }),
);
const extracted = extractFigures(source);
const found = new Set(extracted.map(key));
const expected = new Set(curated);
const missed = curated.filter((k) => !found.has(k));
const spurious = extracted.map(key).filter((k) => !expected.has(k));
const recall = (curated.length - missed.length) / curated.length;
const precision = (extracted.length - spurious.length) / extracted.length;
const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;

console.log(
  `extract on yangshahu-2019: recall ${percent(recall)} (${curated.length - missed.length}/${curated.length}), ` +
    `precision ${percent(precision)} (${extracted.length - spurious.length}/${extracted.length}); ` +
    `missed: ${missed.join('; ') || 'none'}; spurious: ${spurious.join('; ') || 'none'}`,
);

describe('extractFigures on yangshahu-2019 agrees with the curated dataset', () => {
  it(`recall ${percent(recall)} and precision ${percent(precision)} are both at least 98%`, () => {
    expect(recall).toBeGreaterThanOrEqual(0.98);
    expect(precision).toBeGreaterThanOrEqual(0.98);
  });

  it('extracts nothing the dataset excludes on purpose (dates, hotline, congress names, slogans, ordinals)', () => {
    const overlapping = yangshahu2019.exclusions.filter((x) =>
      extracted.some((f) => f.offset < x.offset + x.quote.length && x.offset < f.offset + f.quote.length),
    );
    expect(overlapping).toEqual([]);
  });

  it('quotes every figure exactly at its offset', () => {
    for (const f of extracted) expect(source.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
  });
});
