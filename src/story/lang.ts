/**
 * `?lang=en` / `?lang=zh` on a story page: go to the page in that language, named by the page's
 * `<link rel="alternate" hreflang="…">`, keeping the fragment. Nothing happens without the
 * parameter, for the page's own language, or when the page has no such alternate.
 *
 * @returns true when the page is being replaced.
 */
export function followLangParameter(): boolean {
  const wanted = new URLSearchParams(window.location.search).get('lang');
  if (wanted === null || document.documentElement.lang.startsWith(wanted)) return false;
  const alternate = [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].find((link) =>
    link.hreflang.startsWith(wanted),
  );
  if (alternate === undefined) return false;
  window.location.replace(alternate.href + window.location.hash);
  return true;
}
