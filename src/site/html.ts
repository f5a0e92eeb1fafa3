/**
 * HTML text helpers for the site generators. Every string that comes from data (titles, labels,
 * quotes, notes) goes through {@link escapeHtml} before it is written into a page.
 */

import { punctuation } from '../figures/locale.ts';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * `text` safe as HTML element content and as a quoted attribute value: `& < > " '` become
 * entities. Anything else passes through.
 *
 * @example escapeHtml('<img src=x onerror=alert(1)>') // '&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** The BCP 47 tag of a site language, for `lang` and `hreflang` attributes. */
export function langTag(lang: 'zh' | 'en'): string {
  return punctuation(lang).tag;
}

/**
 * The start of a generated page up to its own head tags: doctype, `<html lang>`, `<head>` with the
 * charset, viewport, an empty icon (no request for /favicon.ico), the title and, when given, the
 * description, all escaped; `rootAttributes` go on `<html>` (e.g. `{ 'data-theme': 'light' }`). The caller adds its stylesheets and scripts, then closes the head.
 *
 * @example pageStart('zh', '图表一览') // '<!doctype html>\n<html lang="zh-CN">\n  <head>\n    <meta charset="utf-8" />…<title>图表一览</title>'
 */
export function pageStart(
  lang: 'zh' | 'en',
  title: string,
  description?: string,
  rootAttributes: Readonly<Record<string, string>> = {},
): string {
  const attributes = Object.entries(rootAttributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<!doctype html>
<html lang="${langTag(lang)}"${attributes}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escapeHtml(title)}</title>${description === undefined ? '' : `\n    <meta name="description" content="${escapeHtml(description)}" />`}`;
}
