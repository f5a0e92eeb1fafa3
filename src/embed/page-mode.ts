/**
 * The first script of an embed page (src/site/embed-page.ts), a classic script in its head served
 * at `/embed/page-mode.js`, run before the page is drawn so nothing flashes. It sets on `<html>`:
 * - `data-theme` from `?theme=light|dark|auto` (README "Embedding a chart"); without the parameter,
 *   a page inside a frame is light (what an article expects of an embed), a page opened on its own
 *   keeps its HTML's theme (the full page: none, which follows `prefers-color-scheme`);
 * - `data-mode="reader"` from `?mode=reader`, or when the page is inside a frame, unless
 *   `?mode=full`: embed.css then shows only the chart, its texts and a data link.
 * Any other value of a parameter is ignored (the page keeps what its HTML says). Without
 * JavaScript the HTML's own attributes apply: the reader view (`…/reader/`) is reader mode, light.
 * No imports or exports: it must run as a classic script (the block keeps its names out of the global scope).
 */

{
  const THEME_VALUES = ['light', 'dark', 'auto'];
  const MODE_VALUES = ['reader', 'full'];

  const root = document.documentElement;
  const params = new URLSearchParams(window.location.search);
  const framed = window.top !== window;
  const theme = params.get('theme');
  const mode = params.get('mode');

  if (theme !== null && THEME_VALUES.includes(theme)) root.dataset.theme = theme;
  else if (framed && root.dataset.theme === undefined) root.dataset.theme = 'light';
  if (mode !== null && MODE_VALUES.includes(mode)) root.dataset.mode = mode;
  else if (framed) root.dataset.mode = 'reader';
}
