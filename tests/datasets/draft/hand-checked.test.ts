import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftDataset, type Draft } from '../../../src/datasets/draft/draft-dataset.ts';
import type { Period } from '../../../src/figures/period.ts';
import { corpusText } from './corpus.ts';

/** A figure of the corpus read by hand (hand-checked.json). */
interface HandChecked {
  file: string;
  quote: string;
  offset: number;
  /** The label a careful reader gives; null when the number counts nothing (the draft must tag it). */
  label: string | null;
  accept?: string[];
  section: string;
  period: Period;
}

const { figures: checked } = JSON.parse(readFileSync(new URL('hand-checked.json', import.meta.url), 'utf8')) as { figures: HandChecked[] };
const drafts = new Map<string, Draft>();
const draftOf = (file: string): Draft => {
  const draft = drafts.get(file) ?? draftDataset(corpusText(file), { id: file });
  drafts.set(file, draft);
  return draft;
};

/** The same period as far as the hand annotation says: a since or cumulative period compares its kind and start only. */
function samePeriod(drafted: Period, expected: Period): boolean {
  if (drafted.kind !== expected.kind) return false;
  switch (expected.kind) {
    case 'year':
    case 'target':
      return 'year' in drafted && drafted.year === expected.year;
    case 'through':
      return drafted.kind === 'through' && drafted.end === expected.end && (expected.start === undefined || drafted.start === expected.start);
    case 'since':
      return drafted.kind === 'since' && drafted.start === expected.start;
    default:
      return true;
  }
}

const results = checked.map((hand) => {
  const draft = draftOf(hand.file);
  const figure = draft.files.figures.figures.find((f) => f.provenance.offset === hand.offset);
  if (figure === undefined || figure.provenance.quote !== hand.quote) throw new Error(`${hand.file}: no drafted figure ${hand.quote} at ${hand.offset}`);
  const section = draft.files.report.sections.find((s) => s.id === figure.section);
  const tagged = figure.tags?.includes('needs-review:label') === true;
  return {
    hand,
    figure,
    label: hand.label === null ? tagged : [hand.label, ...(hand.accept ?? [])].includes(figure.label.zh),
    section: section?.heading === hand.section,
    period: samePeriod(figure.period, hand.period),
    tagged: (figure.tags ?? []).some((t) => t.startsWith('needs-review:')),
  };
});
const share = (ok: (r: (typeof results)[number]) => boolean): number => results.filter(ok).length / results.length;

describe('drafted labels, sections and periods against figures read by hand', () => {
  it('checks at least 50 figures of several corpus texts', () => {
    expect(results.length).toBeGreaterThanOrEqual(50);
    expect(new Set(checked.map((c) => c.file)).size).toBeGreaterThanOrEqual(8);
  });

  it('reaches the accuracy measured when the annotations were written (label 74/82, section 82/82, period 79/82)', () => {
    const label = share((r) => r.label);
    const section = share((r) => r.section);
    const period = share((r) => r.period);
    const tagged = results.filter((r) => r.tagged).length;
    console.info(
      `hand-checked ${results.length} figures: label ${(100 * label).toFixed(1)} %, section ${(100 * section).toFixed(1)} %, period ${(100 * period).toFixed(1)} %, ${tagged} tagged for review`,
    );
    for (const r of results.filter((x) => !x.label || !x.period)) {
      console.info(`  ${r.hand.file} ${r.hand.quote}@${r.hand.offset}: label ${r.figure.label.zh} (want ${r.hand.label ?? 'tagged'}), period ${JSON.stringify(r.figure.period)} (want ${JSON.stringify(r.hand.period)})`);
    }
    expect(results.filter((r) => r.label).length).toBeGreaterThanOrEqual(74);
    expect(section).toBe(1);
    expect(results.filter((r) => r.period).length).toBeGreaterThanOrEqual(79);
  });

  it('tags every number that counts nothing (a meeting, a rank, a threshold) for review', () => {
    for (const r of results.filter((x) => x.hand.label === null)) expect(r.figure.tags).toContain('needs-review:label');
  });
});
