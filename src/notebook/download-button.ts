import { h } from './h.ts';

/** What a download holds: text (saved as UTF-8) or a blob; computed when the button is clicked. */
export type DownloadContents = string | Blob | Promise<string | Blob>;

/**
 * A button that saves a file made in the browser (no server, no network): on click it calls
 * `contents`, wraps text in a `type` blob, and hands it to the browser as `filename` through a
 * temporary object URL. While `contents` runs the button is disabled.
 *
 * @example downloadButton('SVG', 'chart.svg', 'image/svg+xml', () => view.toSVG())
 */
export function downloadButton(label: string, filename: string, type: string, contents: () => DownloadContents): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'wr-download', 'data-filename': filename }, label);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const made = await contents();
      const blob = typeof made === 'string' ? new Blob([made], { type }) : made;
      const url = URL.createObjectURL(blob);
      const link = h('a', { href: url, download: filename });
      document.body.appendChild(link);
      link.click();
      link.remove();
      // The browser has taken the file once click() returns; a later tick is enough to release it.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } finally {
      button.disabled = false;
    }
  });
  return button;
}
