import { describe, expect, it } from 'vitest';
import { checkAnnotations, report } from './checked.ts';
import { corpusText } from './corpus.ts';

/** The corpus figures read by hand (hand-checked.json), each against its draft. */
const results = checkAnnotations('hand-checked.json', corpusText);

describe('drafted labels, sections and periods against figures read by hand', () => {
  it('checks at least 50 figures of several corpus texts', () => {
    expect(results.length).toBeGreaterThanOrEqual(50);
    expect(new Set(results.map((r) => r.hand.file)).size).toBeGreaterThanOrEqual(8);
  });

  it('reaches the accuracy measured when the annotations were written (label 74/82, section 82/82, period 79/82)', () => {
    console.info(report('hand-checked', results));
    expect(results.filter((r) => r.label).length).toBeGreaterThanOrEqual(74);
    expect(results.every((r) => r.section)).toBe(true);
    expect(results.filter((r) => r.period).length).toBeGreaterThanOrEqual(79);
  });

  it('tags every number that counts nothing (a meeting, a rank, a threshold) for review', () => {
    for (const r of results.filter((x) => x.hand.label === null)) expect(r.figure.tags).toContain('needs-review:label');
  });
});
