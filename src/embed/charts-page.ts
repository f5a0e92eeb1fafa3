/**
 * The script of a page whose charts are all it runs (a comparison page, src/site/series-page.ts):
 * makes every `.chart` block of the page interactive (src/embed/chart-block.ts), with one tooltip
 * for the page. The page reads completely without it.
 */
import { chartBlock, clickHint } from './chart-block.ts';
import { createTooltip } from './tooltip.ts';

const tooltip = createTooltip(clickHint());
for (const block of document.querySelectorAll<HTMLElement>('[data-chart-block]')) chartBlock(block, { tooltip });
document.documentElement.setAttribute('data-interactive', '');
