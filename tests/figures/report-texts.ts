import { readdirSync, readFileSync } from 'node:fs';

/**
 * The texts the extractor's whole-output tests run on (extract-reference, figure-stream), and the
 * seeded randomness they splice them with.
 */

const ROOT = new URL('../../', import.meta.url);

/** Every report text of the repository: datasets' sources and the corpus, unseen and hostile fixtures, by name. */
export function reportTexts(): { name: string; text: string }[] {
  const found: { name: string; text: string }[] = [];
  for (const id of readdirSync(new URL('datasets/', ROOT)).sort()) {
    found.push({ name: `datasets/${id}`, text: readFileSync(new URL(`datasets/${id}/source.txt`, ROOT), 'utf8') });
  }
  for (const dir of ['corpus', 'unseen', 'hostile']) {
    for (const file of readdirSync(new URL(`tests/fixtures/${dir}/`, ROOT)).sort()) {
      if (file.endsWith('.txt'))
        found.push({
          name: `${dir}/${file}`,
          text: readFileSync(new URL(`tests/fixtures/${dir}/${file}`, ROOT), 'utf8'),
        });
    }
  }
  return found;
}

/** A small seeded generator (mulberry32) of numbers in [0, 1): the same sequence on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
