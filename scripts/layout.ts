/**
 * `npm run layout [-- --out <dir>] [--only <id substring>]`: the layout check of issue 14 over
 * every chart of every dataset and series page (tests/charts/layout), at 375, 640 and 1280 px, zh
 * and en, light and dark. Prints a summary and writes a PNG of every drawing with an index page
 * to review them (default folder: layout-review/). Exits 1 on any breach.
 */
import { allSources } from '../tests/charts/layout/cases.ts';
import { runMatrix, summary } from '../tests/charts/layout/matrix.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const out = option('--out') ?? 'layout-review';
const only = option('--only');
const sources = allSources().filter((s) => only === undefined || s.id.includes(only));
const result = await runMatrix(sources, { screenshots: out });
console.log(summary(result, Number(option('--limit') ?? 200)));
console.log(`screenshots: ${out}/index.html`);
process.exitCode = result.breaches.length > 0 ? 1 : 0;
