/**
 * Node truncates long Chinese labels where Chromium does. A bar chart of four farmland figures
 * with long Chinese labels (流转低洼田稻田养虾 …), built with `barChart`, gets an axis label limit
 * of 80 px (its category axis's `labelLimit`), so that some labels fit and others are cut with `…`. The
 * Node SVG (`renderSvg`, CJK text measure of src/render/text-metrics.ts) and the SVG that vega's
 * own SVG renderer draws in Debian's Chromium (vega's UMD build from node_modules, text measured
 * by a canvas with Noto Sans CJK SC) must hold the same texts, in the same order.
 *
 * Known exception, avoided here: Chromium narrows adjacent CJK punctuation pairs such as ：《 or
 * 》， (`text-spacing-trim`), the Node measure does not (resvg does not either), so a truncated
 * label with such a pair may keep one character fewer in Node. None of the truncated labels below
 * has such a pair; the single 、 of 葡萄、杨梅等果园 is measured 1 em wide by both.
 *
 * The page registers `workreportNumber` (the theme's axis number format, src/charts/vega-format.ts)
 * as `String(value)`: the zh format writes integers below 1万 as plain digits, and every tick here
 * is one, so both sides print the same ticks (the comparison of every text would show otherwise).
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import type * as Vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/index.ts';
import { compileVega, renderSvg } from '../../src/render/index.ts';
import { herbs, orchards, rapeseed, report, riceShrimp } from '../charts/fixtures.ts';
import { texts } from './svg.ts';
import { launchChromium } from '../site/browser.ts';

/** The machine has 2 cores; Chromium's start can be slow. */
const TIMEOUT = 30_000;
const VEGA_UMD = fileURLToPath(new URL('../../node_modules/vega/build/vega.min.js', import.meta.url));

/** Axis label limit in pixels: 80 − a 12 px ellipsis leaves room for 5 ideographs at 12 px, a whole label for 6. */
const LABEL_LIMIT = 80;

const chart = barChart([riceShrimp, rapeseed, herbs, orchards], {
  report,
  id: 'test/long-labels',
  lang: 'zh',
  title: '各类种植面积',
});
// The builder sets the category axis's label limit to its label column; narrow it to 80 px.
const encoding = (chart.spec as unknown as { encoding: { y: { axis: Record<string, unknown> } } }).encoding;
const spec = {
  ...chart.spec,
  encoding: { ...encoding, y: { ...encoding.y, axis: { ...encoding.y.axis, labelLimit: LABEL_LIMIT } } },
} as TopLevelSpec;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

/** The lines of every `<text>` that vega's SVG renderer draws for `vegaSpec` in Chromium, in document order. */
async function chromiumTexts(vegaSpec: unknown): Promise<string[]> {
  const page = await browser.newPage();
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><html lang="zh-CN"><body><div id="chart"></div></body></html>');
    await page.addScriptTag({ path: VEGA_UMD });
    const drawn = await page.evaluate(async (compiled) => {
      const vega = (window as unknown as { vega: typeof Vega }).vega;
      vega.expressionFunction('workreportNumber', (value: unknown) => String(value));
      const view = new vega.View(vega.parse(compiled as Vega.Spec), { renderer: 'svg', container: '#chart' });
      await view.runAsync();
      return [...document.querySelectorAll('#chart text')].flatMap((text) => {
        const spans = [...text.querySelectorAll('tspan')];
        return (spans.length > 0 ? spans : [text]).map((node) => node.textContent ?? '');
      });
    }, vegaSpec);
    expect(errors).toEqual([]);
    return drawn;
  } finally {
    await page.close();
  }
}

describe('long Chinese labels under a label limit', () => {
  it(
    `are truncated alike in Node and in Chromium at ${LABEL_LIMIT} px: 流转低洼田…, 葡萄、杨梅…, 油菜种植面积 whole`,
    async () => {
      const node = texts(await renderSvg(spec));
      expect(node).toEqual(expect.arrayContaining(['流转低洼田…', '油菜种植面积', '药材种植面积', '葡萄、杨梅…']));
      expect(await chromiumTexts(compileVega(spec))).toEqual(node);
    },
    TIMEOUT,
  );
});
