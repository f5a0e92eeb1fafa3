import { readdirSync, readFileSync } from 'node:fs';

/** One report opening of tests/fixtures/corpus (README.md there): its name and text as published. */
export interface CorpusText {
  name: string;
  text: string;
}

const folder = new URL('../../fixtures/corpus/', import.meta.url);

/** Every text of the corpus, by file name, in name order. */
export const CORPUS: readonly CorpusText[] = readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ name: file.replace(/\.txt$/, ''), text: readFileSync(new URL(file, folder), 'utf8') }));

/** The text of corpus file `name`. */
export function corpusText(name: string): string {
  const found = CORPUS.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no corpus text ${name}`);
  return found.text;
}
