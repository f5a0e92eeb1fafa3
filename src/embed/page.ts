/**
 * The script of an embed page (src/site/embed-page.ts): makes the pre-rendered chart interactive
 * (tooltips, click-through; `data-interactive` on `<html>` once it is),
 * tells a framing page its height, and finishes the embed code (absolute URLs, a copy button).
 * The page reads completely without it.
 */
import { chartBlock } from './chart-block.ts';
import { postResizeMessages } from './resize-message.ts';
import { enableSnippet } from './snippet.ts';
import { WorkreportError } from '../errors.ts';
import { runtimeMessage } from '../runtime-messages.ts';

const article = document.querySelector<HTMLElement>('[data-embed]');
const block = article?.querySelector<HTMLElement>('[data-chart-block]');
if (article === null || article === undefined || block === null || block === undefined) {
  throw new WorkreportError(runtimeMessage('PAGE_INVALID', 'noEmbedArticle', {}));
}
postResizeMessages(article.dataset.embed ?? '');
enableSnippet(article);
chartBlock(block);
document.documentElement.setAttribute('data-interactive', '');
