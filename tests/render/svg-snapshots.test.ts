/**
 * Committed SVG snapshots of a few registered charts, zh and en (light theme), as `renderSvg`
 * draws them in Node: one chart per look that the Vega-Lite snapshots (tests/charts/specs/) cannot
 * show, namely the text measure's truncation and wrapping, the bar layout, the progress captions,
 * the waffle's squares and the KPI's big number. Compared after `normalizeSvg` (ids renumbered,
 * floats to 3 decimals, one element per line). On a mismatch the test writes the new drawing as
 * `tests/render/svg/<name>-changed.svg` beside the expected file (gitignored) and fails: open both
 * in a browser, or diff them.
 *
 * Regenerate after an intended change, then review the diff like code (see svg/README.md):
 *
 *   UPDATE_SVG=1 TZ=UTC LANG=C.UTF-8 npx vitest run tests/render/svg-snapshots.test.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartById } from '../datasets.ts';
import type { Lang } from '../../src/charts/chart.ts';
import { renderSvg } from '../../src/render/index.ts';
import { normalizeSvg } from './svg.ts';

const DIR = new URL('./svg/', import.meta.url);
const UPDATE = process.env.UPDATE_SVG === '1';
const LANGS: readonly Lang[] = ['zh', 'en'];

/** The snapshotted charts: a ranked bar with long Chinese labels, a progress bar, a waffle, a KPI card. */
const CHART_IDS = [
  'yangshahu-2019/farmland-by-crop',
  'yangshahu-2019/poverty-households',
  'yangshahu-2019/poverty-households-waffle',
  'yangshahu-2019/customs-reform-savings',
] as const;

/** `farmland-by-crop.zh`: the file name of a snapshot without `.svg`. */
const snapshotName = (id: string, lang: Lang): string => `${id.slice(id.indexOf('/') + 1)}.${lang}`;
const cases = CHART_IDS.flatMap((id) => LANGS.map((lang) => ({ id, lang, name: snapshotName(id, lang) })));

/** The committed snapshot files in the folder (not the `-changed.svg` ones). */
const snapshotFiles = (): string[] =>
  readdirSync(DIR).filter((file) => file.endsWith('.svg') && !file.endsWith('-changed.svg'));

if (UPDATE) {
  mkdirSync(DIR, { recursive: true });
  const wanted = new Set(cases.map((c) => `${c.name}.svg`));
  for (const file of snapshotFiles()) if (!wanted.has(file)) rmSync(new URL(file, DIR));
}

describe('normalizeSvg', () => {
  it('renumbers ids with their references, rounds 0.30000000000000004 to 0.3 and puts one element per line', () => {
    const svg =
      '<svg><clipPath id="clip7"><rect width="0.30000000000000004" x="-0.00001"/></clipPath><g clip-path="url(#clip7)"><text>86.47%<tspan>x</tspan></text></g></svg>';
    expect(normalizeSvg(svg)).toBe(
      '<svg>\n<clipPath id="clip1">\n<rect width="0.3" x="0"/>\n</clipPath>\n<g clip-path="url(#clip1)">\n<text>86.47%<tspan>x</tspan></text>\n</g>\n</svg>\n',
    );
  });
});

describe('SVG snapshots of registered charts', () => {
  it.each(cases.map((c) => [`${c.name}.svg`, c] as const))(
    '%s matches the normalised SVG renderSvg draws',
    async (_file, { id, lang, name }) => {
      const actual = normalizeSvg(await renderSvg(chartById(id, lang)));
      const expectedPath = new URL(`${name}.svg`, DIR);
      const changedPath = new URL(`${name}-changed.svg`, DIR);
      if (UPDATE) writeFileSync(expectedPath, actual);
      const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : '';
      if (actual === expected) {
        rmSync(changedPath, { force: true });
        return;
      }
      writeFileSync(changedPath, actual);
      expect.fail(
        `${name}.svg differs from what renderSvg draws now; the new drawing is in tests/render/svg/${name}-changed.svg. ` +
          'If the change is intended: UPDATE_SVG=1 npx vitest run tests/render/svg-snapshots.test.ts',
      );
    },
  );

  it('has one file per snapshotted chart and language, and no other', () => {
    expect(snapshotFiles().sort()).toEqual(cases.map((c) => `${c.name}.svg`).sort());
  });
});
