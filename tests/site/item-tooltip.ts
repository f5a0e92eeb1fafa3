import type { Locator, Page } from 'playwright-core';
import { TIMEOUT } from './browser.ts';

/** What hovering a chart item showed: the item's id and tooltip (its attributes), and the tooltip's text and hint. */
export interface ShownTooltip {
  id: string;
  /** The values of the item's `data-tooltip` (src/render/item-svg.ts), by title. */
  values: Record<string, string>;
  text: string;
  /** The hint line to click, or undefined when the tooltip has none. */
  hint: string | undefined;
}

/** Hover `item` (an element with `data-id` and `data-tooltip`) of `page` and read the tooltip it opens. */
export async function hoverTooltip(page: Page, item: Locator): Promise<ShownTooltip> {
  const id = (await item.getAttribute('data-id')) ?? '';
  const values = JSON.parse((await item.getAttribute('data-tooltip')) ?? '{}') as Record<string, string>;
  await item.hover({ force: true });
  const tip = page.locator('.wr-tooltip');
  await tip.waitFor({ state: 'visible', timeout: TIMEOUT });
  const hint = tip.locator('.wr-tooltip__hint');
  return {
    id,
    values,
    text: await tip.innerText(),
    hint: (await hint.count()) === 0 ? undefined : await hint.innerText(),
  };
}
