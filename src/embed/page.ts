/**
 * The script of an embed page (src/site/embed-page.ts): makes the pre-rendered chart interactive,
 * tells a framing page its height, and finishes the embed code (absolute URLs, a copy button).
 * The page reads completely without it.
 */
import { chartBlock } from './chart-block.ts';
import { postResizeMessages } from './resize-message.ts';
import { enableSnippet } from './snippet.ts';

const article = document.querySelector<HTMLElement>('[data-embed]');
const block = article?.querySelector<HTMLElement>('[data-chart-block]');
if (article === null || article === undefined || block === null || block === undefined) {
  throw new Error('embed page: no [data-embed] article with a [data-chart-block] chart');
}
postResizeMessages(article.dataset.embed ?? '');
enableSnippet(article);
chartBlock(block, { watch: true })
  .hydrate()
  .then(() => document.documentElement.setAttribute('data-interactive', ''))
  .catch((error: unknown) => console.error('embed page: the chart stays static', error));
