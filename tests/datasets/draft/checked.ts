import { readFileSync } from 'node:fs';
import { draftDataset, type Draft } from '../../../src/datasets/draft/draft-dataset.ts';
import type { Period } from '../../../src/figures/period.ts';

/** A figure read by hand (hand-checked.json, unseen-checked.json). */
export interface HandChecked {
  file: string;
  quote: string;
  offset: number;
  /** The label a careful reader gives; null when the number counts nothing (the draft must tag it). */
  label: string | null;
  accept?: string[];
  section: string;
  period: Period;
}

/** The same period as far as the hand annotation says: a since or cumulative period compares its kind and start only. */
export function samePeriod(drafted: Period, expected: Period): boolean {
  if (drafted.kind !== expected.kind) return false;
  switch (expected.kind) {
    case 'year':
    case 'target':
      return 'year' in drafted && drafted.year === expected.year;
    case 'through':
      return (
        drafted.kind === 'through' &&
        drafted.end === expected.end &&
        (expected.start === undefined || drafted.start === expected.start)
      );
    case 'since':
      return drafted.kind === 'since' && drafted.start === expected.start;
    default:
      return true;
  }
}

/** One hand-checked figure against its draft. */
export interface CheckResult {
  hand: HandChecked;
  figure: Draft['files']['figures']['figures'][number];
  /** The label is one a reader gives, or (for a number that counts nothing) it is tagged for review. */
  label: boolean;
  /** The label is published as found but is none a reader gives: a wrong label that no tag flags. */
  wrongUntagged: boolean;
  section: boolean;
  period: boolean;
  tagged: boolean;
}

/** Read annotations from `file` (next to this module) and check each against the draft of its text, read by `textOf`. */
export function checkAnnotations(file: string, textOf: (name: string) => string): CheckResult[] {
  const { figures: checked } = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as {
    figures: HandChecked[];
  };
  const drafts = new Map<string, Draft>();
  const draftOf = (name: string): Draft => {
    const draft = drafts.get(name) ?? draftDataset(textOf(name), { id: name });
    drafts.set(name, draft);
    return draft;
  };
  return checked.map((hand) => {
    const draft = draftOf(hand.file);
    const figure = draft.files.figures.figures.find((f) => f.provenance.offset === hand.offset);
    if (figure === undefined || figure.provenance.quote !== hand.quote)
      throw new Error(`${hand.file}: no drafted figure ${hand.quote} at ${hand.offset}`);
    const section = draft.files.report.sections.find((s) => s.id === figure.section);
    const labelTagged = figure.tags?.includes('needs-review:label') === true;
    const named = hand.label !== null && [hand.label, ...(hand.accept ?? [])].includes(figure.label.zh);
    return {
      hand,
      figure,
      label: hand.label === null ? labelTagged : named,
      wrongUntagged: !labelTagged && !named,
      section: section?.heading === hand.section,
      period: samePeriod(figure.period, hand.period),
      tagged: (figure.tags ?? []).some((t) => t.startsWith('needs-review:')),
    };
  });
}

/** A one-line summary and one line per miss, for the test log. */
export function report(name: string, results: readonly CheckResult[]): string {
  const n = (ok: (r: CheckResult) => boolean): number => results.filter(ok).length;
  const lines = [
    `${name} ${results.length} figures: label ${n((r) => r.label)}, section ${n((r) => r.section)}, period ${n((r) => r.period)}; ${n((r) => r.tagged)} tagged for review, ${n((r) => r.wrongUntagged)} wrong labels untagged`,
  ];
  for (const r of results.filter((x) => !x.label || !x.period || !x.section)) {
    lines.push(
      `  ${r.hand.file} ${r.hand.quote}@${r.hand.offset}:${r.label ? '' : ` label ${r.figure.label.zh}${r.figure.tags?.includes('needs-review:label') === true ? ' [tagged]' : ''} (want ${r.hand.label ?? 'tagged'})`}${r.period ? '' : ` period ${JSON.stringify(r.figure.period)} (want ${JSON.stringify(r.hand.period)})`}${r.section ? '' : ` section (want ${r.hand.section})`}`,
    );
  }
  return lines.join('\n');
}
