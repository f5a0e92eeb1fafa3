import { describe, expect, it } from 'vitest';
import { explainFigures, extractFigures } from '../../src/figures/extract-figures.ts';
import { reportTexts, seededRandom } from './report-texts.ts';

/**
 * The extractor's whole output (figures, candidates set aside by a named rule, candidates that did
 * not read) on every text the project holds and on random splices of them, against a reference
 * taken before the scanner was restructured for speed (issues 12 and 16): any change of output,
 * however small, fails here. The reference files are in __snapshots__/; after a deliberate change of
 * the extractor's behaviour, look at the diff and rewrite them with `npx vitest run -u <this file>`.
 */

/**
 * `count` texts, each two to five pieces of 1 to 120 code units cut anywhere (inside numbers, unit
 * words and qualifiers too) from random texts and joined: contexts no report has.
 */
function splices(all: readonly string[], count: number): string[] {
  const next = seededRandom(20261206);
  const pick = (n: number): number => Math.floor(next() * n);
  return Array.from({ length: count }, () => {
    let out = '';
    for (let piece = 2 + pick(4); piece > 0; piece--) {
      const text = all[pick(all.length)] ?? '';
      const from = pick(text.length);
      out += text.slice(from, from + 1 + pick(120));
    }
    return out;
  });
}

/** One line per item: figures, rejected and unread candidates, compact enough to read in a diff. */
function lines(text: string): string {
  const { figures, rejected, unread } = explainFigures(text);
  return [
    ...figures.map((f) => `F ${JSON.stringify(f)}`),
    ...rejected.map((r) => `R ${r.offset} ${r.rule} ${JSON.stringify(r.quote)}`),
    ...unread.map((u) => `U ${u.offset} ${JSON.stringify(u.quote)} ${u.why}`),
  ].join('\n');
}

describe('extractor output against the reference', () => {
  const all = reportTexts();

  it('is unchanged on every report text of the repository', async () => {
    const out = all.map(({ name, text }) => `## ${name}\n${lines(text)}`).join('\n');
    await expect(`${out}\n`).toMatchFileSnapshot('__snapshots__/extract-reference.texts.txt');
  });

  it('is unchanged on 400 random splices of them', async () => {
    const out = splices(
      all.map((t) => t.text),
      400,
    )
      .map((text, i) => `## ${i}\n${lines(text)}`)
      .join('\n');
    await expect(`${out}\n`).toMatchFileSnapshot('__snapshots__/extract-reference.splices.txt');
  });

  it('finds the same figures with extractFigures as with explainFigures', () => {
    for (const { text } of all) expect(extractFigures(text)).toEqual(explainFigures(text).figures);
  });
});
