/**
 * HTML text helpers for the site generators. Every string that comes from data (titles, labels,
 * quotes, notes) goes through {@link escapeHtml} before it is written into a page.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

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
  return lang === 'zh' ? 'zh-CN' : 'en';
}
